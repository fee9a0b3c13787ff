"""Exercise: Wright's law by log-log regression on the BNEF battery series (Wright 1936)."""

from explainer.exercises.checking import test_case

from explainer.i18n import _

from explainer.exercises.answers import number as _number

OK_FORMAT = False

name = "battery_learning"
points = 2

GROWTH = 0.5  # the assumed growth of cumulative output, as in the exercise


def _decline(series="bnef_2018_series"):
    from explainer import data
    from explainer.models.learning_curve import fit_annual_decline

    prices = data.load("battery_pack_prices")
    rows = prices if series is None else prices[prices["series"] == series]
    return fit_annual_decline(rows["year"], rows["price_usd_per_kwh"])


@test_case(points=1, failure_message=_("Regress ln(price) on ln(X) with np.polyfit(..., 1); the "
                                     "slope is −b, so b is the slope with its sign flipped."))
def test_exponent(env):
    import math

    b = _number(env, "b")
    assert b > 0, _("b should be positive: costs fall as cumulative output rises")
    expected = -math.log(1 - _decline()) / math.log(1 + GROWTH)
    mixed = -math.log(1 - _decline(None)) / math.log(1 + GROWTH)
    assert abs(b - mixed) > 1e-6, _("keep only the rows of bnef_2018_series: the two series are in different dollars")
    assert abs(b - expected) < 1e-6, _(
        "b does not match the log-log slope on the 2010-2018 series: use natural logs of both "
        "price and X, and X = 1.5 ** (year − 2010)")


@test_case(points=1, failure_message=_("Each doubling multiplies cost by 2^(−b), so the learning "
                                     "rate is what one doubling takes off: 1 − 2^(−b)."))
def test_learning_rate(env):
    from explainer.models.learning_curve import annual_cost_decline

    learning_rate = _number(env, "learning_rate")
    assert 0 < learning_rate < 1, _("learning_rate is a fraction between 0 and 1 (0.2 means 20%)")
    assert abs(annual_cost_decline(learning_rate, GROWTH) - _decline()) < 1e-6, _(
        "with your learning_rate and 50% growth of cumulative output, Wright's law does not "
        "reproduce the fitted price decline of the 2010-2018 series")
