"""The student edition (``explainer.classroom.student_edition``): solutions replaced by answer
cells, outputs and widget state cleared, in both languages; no solution of a lesson survives."""

from __future__ import annotations

import copy

import nbformat
import pytest
from nbformat.v4 import new_markdown_cell, new_notebook

from explainer.classroom.cells import ANSWER_TAG, is_solution, source_text
from explainer.classroom.student_edition import (ANSWER_PLACEHOLDER, CODE_ANSWER_PLACEHOLDER,
                                                 FOLDED_SOLUTION, make_student_edition,
                                                 student_notebook, untagged_solutions)
from support.lessons import KERNELSPEC, lesson_with_solutions
from support.paths import LESSONS


def test_student_notebook_replaces_solutions_and_clears_outputs():
    nb = lesson_with_solutions()
    student = student_notebook(nb)
    text = nbformat.writes(student)
    assert "SECRET" not in text
    assert "secret_answer_two" not in text
    assert not any(is_solution(cell) for cell in student.cells)
    answers = [c for c in student.cells if ANSWER_TAG in c.metadata.get("tags", [])]
    sources = [c.source for c in answers]
    assert sources.count(ANSWER_PLACEHOLDER) == 1
    assert sources.count(CODE_ANSWER_PLACEHOLDER) == 1
    assert any(c.cell_type == "code" for c in answers), "a code solution leaves a code cell to write in"
    for cell in student.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
    assert "widgets" not in student.metadata
    # the original is untouched and the non-solution cells keep their order
    assert sum(is_solution(c) for c in nb.cells) == 2
    kept = [c.source for c in student.cells if ANSWER_TAG not in c.metadata.get("tags", [])]
    assert kept == [c.source for c in nb.cells if not is_solution(c)]
    nbformat.validate(student)


def test_folded_solution_blocks_are_removed_from_untagged_cells():
    cell = new_markdown_cell("### Try this\n1. Predict.\n\n<details><summary>Solution to 1 (try it first)"
                             "</summary>\n\nSECRET-FOLDED.\n</details>\n\nKept after.")
    hint = new_markdown_cell("<details><summary>Hint</summary>A hint stays.</details>")
    nb = new_notebook(cells=[cell, hint])
    student = student_notebook(nb)
    text = nbformat.writes(student)
    assert "SECRET-FOLDED" not in text
    assert "Kept after." in text and "1. Predict." in text and "A hint stays." in text
    assert student.cells[0].source.count(ANSWER_PLACEHOLDER) == 1
    assert untagged_solutions(nb) == [], "folded blocks are handled, not reported"


def test_untagged_answers_are_reported():
    nb = new_notebook(cells=[
        new_markdown_cell("### Try this\n1. Predict.\n\n*Answer to 1 (try first):* it rises."),
        new_markdown_cell("**Solution to 2** (try it first): it falls.", metadata={"tags": ["solution"]}),
        new_markdown_cell("The answer is in the data; solutions to such problems vary."),
    ])
    assert untagged_solutions(nb) == [(0, "*Answer to 1 (try first):* it rises.")]


def test_make_student_edition_on_a_synthetic_folder(tmp_path):
    src, out = tmp_path / "notebooks", tmp_path / "student"
    src.mkdir()
    nbformat.write(lesson_with_solutions(), src / "01_demo.ipynb")
    nbformat.write(new_notebook(cells=[new_markdown_cell("# No exercises")],
                                metadata={"kernelspec": KERNELSPEC}), src / "02_plain.ipynb")
    before = (src / "01_demo.ipynb").read_text()
    written = make_student_edition(src, out)
    assert [p.name for p in written] == ["01_demo.ipynb", "02_plain.ipynb"]
    assert "SECRET" not in (out / "01_demo.ipynb").read_text()
    assert (src / "01_demo.ipynb").read_text() == before
    with pytest.raises(ValueError, match="out_dir"):
        make_student_edition(src, src)


