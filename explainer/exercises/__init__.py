"""Coding exercises with instant feedback, in otter-grader's format.

A lesson's exercises follow the conventions of otter-grader (the autograder built at UC
Berkeley for its data science courses), so a teacher who knows otter recognises them and can
grade with its tools (``explainer grader``, classroom tools):

- **The exercise cell** is a code cell tagged ``exercise``. It holds the worked solution, with
  otter's markers: a line ending in ``# SOLUTION`` (``n_e = np.sqrt(A / F) - 1  # SOLUTION``)
  becomes ``n_e = ...`` in the student edition, and a block between ``# BEGIN SOLUTION`` and
  ``# END SOLUTION`` becomes a single ``...``. See :func:`placeholder_source`.
- **The check** is the next code cell: ``check("free_entry")``, where ``check`` comes from
  ``check = checker("avoid_the_rush")`` once per lesson. It runs the tests in
  ``explainer/exercises/<lesson>/<question>.py`` (otter's exception-based test files, run by
  the small checker of :mod:`explainer.exercises.checking`, so a student's kernel needs no
  otter-grader) against the notebook's variables and prints right or wrong with a hint,
  never the answer.

In the lesson notebook the solutions are there, so every check passes; in the student edition
(``explainer student``) the placeholders are there, so every check fails until the student
writes the code. ``tests/test_exercises.py`` proves both for every exercise.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

#: The cell tag of an exercise cell (the student fills it in).
EXERCISE_TAG = "exercise"

#: The folder holding one sub-folder of otter test files per lesson.
TESTS_ROOT = Path(__file__).resolve().parent

_SOLUTION_LINE = re.compile(r"^(?P<indent>\s*)(?P<code>.*?)\s*#\s*SOLUTION\s*$")
_ASSIGNMENT = re.compile(r"^(?P<target>[A-Za-z_][\w\s,\[\]\.\"']*?)\s*(?P<op>[-+*/]?=)(?!=)")
_BEGIN = re.compile(r"^\s*#\s*BEGIN SOLUTION\s*$")
_END = re.compile(r"^\s*#\s*END SOLUTION\s*$")

_results: dict[tuple[str, str], bool] = {}


def lessons():
    """Return the names of the lessons that have exercises (the sub-folders of tests)."""
    return sorted(p.name for p in TESTS_ROOT.iterdir()
                  if p.is_dir() and not p.name.startswith("_") and any(p.glob("*.py")))


def questions(lesson):
    """Return the question names of ``lesson``, one per otter test file, sorted.

    Raises
    ------
    ValueError
        If ``lesson`` has no exercises.
    """
    if lesson not in lessons():
        raise ValueError(f"lesson must be one of {lessons()}; got {lesson!r}")
    return sorted(p.stem for p in (TESTS_ROOT / lesson).glob("*.py") if not p.stem.startswith("_"))


def placeholder_source(source):
    """Return an exercise cell's code with its solution replaced by otter's placeholders.

    Parameters
    ----------
    source : str
        The code of an exercise cell, with ``# SOLUTION`` lines and/or
        ``# BEGIN SOLUTION`` … ``# END SOLUTION`` blocks.

    Returns
    -------
    str
        The student's version: ``x = f(y)  # SOLUTION`` becomes ``x = ...``, any other line
        marked ``# SOLUTION`` is dropped, and a marked block becomes one ``...`` line at the
        block's indentation.

    Raises
    ------
    ValueError
        If the code has no solution markers, or a block is not closed.

    Examples
    --------
    >>> print(placeholder_source("import numpy as np\\nn_e = np.sqrt(A / F) - 1  # SOLUTION"))
    import numpy as np
    n_e = ...
    """
    out, in_block, marked = [], False, False
    for line in source.splitlines():
        if _BEGIN.match(line):
            if in_block:
                raise ValueError("source has a '# BEGIN SOLUTION' inside another block")
            in_block, marked = True, True
            out.append(line[: len(line) - len(line.lstrip())] + "...")
            continue
        if _END.match(line):
            if not in_block:
                raise ValueError("source has an '# END SOLUTION' without its BEGIN")
            in_block = False
            continue
        if in_block:
            continue
        match = _SOLUTION_LINE.match(line)
        if match:
            marked = True
            assignment = _ASSIGNMENT.match(match["code"])
            if assignment:
                out.append(f"{match['indent']}{assignment['target'].rstrip()} {assignment['op']} ...")
            continue
        out.append(line)
    if in_block:
        raise ValueError("source has a '# BEGIN SOLUTION' without its '# END SOLUTION'")
    if not marked:
        raise ValueError("source has no '# SOLUTION' line and no '# BEGIN SOLUTION' block")
    return "\n".join(out)


def is_exercise(cell):
    """Whether ``cell`` is an exercise cell (a code cell tagged ``exercise``)."""
    return cell.get("cell_type") == "code" and EXERCISE_TAG in cell.get("metadata", {}).get("tags", [])


def results():
    """Return ``{"lesson/question": passed}`` for every check run in this process so far."""
    return {f"{lesson}/{question}": passed for (lesson, question), passed in _results.items()}


class Checker:
    """Checks a lesson's exercises against the notebook's variables (see :func:`checker`)."""

    def __init__(self, lesson):
        self.lesson = lesson
        self._names = questions(lesson)

    def __call__(self, question):
        """Run the tests of ``question`` on the caller's variables; show right or wrong.

        Returns
        -------
        explainer.exercises.checking.CheckResult
            Shown by the notebook as one line per test case, in the current language.
        """
        from .checking import TestFile

        if question not in self._names:
            raise ValueError(f"question must be one of {self._names}; got {question!r}")
        caller = inspect.currentframe().f_back
        result = TestFile.load(TESTS_ROOT / self.lesson / f"{question}.py").run(caller.f_globals)
        _results[(self.lesson, question)] = result.passed
        return result


def checker(lesson):
    """Return the ``check`` function of a lesson's exercises.

    Parameters
    ----------
    lesson : str
        The lesson's name, for example ``"avoid_the_rush"`` (one of :func:`lessons`).

    Returns
    -------
    Checker
        Call it with a question's name, ``check("free_entry")``, in the cell after the
        exercise: it runs that question's tests on the notebook's variables and shows whether
        the answer is right, with a hint when it is not.

    Raises
    ------
    ValueError
        If the lesson has no exercises.
    """
    return Checker(lesson)
