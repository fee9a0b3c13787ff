"""Solow growth accounting: closed forms, properties and bad input."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.models import growth_accounting as ga


@pytest.mark.parametrize(
    "g_y, g_k, g_l, alpha, expected",
    [
        (5.0, 7.0, 0.5, 0.5, 1.25),   # the brief's check
        (10.0, 12.0, 1.0, 0.4, 4.6),
        (3.0, 3.0, 3.0, 0.35, 0.0),   # balanced growth with no TFP
        (2.0, 6.0, -1.0, 0.3, 0.9),
        (6.0, 10.0, 0.0, 0.6, 0.0),
    ],
)
def test_solow_residual_closed_form(g_y, g_k, g_l, alpha, expected):
    assert ga.solow_residual(g_y, g_k, g_l, alpha) == pytest.approx(expected)


def test_decomposition_parts():
    parts = ga.growth_decomposition(5.0, 7.0, 0.5, 0.5)
    assert parts["capital"] == pytest.approx(3.5)
    assert parts["labour"] == pytest.approx(0.25)
    assert parts["tfp"] == pytest.approx(1.25)
    assert parts["tfp_share"] == pytest.approx(25.0)


def test_zero_output_growth_gives_nan_share():
    assert ga.growth_decomposition(0.0, 1.0, 0.0, 0.4)["tfp_share"] is None


@settings(max_examples=200, deadline=None)
@given(st.floats(-10, 15), st.floats(-5, 20), st.floats(-3, 5), st.floats(0.05, 0.95))
def test_contributions_add_up(g_y, g_k, g_l, alpha):
    parts = ga.growth_decomposition(g_y, g_k, g_l, alpha)
    assert parts["capital"] + parts["labour"] + parts["tfp"] == pytest.approx(g_y, abs=1e-9)


@settings(max_examples=200, deadline=None)
@given(st.floats(-10, 15), st.floats(-5, 20), st.floats(-3, 5), st.floats(0.05, 0.9))
def test_capital_deepening_lowers_residual_when_capital_outgrows_labour(g_y, g_k, g_l, alpha):
    # d g_A / d alpha = g_L - g_K: a higher capital share leaves less for TFP iff g_K > g_L
    lower = ga.solow_residual(g_y, g_k, g_l, alpha)
    higher = ga.solow_residual(g_y, g_k, g_l, alpha + 0.05)
    assert higher - lower == pytest.approx(0.05 * (g_l - g_k), abs=1e-9)


@settings(max_examples=100, deadline=None)
@given(st.floats(-10, 15), st.floats(-5, 20), st.floats(-3, 5), st.floats(0.05, 0.95), st.floats(0.1, 5))
def test_more_output_growth_is_all_tfp(g_y, g_k, g_l, alpha, extra):
    base = ga.solow_residual(g_y, g_k, g_l, alpha)
    assert ga.solow_residual(g_y + extra, g_k, g_l, alpha) == pytest.approx(base + extra, abs=1e-9)


def test_residual_grid_matches_point_function():
    alphas = np.array([0.3, 0.45, 0.6])
    grid = ga.residual_by_capital_share(5.0, 7.0, 0.5, alphas)
    np.testing.assert_allclose(grid, [ga.solow_residual(5.0, 7.0, 0.5, a) for a in alphas])


def test_growth_rate_of_levels():
    levels = 100 * np.exp(0.05 * np.arange(11))
    assert ga.growth_rate(levels) == pytest.approx(5.0)
    # residual from levels: Y = A K^a L^(1-a) with A growing 2% exactly
    t = np.arange(6)
    k, lab, a = np.exp(0.08 * t), np.exp(0.01 * t), np.exp(0.02 * t)
    y = a * k ** 0.4 * lab ** 0.6
    g = [ga.growth_rate(v) for v in (y, k, lab)]
    assert ga.solow_residual(*g, 0.4) == pytest.approx(2.0)


@pytest.mark.parametrize(
    "call, name",
    [
        (lambda: ga.solow_residual(50, 1, 1, 0.5), "g_output"),
        (lambda: ga.solow_residual(5, float("inf"), 1, 0.5), "g_capital"),
        (lambda: ga.solow_residual(5, 1, "one", 0.5), "g_labour"),
        (lambda: ga.solow_residual(5, 1, 1, 1.0), "capital_share"),
        (lambda: ga.growth_decomposition(5, 1, 1, 0.0), "capital_share"),
        (lambda: ga.residual_by_capital_share(5, 1, 1, [0.2, 1.2]), "capital_shares"),
        (lambda: ga.growth_rate([1.0]), "levels"),
        (lambda: ga.growth_rate([1.0, -2.0]), "levels"),
    ],
)
def test_bad_input_names_the_parameter(call, name):
    with pytest.raises(ValueError, match=name):
        call()
