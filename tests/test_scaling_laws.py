"""Compute-optimal scaling (Hoffmann et al. 2022): closed forms, properties, bad input."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.models import scaling_laws as sl

ALPHA, BETA, A, B, E = 0.34, 0.28, 406.4, 410.7, 1.69


@pytest.mark.parametrize("C", [1e18, 5.76e23, 1e21, 3.1e25, 1e27])
def test_optimal_split_uses_the_whole_budget_and_matches_closed_form(C):
    N, D = sl.compute_optimal_split(C)
    assert N * D == pytest.approx(C / 6, rel=1e-12)
    a, b = BETA / (ALPHA + BETA), ALPHA / (ALPHA + BETA)
    G = (ALPHA * A / (BETA * B)) ** (1 / (ALPHA + BETA))
    assert a + b == pytest.approx(1.0)
    assert N == pytest.approx(G * (C / 6) ** a, rel=1e-12)
    assert D == pytest.approx((C / 6) ** b / G, rel=1e-12)


@pytest.mark.parametrize("C", [1e19, 1e22, 1e25])
def test_first_order_condition_equal_marginal_gains(C):
    # Along 6ND = C, dL/dlnN = -alpha A N^-alpha + beta B D^-beta = 0 at the optimum.
    N, D = sl.compute_optimal_split(C)
    assert ALPHA * A * N ** -ALPHA == pytest.approx(BETA * B * D ** -BETA, rel=1e-10)
    # and it is a minimum of the iso-FLOP curve
    grid = N * np.logspace(-1, 1, 201)
    assert sl.loss(N, D) <= sl.loss(grid, C / (6 * grid)).min() + 1e-12


def test_loss_formula():
    assert sl.loss(1e9, 2e10) == pytest.approx(E + A / 1e9 ** ALPHA + B / 2e10 ** BETA)
    assert sl.loss(70e9, 1.4e12) == pytest.approx(1.69 + 406.4 / 70e9 ** 0.34 + 410.7 / 1.4e12 ** 0.28)


@pytest.mark.parametrize("C, D_max", [(1e23, 1e11), (1e25, 1e12), (1e27, 1e9)])
def test_data_cap_raises_loss_and_moves_compute_into_parameters(C, D_max):
    out = sl.scaling_outcome(C, D_max)
    assert out.cap_binds
    assert out.tokens_capped == D_max
    assert out.params_capped == pytest.approx(C / (6 * D_max))
    assert out.params_capped > out.params_opt
    assert out.loss_capped > out.loss_opt
    assert out.loss_capped > E + B / D_max ** BETA  # floor set by the data term


def test_cap_that_does_not_bind():
    out = sl.scaling_outcome(1e20, 1e14)
    assert not out.cap_binds
    assert out.loss_capped == out.loss_opt and out.params_capped == out.params_opt


@settings(max_examples=60, deadline=None)
@given(e1=st.floats(16, 29), e2=st.floats(16, 29))
def test_more_compute_never_hurts_and_both_inputs_grow(e1, e2):
    lo, hi = sorted((10 ** e1, 10 ** e2))
    n_lo, d_lo = sl.compute_optimal_split(lo)
    n_hi, d_hi = sl.compute_optimal_split(hi)
    assert sl.loss(n_hi, d_hi) <= sl.loss(n_lo, d_lo) + 1e-12
    assert n_hi >= n_lo * (1 - 1e-12) and d_hi >= d_lo * (1 - 1e-12)


@settings(max_examples=60, deadline=None)
@given(ec=st.floats(18, 28), ed=st.floats(8, 15))
def test_capped_loss_is_never_below_uncapped_and_stays_above_E(ec, ed):
    out = sl.scaling_outcome(10 ** ec, 10 ** ed)
    assert out.loss_capped >= out.loss_opt - 1e-12
    assert out.loss_opt > E


def test_curves():
    c = sl.scaling_curves(1e23, 1e11, points=41)
    assert c["N"].shape == c["isoflop_loss"].shape == (41,)
    assert np.all(c["loss_capped"] >= c["loss_opt"] - 1e-12)
    assert np.all(np.diff(c["loss_opt"]) < 0)


@pytest.mark.parametrize("call, name", [
    (lambda: sl.loss(0, 1e9), "N "),
    (lambda: sl.loss(1e9, -1), "D "),
    (lambda: sl.loss(1e9, 1e9, alpha=0), "alpha"),
    (lambda: sl.compute_optimal_split(10.0), "C "),
    (lambda: sl.compute_optimal_split(float("inf")), "C "),
    (lambda: sl.data_capped_split(1e20, 0), "D_max"),
    (lambda: sl.compute_optimal_split(1e20, beta=3), "beta"),
])
def test_bad_input_names_the_parameter(call, name):
    with pytest.raises(ValueError, match=name):
        call()


@pytest.mark.parametrize("kwargs, name", [({"points": 1}, "points"), ({"decades": 0}, "decades"),
                                          ({"C_low": 1e20, "C_high": 1e19}, "C_high")])
def test_curves_reject_bad_options(kwargs, name):
    with pytest.raises(ValueError, match=name):
        sl.scaling_curves(1e22, 1e11, **kwargs)


# -- repeated data (Muennighoff et al. 2023) -------------------------------------------------

R_STAR = 15.387756


@pytest.mark.parametrize("epochs", [0.5, 1.0, 2.0, 4.0, 16.0, 100.0])
def test_effective_data_formula(epochs):
    U = 1e11
    D = epochs * U
    R = max(epochs - 1.0, 0.0)
    expected = min(D, U) + U * R_STAR * (1 - np.exp(-R / R_STAR))
    assert sl.effective_data(D, U) == pytest.approx(expected, rel=1e-12)


def test_repeated_tokens_are_worth_almost_fresh_ones_for_a_few_epochs_then_little():
    U = 1e11
    assert sl.effective_data(U, U) == U                      # one pass: nothing repeated
    assert sl.effective_data(4 * U, U) / (4 * U) > 0.9       # four epochs: over 90% of fresh value
    assert sl.effective_data(16 * U, U) / (16 * U) < 0.7     # sixteen: about two thirds
    assert sl.effective_data(1e18, U) == pytest.approx(U * (1 + R_STAR))  # the ceiling
    D = np.logspace(11, 13, 50)                              # up to 100 epochs
    assert np.all(np.diff(sl.effective_data(D, U)) > 0)      # more passes never hurt
    assert np.all(sl.effective_data(D, U) <= D)


@pytest.mark.parametrize("C, U", [(1e23, 10 ** 11.5), (1e24, 1e11), (1e25, 1e12), (1e27, 1e11)])
def test_repetition_beats_one_epoch_but_not_fresh_data(C, U):
    run, one_pass = sl.repeated_data_run(C, U), sl.scaling_outcome(C, U)
    assert one_pass.cap_binds
    assert one_pass.loss_opt < run.loss < one_pass.loss_capped
    assert run.epochs > 1 and run.params * run.tokens_seen == pytest.approx(C / 6)
    assert run.effective_tokens == pytest.approx(sl.effective_data(run.tokens_seen, U))
    assert run.loss == pytest.approx(sl.loss(run.params, run.effective_tokens))
    # no other number of epochs does better (brute force over a coarse grid)
    D = U * np.logspace(0, 3, 3001)
    brute = sl.loss(C / (6 * D), sl.effective_data(D, U)).min()
    assert run.loss <= brute + 1e-9
    # and the loss never falls below the floor set by the most the data can be worth
    assert run.loss > E + B / (U * (1 + R_STAR)) ** BETA


def test_repetition_changes_nothing_when_data_do_not_bind():
    run, out = sl.repeated_data_run(1e20, 1e13), sl.scaling_outcome(1e20, 1e13)
    assert not out.cap_binds
    assert run.loss == pytest.approx(out.loss_opt) and run.epochs < 1


def test_without_decay_repeats_would_count_as_fresh_data():
    # R* -> large: repeated tokens lose no value, so the repeated run approaches the uncapped one
    run = sl.repeated_data_run(1e24, 1e11, r_star=1000.0)
    assert run.loss == pytest.approx(sl.scaling_outcome(1e24, 1e11).loss_opt, abs=2e-3)


@pytest.mark.parametrize("call, fragment", [
    (lambda: sl.effective_data(1e11, 10.0), r"unique_tokens \(distinct tokens available\) must be in \[1000, 1e\+16\]"),
    (lambda: sl.effective_data(1e11, 1e10, r_star=0), r"r_star .* must be in \[0.1, 1000\]"),
    (lambda: sl.repeated_data_run(1e14, 1e10), r"C \(training compute, FLOPs\) must be in"),
])
def test_repeated_data_bad_input(call, fragment):
    with pytest.raises(ValueError, match=fragment):
        call()


def test_curves_with_repeated_data_lie_between_one_pass_and_fresh_data():
    c = sl.scaling_curves(1e23, 1e11, points=41)
    assert np.all(c["loss_repeated"] <= c["loss_capped"] + 1e-12)
    assert np.all(c["loss_repeated"] >= c["loss_opt"] - 1e-12)
    for C, loss in zip(c["C_grid"][::10], c["loss_repeated"][::10]):
        assert loss == pytest.approx(sl.repeated_data_run(C, 1e11).loss, abs=1e-4)