def test_student_edition_of_the_chinese_lessons_has_chinese_placeholders(tmp_path):
    from explainer.classroom.student_edition import placeholders

    src = tmp_path / "notebooks"
    (src / "zh").mkdir(parents=True)
    nb = lesson_with_solutions()
    nb.metadata["explainer"] = {"language": "zh"}
    nbformat.write(nb, src / "zh" / "01_demo.ipynb")
    (written,) = make_student_edition(src / "zh", tmp_path / "student" / "zh")
    text = written.read_text(encoding="utf-8")
    assert "SECRET" not in text
    assert "在此作答" in placeholders("zh")[0]
    assert placeholders("zh")[0] in text and ANSWER_PLACEHOLDER not in text
    folded = new_markdown_cell("问题。\n\n<details><summary>答案</summary>SECRET</details>")
    assert "SECRET" not in student_notebook(new_notebook(cells=[folded]), "zh").cells[0].source


def solution_pieces(nb):
    """Each solution cell's text and its paragraphs of 40 characters or more, as parsed
    (LaTeX backslashes single, as the student would see them)."""
    pieces = []
    for index, cell in enumerate(nb.cells):
        if is_solution(cell):
            body = source_text(cell).strip()
            paragraphs = [p.strip() for p in body.split("\n\n") if len(p.strip()) >= 40]
            pieces.append((index, [body, *paragraphs]))
    return pieces


def assert_no_solution_in(nb, student, name):
    """No solution cell's text, nor any long paragraph of it, is in any cell of ``student``."""
    shown = "\n".join(source_text(cell) for cell in student.cells)
    assert not any(is_solution(cell) for cell in student.cells)
    for index, pieces in solution_pieces(nb):
        for piece in pieces:
            assert piece not in shown, f"{name}: the solution in cell {index} survived: {piece[:60]!r}"
    assert not FOLDED_SOLUTION.search(shown), f"a folded solution of {name} survived"


@pytest.mark.parametrize("lesson", LESSONS, ids=[p.name for p in LESSONS])
def test_no_solution_survives_in_the_student_edition_of_each_lesson(lesson, tmp_path):
    nb = nbformat.read(lesson, as_version=4)
    (path,) = make_student_edition_for(lesson, tmp_path)
    student = nbformat.read(path, as_version=4)
    assert_no_solution_in(nb, student, lesson.name)
    assert all(not c.get("outputs") for c in student.cells if c.cell_type == "code")
    assert "widgets" not in student.metadata


@pytest.mark.parametrize("lesson", LESSONS, ids=[p.name for p in LESSONS])
def test_the_student_edition_check_finds_every_solution(lesson):
    """Mutation: put each solution back, untagged, in place of its placeholder; the check
    above must notice every one (including those with LaTeX backslashes)."""
    nb = nbformat.read(lesson, as_version=4)
    student = student_notebook(nb)
    for index, _ in solution_pieces(nb):
        leaked = copy.deepcopy(student)
        leaked.cells.append(new_markdown_cell(source_text(nb.cells[index])))
        with pytest.raises(AssertionError, match=f"the solution in cell {index} survived"):
            assert_no_solution_in(nb, leaked, lesson.name)
    if lesson.name != "00_start_here.ipynb":
        assert solution_pieces(nb), f"{lesson.name} has no solution cells to check"


@pytest.mark.parametrize("lesson", LESSONS, ids=[p.name for p in LESSONS])
def test_worked_answers_in_each_lesson_are_tagged_as_solutions(lesson):
    """An answer written in an untagged cell would reach students in the student edition."""
    found = untagged_solutions(nbformat.read(lesson, as_version=4))
    assert not found, (f"{lesson.name}: move these answers into their own cells tagged 'solution' "
                       f"(docs/classroom.md): " + "; ".join(f"cell {i}: {line}" for i, line in found))


def make_student_edition_for(lesson, tmp_path):
    """Run the student edition on a folder holding only ``lesson`` (a copy)."""
    src = tmp_path / "src"
    src.mkdir()
    (src / lesson.name).write_bytes(lesson.read_bytes())
    return make_student_edition(src, tmp_path / "student")
