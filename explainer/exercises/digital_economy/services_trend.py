"""Exercise: fit the three-sector model's services-to-industry trend to NBS data, for the σ the student sets (Ngai & Pissarides 2007)."""

from explainer.exercises.checking import test_case

from explainer.exercises.answers import number
from explainer.i18n import _

OK_FORMAT = False

name = "services_trend"
points = 2


def _number(env, variable):
    return number(env, variable, _("(the slope, not the whole fit)"))


def _fitted_slope():
    import numpy as np

    from explainer import data

    shares = data.load("china_gdp_sector_shares")
    one_vintage = shares[shares["vintage"] == "yearbook_2010"]
    table = one_vintage.pivot(index="year", columns="sector", values="share_pct")
    return np.polyfit(table.index, np.log(table["tertiary"] / table["secondary"]), 1)[0]


@test_case(points=1, failure_message=_("Use only the yearbook_2010 rows (one vintage); take the log of "
                                       "tertiary / secondary and fit a straight line against the year."))
def test_slope(env):
    slope = _number(env, "slope")
    expected = _fitted_slope()
    assert slope > 0, _("services gained on industry from 1978 to 2005: the slope should be positive")
    assert abs(slope - expected) < 1e-6, _(
        "slope does not match a least-squares line through log(tertiary/secondary) for 1978-2005; "
        "np.polyfit(x, y, 1) returns [slope, intercept]"
    )


def _sigma(env):
    sigma = number(env, "sigma")
    assert 0 < sigma <= 5, _("sigma is an elasticity of substitution: give a value above 0 and at most 5")
    assert abs(sigma - 1) > 1e-9, _(
        "with σ = 1 the shares never move, so no productivity gap can be read off the trend: "
        "try a value below 1 (or above 1)")
    return sigma


@test_case(points=1, failure_message=_("The model's log ratio rises by (σ − 1)(g_3 − g_2) a year: "
                                       "solve for g_2 − g_3 with the σ you set in sigma."))
def test_productivity_gap(env):
    gap = _number(env, "gap")
    sigma = _sigma(env)
    assert abs(gap - _fitted_slope() / (1 - sigma)) < 1e-6, _(
        "gap should be industry's minus services' productivity growth, a fraction a year: "
        "divide the slope by 1 − σ, using your sigma"
    )
