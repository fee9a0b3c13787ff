"""Information cascades (Bikhchandani, Hirshleifer & Welch 1992)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.models import cascades


@pytest.mark.parametrize("p,n,expected", [
    (0.6, 2, (0.48, 0.28, 0.24)),
    (0.7, 6, (0.7462, 0.2445, 0.0093)),
])
def test_brief_check_values(p, n, expected):
    correct, wrong, none = cascades.cascade_probabilities(p, n)
    assert (correct, wrong, none) == pytest.approx(expected, abs=1e-4)


@pytest.mark.parametrize("p", [0.55, 0.6, 0.75, 0.9])
@pytest.mark.parametrize("n", [2, 4, 10, 30])
def test_markov_chain_matches_closed_form(p, n):
    path = cascades.cascade_path(p, n)
    correct, wrong, none = cascades.cascade_probabilities(p, n)
    assert path.correct[-1] == pytest.approx(correct, abs=1e-12)
    assert path.wrong[-1] == pytest.approx(wrong, abs=1e-12)
    assert path.none[-1] == pytest.approx(none, abs=1e-12)


def test_wrong_cascade_limit():
    assert cascades.wrong_cascade_limit(0.6) == pytest.approx(0.368, abs=5e-4)
    assert cascades.cascade_path(0.6, 80).wrong[-1] == pytest.approx(cascades.wrong_cascade_limit(0.6))


def test_truth_symmetry():
    right = cascades.cascade_path(0.65, 12, public_precision=0.7, truth=1)
    left = cascades.cascade_path(0.65, 12, public_precision=0.7, truth=0)
    assert np.allclose(right.correct, left.correct) and np.allclose(right.wrong, left.wrong)


@pytest.mark.parametrize("public", [0.5, 0.58, 0.75])
def test_simulation_agrees_with_exact(public):
    exact = cascades.cascade_path(0.7, 6, public_precision=public)
    sim = cascades.simulate_cascades(0.7, 6, paths=200_000, public_precision=public, seed=3)
    assert np.allclose(sim.correct, exact.correct, atol=0.004)
    assert np.allclose(sim.wrong, exact.wrong, atol=0.004)


def test_simulation_reproducible():
    a = cascades.simulate_cascades(0.6, 10, paths=500, seed=7)
    b = cascades.simulate_cascades(0.6, 10, paths=500, seed=7)
    assert np.array_equal(a.wrong, b.wrong)


def test_precise_public_assessment_prevents_wrong_herds():
    # An assessment more precise than private signals sets off a cascade at once; it is wrong
    # only when the assessment is.
    path = cascades.cascade_path(0.6, 20, public_precision=0.8)
    assert path.wrong[0] == pytest.approx(0.2)
    assert path.wrong[-1] == pytest.approx(0.2)
    assert path.wrong[-1] < cascades.cascade_path(0.6, 20).wrong[-1]


@settings(max_examples=60, deadline=None)
@given(p=st.floats(0.51, 0.95), n=st.integers(1, 40), public=st.floats(0.5, 0.95))
def test_probabilities_sum_to_one_and_cascades_only_grow(p, n, public):
    path = cascades.cascade_path(p, n, public_precision=public)
    total = path.correct + path.wrong + path.none
    assert np.allclose(total, 1.0)
    assert np.all(np.diff(path.correct) >= -1e-12) and np.all(np.diff(path.wrong) >= -1e-12)
    assert np.all(path.none >= -1e-12)


@settings(max_examples=40, deadline=None)
@given(p1=st.floats(0.51, 0.94), p2=st.floats(0.51, 0.94))
def test_better_signals_mean_fewer_wrong_cascades(p1, p2):
    low, high = sorted((p1, p2))
    assert cascades.wrong_cascade_limit(high) <= cascades.wrong_cascade_limit(low) + 1e-12


@pytest.mark.parametrize("call,name", [
    (lambda: cascades.cascade_probabilities(0.5, 2), "p (signal precision)"),
    (lambda: cascades.cascade_probabilities(1.0, 2), "p (signal precision)"),
    (lambda: cascades.cascade_probabilities(0.6, 3), "n (number of regions, even)"),
    (lambda: cascades.cascade_path(0.6, 0), "n (number of regions)"),
    (lambda: cascades.cascade_path(0.6, 5, public_precision=1.0), "public_precision"),
    (lambda: cascades.simulate_cascades(0.6, 5, paths=0), "paths"),
])
def test_bad_input(call, name):
    with pytest.raises(ValueError) as err:
        call()
    assert name in str(err.value)


# The whole valid range, edges included: precisions a hair above 0.5 or below 1 used to make
# two public states share a rounded key, and half of the probability went missing.
PRECISION = st.one_of(st.floats(0.5, 1.0, exclude_min=True, exclude_max=True),
                      st.sampled_from([0.5 + 1e-12, 0.5 + 1e-10, 0.5 + 1e-6, 1 - 1e-6, 1 - 1e-10]))
PUBLIC = st.one_of(st.just(0.5), st.floats(0.5, 1.0, exclude_max=True),
                   st.sampled_from([0.5 + 1e-12, 0.5 + 1e-10, 0.5 + 1e-6, 1 - 1e-10]))


@settings(max_examples=200, deadline=None)
@given(p=PRECISION, n=st.integers(1, 60), public=PUBLIC, truth=st.sampled_from([0, 1]))
def test_cascade_path_is_a_distribution_over_the_whole_range(p, n, public, truth):
    path = cascades.cascade_path(p, n, public_precision=public, truth=truth)
    for probs in (path.correct, path.wrong, path.none):
        assert np.all((probs >= 0.0) & (probs <= 1.0 + 1e-12))
    assert np.allclose(path.correct + path.wrong + path.none, 1.0, rtol=0, atol=1e-12)


@settings(max_examples=200, deadline=None)
@given(p=PRECISION, half=st.integers(1, 30))
def test_cascade_path_matches_closed_form_over_the_whole_range(p, half):
    n = 2 * half
    path = cascades.cascade_path(p, n)
    correct, wrong, none = cascades.cascade_probabilities(p, n)
    assert (path.correct[-1], path.wrong[-1], path.none[-1]) == pytest.approx(
        (correct, wrong, none), abs=1e-9)


@pytest.mark.parametrize("public", [0.5 + 1e-10, 0.5 + 1e-12, 0.5 + 1e-6])
def test_nearly_uninformative_public_assessment_keeps_all_the_mass(public):
    path = cascades.cascade_path(0.7, 10, public_precision=public)
    assert path.correct[-1] + path.wrong[-1] + path.none[-1] == pytest.approx(1.0, abs=1e-12)
    plain = cascades.cascade_path(0.7, 10)
    assert path.wrong[-1] == pytest.approx(plain.wrong[-1], abs=1e-5)


def test_public_assessment_as_precise_as_private_signal():
    # Equal precisions put the public log-odds exactly on a coin-toss point; still a distribution.
    path = cascades.cascade_path(0.7, 12, public_precision=0.7)
    assert np.allclose(path.correct + path.wrong + path.none, 1.0)
    sim = cascades.simulate_cascades(0.7, 12, paths=100_000, public_precision=0.7, seed=5)
    assert np.allclose(sim.wrong, path.wrong, atol=0.006)


@pytest.mark.parametrize("seed", [1.5, "1", 2.0])
def test_seed_of_the_wrong_type_is_named(seed):
    with pytest.raises(TypeError, match="seed"):
        cascades.simulate_cascades(0.7, 10, seed=seed)


def test_negative_seed_is_named():
    with pytest.raises(ValueError, match="seed"):
        cascades.simulate_cascades(0.7, 10, seed=-1)
