"""Exercise: the best share of data to share and its net gain (stylised, after Jones & Tonetti 2020)."""

from explainer.exercises.checking import test_case

from explainer.exercises.answers import number as _number
from explainer.i18n import _

OK_FORMAT = False

name = "data_sharing"
points = 2


@test_case(points=1, failure_message=_("Set dW/ds = 0: the data each firm uses at the optimum is "
                                       "(η / (κ x^(1−η)))^(1/(1−η)); subtract its own data and divide by N − 1."))
def test_best_share(env):
    from explainer.models.nonrival_data import best_share

    s_star = _number(env, "s_star")
    assert 0 <= s_star <= 1, _("s_star is a share of data: it must lie between 0 and 1")
    assert abs(s_star - best_share(100, 0.05, 0.001)) < 1e-6, _(
        "s_star does not match the best share at N = 100, η = 0.05, κ = 0.001, x = 1: "
        "check the exponent 1/(1 − η)"
    )


@test_case(points=1, failure_message=_("Net output is W(s) = (x(1 + s(N−1)))^η − κ x s(N−1); "
                                       "the gain compares W(s_star) with W(0), which is 1 when x = 1."))
def test_net_gain(env):
    from explainer.models.nonrival_data import sharing_outcome

    net_gain = _number(env, "net_gain")
    expected = sharing_outcome(0.5, 100, 0.05, 0.001).best_net_gain
    assert abs(net_gain - expected) < 1e-6, _(
        "net_gain does not match W(s*)/W(0) − 1: did you subtract the cost κ x s(N−1), "
        "and subtract 1 at the end (0.10 means 10% more output)?"
    )
