"""Every notebook in JupyterLab in a real browser (Playwright driving Debian's chromium).

For each notebook: open it, run all cells, wait for the kernel, and check that no cell shows an
error or "Error displaying widget"; in notebooks with explorers, move a slider with the keyboard
and check that the figure is redrawn. Screenshots are kept in test-artifacts/browser/.
"""

import os
import time

import pytest
from browser_support import CHROMIUM, CHROMIUM_ARGS, jupyterlab_server
from conftest import ARTIFACTS, NOTEBOOKS, ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LESSONS = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))

PANEL = """(path) => {
  if (!window.jupyterapp) return null;
  for (const w of window.jupyterapp.shell.widgets('main')) {
    if (w.context && w.context.path === path) return w;
  }
  return null;
}"""

KERNEL_IDLE = """(path) => {
  const find = %s;
  const w = find(path);
  const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
  return !!k && k.status === 'idle';
}""" % PANEL

RUN_ALL = """(path) => {
  const find = %s;
  const w = find(path);
  window.jupyterapp.shell.activateById(w.id);
  return window.jupyterapp.commands.execute('notebook:run-all-cells');
}""" % PANEL

ALL_RUN = """(path) => {
  const find = %s;
  const w = find(path);
  const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
  if (!k || k.status !== 'idle') return false;
  return w.content.widgets.every(c => c.model.type !== 'code' ||
      (c.model.executionCount !== null && !c.node.querySelector('.jp-InputArea-prompt').textContent.includes('*')));
}""" % PANEL


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    if not os.path.exists(CHROMIUM):
        pytest.fail("Debian's chromium is required: apt-get install chromium (never download a browser)")
    with jupyterlab_server(ROOT, tmp_path_factory.mktemp("lab")) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


def test_every_notebook_is_covered():
    assert {"00_start_here.ipynb", "01_avoid_the_rush.ipynb"} <= set(LESSONS)


@pytest.mark.parametrize("notebook", LESSONS)
def test_notebook_runs_in_jupyterlab(lab, browser, notebook):
    shots = ARTIFACTS / "browser"
    shots.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        path = f"notebooks/{notebook}"
        page.goto(f"{lab}/lab/tree/{path}?reset", wait_until="domcontentloaded")
        page.wait_for_function(KERNEL_IDLE, arg=path, timeout=120_000)
        page.evaluate(RUN_ALL, path)
        time.sleep(1.0)
        page.wait_for_function(ALL_RUN, arg=path, timeout=240_000, polling=500)
        page.wait_for_timeout(1500)
        text = page.inner_text(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook")
        assert "Error displaying widget" not in text
        assert "Traceback" not in text
        assert page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").count() == 0
        figures = page.locator("img.explainer-figure")
        if figures.count():
            figure = figures.first
            figure.scroll_into_view_if_needed()
            before = figure.get_attribute("src")
            explorer = page.locator(".explainer-explorer").first
            handle = explorer.locator(".noUi-handle").first
            handle.focus()
            for _ in range(3):
                handle.press("ArrowRight")
            page.wait_for_function(
                "([el, old]) => el.getAttribute('src') !== old",
                arg=[figure.element_handle(), before], timeout=20_000)
            readout = explorer.locator(".explainer-readout").inner_text()
            assert readout.strip() and "nan" not in readout.lower().split()
        page.screenshot(path=str(shots / f"{notebook.replace('.ipynb', '')}.png"), full_page=False)
        assert not errors, errors
    finally:
        page.close()
