"""Exercise: growth accounting with data as a factor, and what the Solow residual misses."""

from explainer.exercises.checking import test_case

from explainer.exercises.answers import number as _number
from explainer.i18n import _

OK_FORMAT = False

name = "data_accounting"
points = 3

ARGS = (5, 7, 0.5, 22.7, 0.5, 0.03)


@test_case(points=1, failure_message=_("Data's contribution is its output elasticity times its growth rate, in points."))
def test_data_contribution(env):
    from explainer.models.nonrival_data import data_accounting_model

    data_part = _number(env, "data_part")
    assert abs(data_part - data_accounting_model(*ARGS).data) < 1e-9, _(
        "data_part should be γ·g_D with γ = 0.03 and g_D = 22.7 (percent a year)"
    )


@test_case(points=1, failure_message=_("The model's TFP growth is what is left of g_Y after capital, labour "
                                       "and data, each weighted by its output elasticity."))
def test_model_tfp(env):
    from explainer.models.nonrival_data import data_accounting_model

    g_A = _number(env, "g_A")
    acc = data_accounting_model(*ARGS)
    assert abs(g_A - acc.solow_residual) > 1e-6, _(
        "g_A equals the Solow residual: you left data out of the decomposition"
    )
    assert abs(g_A - acc.tfp) < 1e-9, _("g_A does not match g_Y − αg_K − (1−α)g_L − γg_D")


@test_case(points=1, failure_message=_("A statistician weights capital and labour by their income shares "
                                       "(0.485 each here) and leaves data out."))
def test_residual_when_data_are_paid(env):
    from explainer.models.nonrival_data import data_accounting_model

    residual_paid = _number(env, "residual_paid")
    expected = data_accounting_model(*ARGS, capital_share=0.485, labour_share=0.485)
    assert abs(residual_paid - expected.solow_residual) < 1e-9, _(
        "residual_paid should use the income shares 0.485, not the elasticities 0.5"
    )
