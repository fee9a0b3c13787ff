"""Idea production (Romer 1990; Jones 1995): closed forms, simulation, properties, bad input."""

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from explainer.models import idea_production as ip


@pytest.mark.parametrize("n, lam, phi, expected", [(0.01, 0.75, 0.5, 0.015), (0.02, 1.0, 0.0, 0.02),
                                                   (0.01, 0.5, -1.0, 0.0025)])
def test_bgp_growth(n, lam, phi, expected):
    assert ip.bgp_idea_growth(n, lam, phi) == pytest.approx(expected)


def _euler(n, lam, phi, g0, J=1.0, D=1.0, tj=10.0, years=60.0, dt=1e-3):
    # Brute-force integration of dA/dt = delta L^lam A^phi with A(0) = 1, delta L0^lam = g0.
    steps = int(years / dt)
    A = 1.0
    for k in range(steps):
        t = k * dt
        jump = (J ** lam * D) if t >= tj else 1.0
        A += dt * g0 * np.exp(lam * n * t) * jump * A ** phi
    return A


@pytest.mark.parametrize("n, lam, phi, J, D", [(0.01, 0.75, 0.5, 2.0, 1.0),
                                               (0.02, 1.0, -0.5, 1.5, 1.3),
                                               (0.005, 0.5, 0.8, 3.0, 1.0)])
def test_closed_form_matches_brute_force(n, lam, phi, J, D):
    g0 = lam * n / (1 - phi)
    path = ip.idea_path(60, n, lam, phi, talent_jump=J, productivity_jump=D, jump_year=10)
    assert path.ideas[-1] == pytest.approx(_euler(n, lam, phi, g0, J, D), rel=2e-3)


def test_romer_case_matches_brute_force_and_has_growth_effect():
    path = ip.idea_path(60, 0.0, 1.0, 1.0, g0=0.015, talent_jump=2.0, jump_year=10)
    assert path.ideas[-1] == pytest.approx(_euler(0.0, 1.0, 1.0, 0.015, 2.0), rel=2e-3)
    assert path.growth[0] == pytest.approx(0.015)
    assert path.growth[-1] == pytest.approx(0.030)     # doubling researchers doubles growth


def test_romer_case_with_growing_workforce_has_exploding_growth():
    # lambda = phi = 1 and n > 0: g_A = delta L_A grows at rate n, without bound (Jones 1995's
    # scale-effect critique), instead of settling at a permanently higher rate.
    n, g0 = 0.01, 0.015
    path = ip.idea_path(200, n, 1.0, 1.0, g0=g0, talent_jump=2.0, jump_year=10, points=801)
    jump = np.where(path.t >= 10, 2.0, 1.0)
    assert np.allclose(path.growth, g0 * np.exp(n * path.t) * jump, rtol=1e-12)
    after = path.growth[path.t >= 10]
    assert np.all(np.diff(after) > 0)
    assert path.growth[-1] > 7 * g0                 # 1.5% at the start, over 10% by year 200
    # research productivity (growth per researcher) stays constant in Romer's case
    assert np.allclose(path.research_productivity, 1.0)
    # and the Jones case with the same workforce growth settles back instead
    jones = ip.idea_path(200, n, 0.75, 0.5, talent_jump=2.0, jump_year=10, points=801)
    assert jones.growth[-1] < jones.growth[path.t >= 10][0]


def test_simulation_stays_on_and_returns_to_balanced_growth():
    base = ip.idea_path(60, 0.01, 0.75, 0.5)
    assert np.allclose(base.growth, 0.015)
    # after a talent jump from the balanced path, growth follows
    # g(t) = g* J^lam / (J^lam - (J^lam - 1) exp(-lam n (t - tj))) and returns to g*
    long = ip.idea_path(200, 0.01, 0.75, 0.5, talent_jump=2.0, jump_year=10, points=801)
    Jl, r = 2.0 ** 0.75, 0.0075
    after = long.t >= 10
    expected = 0.015 * Jl / (Jl - (Jl - 1) * np.exp(-r * (long.t[after] - 10)))
    assert np.allclose(long.growth[after], expected, rtol=1e-10)
    assert expected[-1] < expected[0]
    # research productivity falls at rate n on the balanced growth path
    assert base.research_productivity[-1] == pytest.approx(np.exp(-0.01 * 60))


