"""Exercise: the entry subsidy that doubles free entry (Mankiw & Whinston 1986)."""

from explainer.exercises.checking import test_case
from explainer.i18n import _

OK_FORMAT = False

name = "doubling_subsidy"
points = 2

A_, B_, C_, F_ = 10, 1, 2, 0.5
STEP = 0.001


def _firms(share):
    from explainer.models.excess_entry import free_entry_firm_count

    return free_entry_firm_count(A_, B_, C_, F_ * (1 - share), integer=True)


def _share(env):
    value = env.get("share_doubling", ...)
    assert value is not ..., _("share_doubling is still the placeholder `...`: search the grid of shares")
    assert isinstance(value, (int, float)) or getattr(value, "shape", None) == (), _(
        "share_doubling should be a single number, a share of F between 0 and 1")
    value = float(value)
    assert 0 <= value < 1, _("share_doubling should be a share of F, between 0 and 1 (not a percentage)")
    return value


@test_case(points=1, failure_message=_(
    "With subsidy s, entry stops where A/(n+1)² = F − s: whole firms are floor(sqrt(A/(F − s)) − 1)."))
def test_it_doubles_entry(env):
    share = _share(env)
    assert _firms(share) >= 2 * _firms(0.0), _(
        "at share_doubling, fewer than twice the unsubsidised number of firms enter")


@test_case(points=1, failure_message=_("Take the *smallest* share on the grid that doubles entry, not any share that does."))
def test_it_is_the_smallest(env):
    share = _share(env)
    assert _firms(max(share - 2 * STEP, 0.0)) < 2 * _firms(0.0) or share == 0, _(
        "a noticeably smaller subsidy already doubles entry: share_doubling is not the smallest")
