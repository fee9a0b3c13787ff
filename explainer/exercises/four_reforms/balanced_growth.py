"""Exercise: balanced growth of ideas in Jones's idea production function, by simulation."""

from explainer.exercises.checking import test_case

from explainer.exercises.answers import number as _number
from explainer.i18n import _

OK_FORMAT = False

name = "balanced_growth"
points = 2

N, LAM, PHI = 0.02, 0.75, 0.5


@test_case(points=1, failure_message=_(
    "On a balanced path ideas grow at a constant rate g, so A^(φ−1) L^λ is constant: "
    "(φ − 1) g + λ n = 0."))
def test_formula(env):
    from explainer.models.idea_production import bgp_idea_growth

    g_star = _number(env, "g_star")
    assert abs(g_star - bgp_idea_growth(N, LAM, PHI)) < 1e-9, _(
        "g_star does not match the balanced growth rate at n = 0.02, λ = 0.75, φ = 0.5"
    )


@test_case(points=1, failure_message=_(
    "Each step adds dA = δ L^λ A^φ dt to A and multiplies L by e^(n dt); the growth rate "
    "in the last step is dA / (A dt)."))
def test_simulation(env):
    from explainer.models.idea_production import bgp_idea_growth

    g_sim = _number(env, "g_sim")
    target = bgp_idea_growth(N, LAM, PHI)
    assert abs(g_sim - target) < 0.05 * target, _(
        "after 500 years g_sim should be within 5% of the balanced rate: is L growing, "
        "and is g_sim the growth of A (not dA itself)?"
    )
