"""Exercise: Domar weights from the Leontief inverse in numpy (Hulten 1978; Domar 1961)."""

from explainer.exercises.checking import test_case

from explainer.i18n import _

from explainer.exercises.answers import answer as _answer
from explainer.exercises.answers import number as _number

OK_FORMAT = False

name = "domar_weights"
points = 2

OMEGA = [[0.2, 0.1, 0.1], [0.3, 0.2, 0.1], [0.1, 0.3, 0.2]]
BETA = [0.5, 0.3, 0.2]


@test_case(points=1, failure_message=_("λ' = β'(I − Ω)⁻¹ is a row vector: β multiplies the inverse "
                                     "of I − Ω from the left, not from the right."))
def test_weights(env):
    import numpy as np

    from explainer.models.hulten import domar_weights

    lam = np.asarray(_answer(env, "lam"), dtype=float)
    assert lam.shape == (3,), _(
        "lam should hold one weight per sector (3 numbers); got shape {shape}").format(shape=lam.shape)
    inverse = np.linalg.inv(np.eye(3) - np.array(OMEGA))
    assert not np.allclose(lam, inverse @ np.array(BETA)), _(
        "lam is (I − Ω)⁻¹ β, the column version: put β on the left")
    assert np.allclose(lam, domar_weights(OMEGA, BETA), atol=1e-9), _(
        "lam does not match the Domar weights of the Section 1 economy: use I − Ω, with Ω as given")


@test_case(points=1, failure_message=_("Add up the three weights (lam.sum()); with supply chains "
                                     "the sum is sales over GDP, not a share of GDP."))
def test_sum(env):
    from explainer.models.hulten import domar_weights

    lam_sum = _number(env, "lam_sum")
    assert abs(lam_sum - domar_weights(OMEGA, BETA).sum()) < 1e-9, _(
        "lam_sum is not the sum of the Domar weights")
    assert lam_sum > 1, _("Domar weights of an economy with supply chains add up to more than 1")
