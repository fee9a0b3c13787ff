"""Exercise: the deadweight loss of costly data deals, by Monte Carlo against the closed form."""

from explainer.exercises.checking import test_case

from explainer.exercises.answers import number
from explainer.i18n import _

OK_FORMAT = False

name = "coase_monte_carlo"
points = 2

M, SD, T = 0.5, 1.0, 0.8
TOLERANCE = 0.004  # about five standard errors with 200,000 draws


def _number(env, variable):
    return number(env, variable, _("(an average over all draws)"))


@test_case(points=1, failure_message=_(
    "Under subject rights a use with 0 < X < T is lost: average X over all draws, counting 0 for "
    "every other draw."))
def test_loss_subject(env):
    from explainer.models.data_rights import deadweight_loss

    loss = _number(env, "loss_subject")
    assert abs(loss - deadweight_loss(T, M, SD, "subject")) < TOLERANCE, _(
        "loss_subject is far from the closed form at T = 0.8, m = 0.5: average over all draws, "
        "not only over the lost ones"
    )


@test_case(points=1, failure_message=_(
    "Under user rights a harmful use with −T < X < 0 goes ahead: its loss is −X, so average "
    "−X on that interval over all draws."))
def test_loss_user(env):
    from explainer.models.data_rights import deadweight_loss

    loss = _number(env, "loss_user")
    assert loss >= 0, _("a loss is a positive number here: the harm that goes ahead is −X")
    assert abs(loss - deadweight_loss(T, M, SD, "user")) < TOLERANCE, _(
        "loss_user is far from the closed form at T = 0.8, m = 0.5: check the interval −T < X < 0"
    )
