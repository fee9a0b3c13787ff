"""Misallocation (Hsieh & Klenow 2009): closed form, brute force, first-order conditions, bad input."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.models import misallocation as mis

SETS = [  # productivity, output wedges, capital wedges, sigma, alpha
    ([1.0, 2.0], [0.0, 0.5], [0.0, 0.0], 3.0, 1 / 3),
    ([0.5, 1.0, 1.5, 3.0], [0.2, -0.4, 0.1, 0.6], [0.0, 0.5, -0.3, 1.0], 3.0, 0.4),
    ([2.0, 0.3, 1.1], [-1.5, 0.3, 0.0], [2.0, 0.0, -0.5], 5.0, 0.25),
    ([1.0, 1.0, 1.0, 1.0, 1.0], [0.1, 0.2, 0.3, 0.4, 0.5], 0.0, 1.5, 0.6),
]


def physical_tfp(A, k, l, sigma, alpha):
    """Y / (K^alpha L^(1-alpha)) with K = L = 1, computed from the firms' outputs."""
    rho = (sigma - 1) / sigma
    Y_i = np.asarray(A) * k ** alpha * l ** (1 - alpha)
    return np.sum(Y_i ** rho) ** (1 / rho)


@pytest.mark.parametrize("A, tau_Y, tau_K, sigma, alpha", SETS)
def test_closed_form_equals_output_computed_from_the_allocation(A, tau_Y, tau_K, sigma, alpha):
    a = mis.allocation(A, tau_Y, tau_K, sigma, alpha)
    assert a.capital_shares.sum() == pytest.approx(1) and a.labour_shares.sum() == pytest.approx(1)
    assert a.tfp == pytest.approx(physical_tfp(A, a.capital_shares, a.labour_shares, sigma, alpha),
                                  rel=1e-12)
    assert a.efficient_tfp == pytest.approx(np.sum(np.asarray(A) ** (sigma - 1)) ** (1 / (sigma - 1)))


@pytest.mark.parametrize("A, tau_Y, tau_K, sigma, alpha", SETS)
def test_allocation_satisfies_every_firms_first_order_conditions(A, tau_Y, tau_K, sigma, alpha):
    # Each firm sets (1 - tau_Y) MRPL = w and (1 - tau_Y) MRPK = (1 + tau_K) R: the same w and R
    # for all, with revenue P_i Y_i = Y_i^rho Y^(1/sigma) (industry price 1).
    a = mis.allocation(A, tau_Y, tau_K, sigma, alpha)
    rho = (sigma - 1) / sigma
    tau_Y = np.broadcast_to(tau_Y, len(A))
    tau_K = np.broadcast_to(tau_K, len(A))
    Y_i = np.asarray(A) * a.capital_shares ** alpha * a.labour_shares ** (1 - alpha)
    revenue = Y_i ** rho * np.sum(Y_i ** rho) ** (1 / (sigma - 1))
    wage = (1 - tau_Y) * rho * (1 - alpha) * revenue / a.labour_shares
    rental = (1 - tau_Y) * rho * alpha * revenue / a.capital_shares / (1 + tau_K)
    assert np.ptp(wage) == pytest.approx(0, abs=1e-12 * wage.max())
    assert np.ptp(rental) == pytest.approx(0, abs=1e-12 * rental.max())
    # TFPR_i = P_i A_i is proportional to (1 + tau_K)^alpha / (1 - tau_Y)
    tfpr = revenue / (a.capital_shares ** alpha * a.labour_shares ** (1 - alpha))
    phi = (1 + tau_K) ** alpha / (1 - tau_Y)
    assert np.ptp(tfpr / phi) == pytest.approx(0, abs=1e-10 * (tfpr / phi).max())


@pytest.mark.parametrize("A, tau_Y, _, sigma, __", SETS)
def test_output_wedges_only_closed_form(A, tau_Y, _, sigma, __):
    phi = 1 / (1 - np.broadcast_to(tau_Y, len(A)))
    w = np.asarray(A) ** (sigma - 1) / np.sum(np.asarray(A) ** (sigma - 1))
    expected = np.sum(w * phi ** (1 - sigma)) ** (sigma / (sigma - 1)) / np.sum(w * phi ** -sigma)
    got = mis.allocation(A, tau_Y, 0.0, sigma)
    assert got.tfp_ratio == pytest.approx(expected, rel=1e-12)
    assert np.allclose(got.capital_shares, got.labour_shares)  # one capital-labour ratio for all


@pytest.mark.parametrize("A, sigma, alpha", [([1.0, 2.0], 3.0, 1 / 3), ([0.7, 1.9], 5.0, 0.5),
                                             ([1.0, 1.0], 2.0, 0.3)])
