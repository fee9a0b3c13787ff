"""Every notebook in JupyterLab in a real browser (Playwright driving Debian's chromium).

For each notebook: open it, run all cells, wait for the kernel, and check that no cell shows an
error or "Error displaying widget"; check that every explorer the notebook creates shows a live
figure, then move every control of every explorer as a student would (sliders with the arrow
keys, drop-downs by choosing another option, toggle buttons by a click) and check that the
figure is redrawn after each and the finding shows no NaN. Screenshots are kept in
test-artifacts/browser/.

Both editions are covered: every English lesson and its Chinese twin in ``notebooks/zh/``.
In a Chinese notebook the kernel must be in Chinese after "run all" (asked through the
kernel itself), the page must show Chinese text, and no figure may warn about a missing
glyph (any stderr output fails the test); its screenshot is ``zh_NAME.png``.
"""

import re
import time

import nbformat
import pytest
from support.browser import KERNEL_IDLE, PANEL, run_notebook
from support.explorers import EXPLORERS, shows_nan
from support.paths import ARTIFACTS, NOTEBOOKS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LESSONS = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))
ZH_LESSONS = sorted(f"zh/{p.name}" for p in NOTEBOOKS.glob("zh/*.ipynb"))
CJK = re.compile(r"[\u4e00-\u9fff]")


KERNEL_LANGUAGE = """async (path) => {
  const find = %s;
  const kernel = find(path).sessionContext.session.kernel;
  const future = kernel.requestExecute({code: 'from explainer import i18n; print(i18n.get_language())',
                                        store_history: false, silent: false});
  let text = '';
  future.onIOPub = (msg) => { if (msg.header.msg_type === 'stream') text += msg.content.text; };
  await future.done;
  return text.trim();
}""" % PANEL


def test_every_notebook_is_covered():
    assert {"00_start_here.ipynb", "01_avoid_the_rush.ipynb"} <= set(LESSONS)
    assert [name.removeprefix("zh/") for name in ZH_LESSONS] == LESSONS, "every lesson in Chinese too"


