"""Projector mode in a real browser: an explorer app served by Voilà, driven in Debian's chromium.

Opens the excess-entry explorer's app on the run's Voilà server (the ``voila_server`` fixture)
and checks that the figure and the controls are visible and that a key press on a slider
redraws the figure. Saves a screenshot to ``test-artifacts/``.
"""

from __future__ import annotations

import pytest

from support.browser import app_url
from support.paths import ARTIFACTS

pytestmark = pytest.mark.browser

APP = "excess_entry"


def test_explorer_app_in_voila_redraws_on_arrow_key(voila_server, chromium_page):
    ARTIFACTS.mkdir(exist_ok=True)
    page = chromium_page(1280, 800)
    page.goto(app_url(voila_server, APP), wait_until="commit", timeout=120_000)
    # ipywidgets 8 puts the class on the <img> itself; older versions wrap it.
    selector = "img.explainer-figure, .explainer-figure img"
    figure = page.locator(selector).first
    figure.wait_for(state="visible", timeout=120_000)
    page.wait_for_function(
        "(sel) => { const i = document.querySelector(sel);"
        " return i && i.src && i.complete && i.naturalWidth > 0; }",
        arg=selector, timeout=60_000,
    )
    handle = page.locator(".noUi-handle, .widget-slider .ui-slider-handle").first
    handle.wait_for(state="visible", timeout=30_000)
    panel = page.locator(".explainer-controls").first
    box = panel.bounding_box()
    assert box is not None and box["width"] > 100, f"controls squeezed: {box}"
    fig_box = figure.bounding_box()
    assert fig_box is not None and fig_box["width"] > 100
    readout = page.locator(".explainer-readout").first.inner_text()
    before = figure.get_attribute("src")
    handle.focus()
    handle.press("ArrowRight")
    page.wait_for_function(
        "([sel, old]) => document.querySelector(sel).src !== old",
        arg=[selector, before], timeout=30_000,
    )
    after = figure.get_attribute("src")
    # One step of "Demand size a" (10 -> 10.5) brings in an 11th firm: the sentence changes too.
    page.wait_for_function(
        "(old) => document.querySelector('.explainer-readout').innerText !== old",
        arg=readout, timeout=30_000,
    )
    page.screenshot(path=str(ARTIFACTS / "voila-explorer-app.png"), full_page=True)
    assert after != before
    assert readout.strip(), "the readout sentence is empty"
    assert "11 firms" in page.locator(".explainer-readout").first.inner_text()
