"""Exercise (a data task): where the growth of China's financing stock came from, 2020-2025."""

from explainer.exercises.checking import test_case

from explainer.exercises.answers import number
from explainer.i18n import _

OK_FORMAT = False

name = "new_financing"
points = 2

START, END = "2020-12-31", "2025-03-31"


def _shares():
    from explainer import data
    from explainer.models.venture_finance import new_financing_shares

    return new_financing_shares(data.load("afre_financing_mix"), START, END)


@test_case(points=1, failure_message=_(
    "Subtract each channel's stock at end-2020 from its stock at end-March 2025, then divide "
    "by the increase in the total stock (the 'total' row), and multiply by 100."))
def test_equity_share_new(env):
    share = number(env, "equity_share_new", _("(a share in percent)"))
    expected = _shares()["equity"]
    assert abs(share - 100 * 11.82 / 422.96) > 0.01, _(
        "that is equity's share of the stock in 2025, not of the increase since 2020")
    assert abs(share - expected / 100) > 1e-3, _("give the share in percent (2.6, not 0.026)")
    assert abs(share - expected) < 0.01, _(
        "equity_share_new is not equity's share of the increase in the total stock: divide by "
        "the increase in the total, not by the total")


@test_case(points=1, failure_message=_(
    "Credit is the channel 'bank and other intermediated credit', the sum of loans, entrusted "
    "and trust loans and undiscounted bankers' acceptances."))
def test_credit_share_new(env):
    share = number(env, "credit_share_new", _("(a share in percent)"))
    expected = _shares()["bank and other intermediated credit"]
    assert abs(share - expected) < 0.01, _(
        "credit_share_new is not the share of the increase in the total stock that came from "
        "bank and other intermediated credit")
