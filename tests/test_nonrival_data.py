"""Nonrival data (stylised adaptation of Jones & Tonetti 2020) and growth accounting with data."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.models import nonrival_data as nd


def test_full_sharing_gain_check_value():
    assert nd.sharing_gain(1.0, 100, 0.05) == pytest.approx(1.259, abs=5e-4)
    assert nd.sharing_gain(1.0, 100, 0.05) == pytest.approx(100 ** 0.05, rel=1e-12)


@pytest.mark.parametrize("s, N, x, expected", [(0.0, 10, 2.0, 2.0), (1.0, 10, 2.0, 20.0),
                                               (0.5, 5, 1.0, 3.0)])
def test_data_used(s, N, x, expected):
    assert nd.data_used(s, N, x) == pytest.approx(expected)


@pytest.mark.parametrize("N, eta, kappa, x", [(100, 0.05, 0.001, 1.0), (50, 0.2, 0.01, 1.0),
                                              (200, 0.1, 0.004, 2.0), (20, 0.3, 0.05, 0.5)])
def test_best_share_closed_form_and_first_order_condition(N, eta, kappa, x):
    s_star = nd.best_share(N, eta, kappa, x)
    closed = ((eta / (kappa * x ** (1 - eta))) ** (1 / (1 - eta)) - 1) / (N - 1)
    assert s_star == pytest.approx(min(max(closed, 0.0), 1.0), rel=1e-10)
    if 0 < closed < 1:
        h = 1e-6
        slope = (nd.net_output(s_star + h, N, eta, kappa, x)
                 - nd.net_output(s_star - h, N, eta, kappa, x)) / (2 * h)
        assert abs(slope) < 1e-6
    grid = np.linspace(0, 1, 2001)
    assert nd.net_output(s_star, N, eta, kappa, x) >= nd.net_output(grid, N, eta, kappa, x).max() - 1e-12


def test_best_share_corner_cases():
    assert nd.best_share(100, 0.05, 0.0) == 1.0
    assert nd.best_share(100, 0.05, 10.0) == 0.0  # sharing never pays at a huge cost


def test_sharing_outcome_values():
    out = nd.sharing_outcome(0.3, 100, 0.05, 0.001)
    assert out.gain == pytest.approx((1 + 0.3 * 99) ** 0.05 - 1)
    assert out.full_gain == pytest.approx(100 ** 0.05 - 1)
    assert out.net_gain == pytest.approx((1 + 0.3 * 99) ** 0.05 - 0.001 * 0.3 * 99 - 1)
    assert out.best_net_gain >= out.net_gain


@settings(max_examples=80, deadline=None)
@given(N=st.integers(2, 500), eta=st.floats(0.01, 0.9), s1=st.floats(0, 1), s2=st.floats(0, 1))
def test_gain_rises_with_sharing_but_less_than_proportionally(N, eta, s1, s2):
    lo, hi = sorted((s1, s2))
    assert nd.sharing_gain(hi, N, eta) >= nd.sharing_gain(lo, N, eta)
    # Nonrival data: gains grow with the number of users, with diminishing returns (eta < 1).
    assert nd.sharing_gain(1.0, N + 1, eta) > nd.sharing_gain(1.0, N, eta)
    assert nd.sharing_gain(1.0, N, eta) <= N


@settings(max_examples=80, deadline=None)
@given(N=st.integers(2, 500), eta=st.floats(0.01, 0.9), k1=st.floats(1e-5, 1), k2=st.floats(1e-5, 1))
def test_higher_privacy_cost_never_raises_the_best_share(N, eta, k1, k2):
    lo, hi = sorted((k1, k2))
    assert nd.best_share(N, eta, hi) <= nd.best_share(N, eta, lo) + 1e-12


def test_sharing_curves_shapes():
    c = nd.sharing_curves(100, 0.05, 0.001, points=51, n_max=150)
    assert c["s"].shape == c["output"].shape == c["net_output"].shape == (51,)
    assert c["output"][0] == pytest.approx(1.0) and c["net_output"][0] == pytest.approx(1.0)
    assert c["full_sharing_by_n"][-1] == pytest.approx(150 ** 0.05)


@pytest.mark.parametrize("gY, gK, gL, gD, alpha, gamma", [(5, 7, 0.5, 22.7, 0.5, 0.03),
                                                         (6, 8, 0.0, 10.0, 0.4, 0.0),
                                                         (3, 4, -0.5, 30.0, 0.35, 0.1)])
def test_growth_accounting_with_data_adds_up(gY, gK, gL, gD, alpha, gamma):
    acc = nd.data_accounting_model(gY, gK, gL, gD, alpha, gamma)
    assert acc.capital + acc.labour + acc.data + acc.tfp == pytest.approx(gY)
    assert acc.data == pytest.approx(gamma * gD)
    assert acc.returns_to_scale == pytest.approx(1 + gamma)
    # Benchmark: capital and labour paid their marginal products, data nothing. The Solow
    # residual then over-states the model's TFP growth by exactly data's contribution.
    assert acc.solow_residual == pytest.approx(gY - alpha * gK - (1 - alpha) * gL)
    assert acc.residual_error == pytest.approx(gamma * gD)


def test_growth_accounting_matches_a_simulated_economy():
    # Build Y = A K^a L^(1-a) D^g from known paths and check that the decomposition
    # recovers A's growth (log differences, so it is exact).
    alpha, gamma = 0.4, 0.05
    gA, gK, gL, gD = 0.8, 6.0, 0.3, 20.0
    logs = {"A": np.log(1 + gA / 100), "K": np.log(1 + gK / 100),
            "L": np.log(1 + gL / 100), "D": np.log(1 + gD / 100)}
    log_gY = logs["A"] + alpha * logs["K"] + (1 - alpha) * logs["L"] + gamma * logs["D"]
    acc = nd.data_accounting_model(100 * log_gY, 100 * logs["K"], 100 * logs["L"],
                                   100 * logs["D"], alpha, gamma)
    assert acc.tfp == pytest.approx(100 * logs["A"], abs=1e-12)
    assert acc.solow_residual - acc.tfp == pytest.approx(100 * gamma * logs["D"], abs=1e-12)


def test_euler_marginal_products_exhaust_more_than_output():
    # With returns 1 + gamma, sum of x_i * dY/dx_i = (1 + gamma) Y (Euler's theorem): paying
    # every factor its marginal product is impossible, so elasticities are not income shares.
    alpha, gamma, A = 0.35, 0.08, 1.7
    K, L, D = 3.0, 2.0, 5.0

    def output(k, l, d):
        return A * k ** alpha * l ** (1 - alpha) * d ** gamma

    h = 1e-6
    paid = sum(x * (output(*[v + h if i == j else v for j, v in enumerate((K, L, D))])
                    - output(*[v - h if i == j else v for j, v in enumerate((K, L, D))])) / (2 * h)
               for i, x in enumerate((K, L, D)))
    assert paid / output(K, L, D) == pytest.approx(1 + gamma, rel=1e-8)
    acc = nd.data_accounting_model(5, 7, 0.5, 20, alpha, gamma)
    assert acc.returns_to_scale == pytest.approx(paid / output(K, L, D), rel=1e-8)


def test_solow_residual_with_data_paid_part_of_income():
    # Data owners earn 3% of income; capital and labour get 0.485 each (elasticities 0.5).
    acc = nd.data_accounting_model(5, 7, 0.5, 22.7, 0.5, 0.03,
                                   capital_share=0.485, labour_share=0.485)
    assert acc.tfp == pytest.approx(5 - 3.5 - 0.25 - 0.681)
    assert acc.solow_residual == pytest.approx(5 - 0.485 * 7 - 0.485 * 0.5)
    assert acc.residual_error == pytest.approx(0.03 * 22.7 + 0.015 * 7 + 0.015 * 0.5)
    assert acc.measured_capital == pytest.approx(0.485 * 7)


def test_growth_accounting_solow_check_value():
    # Without data (gamma = 0) it is Solow's residual: 5 - 0.5*7 - 0.5*0.5 = 1.25.
    acc = nd.data_accounting_model(5, 7, 0.5, 22.7, 0.5, 0.0)
    assert acc.tfp == pytest.approx(1.25) and acc.solow_residual == pytest.approx(1.25)
    with_data = nd.data_accounting_model(5, 7, 0.5, 22.7, 0.5, 0.03)
    assert with_data.tfp == pytest.approx(1.25 - 0.681)
    assert with_data.solow_residual == pytest.approx(1.25)
    # The lesson's worked solution: gamma = 0.06 would leave the model's TFP growth at -0.112.
    assert nd.data_accounting_model(5, 7, 0.5, 22.7, 0.5, 0.06).tfp == pytest.approx(-0.112)


@pytest.mark.parametrize("call, name", [
    (lambda: nd.sharing_gain(1.5, 10, 0.1), "s "),
    (lambda: nd.sharing_gain(0.5, 1, 0.1), "N "),
    (lambda: nd.sharing_gain(0.5, 10, 1.0), "eta"),
    (lambda: nd.net_output(0.5, 10, 0.1, -1), "kappa"),
    (lambda: nd.best_share(10, 0.1, 0.01, x=0), "x "),
    (lambda: nd.data_used(0.5, 10, -1), "x "),
    (lambda: nd.sharing_outcome(-0.1, 10, 0.1, 0.01), "s "),
    (lambda: nd.data_accounting_model(5, 7, 0.5, 20, 1.5, 0.03), "alpha"),
    (lambda: nd.data_accounting_model(5, 7, 0.5, 20, 0.5, 0.9), "gamma"),
    (lambda: nd.data_accounting_model(float("nan"), 7, 0.5, 20, 0.5, 0.1), "g_Y"),
    (lambda: nd.data_accounting_model(5, 7, 0.5, 500, 0.5, 0.1), "g_D"),
    (lambda: nd.data_accounting_model(5, 7, 0.5, 20, 0.5, 0.1, capital_share=1.2), "capital_share"),
    (lambda: nd.data_accounting_model(5, 7, 0.5, 20, 0.5, 0.1, labour_share=-0.1), "labour_share"),
    (lambda: nd.data_accounting_model(5, 7, 0.5, 20, 0.5, 0.1, capital_share=0.6,
                                      labour_share=0.6), "capital_share \\+ labour_share"),
])
def test_bad_input_names_the_parameter(call, name):
    with pytest.raises(ValueError, match=name):
        call()
