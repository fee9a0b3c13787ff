"""Exercise: simulate information cascades with a loop (Bikhchandani, Hirshleifer & Welch 1992)."""

from explainer.exercises.checking import test_case
from explainer.i18n import _

OK_FORMAT = False

name = "cascade_simulation"
points = 2

P, REGIONS = 0.7, 20


def _share(env, variable):
    value = env.get(variable, ...)
    assert value is not ..., _("{variable} is still the placeholder `...`: count the sequences and divide").format(variable=variable)
    assert isinstance(value, (int, float)) or getattr(value, "shape", None) == (), _(
        "{variable} should be a single number, a share of the sequences").format(variable=variable)
    value = float(value)
    assert 0 <= value <= 1, _("{variable} should be a share between 0 and 1").format(variable=variable)
    return value


def _paths(env):
    paths = env.get("paths", 0)
    assert isinstance(paths, int) and paths >= 5000, _("keep paths = 10_000 (at least 5,000 sequences)")
    return paths


def _within(share, exact, paths):
    # four standard errors of a share estimated from `paths` independent sequences
    return abs(share - exact) <= 4 * (exact * (1 - exact) / paths) ** 0.5 + 1e-9


@test_case(points=1, failure_message=_(
    "Before a cascade, a region follows its own signal, except when the lead is one and its "
    "signal points the other way: then it is indifferent and tosses a coin. Once the lead "
    "reaches two either way, it copies."))
def test_wrong_share(env):
    from explainer.models.cascades import cascade_probabilities

    paths = _paths(env)
    wrong_share = _share(env, "wrong_share")
    exact = cascade_probabilities(P, REGIONS)[1]
    assert wrong_share > 0, _("wrong_share is zero: does `lead` ever move when a region rejects?")
    assert _within(wrong_share, exact, paths), _(
        "wrong_share is too far from the chance of a wrong cascade in the model: check the rule "
        "at a lead of plus or minus one, and that regions stop using their signals at two")


@test_case(points=1, failure_message=_(
    "right_share counts the sequences whose lead ended at +2 or more (everyone copies 'adopt')."))
def test_right_share(env):
    from explainer.models.cascades import cascade_probabilities

    paths = _paths(env)
    right_share = _share(env, "right_share")
    exact = cascade_probabilities(P, REGIONS)[0]
    assert _within(right_share, exact, paths), _(
        "right_share is too far from the chance of a right cascade in the model: after 20 "
        "regions almost every sequence should be in one cascade or the other")