def test_brute_force_optimum_is_the_efficient_allocation(A, sigma, alpha):
    # Search every split of K and L between two firms: the best TFP is the efficient level,
    # reached at the efficient shares A^(sigma-1) / sum, where the wedge-free market puts them.
    grid = np.linspace(0.0005, 0.9995, 1999)
    k1, l1 = np.meshgrid(grid, grid, indexing="ij")
    rho = (sigma - 1) / sigma
    Y = ((A[0] * k1 ** alpha * l1 ** (1 - alpha)) ** rho
         + (A[1] * (1 - k1) ** alpha * (1 - l1) ** (1 - alpha)) ** rho) ** (1 / rho)
    best = np.unravel_index(np.argmax(Y), Y.shape)
    efficient = mis.efficient_tfp(A, sigma)
    assert Y.max() == pytest.approx(efficient, rel=1e-6)
    assert Y.max() <= efficient * (1 + 1e-12)
    share = A[0] ** (sigma - 1) / (A[0] ** (sigma - 1) + A[1] ** (sigma - 1))
    assert grid[best[0]] == pytest.approx(share, abs=1e-3)
    assert grid[best[1]] == pytest.approx(share, abs=1e-3)
    market = mis.allocation(A, 0.0, 0.0, sigma, alpha)
    assert market.tfp_ratio == pytest.approx(1.0, abs=1e-12)
    assert market.labour_shares[0] == pytest.approx(share, rel=1e-12)


def test_brute_force_three_firms_never_beat_the_efficient_level():
    rng = np.random.default_rng(7)
    A, sigma, alpha = np.array([0.8, 1.0, 1.6]), 3.0, 1 / 3
    k = rng.dirichlet(np.ones(3), size=20000)
    l = rng.dirichlet(np.ones(3), size=20000)
    tfp = [physical_tfp(A, ki, li, sigma, alpha) for ki, li in zip(k, l)]
    assert max(tfp) <= mis.efficient_tfp(A, sigma) * (1 + 1e-12)
    assert max(tfp) > 0.99 * mis.efficient_tfp(A, sigma)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0.2, 5.0), st.floats(-2.0, 0.9), st.floats(-0.9, 3.0)),
                min_size=2, max_size=8),
       st.floats(1.2, 8.0), st.floats(0.1, 0.9))
def test_wedges_never_raise_tfp_above_the_efficient_level(firms, sigma, alpha):
    A, tau_Y, tau_K = (np.array(column) for column in zip(*firms))
    a = mis.allocation(A, tau_Y, tau_K, sigma, alpha)
    assert 0 < a.tfp_ratio <= 1
    assert a.tfp <= a.efficient_tfp * (1 + 1e-12)


@pytest.mark.parametrize("common", [0.3, -2.0])
def test_equal_wedges_cost_nothing(common):
    a = mis.allocation([0.5, 1.0, 2.0], common, 0.0)
    assert a.tfp_ratio == pytest.approx(1.0, abs=1e-12)
    assert np.allclose(a.labour_shares, a.efficient_shares)


def test_only_the_dispersion_of_wedges_matters():
    # Scaling every (1 - tau_Y) or every (1 + tau_K) by one factor leaves TFP unchanged.
    A, tau_Y, tau_K = [0.5, 1.0, 1.5], np.array([0.2, -0.4, 0.1]), np.array([0.0, 0.5, -0.3])
    base = mis.allocation(A, tau_Y, tau_K, 3.0, 0.4).tfp_ratio
    assert mis.allocation(A, 1 - 0.5 * (1 - tau_Y), tau_K, 3.0, 0.4).tfp_ratio == pytest.approx(base)
    assert mis.allocation(A, tau_Y, 2 * (1 + tau_K) - 1, 3.0, 0.4).tfp_ratio == pytest.approx(base)


def test_many_lognormal_firms_lose_sigma_over_two_times_the_variance():
    rng = np.random.default_rng(11)
    n, sigma, v = 400_000, 3.0, 0.25
    log_A = rng.normal(0.0, 0.4, n)
    log_phi = 0.5 * (log_A / 0.4) * np.sqrt(v) + rng.normal(0, np.sqrt(0.75 * v), n)  # correlated
    got = mis.allocation(np.exp(log_A), -np.expm1(-log_phi), 0.0, sigma).tfp_ratio
    assert np.log(got) == pytest.approx(-0.5 * sigma * np.var(log_phi), rel=0.03)
    assert mis.lognormal_tfp_ratio(v, sigma) == pytest.approx(np.exp(-0.375))


