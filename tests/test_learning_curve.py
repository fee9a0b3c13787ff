"""Wright's law: closed forms, properties and bad input."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.models import learning_curve as lc


@pytest.mark.parametrize(
    "lr, b",
    [(0.18, 0.2863), (0.20, 0.3219), (0.5, 1.0), (0.0, 0.0), (0.75, 2.0)],
)
def test_learning_exponent_closed_form(lr, b):
    assert lc.learning_exponent(lr) == pytest.approx(b, abs=1e-4)
    assert lc.learning_rate_from_exponent(lc.learning_exponent(lr)) == pytest.approx(lr)


@pytest.mark.parametrize("lr", [0.1, 0.18, 0.24, 0.35])
def test_each_doubling_multiplies_cost_by_one_minus_lr(lr):
    x = np.array([1.0, 2.0, 4.0, 8.0, 1024.0])
    c = lc.wright_cost(x, 100.0, 1.0, lr)
    np.testing.assert_allclose(c[1:4] / c[:3], 1 - lr)
    assert c[-1] == pytest.approx(100 * (1 - lr) ** 10)


def test_scalar_in_scalar_out():
    assert isinstance(lc.wright_cost(2.0, 100.0, 1.0, 0.18), float)
    assert lc.wright_cost(2.0, 100.0, 1.0, 0.18) == pytest.approx(82.0)


def test_cost_path_closed_form():
    years = np.arange(2010, 2015)
    path = lc.cost_path(years, 1000.0, 0.5, 1.0)  # b = 1, output doubles every year
    np.testing.assert_allclose(path, 1000.0 * 0.5 ** np.arange(5))
    assert lc.annual_cost_decline(0.5, 1.0) == pytest.approx(0.5)
    assert lc.annual_cost_decline(0.18, 1.0) == pytest.approx(0.18)


def test_fit_recovers_exact_decline():
    years = np.arange(2010, 2019)
    costs = 1160 * 0.8 ** (years - 2010)
    assert lc.fit_annual_decline(years, costs) == pytest.approx(0.2)


def test_bnef_2018_series_decline():
    from explainer import data

    frame = data.load("battery_pack_prices")
    a = frame[frame["series"] == "bnef_2018_series"]
    assert lc.fit_annual_decline(a["year"], a["price_usd_per_kwh"]) == pytest.approx(0.2113, abs=1e-3)


@pytest.mark.parametrize("lr, d", [(0.18, 0.2113), (0.2, 0.1), (0.3, 0.05)])
def test_implied_growth_inverts_annual_decline(lr, d):
    g = lc.implied_cumulative_growth(lr, d)
    assert lc.annual_cost_decline(lr, g) == pytest.approx(d)


@settings(max_examples=200, deadline=None)
@given(st.floats(0.01, 0.6), st.floats(1.0, 1e6), st.floats(1.0, 1e3))
def test_cost_falls_with_output_and_with_learning(lr, x, factor):
    c = lc.wright_cost(x, 100.0, 1.0, lr)
    assert lc.wright_cost(x * (1 + factor), 100.0, 1.0, lr) < c
    assert lc.wright_cost(x * 2, 100.0, 1.0, min(lr + 0.1, 0.9)) < lc.wright_cost(x * 2, 100.0, 1.0, lr)


@settings(max_examples=200, deadline=None)
@given(st.floats(0.0, 0.9), st.floats(0.1, 1e4), st.floats(0.1, 1e4))
def test_cost_depends_only_on_doublings(lr, x0, k):
    # C(k X0) / C(X0) = k^(-b) whatever X0 is
    ratio = lc.wright_cost(k * x0, 50.0, x0, lr) / 50.0
    assert ratio == pytest.approx(k ** (-lc.learning_exponent(lr)), rel=1e-9)


@pytest.mark.parametrize(
    "call, name",
    [
        (lambda: lc.learning_exponent(0.95), "learning_rate"),
        (lambda: lc.learning_exponent(-0.1), "learning_rate"),
        (lambda: lc.learning_rate_from_exponent(6), "exponent"),
        (lambda: lc.wright_cost([1.0, 0.0], 100, 1, 0.18), "cumulative_output"),
        (lambda: lc.wright_cost(1.0, -100, 1, 0.18), "initial_cost"),
        (lambda: lc.wright_cost(1.0, 100, 0, 0.18), "initial_output"),
        (lambda: lc.cost_path([2010, 2011], 100, 0.18, 4.0), "cumulative_growth"),
        (lambda: lc.cost_path([10, 11], 100, 0.18, 0.5), "years"),
        (lambda: lc.fit_annual_decline([2010], [100]), "years"),
        (lambda: lc.fit_annual_decline([2010, 2011], [100, 0]), "costs"),
        (lambda: lc.implied_cumulative_growth(0.0, 0.1), "learning_rate"),
        (lambda: lc.implied_cumulative_growth(0.2, 1.0), "annual_decline"),
    ],
)
def test_bad_input_names_the_parameter(call, name):
    with pytest.raises(ValueError, match=name):
        call()


# -- Wright's law from data, and backwards ------------------------------------------------------
@pytest.mark.parametrize("lr", [0.05, 0.14, 0.18, 0.33])
def test_fit_learning_rate_recovers_an_exact_curve(lr):
    x = np.array([1.0, 3.0, 7.0, 20.0, 55.0])
    assert lc.fit_learning_rate(x, lc.wright_cost(x, 150.0, 1.0, lr)) == pytest.approx(lr)


def test_fit_learning_rate_reports_rising_costs_as_negative():
    assert lc.fit_learning_rate([1.0, 2.0], [100.0, 110.0]) == pytest.approx(-0.1)


def test_fit_learning_rate_on_the_shipped_2019_2024_data():
    from explainer import data

    prices = data.load("battery_pack_prices")
    headline = prices[prices["series"] == "bnef_annual_headline"]
    cumulative = np.cumsum(data.load("nev_china")["production_million"].to_numpy())
    assert lc.fit_learning_rate(cumulative, headline["price_usd_per_kwh"]) == pytest.approx(0.0349, abs=1e-4)


@pytest.mark.parametrize("ratio, lr, factor", [(0.5, 0.5, 2.0), (0.25, 0.5, 4.0), (1.0, 0.2, 1.0),
                                               (0.82 ** 3, 0.18, 8.0)])
def test_cumulative_output_needed_closed_form(ratio, lr, factor):
    assert lc.cumulative_output_needed(ratio, lr) == pytest.approx(factor)


@settings(max_examples=200, deadline=None)
@given(st.floats(0.01, 1.0), st.floats(0.02, 0.9))
def test_cumulative_output_needed_inverts_wright_cost(ratio, lr):
    factor = lc.cumulative_output_needed(ratio, lr)
    assert lc.wright_cost(factor, 1.0, 1.0, lr) == pytest.approx(ratio, rel=1e-9)


def test_cumulative_output_needed_rejects_an_unreachable_target_by_name():
    with pytest.raises(ValueError, match="learning_rate must be larger"):
        lc.cumulative_output_needed(1e-300, 0.001)
    with pytest.raises(ValueError, match=r"cost_ratio .*must be"):
        lc.cumulative_output_needed(1.5, 0.2)
