"""Exercise: free entry and the social optimum in numpy (Mankiw & Whinston 1986)."""

from explainer.exercises.checking import test_case
from explainer.i18n import _

from explainer.exercises.answers import number as _number

OK_FORMAT = False

name = "free_entry"
points = 2


@test_case(points=1, failure_message=_("Entry stops when profit A/(n+1)² − F reaches zero: solve for n."))
def test_free_entry(env):
    from explainer.models.excess_entry import free_entry_firm_count

    n_e = _number(env, "n_e")
    assert abs(n_e - free_entry_firm_count(10, 1, 2, 0.5)) < 1e-6, _(
        "n_e does not match free entry at a=10, b=1, c=2, F=0.5; did you use A = (a−c)²/b?"
    )


@test_case(points=1, failure_message=_("Welfare stops rising when dW/dn = A/(n+1)³ − F reaches zero."))
def test_optimum(env):
    from explainer.models.excess_entry import optimal_firm_count

    n_star = _number(env, "n_star")
    assert abs(n_star - optimal_firm_count(10, 1, 2, 0.5)) < 1e-6, _(
        "n_star does not match the optimum at a=10, b=1, c=2, F=0.5: a cube root, not a square root"
    )
