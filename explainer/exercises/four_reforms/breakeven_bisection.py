"""Exercise: the bank's break-even loan rate without collateral, by bisection."""

from explainer.exercises.checking import test_case

from explainer.exercises.answers import number
from explainer.i18n import _

OK_FORMAT = False

name = "breakeven_bisection"
points = 1


@test_case(points=1, failure_message=_(
    "Halve the interval [low, high] again and again: if the bank gets back less than the target "
    "at the midpoint, the break-even rate lies above it (move low up), otherwise below it."))
def test_breakeven_rate(env):
    from explainer.models.venture_finance import bank_repayment, breakeven_rate

    r_even = number(env, "r_even", _("(the midpoint of the last interval)"))
    assert 0.0 <= r_even <= 10.0, _("r_even should be a rate between 0 and 10 (8.0 means 800%)")
    assert abs(r_even - breakeven_rate(collateral=1.0)) > 1e-3, _(
        "12% is the break-even rate with collateral; this time the bank holds none: call "
        "bank_repayment(mid) without collateral")
    assert abs(bank_repayment(r_even) - 1.03) < 1e-6, _(
        "at your r_even the bank's expected repayment without collateral is not 1.03: did the "
        "loop start from [0, 10], run 40 times, and move the right end of the interval?"
    )
    assert abs(r_even - breakeven_rate(r_max=10.0)) < 1e-6, _(
        "close, but not the lowest rate that breaks even")
