"""Coding exercises with instant feedback, checked by otter-grader.

A lesson's exercises follow the conventions of otter-grader (the autograder built at UC
Berkeley for its data science courses), so a teacher who knows otter recognises them and can
grade with its tools:

- **The exercise cell** is a code cell tagged ``exercise``. It holds the worked solution, with
  otter's markers: a line ending in ``# SOLUTION`` (``n_e = np.sqrt(A / F) - 1  # SOLUTION``)
  becomes ``n_e = ...`` in the student edition, and a block between ``# BEGIN SOLUTION`` and
  ``# END SOLUTION`` becomes a single ``...``. See :func:`placeholder_source`.
- **The check** is the next code cell: ``check("free_entry")``, where ``check`` comes from
  ``check = checker("avoid_the_rush")`` once per lesson. It runs the tests in
  ``explainer/exercises/<lesson>/<question>.py`` (otter's exception-based test files) against
  the notebook's variables and prints right or wrong with a hint, never the answer.

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
        self._notebook = None

    def __call__(self, question):
        """Run the tests of ``question`` on the caller's variables; show right or wrong."""
        if question not in self._names:
            raise ValueError(f"question must be one of {self._names}; got {question!r}")
        if self._notebook is None:
            import otter

            self._notebook = otter.Notebook(tests_dir=str(TESTS_ROOT / self.lesson))
        caller = inspect.currentframe().f_back
        result = self._notebook.check(question, global_env=caller.f_globals)
        _results[(self.lesson, question)] = bool(result.grade == 1)
        from ..i18n import get_language

        return result if get_language() == "en" else TranslatedResult(result)


class TranslatedResult:
    """An otter check result shown in the current language (otter itself speaks English).

    Each test case shows whether it passed and, if not, its hint and the reason the check
    gave (the assertion's message, or the error's name and message); nothing else of otter's
    report (line numbers, file names). Every other attribute is the otter result's own.
    """

    def __init__(self, result):
        self._result = result

    def __getattr__(self, name):
        return getattr(self._result, name)

    @staticmethod
    def _reason(message):
        last = [line for line in (message or "").strip().splitlines() if line.strip()]
        if not last:
            return ""
        line = last[-1].strip()
        kind, _, text = line.partition(": ")
        return text if kind == "AssertionError" and text else line

    def lines(self):
        """The report as ``(passed, text)`` pairs: a summary, then one or two lines per case."""
        from ..i18n import _

        cases = self._result.test_case_results
        failed = [case for case in cases if not case.passed]
        name = self._result.name
        if not failed:
            return [(True, _("{question}: all {count} checks passed.").format(
                question=name, count=len(cases)))]
        lines = [(False, _("{question}: {failed} of {count} checks not passed yet.").format(
            question=name, failed=len(failed), count=len(cases)))]
        for number, case in enumerate(cases, start=1):
            if case.passed:
                lines.append((True, _("Check {number} passed.").format(number=number)))
                continue
            hint = case.test_case.failure_message
            lines.append((False, _("Check {number} not passed: {hint}").format(
                number=number, hint=_(hint) if hint else "")))
            reason = self._reason(case.message)
            if reason:
                lines.append((False, _("Why: {reason}").format(reason=reason)))
        return lines

    def __repr__(self):
        return "\n".join(("✅ " if ok else "❌ ") + text for ok, text in self.lines())

    def _repr_html_(self):
        import html

        rows = "".join(
            f"<li style='color:{'#006e4f' if ok else '#a3440a'}'>{html.escape(text)}</li>"
            for ok, text in self.lines())
        return f"<ul class='explainer-check' style='list-style:none;padding-left:0'>{rows}</ul>"


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
