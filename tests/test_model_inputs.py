"""Every public model function rejects a NaN argument with a ValueError that explains itself.

This runs over every function defined in ``explainer.models``; each module's own tests check
the specific ranges. A function that silently returned NaN, or failed with a TypeError deep
inside numpy, would fail here.
"""

import importlib
import inspect
import math
import pkgutil

import pytest

import explainer.models


def public_functions():
    found = []
    for info in pkgutil.iter_modules(explainer.models.__path__):
        module = importlib.import_module(f"explainer.models.{info.name}")
        for name, obj in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(obj) or obj.__module__ != module.__name__:
                continue
            params = [p for p in inspect.signature(obj).parameters.values()
                      if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty]
            if params:
                found.append(pytest.param(obj, len(params), id=f"{info.name}.{name}"))
    return found


FUNCTIONS = public_functions()


def test_models_have_public_functions():
    assert len(FUNCTIONS) >= 10


@pytest.mark.parametrize("function,n_required", FUNCTIONS)
def test_nan_arguments_raise_value_error(function, n_required):
    with pytest.raises(ValueError) as err:
        function(*([math.nan] * n_required))
    message = str(err.value)
    assert "must" in message or "should" in message, f"unhelpful message: {message!r}"
