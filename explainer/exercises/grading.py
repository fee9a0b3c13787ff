"""Autograder archives for teachers: grade students' notebooks with otter-grader's own tools.

``explainer grader`` writes one archive per lesson, ``<lesson>-autograder.zip``, built by
``otter generate`` from the same test files that give students instant feedback. A teacher
grades a submitted notebook on a machine where this package is installed with::

    otter run -a autograders/avoid_the_rush-autograder.zip -o results/ submission.ipynb

which executes the notebook and scores every exercise (``results/results.json``). For
Gradescope or ``otter grade`` (Docker), add this package to the archive's environment.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from . import TESTS_ROOT, lessons, questions


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
            shutil.copy(TESTS_ROOT / lesson / f"{name}.py", tests / f"{name}.py")
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
