"""The student edition: each lesson copied without its solutions, outputs or widget state.

Solutions live in the lesson notebooks themselves, in cells tagged ``solution`` (see
:mod:`explainer.classroom.cells`). The student edition replaces each of them with a short
"your answer here" markdown cell; a code solution also leaves an empty code cell behind, so
the student has somewhere to write code. Coding exercises (code cells tagged ``exercise``, see
:mod:`explainer.exercises`) keep their set-up code and lose their solution lines, which become
otter-grader's ``...`` placeholders. Everything else is kept as written.

The Chinese edition (``notebooks/zh/``) gets the same treatment with Chinese placeholders
(``lang="zh"``); ``explainer student`` writes it to ``student/zh/``.
"""

from __future__ import annotations

import copy
import re
import time
from pathlib import Path

from ..exercises import is_exercise, placeholder_source
from ..i18n import LANGUAGES, N_, check_language, gettext
from .cells import ANSWER_TAG, is_solution, source_text

#: The text of the placeholder that replaces a written (markdown) solution.
ANSWER_PLACEHOLDER = N_("✏️ **Your answer here.** Double-click this cell to write it.")

#: The text of the placeholder that replaces a code solution; an empty code cell follows it.
CODE_ANSWER_PLACEHOLDER = N_("✏️ **Your answer here:** write your code in the cell below and run it.")

#: The comment in the empty code cell that follows :data:`CODE_ANSWER_PLACEHOLDER`.
CODE_CELL_PLACEHOLDER = N_("# your code here")

#: Metadata key recording which edition a notebook is.
EDITION_KEY = "explainer_edition"

#: A folded HTML block whose summary starts with "Solution" or "Answer" (a safety net: the
#: convention is the ``solution`` tag, but such a block in an untagged cell is removed too).
FOLDED_SOLUTION = re.compile(
    r"<details\b[^>]*>\s*<summary\b[^>]*>\s*(?:<[^>]+>\s*)*(?:(?:solutions?|answers?)\b|答案|解答|参考答案)"
    r".*?</details>",
    re.I | re.S)

#: A line that starts like a worked answer ("**Solution to 1**", "*Answer to 2 (try first):*").
ANSWER_LINE = re.compile(r"^\s*[*_]{0,2}\s*(?:solutions?|answers?)\s+to\b", re.I | re.M)


def untagged_solutions(nb):
    """Return ``(cell index, first line)`` of untagged markdown cells that look like solutions.

    A cell is reported when, outside any folded ``<details>`` solution block (which the
    student edition removes anyway), a line starts like a worked answer ("**Solution to 1**",
    "*Answer to 2:*"). Such text would reach students: move it into its own cell tagged
    ``solution``.
    """
    found = []
    for index, cell in enumerate(nb.cells):
        if cell.get("cell_type") != "markdown" or is_solution(cell):
            continue
        text = FOLDED_SOLUTION.sub("", source_text(cell))
        match = ANSWER_LINE.search(text)
        if match:
            line = text[match.start():].strip().splitlines()[0]
            found.append((index, line[:80]))
    return found


def placeholders(lang):
    """Return the placeholder texts of language ``lang``: ``(written answer, code answer, code
    cell)``, translated in the catalog ``classroom.po``.

    Raises
    ------
    ValueError
        If ``lang`` is not a language of the lessons (:func:`explainer.i18n.check_language`).
    """
    check_language(lang, name="lang")
    return (gettext(ANSWER_PLACEHOLDER, lang), gettext(CODE_ANSWER_PLACEHOLDER, lang),
            gettext(CODE_CELL_PLACEHOLDER, lang) + "\n")


def _placeholder_cells(cell, lang="en"):
    import nbformat

    written, code_answer, code_cell = placeholders(lang)
    answer_meta = {"tags": [ANSWER_TAG]}
    if cell.get("cell_type") == "code":
        return [
            nbformat.v4.new_markdown_cell(code_answer, metadata=dict(answer_meta)),
            nbformat.v4.new_code_cell(code_cell, metadata={"tags": [ANSWER_TAG]}),
        ]
    return [nbformat.v4.new_markdown_cell(written, metadata=answer_meta)]


def student_notebook(nb, lang=None):
    """Return a copy of ``nb`` with solutions replaced and all outputs and widget state removed.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        A lesson notebook (version 4); it is not modified.
    lang : {"en", "zh"}, optional
        Language of the placeholders; by default the notebook's own
        (``metadata.explainer.language``, which the Chinese edition carries), else English.

    Returns
    -------
    nbformat.NotebookNode
        The student copy: every cell tagged ``solution`` replaced by placeholder cells tagged
        ``answer``; every exercise cell with its solution lines replaced by ``...``
        placeholders; in other markdown cells, every folded ``<details>`` block whose summary
        starts with "Solution" or "Answer" replaced by the placeholder text; every code cell
        without outputs or execution count; no ``metadata.widgets``;
        ``metadata.explainer_edition`` set to ``"student"``.
    """
    lang = lang or nb.metadata.get("explainer", {}).get("language", LANGUAGES[0])
    written = placeholders(lang)[0]
    out = copy.deepcopy(nb)
    cells = []
    for cell in out.cells:
        if is_solution(cell):
            cells.extend(_placeholder_cells(cell, lang))
            continue
        if is_exercise(cell):
            cell["source"] = placeholder_source(source_text(cell))
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
            cell.metadata.pop("execution", None)
        elif cell.get("cell_type") == "markdown":
            text = source_text(cell)
            if FOLDED_SOLUTION.search(text):
                cell["source"] = FOLDED_SOLUTION.sub(written, text)
        cells.append(cell)
    out.cells = cells
    out.metadata.pop("widgets", None)
    out.metadata[EDITION_KEY] = "student"
    return out


def make_student_edition(notebooks_dir: Path, out_dir: Path, *, progress=None,
                         lang=None) -> list[Path]:
    """Write the student edition of every lesson in ``notebooks_dir`` into ``out_dir``.

    Parameters
    ----------
    notebooks_dir : pathlib.Path
        Folder holding the lesson notebooks (``*.ipynb``; checkpoints ignored).
    out_dir : pathlib.Path
        Folder to write the student copies into (created if needed), under the same file
        names. It must not be ``notebooks_dir`` itself: the lessons are never overwritten.
    progress : callable, optional
        Called as ``progress(written_path, seconds)`` after each notebook is written.
    lang : {"en", "zh"}, optional
        Language of the placeholders (default: each notebook's own, see :func:`student_notebook`).
        Only the notebooks directly in ``notebooks_dir`` are read: for the Chinese edition
        pass ``notebooks/zh`` (``explainer student`` writes both).

    Returns
    -------
    list of pathlib.Path
        The notebooks written, in lesson order.

    Raises
    ------
    ValueError
        If ``notebooks_dir`` is not a folder, or ``out_dir`` is the same folder.
    """
    import nbformat

    from ..notebooks import find_notebooks

    notebooks_dir, out_dir = Path(notebooks_dir), Path(out_dir)
    paths = find_notebooks(notebooks_dir)
    if out_dir.resolve() == notebooks_dir.resolve():
        raise ValueError("out_dir must differ from notebooks_dir: the student edition would "
                         f"overwrite the lessons in {notebooks_dir}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for path in paths:
        start = time.perf_counter()
        nb = nbformat.read(path, as_version=4)
        target = out_dir / path.name
        nbformat.write(student_notebook(nb, lang), target)
        written.append(target)
        if progress is not None:
            progress(target, time.perf_counter() - start)
    return written
