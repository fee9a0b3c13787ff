"""Industry viability by endowment (Lin 2011)."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.models import viability as ca


def test_unit_cost_closed_form():
    for alpha, omega in [(0.3, 1.0), (0.5, 2.0), (0.8, 0.4)]:
        expected = (1 / alpha) ** alpha * (omega / (1 - alpha)) ** (1 - alpha)
        assert ca.unit_cost(alpha, omega) == pytest.approx(expected)
    # Cost is the minimum of r K + w L over inputs that make one unit (numerical check).
    alpha, omega = 0.4, 1.7
    k = np.linspace(0.05, 5, 200_001)
    labour = (1 / k**alpha) ** (1 / (1 - alpha))
    assert ca.unit_cost(alpha, omega) == pytest.approx(np.min(k + omega * labour), rel=1e-6)


def test_capital_labour_ratio():
    assert ca.capital_labour_ratio(0.5, 2.0) == pytest.approx(2.0)
    assert ca.capital_labour_ratio(0.8, 1.0) == pytest.approx(4.0)


@pytest.mark.parametrize("a1,p1,a2,p2", [(0.3, 1.0, 0.5, 1.2), (0.5, 1.0, 0.8, 0.7), (0.2, 2.0, 0.9, 1.0)])
def test_switch_point_matches_numerical_root(a1, p1, a2, p2):
    omega = ca.ranking_switch_point(a1, p1, a2, p2)

    def gap(log_w):
        w = math.exp(log_w)
        return math.log(ca.unit_cost(a1, w) / p1) - math.log(ca.unit_cost(a2, w) / p2)

    lo, hi = -20.0, 20.0  # bisection on the log gap, which is linear in ln omega
    for _ in range(200):
        mid = (lo + hi) / 2
        if gap(lo) * gap(mid) <= 0:
            hi = mid
        else:
            lo = mid
    assert math.log(omega) == pytest.approx(lo, abs=1e-9)


def test_prices_reproduce_switch_points():
    alphas = [0.3, 0.5, 0.8]
    prices = ca.prices_with_switch_points(alphas, [0.8, 2.5])
    assert ca.ranking_switch_point(0.3, prices[0], 0.5, prices[1]) == pytest.approx(0.8)
    assert ca.ranking_switch_point(0.5, prices[1], 0.8, prices[2]) == pytest.approx(2.5)
    assert np.argmin(ca.viability_subsidies(alphas, prices, 0.4)) == 0
    assert np.argmin(ca.viability_subsidies(alphas, prices, 1.5)) == 1
    assert np.argmin(ca.viability_subsidies(alphas, prices, 4.0)) == 2


@settings(max_examples=100, deadline=None)
@given(omega=st.floats(0.2, 5.0))
def test_best_industry_needs_no_subsidy(omega):
    alphas = [0.3, 0.5, 0.8]
    s = ca.viability_subsidies(alphas, ca.prices_with_switch_points(alphas, [0.8, 2.5]), omega)
    assert s.min() == pytest.approx(0.0, abs=1e-12)
    assert np.all(s >= -1e-12)


@settings(max_examples=100, deadline=None)
@given(w1=st.floats(0.2, 2.4), w2=st.floats(0.2, 2.4))
def test_capital_intensive_subsidy_falls_as_capital_accumulates(w1, w2):
    # Below the autos/chips switch point, the chips subsidy shrinks as w/r rises.
    alphas = [0.3, 0.5, 0.8]
    prices = ca.prices_with_switch_points(alphas, [0.8, 2.5])
    low, high = sorted((w1, w2))
    s_low = ca.viability_subsidies(alphas, prices, low)[2]
    s_high = ca.viability_subsidies(alphas, prices, high)[2]
    assert s_high <= s_low + 1e-12


@pytest.mark.parametrize("call,name", [
    (lambda: ca.unit_cost(1.0, 1.0), "alpha"),
    (lambda: ca.unit_cost(0.5, 0.0), "omega"),
    (lambda: ca.ranking_switch_point(0.5, 1, 0.5, 2), "alpha_1 and alpha_2"),
    (lambda: ca.viability_subsidies([0.3, 0.5], [1.0], 1.0), "alphas and prices"),
    (lambda: ca.viability_subsidies([0.3], [-1.0], 1.0), "prices"),
])
def test_bad_input(call, name):
    with pytest.raises(ValueError) as err:
        call()
    assert name in str(err.value)
