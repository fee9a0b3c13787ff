"""Exercise: the share of every wedge data must remove for a 10% TFP gain (after Hsieh & Klenow 2009)."""

from explainer.exercises.checking import test_case

from explainer.exercises.answers import number as _number
from explainer.i18n import _

OK_FORMAT = False

name = "wedge_cut"
points = 2

TARGET, SIGMA, SPREAD = 0.10, 3.0, 0.5


@test_case(points=1, failure_message=_("Bisect: if the midpoint's data_gain is below 10%, the answer lies "
                                       "above it (low = mid); otherwise below (high = mid)."))
def test_cut_by_bisection(env):
    from explainer.models.misallocation import data_cut_for_gain, misallocation_outcome

    cut = _number(env, "cut")
    assert 0 < cut < 1, _("cut is a share of every wedge: it must lie strictly between 0 and 1")
    gain = misallocation_outcome(6, 0.5, SPREAD, cut).data_gain
    assert abs(gain - TARGET) < 1e-6, _(
        "removing this share of every wedge raises TFP by {gain:.1%}, not 10%: check which half "
        "of the interval you keep").format(gain=gain)
    assert abs(cut - data_cut_for_gain(TARGET)) < 1e-6, _("cut is not precise enough: halve the interval more often")


@test_case(points=1, failure_message=_("Take logs: 2 ln(1 + g) / (σ v²) = 1 − (1 − c)², so "
                                       "c = 1 − sqrt(1 − 2 ln(1 + g) / (σ v²))."))
def test_cut_in_the_lognormal_formula(env):
    import numpy as np

    cut_lognormal = _number(env, "cut_lognormal")
    expected = 1 - np.sqrt(1 - 2 * np.log1p(TARGET) / (SIGMA * SPREAD ** 2))
    assert abs(cut_lognormal - expected) < 1e-9, _(
        "cut_lognormal does not solve 1 + g = exp((σ/2) v² (1 − (1 − c)²)) for c "
        "with g = 0.1, σ = 3 and v = 0.5")
