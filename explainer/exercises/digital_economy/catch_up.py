"""Exercise: simulate follow-style catch-up and find where it stalls (after Acemoglu, Aghion & Zilibotti 2006)."""

from explainer.exercises.checking import test_case

from explainer.exercises.answers import number as _number
from explainer.i18n import _

OK_FORMAT = False

name = "catch_up"
points = 2


@test_case(points=1, failure_message=_("Start from a = 0.3 and apply a = (η₁ + γ₁·a)/(1 + g) "
                                       "once per year, 60 times."))
def test_simulated_level(env):
    from explainer.models.distance_to_frontier import frontier_path

    a_60 = _number(env, "a_60")
    expected = frontier_path(0.3, 60, 1.5).proximity
    assert abs(a_60 - expected[59]) > 1e-9 or abs(expected[59] - expected[60]) < 1e-12, _(
        "a_60 matches year 59: your loop runs one step short"
    )
    assert abs(a_60 - expected[60]) < 1e-9, _("a_60 does not match 60 years of imitation from a = 0.3")


@test_case(points=1, failure_message=_("In the steady state a does not move: solve a = (η₁ + γ₁·a)/(1 + g) for a."))
def test_steady_state(env):
    from explainer.models.distance_to_frontier import steady_state

    a_ss = _number(env, "a_ss")
    assert abs(a_ss - steady_state(1)) < 1e-9, _("a_ss does not match the long-run level under imitation")
