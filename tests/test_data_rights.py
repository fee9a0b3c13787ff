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


# --- Costs that differ by assignment (T_subject for a licence, T_user for a buy-off) ---------

def test_unequal_costs_default_to_equal():
    same = dr.data_market_outcome(0.8, 0.5, 1.0)
    explicit = dr.data_market_outcome(0.8, 0.5, 1.0, T_user=0.8)
    assert same == explicit
    assert same.cost_subject == same.cost_user == 0.8
    assert same.loss_subject == pytest.approx(0.1254, abs=1e-4)
    assert same.loss_user == pytest.approx(0.0748, abs=1e-4)
    assert same.traded_subject == pytest.approx(0.382, abs=1e-3)


@pytest.mark.parametrize("m, sd, T_s, T_u", [(0.5, 1.0, 0.8, 1.6), (0.5, 1.0, 0.8, 0.2),
                                             (-0.4, 0.7, 1.1, 0.3), (1.0, 2.0, 0.0, 2.5)])
def test_unequal_costs_closed_form(m, sd, T_s, T_u):
    # each assignment is the one-cost formula evaluated at its own cost
    out = dr.data_market_outcome(T_s, m, sd, T_user=T_u)
    assert out.loss_subject == pytest.approx(dr.deadweight_loss(T_s, m, sd, "subject"), abs=1e-14)
    assert out.loss_user == pytest.approx(dr.deadweight_loss(T_u, m, sd, "user"), abs=1e-14)
    assert out.traded_user == pytest.approx(dr.traded_share(T_u, m, sd, "user"), abs=1e-14)
    # and the user-rights loss is written out here independently of the module
    from math import erf, exp, pi, sqrt
    cdf = lambda z: 0.5 * (1 + erf(z / sqrt(2)))
    pdf = lambda z: exp(-z * z / 2) / sqrt(2 * pi)
    mu = -m                                     # user rights: subject formula with -m
    expected = mu * (cdf((T_u - mu) / sd) - cdf(-mu / sd)) + sd * (pdf(-mu / sd) - pdf((T_u - mu) / sd))
    assert out.loss_user == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize("m, sd, T_s, T_u", [(0.5, 1.0, 0.8, 1.6), (-0.3, 0.5, 0.2, 0.9)])
def test_unequal_costs_match_monte_carlo(m, sd, T_s, T_u):
    x = np.random.default_rng(7).normal(m, sd, 1_000_000)
    out = dr.data_market_outcome(T_s, m, sd, T_user=T_u)
    # subject rights: a licence is bought when X > T_s; user rights: a buy-off when -X > T_u
    assert out.loss_subject == pytest.approx(np.mean(np.where((x > 0) & (x < T_s), x, 0.0)), abs=3e-3)
    assert out.loss_user == pytest.approx(np.mean(np.where((x < 0) & (x > -T_u), -x, 0.0)), abs=3e-3)
    assert out.traded_subject == pytest.approx(np.mean(x > T_s), abs=3e-3)
    assert out.traded_user == pytest.approx(np.mean(x < -T_u), abs=3e-3)


def test_coase_invariance_needs_both_costs_zero():
    assert dr.data_market_outcome(0.0, 0.5, 1.0, T_user=0.0).better_rights == "either"
    assert dr.data_market_outcome(0.0, 0.5, 1.0, T_user=0.0).loss_user == 0.0
    # free licences but costly buy-offs: subject rights now lose nothing, user rights do
    out = dr.data_market_outcome(0.0, 0.5, 1.0, T_user=0.8)
    assert out.loss_subject == 0.0 and out.loss_user > 0.05 and out.better_rights == "subject"


def test_dear_buy_offs_reverse_the_ranking():
    # With equal costs and mostly valuable uses user rights lose less; when dispersed subjects
    # face twice the cost of organising a buy-off, subject rights lose less.
    assert dr.data_market_outcome(0.8, 0.5, 1.0).better_rights == "user"
    out = dr.data_market_outcome(0.8, 0.5, 1.0, T_user=1.6)
    assert out.loss_user == pytest.approx(0.1627, abs=1e-4)
    assert out.better_rights == "subject"


def test_curves_with_a_cost_ratio():
    c = dr.data_market_curves(0.5, 1.0, T_max=2.0, points=41, user_cost_ratio=2.0)
    assert np.allclose(c["cost_user"], 2.0 * c["cost"])
    stake = dr.surplus_at_stake(0.5, 1.0)
    for T, loss_u, traded_u in zip(c["cost"], c["loss_share_user"], c["traded_user"]):
        assert loss_u == pytest.approx(dr.deadweight_loss(2 * T, 0.5, 1.0, "user") / stake, abs=1e-12)
        assert traded_u == pytest.approx(dr.traded_share(2 * T, 0.5, 1.0, "user"), abs=1e-12)
    equal = dr.data_market_curves(0.5, 1.0, T_max=2.0, points=41)
    assert np.allclose(equal["loss_share_subject"], c["loss_share_subject"])
    assert np.all(c["loss_share_user"][1:] > equal["loss_share_user"][1:])


@settings(max_examples=150, deadline=None)
@given(m=st.floats(-2, 2), sd=st.floats(0.1, 3), T_s=st.floats(0, 5), T_u1=st.floats(0, 5),
       T_u2=st.floats(0, 5))
def test_unequal_cost_properties(m, sd, T_s, T_u1, T_u2):
    lo, hi = sorted((T_u1, T_u2))
    a = dr.data_market_outcome(T_s, m, sd, T_user=lo)
    b = dr.data_market_outcome(T_s, m, sd, T_user=hi)
    # raising only the buy-off cost leaves subject rights alone and hurts user rights
    assert a.loss_subject == b.loss_subject and a.traded_subject == b.traded_subject
    assert b.loss_user >= a.loss_user - 1e-12 and b.traded_user <= a.traded_user + 1e-12
    assert 0 <= b.loss_share_user <= 1 + 1e-9


@pytest.mark.parametrize("call, name", [
    (lambda: dr.data_market_outcome(0.5, T_user=-0.1), r"T_user \(transaction cost"),
    (lambda: dr.data_market_outcome(0.5, T_user=[0.1, 0.2]), r"T_user \(transaction cost"),
    (lambda: dr.data_market_outcome(0.5, T_user=float("nan")), r"T_user \(transaction cost"),
    (lambda: dr.data_market_outcome([0.5, 0.6]), r"T \(transaction cost"),
    (lambda: dr.data_market_curves(user_cost_ratio=-1), r"user_cost_ratio"),
    (lambda: dr.data_market_curves(user_cost_ratio=11), r"user_cost_ratio"),
])
def test_bad_cost_input_names_parameter(call, name):
    with pytest.raises(ValueError, match=name):
        call()
