"""Exercise: the bank's break-even loan rate with collateral, by bisection."""

from explainer.exercises.checking import test_case

from explainer.i18n import _

OK_FORMAT = False

name = "breakeven_bisection"
points = 1


@test_case(points=1, failure_message=_(
    "Halve the interval [low, high] again and again: if the bank gets back less than the target "
    "at the midpoint, the break-even rate lies above it (move low up), otherwise below it."))
def test_breakeven_rate(env):
    from explainer.models.venture_finance import bank_repayment, breakeven_rate

    r_even = env.get("r_even", ...)
    assert r_even is not ..., _("r_even is still the placeholder `...`: bisect, then take the midpoint")
    r_even = float(r_even)
    assert 0.0 <= r_even <= 1.0, _("r_even should be a rate between 0 and 1 (0.05 means 5%)")
    assert abs(bank_repayment(r_even, collateral=1.0) - 1.03) < 1e-6, _(
        "at your r_even the bank's expected repayment with collateral 1 is not 1.03: "
        "did the loop run long enough, and does it move the right end of the interval?"
    )
    assert abs(r_even - breakeven_rate(collateral=1.0)) < 1e-6, _("close, but not the lowest rate that breaks even")
