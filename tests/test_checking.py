"""The students' checker: otter-format test files run without otter-grader, and the teachers'
autograder gets the same files with otter's decorator."""

from __future__ import annotations

import builtins
import sys

import numpy as np
import pytest

from explainer import exercises
from explainer.exercises.checking import OTTER_IMPORT, OWN_IMPORT, CheckResult, TestFile

FREE_ENTRY = exercises.TESTS_ROOT / "avoid_the_rush" / "free_entry.py"


@pytest.fixture
def without_otter(monkeypatch):
    """Make ``import otter`` fail, as in the student image."""
    real_import = builtins.__import__

    def guarded(name, *args, **kwargs):
        if name == "otter" or name.startswith("otter."):
            raise ImportError(f"No module named {name!r} (blocked for this test)")
        return real_import(name, *args, **kwargs)

    for name in [n for n in sys.modules if n == "otter" or n.startswith("otter.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(builtins, "__import__", guarded)


def solved_free_entry():
    from explainer.models.excess_entry import free_entry_firm_count, optimal_firm_count

    return {"n_e": free_entry_firm_count(10, 1, 2, 0.5), "n_star": optimal_firm_count(10, 1, 2, 0.5)}


def test_every_test_file_loads_with_its_cases_and_hints(without_otter):
    for lesson in exercises.lessons():
        for question in exercises.questions(lesson):
            test_file = TestFile.load(exercises.TESTS_ROOT / lesson / f"{question}.py")
            assert test_file.name == question
            assert test_file.cases and all(case.failure_message for case in test_file.cases)


def test_a_check_passes_on_the_answer_and_fails_with_hints_on_the_placeholder(without_otter):
    check = exercises.checker("avoid_the_rush")
    n_e, n_star = solved_free_entry().values()
    result = check("free_entry")  # the caller's globals: the module's, with no n_e
    assert isinstance(result, CheckResult) and not result.passed
    assert exercises.results()["avoid_the_rush/free_entry"] is False
    text = repr(result)
    assert "free_entry: 2 of 2 checks not passed yet." in text
    assert "Entry stops when profit" in text and "still the placeholder" in text
    answered = TestFile.load(FREE_ENTRY).run({"n_e": n_e, "n_star": n_star})
    assert answered.passed and repr(answered) == "✅ free_entry: all 2 checks passed."
    half = TestFile.load(FREE_ENTRY).run({"n_e": n_e, "n_star": np.sqrt(64 / 0.5) - 1})
    assert [r.passed for r in half.results] == [True, False]
    assert "a cube root, not a square root" in half.results[1].reason
    assert "<li style='color:#a3440a'>" in half._repr_html_()


def test_a_check_speaks_chinese(without_otter, in_language):
    in_language("zh")
    result = TestFile.load(FREE_ENTRY).run({})
    text = repr(result)
    assert "free_entry" in text and "Entry stops when profit" not in text, text


def test_any_error_in_an_answer_is_a_failed_case_with_its_reason(tmp_path):
    path = tmp_path / "q.py"
    path.write_text(f"{OWN_IMPORT}\nname = 'q'\n\n@test_case(failure_message='hint')\n"
                    "def test_a(x):\n    assert x + 1 == 3\n\n@test_case()\n"
                    "def test_b(env):\n    assert env['x'] == 2, 'x should be 2'\n",
                    encoding="utf-8")
    result = TestFile.load(path).run({"x": "2"})
    assert [(r.passed, r.reason) for r in result.results] == [
        (False, 'TypeError: can only concatenate str (not "int") to str'),
        (False, "x should be 2")]
    assert [case.name for case in TestFile.load(path).cases] == ["q - 1", "q - 2"]
    assert TestFile.load(path).run({"x": 2}).passed


def test_a_test_file_without_name_or_cases_is_refused(tmp_path):
    (tmp_path / "a.py").write_text("x = 1\n", encoding="utf-8")
    (tmp_path / "b.py").write_text("name = 'b'\n", encoding="utf-8")
    with pytest.raises(ValueError, match="does not define 'name'"):
        TestFile.load(tmp_path / "a.py")
    with pytest.raises(ValueError, match="no @test_case"):
        TestFile.load(tmp_path / "b.py")


def test_the_autograder_copy_uses_otters_decorator_and_otter_finds_every_case():
    otter_tests = pytest.importorskip("otter.test_files.exception_test")
    from explainer.classroom.grading import otter_test_source

    for lesson in exercises.lessons():
        for question in exercises.questions(lesson):
            path = exercises.TESTS_ROOT / lesson / f"{question}.py"
            source = otter_test_source(path)
            assert OTTER_IMPORT in source and OWN_IMPORT not in source
            parsed = otter_tests.ExceptionTestFile.from_string(source, str(path))
            assert len(parsed.test_cases) == len(TestFile.load(path).cases) > 0


def test_a_test_file_without_the_import_is_refused_for_the_archive(tmp_path):
    from explainer.classroom.grading import otter_test_source

    path = tmp_path / "q.py"
    path.write_text(f"{OTTER_IMPORT}\nname = 'q'\n", encoding="utf-8")
    with pytest.raises(ValueError, match="must import the decorator once"):
        otter_test_source(path)
