"""Hulten's theorem and Domar weights: closed forms, properties and bad input."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.models import hulten

BRIEF_OMEGA = [[0.2, 0.1, 0.1], [0.3, 0.2, 0.1], [0.1, 0.3, 0.2]]
BRIEF_BETA = [0.5, 0.3, 0.2]


# -- two-sector version ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "share, g_t, g_e, aggregate, needed",
    [
        (0.8, 1.0, 5.0, 1.8, 4.0),      # the brief's example: 0.8 + 1.0 pp
        (0.5, 2.0, 2.0, 2.0, 2.0),
        (0.9, 0.5, 10.0, 1.45, 4.5),
        (1.0, 3.0, 7.0, 3.0, math.inf),
        (0.0, 3.0, 7.0, 7.0, 0.0),
    ],
)
def test_two_sector_growth_closed_form(share, g_t, g_e, aggregate, needed):
    r = hulten.two_sector_tfp_growth(share, g_t, g_e)
    assert r["aggregate"] == pytest.approx(aggregate)
    assert r["traditional"] + r["emerging"] == pytest.approx(aggregate)
    assert r["emerging_needed"] == pytest.approx(needed)


def test_small_gain_on_base_matches_large_gain_on_emerging():
    # 1 point on an 80% base equals 4 points on the 20%: the lesson's headline.
    base = hulten.two_sector_tfp_growth(0.8, 1.0, 0.0)["aggregate"]
    emerging = hulten.two_sector_tfp_growth(0.8, 0.0, 4.0)["aggregate"]
    assert base == pytest.approx(emerging) == pytest.approx(0.8)


@settings(max_examples=200, deadline=None)
@given(st.floats(0, 0.9), st.floats(-2, 4), st.floats(-5, 10))
def test_matching_emerging_gain_replaces_the_base(share, g_t, g_e):
    r = hulten.two_sector_tfp_growth(share, g_t, g_e)
    replaced = hulten.two_sector_tfp_growth(share, 0.0, g_e + r["emerging_needed"])
    assert replaced["aggregate"] == pytest.approx(r["aggregate"], abs=1e-9)


@settings(max_examples=200, deadline=None)
@given(st.floats(0, 1), st.floats(-5, 10), st.floats(-5, 20))
def test_aggregate_lies_between_sector_rates(share, g_t, g_e):
    agg = hulten.two_sector_tfp_growth(share, g_t, g_e)["aggregate"]
    assert min(g_t, g_e) - 1e-9 <= agg <= max(g_t, g_e) + 1e-9


def test_growth_curve_matches_point_function():
    grid = np.linspace(0, 15, 7)
    curve = hulten.two_sector_growth_curve(0.7, 1.5, grid)
    points = [hulten.two_sector_tfp_growth(0.7, 1.5, g)["aggregate"] for g in grid]
    np.testing.assert_allclose(curve, points)


# -- input-output version ---------------------------------------------------------------------
def test_domar_weights_brief_check():
    lam = hulten.domar_weights(BRIEF_OMEGA, BRIEF_BETA)
    np.testing.assert_allclose(lam, [0.928, 0.659, 0.448], atol=5e-4)
    assert lam.sum() == pytest.approx(2.036, abs=5e-4)


def test_no_intermediates_gives_value_added_shares():
    beta = [0.6, 0.3, 0.1]
    np.testing.assert_allclose(hulten.domar_weights(np.zeros((3, 3)), beta), beta)


def test_two_sector_closed_form():
    # Sector 0 uses a share w of its own good, sector 1 uses none of anything:
    # lambda_0 = beta_0 / (1 - w), lambda_1 = beta_1.
    omega = [[0.5, 0.0], [0.0, 0.0]]
    np.testing.assert_allclose(hulten.domar_weights(omega, [0.8, 0.2]), [1.6, 0.2])
    # Emerging sector spends a share e on traditional goods: lambda_0 = beta_0 + e * beta_1.
    omega = [[0.0, 0.0], [0.3, 0.0]]
    np.testing.assert_allclose(hulten.domar_weights(omega, [0.8, 0.2]), [0.86, 0.2])


@pytest.mark.parametrize(
    "omega, beta",
    [
        (BRIEF_OMEGA, BRIEF_BETA),
        ([[0.4, 0.05], [0.3, 0.1]], [0.75, 0.25]),
        ([[0.0, 0.6], [0.6, 0.0]], [0.5, 0.5]),
        ([[0.1]], [1.0]),
    ],
)
def test_hulten_gradient_of_equilibrium_gdp_equals_domar_weights(omega, beta):
    """The gradient of log GDP, from an equilibrium solved by iteration, is the Domar weights."""
    n = len(beta)
    rng = np.random.default_rng(1)
    log_a = rng.uniform(-0.5, 0.5, n)
    h = 1e-5
    grad = []
    for i in range(n):
        e = np.zeros(n)
        e[i] = h
        grad.append((hulten.equilibrium_log_gdp(log_a + e, omega, beta)
                     - hulten.equilibrium_log_gdp(log_a - e, omega, beta)) / (2 * h))
    np.testing.assert_allclose(grad, hulten.domar_weights(omega, beta), atol=1e-6)


def test_value_added_shares_sum_to_one():
    va = hulten.value_added_shares(BRIEF_OMEGA, BRIEF_BETA)
    assert va.sum() == pytest.approx(1.0)


def _networks():
    entry = st.floats(0, 0.3)
    return st.tuples(st.lists(entry, min_size=9, max_size=9),
                     st.lists(st.floats(0.01, 1), min_size=3, max_size=3))


@settings(max_examples=150, deadline=None)
@given(_networks())
def test_domar_properties(net):
    flat, raw_beta = net
    omega = np.array(flat).reshape(3, 3)
    beta = np.array(raw_beta) / sum(raw_beta)
    lam = hulten.domar_weights(omega, beta)
    va = hulten.value_added_shares(omega, beta)
    # sales are at least value added and final sales; weights sum to at least one
    assert np.all(lam >= beta - 1e-12)
    assert np.all(lam >= va - 1e-12)
    assert lam.sum() >= 1 - 1e-12
    assert va.sum() == pytest.approx(1.0)
    # market clearing: each sector's sales = final sales + sales to other sectors
    np.testing.assert_allclose(lam, beta + omega.T @ lam, atol=1e-12)


@settings(max_examples=100, deadline=None)
@given(st.floats(0, 0.5), st.floats(0, 0.5), st.floats(0.5, 0.9))
def test_more_links_raise_the_base_weight(own, in_emerging, b):
    lam = hulten.domar_weights(*hulten.two_sector_network(b, own, in_emerging))[0]
    lam_more = hulten.domar_weights(*hulten.two_sector_network(b, own + 0.1, in_emerging + 0.1))[0]
    assert lam_more > lam


def test_rundown_outcome_closed_form():
    omega, beta = hulten.two_sector_network(0.75, 0.4, 0.3)
    out = hulten.rundown_outcome(omega, beta, 0.10)
    lam = np.linalg.solve((np.eye(2) - omega).T, beta)
    assert out["gdp_change"] == pytest.approx(100 * (0.9 ** lam[0] - 1))
    assert out["domar"][0] == pytest.approx(1.0 / 0.7, rel=1e-9)  # closed form for these numbers
    assert out["gdp_change"] == pytest.approx(-13.97, abs=0.01)
    assert out["gdp_change_value_added_only"] == pytest.approx(-7.94, abs=0.01)
    assert out["jobs_share"] == pytest.approx(78.57, abs=0.01)
    assert out["real_wage_change"] == out["gdp_change"]


def test_rundown_agrees_with_equilibrium():
    omega, beta = hulten.two_sector_network(0.8, 0.3, 0.2)
    out = hulten.rundown_outcome(omega, beta, 0.2)
    before = hulten.equilibrium_log_gdp([0.0, 0.0], omega, beta)
    after = hulten.equilibrium_log_gdp([math.log(0.8), 0.0], omega, beta)
    assert out["gdp_change"] == pytest.approx(100 * math.expm1(after - before), abs=1e-8)


def test_rundown_curve_matches_outcome():
    omega, beta = hulten.two_sector_network(0.7, 0.2, 0.4)
    cuts = np.array([0.0, 0.05, 0.3])
    curve = hulten.rundown_curve(omega, beta, cuts)
    for c, d, v in zip(cuts, curve["domar"], curve["value_added_only"]):
        out = hulten.rundown_outcome(omega, beta, c)
        assert d == pytest.approx(out["gdp_change"], abs=1e-12)
        assert v == pytest.approx(out["gdp_change_value_added_only"], abs=1e-12)


@settings(max_examples=100, deadline=None)
@given(st.floats(0.5, 0.9), st.floats(0, 0.6), st.floats(0, 0.6), st.floats(0.0, 0.9))
def test_rundown_loss_exceeds_value_added_view(b, own, in_em, cut):
    out = hulten.rundown_outcome(*hulten.two_sector_network(b, own, in_em), cut)
    assert out["gdp_change"] <= out["gdp_change_value_added_only"] + 1e-12 <= 1e-12


# -- bad input ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "call, name",
    [
        (lambda: hulten.two_sector_tfp_growth(1.2, 1, 1), "traditional_share"),
        (lambda: hulten.two_sector_tfp_growth(0.8, float("nan"), 1), "g_traditional"),
        (lambda: hulten.two_sector_tfp_growth(0.8, 1, 99), "g_emerging"),
        (lambda: hulten.domar_weights([[0.6, 0.5], [0, 0]], [0.5, 0.5]), "omega"),
        (lambda: hulten.domar_weights([[0.1, 0.1]], [1.0]), "omega"),
        (lambda: hulten.domar_weights([[-0.1, 0], [0, 0]], [0.5, 0.5]), "omega"),
        (lambda: hulten.domar_weights([[0.1, 0], [0, 0]], [0.6, 0.6]), "beta"),
        (lambda: hulten.domar_weights([[0.1, 0], [0, 0]], [1.0]), "beta"),
        (lambda: hulten.equilibrium_log_gdp([0.0], [[0.1, 0], [0, 0]], [0.5, 0.5]), "log_tfp"),
        (lambda: hulten.two_sector_network(1.5, 0.1, 0.1), "beta_traditional"),
        (lambda: hulten.two_sector_network(0.8, 0.9, 0.1), "traditional_own_use"),
        (lambda: hulten.two_sector_network(0.8, 0.1, -0.1), "traditional_in_emerging"),
        (lambda: hulten.two_sector_network(0.8, 0.1, 0.6, emerging_own_use=0.45), "less than 1"),
        (lambda: hulten.rundown_outcome([[0.1, 0], [0, 0]], [0.5, 0.5], 0.95), "cut"),
        (lambda: hulten.rundown_outcome([[0.1, 0], [0, 0]], [0.5, 0.5], 0.1, sector=2), "sector"),
        (lambda: hulten.rundown_curve([[0.1, 0], [0, 0]], [0.5, 0.5], [0.1, 1.0]), "cuts"),
        (lambda: hulten.two_sector_growth_curve(0.8, 1.0, [0, 60]), "g_emerging_grid"),
    ],
)
def test_bad_input_names_the_parameter(call, name):
    with pytest.raises(ValueError, match=name):
        call()


# -- gross-output and value-added TFP: two ways of writing Hulten's rule ------------------------
@pytest.mark.parametrize("cut, alpha, expected", [(0.1, 1.0, 0.1), (0.1, 0.5, 0.19), (0.19, 0.5, 0.3439),
                                                  (0.0, 0.3, 0.0)])
def test_value_added_tfp_fall_closed_form(cut, alpha, expected):
    # (1 - cut)**(1/alpha): with alpha = 1/2 a 10% fall in A is a 19% fall in value-added TFP
    assert hulten.value_added_tfp_fall(cut, alpha) == pytest.approx(expected)


@settings(max_examples=150, deadline=None)
@given(st.floats(0.0, 0.5), st.floats(0.0, 0.5), st.floats(0.5, 0.9), st.floats(0.01, 0.9))
def test_value_added_tfp_at_value_added_shares_gives_the_domar_answer(tt, et, beta_t, cut):
    """Domar weight x gross-output fall = value-added share x value-added fall, exactly."""
    omega, beta = hulten.two_sector_network(beta_t, tt, et)
    out = hulten.rundown_outcome(omega, beta, cut)
    alpha_t = 1 - omega[0].sum()
    va_fall = hulten.value_added_tfp_fall(cut, alpha_t)
    assert out.value_added_tfp_fall_pct == pytest.approx(100 * va_fall)
    log_gdp_va = out.value_added[0] * math.log1p(-va_fall)
    assert 100 * math.expm1(log_gdp_va) == pytest.approx(out.gdp_change, abs=1e-9)
    # the mixed measure understates the loss whenever the sector buys intermediate inputs
    assert out.gdp_change_value_added_only >= out.gdp_change - 1e-12


def test_lesson_defaults_fourteen_not_eight():
    out = hulten.rundown_outcome(*hulten.two_sector_network(0.75, 0.4, 0.3), cut=0.10)
    assert round(out.gdp_change, 1) == -14.0 and round(out.gdp_change_value_added_only, 1) == -7.9
    assert round(out.value_added_tfp_fall_pct, 1) == 17.4
