"""The ``Examples`` sections of the model modules run and give the values they show.

Each model module documents its main function with a runnable example (numpydoc
``Examples``), so a reader sees a call and its result next to the equation, and this test
keeps the printed results true.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import explainer.models

MODULES = sorted(info.name for info in pkgutil.iter_modules(explainer.models.__path__))


@pytest.mark.parametrize("name", MODULES)
def test_model_module_examples_run(name):
    module = importlib.import_module(f"explainer.models.{name}")
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS,
                             verbose=False)
    assert result.attempted > 0, f"explainer.models.{name} has no Examples section"
    assert result.failed == 0, f"{result.failed} example(s) of explainer.models.{name} failed"


def test_a_wrong_example_fails():
    # the check can fail: an example whose shown value is wrong is reported
    def add(a, b):
        """
        >>> add(1, 2)
        4
        """
        return a + b

    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(verbose=False)
    for test in finder.find(add, "add", globs={"add": add}):
        runner.run(test, out=lambda text: None)
    assert runner.summarize(verbose=False).failed == 1
