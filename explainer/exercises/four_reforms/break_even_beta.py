"""Exercise (an inverse question): how large beta must be for a move from 50% to 70% to pay."""

from explainer.exercises.checking import test_case

from explainer.exercises.answers import number
from explainer.i18n import _

OK_FORMAT = False

name = "break_even_beta"
points = 1


@test_case(points=1, failure_message=_(
    "The unit's revenue ratio (1 − 0.7)/(1 − 0.5) · (0.7/0.5)^(β/(1−β)) rises with β: bisect "
    "on β until the ratio is 1, or solve it for β/(1 − β) with logarithms."))
def test_beta_min(env):
    from explainer.models.revenue_sharing import break_even_best_share, unit_revenue_ratio

    beta_min = number(env, "beta_min", _("(one value of β)"))
    assert 0.0 < beta_min < 1.0, _("β lies between 0 and 1 here, because γ = 1")
    assert abs(beta_min - 0.7) > 1e-3, _(
        "at β = 0.7 the 70% share is the unit's best share; the question asks for the smallest β "
        "at which moving from 50% to 70% does not lower the unit's revenue")
    assert abs(unit_revenue_ratio(0.5, 0.7, beta_min, 1.0) - 1.0) < 1e-6, _(
        "at your beta_min the move from 50% to 70% still changes the unit's revenue: is the "
        "ratio 1 there, and does the loop keep the half in which the ratio crosses 1?")
    assert abs(beta_min - break_even_best_share(0.5, 0.7)) < 1e-6, _(
        "close, but not the threshold: run the bisection longer")
