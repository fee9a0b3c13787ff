"""A small checker for otter-format test files: what ``check("name")`` runs in a student's kernel.

The exercises' test files keep otter-grader's exception-based format (module-level ``name``
and ``points``, test functions decorated with ``@test_case(points=..., failure_message=...)``
that take the notebook's variables as ``env`` and raise when an answer is wrong), so teachers
grade them with otter's own tools (:mod:`explainer.classroom.grading`). Students only need the
checks to run, which takes a few lines of Python: this module. Installing otter-grader for it
would put 29 more packages into the student image (about 220 MB), among them playwright (165 MB, through
``nbconvert[webpdf]``) and sphinx (through ``fica``), which a check never uses.

The one difference from an otter test file is the import of the decorator: test files write
``from explainer.exercises.checking import test_case``, and the autograder archive gets the
same files with otter's import (:data:`OTTER_IMPORT`), so otter finds its own test cases there.
"""

from __future__ import annotations

import html
import inspect
from dataclasses import dataclass
from pathlib import Path

#: How a test file imports the decorator, and how the autograder archive's copy does.
OWN_IMPORT = "from explainer.exercises.checking import test_case"
OTTER_IMPORT = "from otter.test_files import test_case"


class test_case:  # noqa: N801 -- otter's name, so a test file reads as otter's
    """Mark a function as one test case of a test file (otter-grader's decorator, same keywords).

    Parameters
    ----------
    name : str, optional
        The case's name (default: the file's ``name`` and the case's number).
    points : int or float, optional
        Points of the case when graded.
    hidden : bool
        Hidden from students when otter grades (every case runs in a student's check).
    success_message, failure_message : str, optional
        Shown when the case passes or fails (the failure message is the hint).
    """

    def __init__(self, name=None, points=None, hidden=False, success_message=None,
                 failure_message=None):
        self.name = name
        self.points = points
        self.hidden = hidden
        self.success_message = success_message
        self.failure_message = failure_message
        self.test_func = None

    def __call__(self, test_func):
        self.test_func = test_func
        return self

    def run(self, env):
        """Call the test function as otter does: ``env`` gets the notebook's variables, any
        other parameter the variable of that name (``None`` if missing). Raises if it fails."""
        names = inspect.signature(self.test_func).parameters
        self.test_func(**{p: env if p == "env" else env.get(p) for p in names})


@dataclass
class CaseResult:
    """One test case run: whether it passed and, if not, why (the error's message)."""

    case: test_case
    passed: bool
    reason: str = ""


@dataclass
class TestFile:
    """The test cases of one question, in the order the file defines them."""

    __test__ = False  # not a pytest test class

    name: str
    path: Path
    cases: list

    @classmethod
    def load(cls, path):
        """Read an otter-format test file; a ``ValueError`` if it has no ``name`` or no case."""
        path = Path(path)
        env = {"__name__": f"explainer_check_{path.stem}", "__file__": str(path)}
        exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), env)
        if "name" not in env:
            raise ValueError(f"test file {path} does not define 'name'")
        cases = [value for value in env.values() if isinstance(value, test_case)]
        if not cases:
            raise ValueError(f"test file {path} has no @test_case function")
        for number, case in enumerate(cases, start=1):
            case.name = case.name or f"{env['name']} - {number}"
        return cls(env["name"], path, cases)

    def run(self, env):
        """Run every case against ``env`` (the notebook's variables); return a :class:`CheckResult`."""
        results = []
        for case in self.cases:
            try:
                case.run(env)
            except Exception as error:  # a wrong answer raises whatever it raises
                results.append(CaseResult(case, False, _reason(error)))
            else:
                results.append(CaseResult(case, True))
        return CheckResult(self.name, results)


def _reason(error):
    """An assertion's own message, or the error's name and message."""
    text = str(error).strip()
    if isinstance(error, AssertionError) and text:
        return text
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


class CheckResult:
    """What ``check("name")`` shows: one line per case, in the current language.

    Each case shows whether it passed and, if not, its hint and the reason the check gave.
    """

    def __init__(self, name, results):
        self.name = name
        self.results = results

    @property
    def passed(self):
        """Whether every case passed."""
        return all(result.passed for result in self.results)

    def lines(self):
        """The report as ``(passed, text)`` pairs: a summary, then one or two lines per case."""
        from ..i18n import _

        failed = [result for result in self.results if not result.passed]
        count = len(self.results)
        if not failed:
            return [(True, _("{question}: all {count} checks passed.").format(
                question=self.name, count=count))]
        lines = [(False, _("{question}: {failed} of {count} checks not passed yet.").format(
            question=self.name, failed=len(failed), count=count))]
        for number, result in enumerate(self.results, start=1):
            if result.passed:
                lines.append((True, _("Check {number} passed.").format(number=number)))
                continue
            hint = result.case.failure_message
            lines.append((False, _("Check {number} not passed: {hint}").format(
                number=number, hint=_(hint) if hint else "")))
            if result.reason:
                lines.append((False, _("Why: {reason}").format(reason=result.reason)))
        return lines

    def __repr__(self):
        return "\n".join(("✅ " if ok else "❌ ") + text for ok, text in self.lines())

    def _repr_html_(self):
        rows = "".join(
            f"<li style='color:{'#006e4f' if ok else '#a3440a'}'>{html.escape(text)}</li>"
            for ok, text in self.lines())
        return f"<ul class='explainer-check' style='list-style:none;padding-left:0'>{rows}</ul>"
