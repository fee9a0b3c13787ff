"""An exercise answered wrongly in JupyterLab shows the check's hint, in a real browser.

The student edition of lesson 1 is written to ``exercise/`` in the run's JupyterLab root
(the ``lab_root`` fixture) with one exercise answered wrongly (``n_e = 3.0``) and the others
left as placeholders. JupyterLab runs it in Debian's chromium; the free-entry check must show its hint and say what is wrong, and every other check
must fail visibly too.
"""

from pathlib import Path

import nbformat
import pytest
from support.browser import PANEL, run_notebook
from support.paths import ARTIFACTS, NOTEBOOKS

from explainer import exercises
from explainer.classroom.student_edition import student_notebook

pytestmark = [pytest.mark.browser, pytest.mark.slow]

#: The student copy, as JupyterLab names it: ``exercise/`` in the run's JupyterLab root.
LESSON = "exercise/01_avoid_the_rush.ipynb"

# JupyterLab renders only the cells near the view: bring a cell into view, then read it.
SHOW_CELL = """([path, needle]) => {
  const w = (%s)(path);
  const index = w.content.widgets.findIndex(c => c.model.sharedModel.getSource().includes(needle));
  if (index < 0) return -1;
  w.content.activeCellIndex = index;
  w.content.scrollToItem(index, 'center');
  return index;
}""" % PANEL

CELL_TEXT = """([path, index]) => {
  const w = (%s)(path);
  const cell = w.content.widgets[index];
  return cell.node.isConnected ? cell.node.innerText : null;
}""" % PANEL


def shown_text_of_cell(page, needle):
    index = page.evaluate(SHOW_CELL, [LESSON, needle])
    assert index >= 0, f"no cell holds {needle!r}"
    page.wait_for_function(f"(args) => ({CELL_TEXT})(args) !== null", arg=[LESSON, index], timeout=20_000)
    page.wait_for_timeout(500)
    return page.evaluate(CELL_TEXT, [LESSON, index])


def student_copy_with_a_wrong_answer(folder):
    nb = student_notebook(nbformat.read(NOTEBOOKS / Path(LESSON).name, as_version=4))
    cell = next(c for c in nb.cells if exercises.is_exercise(c) and "n_e = ..." in c.source)
    cell.source = cell.source.replace("n_e = ...", "n_e = 3.0")
    nbformat.write(nb, folder / Path(LESSON).name)


def test_a_wrong_answer_shows_the_hint_in_jupyterlab(lab_server, lab_root, chromium_page):
    folder = lab_root / "exercise"
    folder.mkdir(exist_ok=True)
    student_copy_with_a_wrong_answer(folder)
    page = chromium_page(1400, 1000)
    run_notebook(page, lab_server, LESSON)
    others = [shown_text_of_cell(page, f'check("{name}")')
              for name in exercises.questions("avoid_the_rush") if name != "free_entry"]
    wrong = shown_text_of_cell(page, 'check("free_entry")')
    (ARTIFACTS / "browser").mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "browser" / "exercise_hint.png"))
    assert "Entry stops when profit" in wrong, "the free-entry hint is shown"
    assert "n_e does not match free entry" in wrong, "the check says what is wrong"
    for text in others:
        assert "still the placeholder" in text, "an unanswered exercise says so"
    for text in [wrong, *others]:
        assert "All test cases passed" not in text and "Traceback" not in text
