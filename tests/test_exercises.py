"""Coding exercises: each check passes on the worked solution and fails on the placeholder.

The slow tests execute every lesson twice with nbclient: as written (solutions filled in, every
check must pass) and as the student edition (placeholders, every check must fail). A final
injected cell reports which checks ran and how they ended, so a check that was never called,
or that passes on ``...``, fails the test.

The Chinese edition (``notebooks/zh/``) is covered by the layout tests (its exercise cells and
check calls must be the English ones) and by the student-edition test, not executed again:
its code is the English code plus the language line (``tests/test_notebooks_stored.py``), so
running it would repeat the same checks with only the hint language changed.
"""

import ast
import json
import re

import nbformat
import pytest
from support.paths import NOTEBOOKS

from explainer import exercises
from explainer.classroom.student_edition import student_notebook
from explainer.exercises import is_exercise, placeholder_source

LESSONS = sorted(p for p in NOTEBOOKS.glob("0[1-9]_*.ipynb"))
ZH_LESSONS = sorted(p for p in (NOTEBOOKS / "zh").glob("0[1-9]_*.ipynb"))


def lesson_id(path):
    return path.relative_to(NOTEBOOKS).as_posix()
CHECK_CALL = re.compile(r"""^check\(\s*["'](?P<question>\w+)["']\s*\)\s*$""")
CHECKER_CALL = re.compile(r"""checker\(\s*["'](?P<lesson>\w+)["']\s*\)""")
MIN_EXERCISES = 4


def cells_of(path):
    return nbformat.read(path, as_version=4).cells


def exercise_layout(path):
    """Return (lesson name, [(question, exercise cell source)]) as the notebook lays them out."""
    cells = cells_of(path)
    lesson = None
    pairs = []
    for index, cell in enumerate(cells):
        match = CHECKER_CALL.search(cell.source) if cell.cell_type == "code" else None
        if match:
            lesson = match["lesson"]
        if is_exercise(cell):
            following = cells[index + 1] if index + 1 < len(cells) else None
            call = CHECK_CALL.match(following.source.strip()) if following is not None else None
            assert call, f"{path.name} cell {index}: an exercise cell must be followed by check(\"name\")"
            pairs.append((call["question"], cell.source))
    return lesson, pairs


# --- the placeholder transformation -------------------------------------------------------

def test_a_marked_assignment_becomes_a_placeholder():
    source = "A = (a - c) ** 2 / b\nn_e = np.sqrt(A / F) - 1  # SOLUTION\nprint(n_e)"
    assert placeholder_source(source) == "A = (a - c) ** 2 / b\nn_e = ...\nprint(n_e)"


def test_a_marked_block_becomes_one_placeholder_line_at_its_indentation():
    source = "def f(x):\n    # BEGIN SOLUTION\n    y = x + 1\n    return y\n    # END SOLUTION\nz = 1"
    assert placeholder_source(source) == "def f(x):\n    ...\nz = 1"


def test_marked_lines_that_are_not_assignments_are_dropped_and_augmented_ones_kept():
    source = "total = 0\nfor x in xs:\n    total += x  # SOLUTION\nprint(total)  # SOLUTION"
    assert placeholder_source(source) == "total = 0\nfor x in xs:\n    total += ..."


@pytest.mark.parametrize("source", [
    "x = 1",
    "# BEGIN SOLUTION\nx = 1",
    "x = 1\n# END SOLUTION",
    "# BEGIN SOLUTION\n# BEGIN SOLUTION\n# END SOLUTION",
])
def test_unmarked_or_unbalanced_sources_are_rejected(source):
    with pytest.raises(ValueError, match="SOLUTION"):
        placeholder_source(source)


def test_an_unknown_lesson_or_question_is_named_in_the_error():
    with pytest.raises(ValueError, match="lesson must be one of"):
        exercises.checker("no_such_lesson")
    check = exercises.checker(exercises.lessons()[0])
    with pytest.raises(ValueError, match="question must be one of"):
        check("no_such_question")


# --- the lessons' exercises -----------------------------------------------------------------

