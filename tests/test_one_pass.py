"""One slider move validates each input about once.

Public model functions validate their inputs and then call private helpers, so an explorer
update does not re-check the same numbers through every nested public call. The test counts
calls to ``explainer.checks.check_number`` (wherever a module imported it) during one update.
"""

from __future__ import annotations

import sys

import pytest

import explainer.checks
from explainer.widgets import all_explorers
from explainer.widgets.base import control_choices

#: Every explorer: its model layer is one validated entry point plus private helpers.
ONE_PASS = sorted(all_explorers())


def count_checks(monkeypatch, action):
    original = explainer.checks.check_number
    calls = []

    def counting(*args, **kwargs):
        calls.append(args[0] if args else kwargs.get("name"))
        return original(*args, **kwargs)

    for name, module in list(sys.modules.items()):
        if name.startswith("explainer") and getattr(module, "check_number", None) is original:
            monkeypatch.setattr(module, "check_number", counting)
    action()
    return calls


def _move_one_control(explorer):
    control = next(iter(explorer.controls.values()))
    if hasattr(control, "max"):
        control.value = control.max if control.value != control.max else control.min
    else:
        control.value = next(v for v in control_choices(control) if v != control.value)


@pytest.mark.parametrize("name", ONE_PASS)
def test_one_update_validates_each_value_about_once(monkeypatch, name):
    explorer = all_explorers()[name]()
    try:
        calls = count_checks(monkeypatch, lambda: _move_one_control(explorer))
        assert explorer.last_error is None
        assert len(calls) <= 2 * len(explorer.controls), calls
        if any(hasattr(control, "max") for control in explorer.controls.values()):
            assert calls, "a slider value reached the model without being validated"
    finally:
        explorer.close()


def test_counter_sees_nested_validation(monkeypatch):
    # the counter itself works: the public welfare() validates n, a, b, c and F
    from explainer.models import excess_entry

    calls = count_checks(monkeypatch, lambda: excess_entry.welfare(3, 10, 1, 2, 0.5))
    assert len(calls) == 5, calls
