"""Distance to frontier (reduced form after Acemoglu, Aghion & Zilibotti 2006)."""

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from explainer.models import distance_to_frontier as dtf

BRIEF = dict(eta1=0.25, gamma1=0.75, eta0=0.10, gamma0=0.92, g=0.02)


def test_brief_check_values():
    assert dtf.switch_threshold(**BRIEF) == pytest.approx(0.882, abs=5e-4)
    assert dtf.steady_state(1, **BRIEF) == pytest.approx(0.926, abs=5e-4)
    assert dtf.steady_state(0, **BRIEF) == pytest.approx(1.0, abs=1e-12)


@pytest.mark.parametrize("params", [BRIEF, dict(eta1=0.2, gamma1=0.8, eta0=0.05, gamma0=0.95, g=0.0),
                                    dict(eta1=0.3, gamma1=0.6, eta0=0.08, gamma0=0.9, g=0.03)])
def test_closed_forms(params):
    a_star = (params["eta1"] - params["eta0"]) / (params["gamma0"] - params["gamma1"])
    assert dtf.switch_threshold(**params) == pytest.approx(a_star)
    for R, (eta, gamma) in ((1, (params["eta1"], params["gamma1"])), (0, (params["eta0"], params["gamma0"]))):
        ss = eta / (1 + params["g"] - gamma)
        assert dtf.steady_state(R, **params) == pytest.approx(ss)
        assert dtf.next_proximity(ss, R, **params) == pytest.approx(ss)  # a fixed point
    # at a*, both strategies give the same next-period proximity
    assert dtf.next_proximity(a_star, 1, **params) == pytest.approx(dtf.next_proximity(a_star, 0, **params))


def test_growth_maximising_switch_converges_to_frontier_and_late_switch_traps():
    best = dtf.frontier_path(0.3, 400, dtf.switch_threshold(**BRIEF), **BRIEF)
    assert best.proximity[-1] == pytest.approx(1.0, abs=1e-6)
    late = dtf.frontier_path(0.3, 400, 0.95, **BRIEF)
    assert late.proximity[-1] == pytest.approx(0.926, abs=5e-4)
    assert late.switch_period is None
    comp = dtf.compare_switching(0.3, 0.95, periods=100, **BRIEF)
    assert comp.trapped and comp.relative_level[-1] < 0.93


def test_early_switch_costs_growth_first_but_still_converges():
    comp = dtf.compare_switching(0.3, 0.5, periods=200, **BRIEF)
    assert not comp.trapped
    assert comp.relative_level.min() < 0.95
    assert comp.policy.proximity[-1] == pytest.approx(1.0, abs=1e-4)


def test_growth_rate_definition():
    path = dtf.frontier_path(0.5, 5, 0.8, **BRIEF)
    expected = (1.02) * path.proximity[1:] / path.proximity[:-1] - 1
    assert path.growth[1:] == pytest.approx(expected)


@settings(max_examples=80, deadline=None)
@given(eta0=st.floats(0.01, 0.2), d_eta=st.floats(0.01, 0.2), gamma1=st.floats(0.3, 0.8),
       d_gamma=st.floats(0.01, 0.15), g=st.floats(0.0, 0.05))
def test_no_trap_under_growth_maximising_switching(eta0, d_eta, gamma1, d_gamma, g):
    # Derived result: a_ss(1) < a* only if a_ss(0) < a_ss(1).
    eta1, gamma0 = eta0 + d_eta, gamma1 + d_gamma
    assume(eta1 + gamma1 <= 1 + g and eta0 + gamma0 <= 1 + g)
    p = dict(eta1=eta1, gamma1=gamma1, eta0=eta0, gamma0=gamma0, g=g)
    ss1, ss0, a_star = dtf.steady_state(1, **p), dtf.steady_state(0, **p), dtf.switch_threshold(**p)
    if ss1 < a_star - 1e-9:
        assert ss0 < ss1 + 1e-9


@settings(max_examples=60, deadline=None)
@given(a0=st.floats(0.05, 1.0), switch=st.floats(0.0, 1.5))
def test_proximity_stays_in_unit_interval(a0, switch):
    path = dtf.frontier_path(a0, 100, switch, **BRIEF)
    assert np.all(path.proximity > 0) and np.all(path.proximity <= 1 + 1e-12)


@settings(max_examples=60, deadline=None)
@given(a=st.floats(0.0, 1.0))
def test_imitation_grows_faster_below_the_threshold(a):
    a_star = dtf.switch_threshold(**BRIEF)
    imit, innov = dtf.next_proximity(a, 1, **BRIEF), dtf.next_proximity(a, 0, **BRIEF)
    if a < a_star - 1e-9:
        assert imit > innov
    elif a > a_star + 1e-9:
        assert innov > imit


@pytest.mark.parametrize("call, name", [
    (lambda: dtf.switch_threshold(eta1=0.05, eta0=0.10), "eta1"),
    (lambda: dtf.switch_threshold(gamma1=0.95, gamma0=0.92), "gamma1"),
    (lambda: dtf.switch_threshold(eta1=0.4, gamma1=0.75), "eta1 \\+ gamma1"),
    (lambda: dtf.steady_state(2), "R "),
    (lambda: dtf.next_proximity(1.5, 1), "a_prev"),
    (lambda: dtf.frontier_path(0.0, 10, 0.5), "a0"),
    (lambda: dtf.frontier_path(0.3, 0, 0.5), "periods"),
    (lambda: dtf.frontier_path(0.3, 10, 2.0), "switch_at"),
    (lambda: dtf.switch_threshold(g=-0.01), "g "),
])
def test_bad_input_names_the_parameter(call, name):
    with pytest.raises(ValueError, match=name):
        call()
