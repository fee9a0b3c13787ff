"""Exercise: the unit's revenue as a function of the researcher's share, and its maximiser."""

import numpy as np
from explainer.exercises.checking import test_case

from explainer.i18n import _

OK_FORMAT = False

name = "best_share"
points = 2

BETA, GAMMA = 0.6, 1.0


def _grid(env):
    shares = env.get("shares", ...)
    assert getattr(shares, "shape", None) == (99,), _("keep the grid shares = np.linspace(0.01, 0.99, 99)")
    return np.asarray(shares, dtype=float)


@test_case(points=1, failure_message=_("The unit keeps 1 − s of revenue θe*(s)^β, and e*(s)^β grows like s^(β/(γ−β))."))
def test_unit_revenue_curve(env):
    from explainer.models.revenue_sharing import unit_revenue

    shares = _grid(env)
    U = env.get("U", ...)
    assert U is not ..., _("U is still the placeholder `...`: write the unit's revenue at every share")
    U = np.asarray(U, dtype=float)
    assert U.shape == shares.shape, _("U should have one value per share in the grid")
    ratio = U / unit_revenue(shares, 1.0, BETA, GAMMA)
    assert np.all(np.isfinite(ratio)) and np.allclose(ratio, ratio[0]), _(
        "U is not proportional to the unit's revenue at β = 0.6, γ = 1: check the exponent β/(γ−β) "
        "and the factor (1 − s)"
    )


@test_case(points=1, failure_message=_("Pick the share on the grid where U is largest (np.argmax), then compare with β/γ."))
def test_best_share(env):
    from explainer.models.revenue_sharing import unit_optimal_share

    s_best = env.get("s_best", ...)
    assert s_best is not ..., _("s_best is still the placeholder `...`")
    assert np.ndim(s_best) == 0, _("s_best should be a single share, not an array")
    assert abs(float(s_best) - unit_optimal_share(BETA, GAMMA)) <= 0.0101, _(
        "s_best is not the share that maximises U on the grid: did you take the index instead of the share?"
    )