def test_jump_raises_growth_by_lambda_power():
    path = ip.idea_path(60, 0.01, 0.75, 0.5, talent_jump=2.0, jump_year=10)
    i = int(np.argmax(path.t >= 10))
    assert path.growth[i] / path.growth[i - 1] == pytest.approx(2 ** 0.75, rel=1e-2)


@settings(max_examples=100, deadline=None)
@given(n=st.floats(0.002, 0.03), lam=st.floats(0.2, 1.0), phi=st.floats(-1.0, 0.9),
       J=st.floats(1.0, 4.0), D=st.floats(1.0, 2.0))
def test_properties(n, lam, phi, J, D):
    assume(lam * n / (1 - phi) <= 0.2)  # the model's range of idea growth
    base = ip.idea_path(60, n, lam, phi)
    reform = ip.idea_path(60, n, lam, phi, talent_jump=J, productivity_jump=D)
    assert np.all(np.isfinite(reform.ideas)) and np.all(reform.growth > 0)
    assert np.all(reform.ideas >= base.ideas * (1 - 1e-12))        # a level effect, never a loss
    assert np.all(np.diff(base.ideas) > 0)
    # growth after the jump declines monotonically towards the balanced rate (phi < 1)
    after = reform.growth[reform.t >= 10]
    assert np.all(np.diff(after) <= 1e-12)
    assert np.all(after >= ip.bgp_idea_growth(n, lam, phi) - 1e-12)


def test_world_research_factor_bounds_the_level_gain():
    assert ip.world_research_factor(1.0, 2.0) == 2.0
    assert ip.world_research_factor(0.25, 2.0) == pytest.approx(1.25)
    assert ip.world_research_factor(0.25, 2.0, new_to_research=0.5) == pytest.approx(1.125)
    assert ip.world_research_factor(0.4, 3.0, new_to_research=0.0) == 1.0
    base = ip.idea_path(60, 0.01, 0.75, 0.5)
    gains = [ip.idea_path(60, 0.01, 0.75, 0.5, talent_jump=ip.world_research_factor(x, 2.0),
                          jump_year=10).ideas[-1] / base.ideas[-1] for x in (0.1, 0.25, 0.5, 1.0)]
    # the gain in the world's ideas rises with the country's share and is largest at share 1
    assert gains == sorted(gains) and gains[0] > 1.0
    assert gains[-1] == pytest.approx(1.47, abs=0.005)
    assert gains[1] == pytest.approx(1.117, abs=0.001)


@pytest.mark.parametrize("call, name", [
    (lambda: ip.world_research_factor(1.2, 2.0), r"country_share"),
    (lambda: ip.world_research_factor(0.2, 0.5), r"talent_jump"),
    (lambda: ip.world_research_factor(0.2, 2.0, new_to_research=-1), r"new_to_research"),
    (lambda: ip.bgp_idea_growth(phi=1.0), r"phi \(how past ideas"),
    (lambda: ip.bgp_idea_growth(n=-0.01), r"n \(growth rate"),
    (lambda: ip.bgp_idea_growth(lam=0), r"lam \(lambda"),
    (lambda: ip.idea_path(phi=1.0), r"g0 \(initial idea growth\) must be given"),
    (lambda: ip.idea_path(g0=0.5), r"g0 \(initial idea growth\)"),
    (lambda: ip.idea_path(n=0.03, lam=1.0, phi=0.9), r"n, lam and phi give a balanced growth rate"),
    (lambda: ip.idea_path(talent_jump=0.5), r"talent_jump"),
    (lambda: ip.idea_path(productivity_jump=20), r"productivity_jump"),
    (lambda: ip.idea_path(years=10, jump_year=20), r"jump_year"),
    (lambda: ip.idea_path(years=0), r"years \(length"),
])
def test_bad_input_names_parameter(call, name):
    with pytest.raises(ValueError, match=name):
        call()
