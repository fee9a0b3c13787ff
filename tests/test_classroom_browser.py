"""Projector mode in a real browser: an explorer app served by Voilà, driven in Debian's chromium.

Starts Voilà on 127.0.0.1 at a free port (``voila_support.voila_server``: killed whatever
happens), opens one generated app notebook, and checks that the figure and the controls are visible and that a key press on a
slider redraws the figure. Saves a screenshot to ``test-artifacts/``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from browser_support import CHROMIUM_ARGS, browser_required, find_chromium

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
APP = "excess_entry"


@pytest.fixture
def voila_app(tmp_path):
    """Serve the generated ``excess_entry`` app with Voilà; yield its URL and chromium's path;
    always stop Voilà. Without chromium the test is skipped, or fails in CI."""
    chromium = find_chromium()
    if browser_required():
        import voila  # noqa: F401  (in CI a missing Voilà is a failure, not a skip)
    else:
        pytest.importorskip("voila")
    from explainer.classroom.apps import write_apps
    from explainer.widgets import all_explorers

    assert APP in all_explorers()
    apps_dir = tmp_path / "apps"
    write_apps(apps_dir)
    from voila_support import app_url, voila_server

    try:
        with voila_server(apps_dir, tmp_path) as base:
            yield app_url(base, APP), chromium
    finally:
        ARTIFACTS.mkdir(exist_ok=True)
        shutil.copy(tmp_path / "voila.log", ARTIFACTS / "voila-explorer-app.log")


def test_explorer_app_in_voila_redraws_on_arrow_key(voila_app):
    url, chromium = voila_app
    if browser_required():
        import playwright.sync_api as playwright
    else:
        playwright = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(url, wait_until="commit", timeout=120_000)
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
        finally:
            browser.close()
