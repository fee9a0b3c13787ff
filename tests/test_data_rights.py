"""Coase (1960) data-rights model: closed forms, Monte Carlo, properties, bad input."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.models import data_rights as dr


def test_brief_check_values():
    assert dr.deadweight_loss(0.8, 0.5, 1.0, "subject") == pytest.approx(0.1254, abs=1e-4)
    assert dr.deadweight_loss(0.8, 0.5, 1.0, "user") == pytest.approx(0.0748, abs=1e-4)
    assert dr.traded_share(0.8, 0.5, 1.0, "subject") == pytest.approx(0.382, abs=1e-3)


@pytest.mark.parametrize("m, sd, T", [(0.5, 1.0, 0.8), (-0.3, 0.5, 0.4), (1.0, 2.0, 1.5)])
def test_matches_monte_carlo(m, sd, T):
    x = np.random.default_rng(1).normal(m, sd, 1_000_000)
    lost_subject = np.mean(np.where((x > 0) & (x < T), x, 0.0))
    lost_user = np.mean(np.where((x < 0) & (x > -T), -x, 0.0))
    assert dr.deadweight_loss(T, m, sd, "subject") == pytest.approx(lost_subject, abs=3e-3)
    assert dr.deadweight_loss(T, m, sd, "user") == pytest.approx(lost_user, abs=3e-3)
    assert dr.traded_share(T, m, sd, "subject") == pytest.approx(np.mean(x > T), abs=3e-3)
    assert dr.traded_share(T, m, sd, "user") == pytest.approx(np.mean(x < -T), abs=3e-3)
    assert dr.first_best_surplus(m, sd) == pytest.approx(np.mean(np.maximum(x, 0)), abs=3e-3)
    assert dr.surplus_at_stake(m, sd) == pytest.approx(np.mean(np.abs(x)), abs=3e-3)
    out = dr.data_market_outcome(T, m, sd)
    assert out.loss_share_subject == pytest.approx(lost_subject / np.mean(np.abs(x)), abs=5e-3)


@pytest.mark.parametrize("m, sd", [(0.5, 1.0), (-1.0, 0.3), (0.0, 2.0)])
def test_coase_invariance_at_zero_cost(m, sd):
    assert dr.deadweight_loss(0.0, m, sd, "subject") == pytest.approx(0.0, abs=1e-15)
    assert dr.deadweight_loss(0.0, m, sd, "user") == pytest.approx(0.0, abs=1e-15)
    assert dr.data_market_outcome(0.0, m, sd).better_rights == "either"


@pytest.mark.parametrize("m, sd", [(0.5, 1.0), (-0.7, 0.8)])
def test_prohibitive_cost_limits(m, sd):
    # With very high T nothing is traded: subject rights lose every valuable use,
    # user rights let every harmful use go ahead.
    x_pos = dr.first_best_surplus(m, sd)
    x_neg = dr.first_best_surplus(-m, sd)
    assert dr.deadweight_loss(50.0, m, sd, "subject") == pytest.approx(x_pos, rel=1e-9)
    assert dr.deadweight_loss(50.0, m, sd, "user") == pytest.approx(x_neg, rel=1e-9)
    assert dr.traded_share(50.0, m, sd) == pytest.approx(0.0, abs=1e-12)


@settings(max_examples=200, deadline=None)
@given(m=st.floats(-2, 2), sd=st.floats(0.1, 3), T1=st.floats(0, 5), T2=st.floats(0, 5))
def test_properties(m, sd, T1, T2):
    lo, hi = sorted((T1, T2))
    for rights in dr.RIGHTS:
        # losses are non-negative and grow with the cost; trading shrinks with it
        assert dr.deadweight_loss(lo, m, sd, rights) >= -1e-12
        assert dr.deadweight_loss(hi, m, sd, rights) >= dr.deadweight_loss(lo, m, sd, rights) - 1e-12
        assert dr.traded_share(hi, m, sd, rights) <= dr.traded_share(lo, m, sd, rights) + 1e-12
    # symmetry: user rights are subject rights with the sign of m flipped
    assert dr.deadweight_loss(hi, m, sd, "user") == pytest.approx(
        dr.deadweight_loss(hi, -m, sd, "subject"), abs=1e-12)
    # losses never exceed what is at stake
    out = dr.data_market_outcome(hi, m, sd)
    assert 0 <= out.loss_share_subject <= 1 + 1e-9 and 0 <= out.loss_share_user <= 1 + 1e-9
    # the better assignment is the efficient default: user rights when most uses create value
    out = dr.data_market_outcome(hi, m, sd)
    if abs(out.loss_subject - out.loss_user) > 1e-9:
        assert out.better_rights == ("user" if m > 0 else "subject")


@pytest.mark.parametrize("call, name", [
    (lambda: dr.deadweight_loss(-0.1), r"T \(transaction cost"),
    (lambda: dr.deadweight_loss([0.1, -1.0]), r"T \(transaction cost"),
    (lambda: dr.deadweight_loss(0.5, m=20), r"m \(mean net value"),
    (lambda: dr.traded_share(0.5, sd=0), r"sd \(spread"),
    (lambda: dr.used_share(0.5, rights="state"), r"rights \(who holds"),
    (lambda: dr.data_market_curves(T_max=0), r"T_max"),
    (lambda: dr.first_best_surplus(sd=float("inf")), r"sd \(spread"),
    (lambda: dr.surplus_at_stake(m=float("nan")), r"m \(mean net value"),
])
def test_bad_input_names_parameter(call, name):
    with pytest.raises(ValueError, match=name):
        call()
