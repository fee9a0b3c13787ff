"""Accessibility: no serious or critical axe-core violation on the exported pages or the apps."""

from __future__ import annotations

import re

import pytest

from explainer.classroom import _html, apps
from support.paths import NOTEBOOKS


def _luminance(colour):
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrast_formula_matches_wcag_examples():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#b0b0b0", "#ffffff") == pytest.approx(2.16, abs=0.01)


def test_page_colours_meet_aa_on_white_and_code_background():
    colours = re.findall(r"(#[0-9a-fA-F]{6})\b", _html.ACCESSIBLE_CSS)
    assert len(colours) >= 10
    for colour in colours:
        assert contrast(colour, "#f5f5f5") >= 4.5, colour
        assert contrast(colour, "#ffffff") >= 4.5, colour


def test_accessible_css_is_in_every_exported_page():
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    from explainer.classroom.static_site import render_page

    page = render_page(new_notebook(cells=[new_code_cell("1 + 1", execution_count=1)]), "T")
    assert "--jp-cell-prompt-not-active-opacity: 1" in page
    assert nbformat  # the page renders from a plain notebook


def test_projector_rejects_what_is_not_an_explorer():
    with pytest.raises(ValueError, match="explorer"):
        apps.projector(object())


# -- in the browser ------------------------------------------------------------------------


@pytest.fixture
def axe():
    """axe-core's serious and critical violations on a page (``support.browser.serious_violations``)."""
    pytest.importorskip("axe_playwright_python")
    from support.browser import serious_violations

    return serious_violations


@pytest.mark.browser
@pytest.mark.slow
def test_exported_pages_have_no_serious_or_critical_violations(real_site, chromium_page, axe):
    from support.formulas import RAW_TEX

    # Every English lesson and one Chinese lesson (the Chinese pages share one template).
    site = real_site["site"]
    pages = sorted(site.glob("*.html")) + sorted((site / "zh").glob("*.html"))
    assert len(pages) >= 4 and site / "zh" / "01_avoid_the_rush.html" in pages
    found, latex = {}, {}
    page = chromium_page()
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(
        ("file:", "data:")) else r.abort())
    for path in pages:
        page.goto(path.as_uri())
        found[path.relative_to(site).as_posix()] = axe(page)
        latex[path.relative_to(site).as_posix()] = page.evaluate(RAW_TEX)
    assert found == {path.relative_to(site).as_posix(): {} for path in pages}
    # Formulas typeset on the exported pages too (tests/test_formulas_browser.py has more).
    assert latex == {path.relative_to(site).as_posix(): [] for path in pages}


@pytest.mark.browser
@pytest.mark.slow
def test_every_app_has_no_serious_or_critical_violations_and_named_controls(
        voila_server, chromium_page, axe):
    from explainer.widgets import all_explorers
    from support.browser import open_app

    names = sorted(all_explorers())
    found, unnamed, alts = {}, {}, {}
    page = chromium_page()
    for name in names:
        open_app(page, voila_server, name)
        found[name] = axe(page)
        state = page.evaluate("""() => ({
            handles: Array.from(document.querySelectorAll('.widget-slider')).map(s => [
                s.querySelector('.widget-label').textContent.trim(),
                s.querySelector('.noUi-handle').getAttribute('aria-label')]),
            alt: document.querySelector('img.explainer-figure').getAttribute('alt'),
            readout: document.querySelector('.explainer-readout').textContent.trim()})""")
        unnamed[name] = [label for label, aria in state["handles"] if aria != label or not aria]
        alts[name] = state["alt"] == state["readout"] != ""
    assert found == {name: {} for name in names}
    assert unnamed == {name: [] for name in names}
    assert alts == {name: True for name in names}


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_figure_alt_follows_the_readout_after_a_key_press(voila_server, chromium_page, axe, lang):
    """In the English app and the Chinese one (``&lang=zh``), which axe also checks."""
    from support.browser import open_app

    page = chromium_page()
    open_app(page, voila_server, "excess_entry", lang)
    if lang != "en":
        assert axe(page) == {}
    before = page.get_attribute("img.explainer-figure", "alt")
    handle = page.locator(".noUi-handle").first
    handle.focus()
    for _ in range(5):
        handle.press("ArrowRight")
    page.wait_for_function(
        "(before) => document.querySelector('.explainer-readout').textContent.trim() !== before",
        arg=before, timeout=30_000)
    page.wait_for_timeout(300)
    after = page.get_attribute("img.explainer-figure", "alt")
    readout = page.text_content(".explainer-readout").strip()
    assert before and after != before
    assert after == readout
