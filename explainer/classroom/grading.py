"""Autograder archives for teachers: grade students' notebooks with otter-grader's own tools.

``explainer grader`` writes one archive per lesson, ``<lesson>-autograder.zip``, built by
``otter generate`` from the same test files that give students instant feedback. A teacher
grades a submitted notebook on a machine where this package and the classroom tools
(otter-grader among them) are installed with::

    otter run -a autograders/avoid_the_rush-autograder.zip -o results/ submission.ipynb

which executes the notebook and scores every exercise (``results/results.json``). For
Gradescope or ``otter grade`` (Docker), add this package to the archive's environment.

otter-grader is a classroom tool, not a dependency of the lessons: students' checks run the
test files with :mod:`explainer.exercises.checking`. The archive's copies of the test files
import otter's ``test_case`` instead of that module's (:func:`otter_test_source`), so otter
finds the cases as its own.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from ..exercises import TESTS_ROOT, lessons, questions
from ..exercises.checking import OTTER_IMPORT, OWN_IMPORT


def otter_test_source(path):
    """Return the text of test file ``path`` as otter reads it: with otter's ``test_case``.

    Raises
    ------
    ValueError
        If the file does not import ``test_case`` from :mod:`explainer.exercises.checking`
        on a line of its own (otter would then find no test case in it).
    """
    lines = Path(path).read_text(encoding="utf-8").splitlines(keepends=True)
    found = [i for i, line in enumerate(lines) if line.strip() == OWN_IMPORT]
    if len(found) != 1:
        raise ValueError(f"{path} must import the decorator once with: {OWN_IMPORT}")
    lines[found[0]] = OTTER_IMPORT + "\n"
    return "".join(lines)


def write_autograder(lesson, out_dir):
    """Write ``<out_dir>/<lesson>-autograder.zip`` and return its path.

    Parameters
    ----------
    lesson : str
        A lesson with exercises (one of :func:`explainer.exercises.lessons`).
    out_dir : str or pathlib.Path
        Folder to write into (created if needed).

    Raises
    ------
    ValueError
        If ``lesson`` has no exercises.
    """
    from otter.generate import main as generate

    names = questions(lesson)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{lesson}-autograder.zip"
    with tempfile.TemporaryDirectory() as tmp:
        tests = Path(tmp) / "tests"
        tests.mkdir()
        for name in names:
            (tests / f"{name}.py").write_text(otter_test_source(TESTS_ROOT / lesson / f"{name}.py"),
                                              encoding="utf-8")
        requirements = Path(tmp) / "requirements.txt"
        requirements.write_text("", encoding="utf-8")
        generate(tests_dir=str(tests), output_path=str(target), requirements=str(requirements))
    return target


def write_autograders(out_dir, progress=None):
    """Write the autograder archive of every lesson with exercises; return their paths."""
    written = []
    for lesson in lessons():
        written.append(write_autograder(lesson, out_dir))
        if progress is not None:
            progress(written[-1].name)
    return written


def grade(archive, notebook):
    """Execute ``notebook`` and grade it with ``archive``; return ``(score, possible)``."""
    from otter.api import grade_submission

    results = grade_submission(str(notebook), str(archive), quiet=True)
    return results.total, results.possible
