"""Exercise: Wright's law backwards, the cumulative output a battery cost target needs (Wright 1936)."""

from explainer.exercises.checking import test_case

from explainer.i18n import _

from explainer.exercises.answers import number as _number

OK_FORMAT = False

name = "battery_target"
points = 2

TARGET, TODAY, GROWTH = 80.0, 115.0, 0.25


def _factor(learning_rate):
    from explainer.models.learning_curve import cumulative_output_needed

    return cumulative_output_needed(TARGET / TODAY, learning_rate)


@test_case(points=1, failure_message=_("Invert C / C0 = (X / X0)^(−b): X / X0 = (C / C0)^(−1/b), with "
                                     "b = −log2(1 − LR) for each learning rate."))
def test_factors(env):
    factor_14, factor_18 = _number(env, "factor_14"), _number(env, "factor_18")
    assert factor_14 > 1 and factor_18 > 1, _(
        "a lower cost needs more cumulative output, so each factor is above 1: check the sign of "
        "the exponent")
    assert abs(factor_14 - (TARGET / TODAY) ** (-1 / 0.14)) > 1e-6, _(
        "the exponent b is −log2(1 − LR), not the learning rate itself")
    assert abs(factor_14 - _factor(0.14)) < 1e-6 * _factor(0.14), _(
        "factor_14 is not the growth of cumulative output that takes cost from 115 to 80 "
        "USD/kWh at a 14% learning rate")
    assert abs(factor_18 - _factor(0.18)) < 1e-6 * _factor(0.18), _(
        "factor_18 is not the growth of cumulative output that takes cost from 115 to 80 "
        "USD/kWh at an 18% learning rate")


@test_case(points=1, failure_message=_("Cumulative output multiplies by 1.25 each year, so it takes "
                                     "ln(factor) / ln(1.25) years to grow by a factor."))
def test_years(env):
    import math

    years_14, years_18 = _number(env, "years_14"), _number(env, "years_18")
    assert abs(years_14 - math.log(_factor(0.14)) / GROWTH) > 1e-6, _(
        "growth of 25% a year is a factor of 1.25 a year: divide by ln(1.25), not by 0.25")
    assert abs(years_14 - math.log(_factor(0.14)) / math.log1p(GROWTH)) < 1e-6, _(
        "years_14 is not the time cumulative output needs to grow by factor_14 at 25% a year")
    assert abs(years_18 - math.log(_factor(0.18)) / math.log1p(GROWTH)) < 1e-6, _(
        "years_18 is not the time cumulative output needs to grow by factor_18 at 25% a year")
