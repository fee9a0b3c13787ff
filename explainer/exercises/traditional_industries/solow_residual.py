"""Exercise: the Solow residual for several capital shares, in numpy (Solow 1957)."""

from explainer.exercises.checking import test_case

from explainer.i18n import _

from explainer.exercises.answers import answer as _answer
from explainer.exercises.answers import number as _number

OK_FORMAT = False

name = "solow_residual"
points = 2

G_Y, G_K, G_L = 7.0, 14.0, 0.5
ALPHAS = [0.3, 0.4, 0.5, 0.6]


@test_case(points=1, failure_message=_("g_A = g_Y − α g_K − (1 − α) g_L, with the whole array "
                                     "alphas in place of α (numpy works element by element)."))
def test_residuals(env):
    import numpy as np

    from explainer.models.growth_accounting import residual_by_capital_share

    g_A = np.asarray(_answer(env, "g_A"), dtype=float)
    assert g_A.shape == (4,), _(
        "g_A should hold one residual per capital share (4 numbers); got shape {shape}").format(shape=g_A.shape)
    assert np.allclose(g_A, residual_by_capital_share(G_Y, G_K, G_L, ALPHAS), atol=1e-9), _(
        "g_A does not match the residual for output 7%, capital 14%, labour 0.5%: "
        "labour's weight is 1 − α, and growth rates stay in percent")


@test_case(points=1, failure_message=_("Set the residual to zero and solve the linear equation "
                                     "g_Y − α g_K − (1 − α) g_L = 0 for α."))
def test_break_even_share(env):
    from explainer.models.growth_accounting import solow_residual

    alpha_zero = _number(env, "alpha_zero")
    assert 0 < alpha_zero < 1, _("alpha_zero is a capital share, so it lies between 0 and 1")
    assert abs(solow_residual(G_Y, G_K, G_L, alpha_zero)) < 1e-9, _(
        "at your alpha_zero the residual is not zero: check the algebra (collect the α terms)")
