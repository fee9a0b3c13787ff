"""Revenue-sharing incentive model: closed forms, economic properties, bad input."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.models import revenue_sharing as rs


@pytest.mark.parametrize("s0, expected", [(0.2, 6.97), (0.3, 3.09), (0.5, 1.32)])
def test_moving_to_seventy_percent_matches_brief(s0, expected):
    # beta = 0.7, gamma = 1 gives epsilon = 7/3 and s* = 0.7.
    assert rs.unit_revenue_ratio(s0, 0.7, 0.7, 1.0) == pytest.approx(expected, abs=0.005)


@pytest.mark.parametrize("beta, gamma", [(0.7, 1.0), (0.5, 2.0), (0.3, 1.5), (0.9, 1.2)])
def test_optimal_share_is_beta_over_gamma(beta, gamma):
    s_star = rs.unit_optimal_share(beta, gamma)
    assert s_star == pytest.approx(beta / gamma)
    grid = np.linspace(0.001, 0.999, 20001)
    u = rs.unit_revenue(grid, 2.0, beta, gamma)
    assert grid[np.argmax(u)] == pytest.approx(s_star, abs=1e-3)


@pytest.mark.parametrize("s, theta, beta, gamma", [(0.7, 1.0, 0.7, 1.0), (0.4, 3.0, 0.5, 2.0),
                                                  (0.9, 0.5, 0.2, 1.1)])
def test_effort_solves_first_order_condition(s, theta, beta, gamma):
    e = rs.researcher_effort(s, theta, beta, gamma)
    # marginal benefit s theta beta e^(beta-1) equals marginal cost e^(gamma-1)
    assert s * theta * beta * e ** (beta - 1) == pytest.approx(e ** (gamma - 1), rel=1e-10)
    # and it is a maximum of the researcher's payoff
    payoff = lambda x: s * theta * x ** beta - x ** gamma / gamma
    assert payoff(e) >= max(payoff(0.9 * e), payoff(1.1 * e))


def test_seventy_thirty_example_values():
    # beta = 0.7, gamma = 1, theta = 1: e*(0.7) = 0.49 ** (1/0.3)
    e = rs.researcher_effort(0.7, 1.0, 0.7, 1.0)
    assert e == pytest.approx(0.49 ** (1 / 0.3))
    assert rs.unit_revenue(0.7, 1.0, 0.7, 1.0) == pytest.approx(0.3 * e ** 0.7)
    assert rs.effort_elasticity(0.7, 1.0) == pytest.approx(7 / 3)


def test_sharing_reform_consistent_with_ratio():
    r = rs.sharing_reform(0.2, 0.7, 1.0, 0.7, 1.0)
    assert r.unit_ratio == pytest.approx(rs.unit_revenue_ratio(0.2, 0.7, 0.7, 1.0))
    assert r.unit_after == pytest.approx(r.unit_best)
    assert r.researcher_after > r.researcher_before
    # no revenue before the reform: the ratio is undefined, and says so
    assert rs.sharing_reform(0.0, 0.5).unit_ratio is None
    assert rs.sharing_reform(0.0, 0.0).unit_ratio is None


def test_readout_says_when_the_unit_had_no_revenue_before():
    from explainer.plots import style
    from explainer.plots.revenue_sharing import RevenueSharingPlot

    figure = style.new_figure(1, 2)
    plot = RevenueSharingPlot(*figure.axes)
    text = plot.update(*rs.revenue_sharing_model(0.0, 0.7))
    assert "no revenue before the reform" in text and "inf" not in text.split()


@pytest.mark.parametrize("theta, beta, gamma", [(1.0, 0.7, 1.0), (2.0, 0.5, 2.0), (0.5, 0.3, 1.5)])
def test_licence_fee_is_the_researchers_whole_surplus(theta, beta, gamma):
    # brute force: the researcher who keeps all revenue maximises theta e^beta - e^gamma/gamma
    e = np.linspace(1e-9, 5 * rs.researcher_effort(0.999999, theta, beta, gamma) + 1e-6, 400001)
    surplus = np.max(theta * e ** beta - e ** gamma / gamma)
    assert rs.licence_fee_revenue(theta, beta, gamma) == pytest.approx(surplus, rel=1e-6)


def test_licence_fee_beats_the_best_share_at_the_lessons_values():
    fee = rs.licence_fee_revenue(1.0, 0.7, 1.0)
    best_share = float(rs.unit_revenue(0.7, 1.0, 0.7, 1.0))
    assert fee == pytest.approx(0.1305, abs=1e-4)
    assert fee / best_share == pytest.approx((1 / 0.7) ** (7 / 3), rel=1e-10)
    assert fee / best_share == pytest.approx(2.30, abs=0.005)


@settings(max_examples=200, deadline=None)
@given(beta=st.floats(0.05, 0.95), extra=st.floats(0.05, 3.0), theta=st.floats(0.1, 5.0))
def test_licence_fee_beats_every_share(beta, extra, theta):
    # with no risk and no limit on what the researcher can pay, selling the rights for a fee
    # earns the unit more than the best pure share contract
    gamma = beta + extra
    fee = rs.licence_fee_revenue(theta, beta, gamma)
    best = float(rs.unit_revenue(rs.unit_optimal_share(beta, gamma), theta, beta, gamma))
    assert fee > best
    assert fee / best == pytest.approx((gamma / beta) ** (beta / (gamma - beta)), rel=1e-9)


@settings(max_examples=200, deadline=None)
@given(beta=st.floats(0.05, 0.95), extra=st.floats(0.05, 3.0), s0=st.floats(0.01, 0.98),
       s1=st.floats(0.01, 0.98))
def test_properties(beta, extra, s0, s1):
    gamma = beta + extra
    s_star = rs.unit_optimal_share(beta, gamma)
    u = lambda s: float(rs.unit_revenue(s, 1.0, beta, gamma))
    # nobody beats the optimal share
    assert u(s_star) >= max(u(s0), u(s1)) * (1 - 1e-9)
    # single peak: moving towards s* never lowers the unit's revenue
    lo, hi = sorted((s0, s1))
    if hi <= s_star:
        assert u(hi) >= u(lo) * (1 - 1e-9)
    if lo >= s_star:
        assert u(lo) >= u(hi) * (1 - 1e-9)
    # the researcher's income always rises with the share
    assert rs.researcher_income(hi, 1.0, beta, gamma) >= rs.researcher_income(lo, 1.0, beta, gamma)
    # the closed-form ratio matches the levels
    assert rs.unit_revenue_ratio(s0, s1, beta, gamma) == pytest.approx(u(s1) / u(s0), rel=1e-8)


def test_break_even_best_share_closed_form_and_meaning():
    s_o = rs.break_even_best_share(0.5, 0.7)
    eps = math.log(0.5 / 0.3) / math.log(1.4)
    assert s_o == pytest.approx(eps / (1 + eps))
    assert s_o == pytest.approx(0.6029, abs=5e-5)
    # at beta = s_o (gamma = 1) the move leaves the unit's revenue unchanged
    assert rs.unit_revenue_ratio(0.5, 0.7, s_o, 1.0) == pytest.approx(1.0, abs=1e-12)
    # it depends on beta / gamma only
    assert rs.unit_revenue_ratio(0.5, 0.7, 0.5 * s_o, 0.5) == pytest.approx(1.0, abs=1e-12)


@given(s0=st.floats(0.01, 0.98), gap=st.floats(0.005, 0.5), above=st.booleans())
@settings(max_examples=60, deadline=None)
def test_break_even_best_share_separates_gains_from_losses(s0, gap, above):
    s1 = min(s0 + gap, 0.99)
    s_o = rs.break_even_best_share(s0, s1)
    assert s0 < s_o < s1
    beta = min(s_o * 1.02, 0.999) if above else s_o * 0.98
    ratio = rs.unit_revenue_ratio(s0, s1, beta, 1.0)
    assert (ratio > 1.0) == above


@pytest.mark.parametrize("call, name", [
    (lambda: rs.break_even_best_share(0.0, 0.7), "share_before"),
    (lambda: rs.break_even_best_share(0.7, 0.5), "share_after"),
    (lambda: rs.break_even_best_share(0.5, 1.0), "share_after"),
    (lambda: rs.researcher_effort(1.0), "s (researcher's share)"),
    (lambda: rs.researcher_effort(-0.1), "s (researcher's share)"),
    (lambda: rs.unit_revenue([0.2, 1.2]), "s (researcher's share)"),
    (lambda: rs.unit_revenue(0.5, theta=0), "theta"),
    (lambda: rs.unit_optimal_share(beta=1.5), "beta"),
    (lambda: rs.unit_optimal_share(beta=0.7, gamma=0.6), "gamma"),
    (lambda: rs.unit_revenue_ratio(0.0, 0.7), "s_from"),
    (lambda: rs.unit_revenue_ratio(0.2, 1.0), "s_to"),
    (lambda: rs.sharing_reform(0.2, float("nan")), "share_after"),
    (lambda: rs.sharing_reform("a", 0.7), "share_before"),
    (lambda: rs.licence_fee_revenue(theta=-1), "theta"),
    (lambda: rs.licence_fee_revenue(beta=0.7, gamma=0.5), "gamma"),
])
def test_bad_input_names_parameter(call, name):
    with pytest.raises(ValueError, match=name.replace("(", r"\(").replace(")", r"\)")):
        call()