@pytest.mark.parametrize("notebook", LESSONS + ZH_LESSONS)
def test_notebook_runs_in_jupyterlab(lab_server, chromium_page, notebook):
    shots = ARTIFACTS / "browser"
    shots.mkdir(parents=True, exist_ok=True)
    page = chromium_page(1400, 1000)
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        path = f"notebooks/{notebook}"
        run_notebook(page, lab_server, path)
        page.wait_for_timeout(1500)
        text = page.inner_text(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook")
        assert "Error displaying widget" not in text
        assert "Traceback" not in text
        assert page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").count() == 0
        expected = explorers_created(NOTEBOOKS / notebook)
        panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
        explorers = panel.locator(".explainer-explorer")
        page.wait_for_function(
            "(n) => document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) "
            "img.explainer-figure[src^=\\'blob:\\'], .jp-NotebookPanel:not(.lm-mod-hidden) "
            "img.explainer-figure[src^=\\'data:\\']').length >= n", arg=len(expected),
            timeout=60_000)
        assert explorers.count() == len(expected), f"{notebook}: explorers shown vs created {expected}"
        assert panel.locator("img.explainer-figure").count() == len(expected)
        for index, name in enumerate(expected):
            moved = move_every_control(page, explorers.nth(index), f"{notebook} {name}")
            assert moved == len(EXPLORERS[name]().controls), f"{notebook} {name}: {moved} controls moved"
        panel.locator(".jp-Cell").first.scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        if notebook.startswith("zh/"):
            assert page.evaluate(KERNEL_LANGUAGE, path) == "zh", f"{notebook}: kernel not in Chinese"
            # JupyterLab renders only the cells near the viewport: read the top of the lesson.
            top = panel.locator(".jp-Notebook").inner_text()
            assert CJK.search(top), f"{notebook}: no Chinese at the top of the page"
        page.screenshot(path=str(shots / f"{notebook.replace('/', '_').replace('.ipynb', '')}.png"),
                        full_page=False)
        assert not errors, errors
    finally:
        page.close()


EXPLORER_CLASSES = {cls.__name__: name for name, cls in EXPLORERS.items()}
CREATES = re.compile(r"^(\w+Explorer)\(.*\)\s*$")


def explorers_created(path):
    """Names of the explorers a notebook displays, in order (a code cell ending in ``XExplorer(...)``)."""
    names = []
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type != "code":
            continue
        lines = [line for line in cell.source.strip().splitlines() if not line.startswith("#")]
        match = CREATES.match(lines[-1]) if lines else None
        if match and match.group(1) in EXPLORER_CLASSES:
            names.append(EXPLORER_CLASSES[match.group(1)])
    return names


def settled_src(page, figure, timeout=15.0):
    """The figure's ``src`` once it has stopped changing for half a second."""
    deadline = time.monotonic() + timeout
    src = figure.get_attribute("src")
    while time.monotonic() < deadline:
        page.wait_for_timeout(500)
        now = figure.get_attribute("src")
        if now == src:
            return src
        src = now
    return src


def wait_for_new_src(page, figure, old, timeout):
    try:
        page.wait_for_function("([el, old]) => el.getAttribute('src') !== old",
                               arg=[figure.element_handle(), old], timeout=timeout)
        return True
    except Exception:  # playwright's TimeoutError
        return False


def move_every_control(page, explorer, where):
    """Move each control of ``explorer`` once; after each, the figure must be redrawn and the
    finding sound. Returns how many controls were moved."""
    figure = explorer.locator("img.explainer-figure")
    readout = explorer.locator(".explainer-readout")
    explorer.scroll_into_view_if_needed()
    moved = 0
    moves = []
    for i in range(explorer.locator(".widget-slider .noUi-handle").count()):
        handle = explorer.locator(".widget-slider .noUi-handle").nth(i)
        label = explorer.locator(".widget-slider").nth(i).locator(".widget-label").first
        moves.append((f"slider {label.inner_text()!r}", "slider", handle))
    for i in range(explorer.locator("select").count()):
        moves.append((f"drop-down {i}", "select", explorer.locator("select").nth(i)))
    for i in range(explorer.locator(".widget-toggle-buttons").count()):
        moves.append((f"toggle {i}", "toggle", explorer.locator(".widget-toggle-buttons").nth(i)))
    # Each move starts from a figure that has stopped changing: the one the move before
    # settled on (waiting for it again would only add half a second per control).
    before = settled_src(page, figure)
    for what, kind, control in moves:
        if kind == "slider":
            control.focus()
            for _ in range(3):
                control.press("ArrowRight")
            changed = wait_for_new_src(page, figure, before, 10_000)
            if not changed:  # the handle was at its top: move down instead
                for _ in range(6):
                    control.press("ArrowLeft")
                changed = wait_for_new_src(page, figure, before, 20_000)
        elif kind == "select":
            current = control.input_value()
            options = control.evaluate("s => Array.from(s.options).map(o => o.value)")
            control.select_option(next(o for o in options if o != current))
            changed = wait_for_new_src(page, figure, before, 20_000)
        else:
            control.locator("button:not(.mod-active)").first.click()
            changed = wait_for_new_src(page, figure, before, 20_000)
        assert changed, f"{where}: moving {what} did not redraw the figure"
        before = settled_src(page, figure)
        text = readout.inner_text()
        assert text.strip() and not shows_nan(text), f"{where} after {what}: {text!r}"
        moved += 1
    return moved


# -- dragging a slider with the mouse ------------------------------------------------------------

KERNEL_OUTPUT = """async ([path, code]) => {
  const find = %s;
  const kernel = find(path).sessionContext.session.kernel;
  const future = kernel.requestExecute({code, store_history: false, silent: false});
  let text = '';
  future.onIOPub = (msg) => {
    if (msg.header.msg_type === 'stream') text += msg.content.text;
    if (msg.header.msg_type === 'error') text += 'ERROR ' + msg.content.ename + ': ' + msg.content.evalue;
  };
  await future.done;
  return text.trim();
}""" % PANEL

#: Counts the figure's pictures: every change of the image's ``src``.
COUNT_PICTURES = """(img) => {
  window.__pictures = 0;
  new MutationObserver(() => { window.__pictures += 1; })
      .observe(img, {attributes: true, attributeFilter: ['src']});
}"""

#: SHA-256 of the bytes of the picture the page shows.
SHOWN_PICTURE_SHA = """async (img) => {
  const bytes = await (await fetch(img.src)).arrayBuffer();
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest)).map(b => b.toString(16).padStart(2, '0')).join('');
}"""

#: What the kernel's explorer shows, and what its state gives when drawn in full or afresh.
KERNEL_STATE = """
import hashlib, json
from explainer.plots import style
from explainer.widgets.excess_entry import ExcessEntryExplorer
explorer.renderer.draw_full()
fresh = ExcessEntryExplorer()
fresh.set(**explorer.values())
print(json.dumps({"value": explorer.controls["a"].value,
                  "shown": hashlib.sha256(explorer.image.value).hexdigest(),
                  "full": hashlib.sha256(style.encode_png(explorer.figure.canvas)).hexdigest(),
                  "finding": explorer.alt_text, "fresh_finding": fresh.alt_text}))
"""


def test_dragging_a_slider_ends_on_the_handles_value(lab_server, lab_root, chromium_page):
    """Drag the demand slider's handle with the mouse across three quarters of its track: the
    figure follows (several pictures on the way), and the picture and the finding end on the
    value under the handle."""
    import json

    folder = lab_root / "drag"
    folder.mkdir(exist_ok=True)
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        "from explainer.widgets.excess_entry import ExcessEntryExplorer\n"
        "explorer = ExcessEntryExplorer()\nexplorer")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, folder / "drag.ipynb")
    path = "drag/drag.ipynb"
    page = chromium_page(1400, 1000)
    try:
        run_notebook(page, lab_server, path)
        explorer = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .explainer-explorer").first
        figure = explorer.locator("img.explainer-figure")
        figure.wait_for(timeout=60_000)
        slider = explorer.locator(".widget-slider").first
        assert "Demand size" in slider.locator(".widget-label").first.inner_text()
        handle, track = slider.locator(".noUi-handle"), slider.locator(".noUi-target")
        slider.scroll_into_view_if_needed()
        settled_src(page, figure)
        page.evaluate(COUNT_PICTURES, figure.element_handle())
        hbox, tbox = handle.bounding_box(), track.bounding_box()
        x, y = hbox["x"] + hbox["width"] / 2, hbox["y"] + hbox["height"] / 2
        end = tbox["x"] + 0.75 * tbox["width"]
        page.mouse.move(x, y)
        page.mouse.down()
        for k in range(1, 16):
            page.mouse.move(x + (end - x) * k / 15, y)
            page.wait_for_timeout(80)
        page.mouse.up()
        shown = settled_src(page, figure, timeout=30.0)
        page.wait_for_function(KERNEL_IDLE, arg=path, timeout=60_000)
        page.wait_for_timeout(1000)
        assert figure.get_attribute("src") == shown, "the picture kept changing after the drag"
        pictures = page.evaluate("() => window.__pictures")
        handle_value = float(slider.locator(".widget-readout").inner_text())
        state = json.loads(page.evaluate(KERNEL_OUTPUT, [path, KERNEL_STATE]))
        page_sha = page.evaluate(SHOWN_PICTURE_SHA, figure.element_handle())
        finding = explorer.locator(".explainer-readout").inner_text().strip()
        (ARTIFACTS / "browser").mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "browser" / "drag.png"))
    finally:
        page.close()
    assert pictures >= 2, f"the figure did not follow the drag ({pictures} pictures)"
    assert 14.0 <= handle_value <= 18.0, f"the handle ended at {handle_value}, not near 3/4 of 5-20"
    assert state["value"] == pytest.approx(handle_value), "the kernel's value is not the handle's"
    assert page_sha == state["shown"], "the page does not show the kernel's last picture"
    assert state["shown"] == state["full"], "the last picture differs from a full redraw"
    assert finding == state["finding"] == state["fresh_finding"], \
        "the finding is not the one for the handle's value"
