"""Exercise: fit an S-curve to the NEV share by least squares on the logit (Griliches 1957)."""

from explainer.exercises.checking import test_case

from explainer.i18n import _

from explainer.exercises.answers import number as _number

OK_FORMAT = False

name = "nev_logistic"
points = 3

CEILING = 80.0


def _fit():
    from explainer import data
    from explainer.models.diffusion import fit_logistic_share

    nev = data.load("nev_china")
    return fit_logistic_share(nev["year"], nev["share_of_vehicle_sales_pct"], CEILING)


@test_case(points=1, failure_message=_("Transform the shares to z = ln(s / (K − s)) with K = 80 "
                                     "(shares in percent, like K), then fit a straight line in the year."))
def test_rate(env):
    rate = _number(env, "rate")
    assert rate > 0, _("rate should be positive: the share rises over time")
    assert abs(rate - _fit().rate) < 1e-6, _(
        "rate is not the slope of the logit on the year, fitted to all years 2019-2024 with K = 80")


@test_case(points=1, failure_message=_("The line is z = r t + c and z = 0 at the midpoint, "
                                     "so t_m solves r t_m + c = 0."))
def test_midpoint(env):
    midpoint = _number(env, "midpoint")
    assert 2000 < midpoint < 2100, _("midpoint is a calendar year: check the sign of the intercept")
    assert abs(midpoint - _fit().midpoint) < 1e-6, _("midpoint is not the year where the fitted logit is zero")


@test_case(points=1, failure_message=_("Put your rate and midpoint into s(t) = K / (1 + e^(−r (t − t_m))) at t = 2025."))
def test_projection(env):
    from explainer.models.diffusion import logistic_share

    share_2025 = _number(env, "share_2025")
    fit = _fit()
    assert 0 < share_2025 < CEILING, _("share_2025 is a share in percent, below the ceiling K = 80")
    assert abs(share_2025 - logistic_share([2025], CEILING, fit.rate, fit.midpoint)[0]) < 1e-6, _(
        "share_2025 is not the fitted curve's value in 2025: mind the minus sign in the exponent")