@pytest.mark.parametrize("path", LESSONS + ZH_LESSONS, ids=lesson_id)
def test_each_lesson_has_enough_exercises_each_with_its_own_test_file(path):
    lesson, pairs = exercise_layout(path)
    assert lesson in exercises.lessons(), f"{path.name} has no check = checker(\"...\") cell"
    names = [question for question, _ in pairs]
    assert len(names) >= MIN_EXERCISES, f"{path.name}: {len(names)} exercises, at least {MIN_EXERCISES} wanted"
    assert len(set(names)) == len(names), f"{path.name}: a question is checked twice"
    assert sorted(names) == exercises.questions(lesson), "exercise cells and test files must match one to one"
    for question, source in pairs:
        student = placeholder_source(source)
        assert "..." in student and student != source, f"{question}: the student edition must hide the answer"


@pytest.mark.parametrize("lesson", exercises.lessons())
def test_every_test_case_gives_a_hint(lesson):
    for path in sorted((exercises.TESTS_ROOT / lesson).glob("[!_]*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        cases = [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)
                 and any(isinstance(d, ast.Call) and getattr(d.func, "id", "") == "test_case"
                         for d in node.decorator_list)]
        assert cases, f"{path.name} has no test case"
        for case in cases:
            decorator = next(d for d in case.decorator_list if isinstance(d, ast.Call))
            hints = [k for k in decorator.keywords if k.arg == "failure_message"]
            assert hints and hint_text(hints[0].value).strip(), (
                f"{path.name}:{case.name} needs a failure_message hint")


def hint_text(node):
    """The English text of a hint: a string literal, or one marked for translation, ``_("...")``."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_" and len(node.args) == 1:
        node = node.args[0]
    return ast.literal_eval(node)


def test_hint_text_reads_plain_and_marked_hints_only():
    assert hint_text(ast.parse('"Solve for n."', mode="eval").body) == "Solve for n."
    assert hint_text(ast.parse('_("Solve for n.")', mode="eval").body) == "Solve for n."
    with pytest.raises(ValueError):
        hint_text(ast.parse('make_hint()', mode="eval").body)


@pytest.mark.parametrize("path", ZH_LESSONS, ids=lesson_id)
def test_chinese_lesson_has_the_english_exercises_and_its_student_edition_hides_them(path):
    assert exercise_layout(path) == exercise_layout(NOTEBOOKS / path.name)
    student = student_notebook(nbformat.read(path, as_version=4))
    exercise_cells = [c.source for c in student.cells if is_exercise(c)]
    _, pairs = exercise_layout(path)
    assert exercise_cells == [placeholder_source(source) for _, source in pairs]


def run_and_report(nb, folder):
    """Execute ``nb`` in ``folder`` and return the exercise results the kernel recorded."""
    from nbclient import NotebookClient

    nb.cells.append(nbformat.v4.new_code_cell(
        "import json as _json, explainer.exercises as _ex\nprint(_json.dumps(_ex.results()))"))
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(folder)}}).execute()
    last = nb.cells[-1].outputs
    text = "".join(o.get("text", "") for o in last if o.get("output_type") == "stream")
    return json.loads(text.strip().splitlines()[-1])


@pytest.mark.slow
@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_checks_pass_on_the_solutions_and_fail_on_the_placeholders(path, tmp_path):
    lesson, pairs = exercise_layout(path)
    expected = {f"{lesson}/{question}" for question, _ in pairs}
    nb = nbformat.read(path, as_version=4)

    solved = run_and_report(nb, path.parent)
    assert set(solved) == expected, "every check must run in the lesson"
    assert all(solved.values()), f"checks that fail on the worked solution: {[k for k, v in solved.items() if not v]}"

    student = run_and_report(student_notebook(nbformat.read(path, as_version=4)), path.parent)
    assert set(student) == expected, "every check must run in the student edition"
    passing = [k for k, v in student.items() if v]
    assert not passing, f"checks that pass on the placeholder (they could never fail): {passing}"


@pytest.mark.slow
def test_a_teacher_grades_the_solutions_full_and_the_student_edition_zero(tmp_path):
    from explainer.cli import main
    from explainer.classroom.grading import grade

    assert main(["grader", "--out", str(tmp_path / "ag")]) == 0
    archives = sorted((tmp_path / "ag").glob("*-autograder.zip"))
    assert [a.name.removesuffix("-autograder.zip") for a in archives] == exercises.lessons()
    lesson = NOTEBOOKS / "01_avoid_the_rush.ipynb"
    archive = tmp_path / "ag" / "avoid_the_rush-autograder.zip"
    score, possible = grade(archive, lesson)
    assert possible > 0 and score == possible
    student = tmp_path / "student.ipynb"
    nbformat.write(student_notebook(nbformat.read(lesson, as_version=4)), student)
    assert grade(archive, student) == (0, possible)