def test_variance_cut_for_the_hsieh_klenow_gains():
    # 30% and 50% (China, to US dispersion) with sigma = 3 in the lognormal formula
    for gain in (0.3, 0.5):
        dv = mis.variance_cut_for_gain(gain, 3.0)
        assert mis.lognormal_tfp_ratio(1.0, 3.0) * (1 + gain) == pytest.approx(
            mis.lognormal_tfp_ratio(1.0 - dv, 3.0))


def test_example_firms():
    A, tau = mis.example_firms(5, 0.4, 0.3)
    assert np.std(np.log(A)) == pytest.approx(0.4) and np.mean(np.log(A)) == pytest.approx(0)
    log_phi = -np.log1p(-tau)
    assert np.std(log_phi) == pytest.approx(0.3)
    assert np.all(np.diff(log_phi) > 0)  # the most productive face the largest wedges
    _, reverse = mis.example_firms(5, 0.4, 0.3, pairing="unproductive")
    assert np.all(np.diff(-np.log1p(-reverse)) < 0)


@pytest.mark.parametrize("firms, spread", [(2, 0.0), (6, 0.5), (20, 1.0)])
def test_tfp_rises_monotonically_as_data_remove_more_of_every_wedge(firms, spread):
    cuts = np.linspace(0, 1, 41)
    ratios = [mis.misallocation_outcome(firms, spread, 0.8, c).with_data.tfp_ratio for c in cuts]
    assert np.all(np.diff(ratios) > 0)
    assert ratios[-1] == pytest.approx(1.0, abs=1e-12)


def test_data_that_remove_no_wedge_change_nothing():
    o = mis.misallocation_outcome(6, 0.5, 0.5, 0.0)
    assert o.data_gain == 0.0 and o.with_data.tfp_ratio == o.without_data.tfp_ratio


def test_defaults_and_the_inverse_question():
    o = mis.misallocation_outcome(6, 0.5, 0.5, 0.5)
    assert o.without_data.tfp_ratio == pytest.approx(0.7049, abs=1e-4)
    assert o.data_gain == pytest.approx(0.3147, abs=1e-4)
    cut = mis.data_cut_for_gain(0.10)
    again = mis.misallocation_outcome(6, 0.5, 0.5, cut)
    assert again.data_gain == pytest.approx(0.10, abs=1e-8)
    assert mis.data_cut_for_gain(0.0) == pytest.approx(0.0, abs=1e-9)
    # TFP is flat at the efficient level (the loss is quadratic in the wedges), hence abs=1e-6
    assert mis.data_cut_for_gain(o.efficiency_gap) == pytest.approx(1.0, abs=1e-6)
    with pytest.raises(ValueError, match=r"gain must be at most 0\.41"):
        mis.data_cut_for_gain(0.5)


def test_curves_start_at_one_fall_and_match_the_outcome():
    curves, outcome = mis.misallocation_model(6, 0.5, 0.5, 50)
    assert curves["tfp_ratio"][0] == pytest.approx(1.0)
    assert np.all(np.diff(curves["tfp_ratio"]) < 0)
    assert np.interp(0.5, curves["spread"], curves["tfp_ratio"]) == pytest.approx(
        outcome.without_data.tfp_ratio, abs=1e-3)
    assert curves["lognormal_ratio"][-1] == pytest.approx(np.exp(-1.5 * 1.5 ** 2))


@pytest.mark.parametrize("call, fragment", [
    (lambda: mis.allocation([1.0, 2.0], [0.0, 1.0]), r"output_wedge must be in \[-99, 0.99\]"),
    (lambda: mis.allocation([1.0, 2.0], [0.0, 0.1, 0.2]), "output_wedge must have one entry per firm"),
    (lambda: mis.allocation([1.0, 2.0], 0.0, -1.0), r"capital_wedge must be in \[-0.99, 99\]"),
    (lambda: mis.allocation([1.0, 0.0], 0.0), r"productivity must be in \[1e-06, 1e\+06\]"),
    (lambda: mis.allocation([1.0, 2.0], 0.0, sigma=1.0), r"sigma \(elasticity of substitution\) must be in \(1, 10\]"),
    (lambda: mis.allocation([1.0, 2.0], 0.0, alpha=1.0), r"alpha \(capital elasticity\) must be in \(0, 1\)"),
    (lambda: mis.example_firms(1, 0.5, 0.5), r"firms \(number of firms\) must be a whole number in \[2, 50\]"),
    (lambda: mis.example_firms(3, 0.5, 0.5, pairing="random"), "pairing must be one of"),
    (lambda: mis.misallocation_model(6, 0.5, 0.5, 120), r"data_cut_pct .* must be in \[0, 100\]"),
    (lambda: mis.misallocation_outcome(6, 2.0, 0.5, 0.5), r"productivity_spread .* must be in \[0, 1.5\]"),
])
def test_bad_input_named(call, fragment):
    with pytest.raises(ValueError, match=fragment):
        call()
