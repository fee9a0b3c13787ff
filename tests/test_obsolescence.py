"""Vintage capital and obsolescence: closed forms against numerical integrals, and properties."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.models import obsolescence as ob


def integral_value(margin, g, r, delay, nodes=200_001):
    """Present value of the quasi-rents by the trapezoid rule over the plant's life."""
    life = max(math.log(margin) / g - delay, 0.0)
    t = np.linspace(0.0, life, nodes)
    rent = np.exp(-r * t) * (margin * np.exp(-g * t) - math.exp(g * delay))
    return float(np.sum((rent[1:] + rent[:-1]) * np.diff(t)) / 2)


def test_the_worked_example():
    # p0 = 1, c0 = 0.6, g = 0.2, r = 0.05: life 2.5541 years, value 0.449073 (in money units).
    margin = 1 / 0.6
    assert ob.economic_life(margin, 0.2) == pytest.approx(2.5541, abs=1e-4)
    assert 0.6 * ob.plant_value(margin, 0.2, 0.05) == pytest.approx(0.449073, abs=1e-6)
    assert ob.economic_life(margin, 0.2, delay=1.0) == pytest.approx(2.5541 - 1.0, abs=1e-4)


@pytest.mark.parametrize("margin,g,r,delay", [
    (1 / 0.6, 0.2, 0.05, 0.0), (1 / 0.6, 0.2, 0.05, 1.0), (2.0, 0.1, 0.05, 2.5),
    (1.3, 0.02, 0.1, 5.0), (4.0, 0.5, 0.2, 0.5), (1.05, 0.01, 0.001, 0.0),
])
def test_value_matches_the_integral(margin, g, r, delay):
    assert ob.plant_value(margin, g, r, delay) == pytest.approx(integral_value(margin, g, r, delay),
                                                                rel=1e-8, abs=1e-10)


@settings(max_examples=100, deadline=None)
@given(margin=st.floats(1.0, 50.0), g=st.floats(0.001, 1.0), delay=st.floats(0, 50))
def test_a_plant_behind_the_frontier_loses_exactly_the_delay(margin, g, delay):
    life = ob.economic_life(margin, g)
    assert life == pytest.approx(math.log(margin) / g)
    assert ob.economic_life(margin, g, delay) == pytest.approx(max(life - delay, 0.0), abs=1e-9)


def test_a_plant_too_far_behind_never_runs_and_loses_everything():
    margin = ob.frontier_margin(3.0, 0.2)
    life = ob.economic_life(margin, 0.2)
    assert ob.plant_value(margin, 0.2, 0.05, delay=life + 0.1) == 0.0
    assert ob.investment_lost(0.2, life + 0.1, 3.0) == pytest.approx(3.0)


@pytest.mark.parametrize("investment,g,r", [(3.0, 0.1, 0.05), (0.5, 0.3, 0.05), (10.0, 0.02, 0.1),
                                            (100.0, 1.0, 0.5), (0.01, 0.001, 0.001)])
def test_best_practice_plants_just_earn_their_investment(investment, g, r):
    margin = ob.frontier_margin(investment, g, r)
    assert margin > 1
    assert ob.plant_value(margin, g, r) == pytest.approx(investment, rel=1e-9)
    assert ob.investment_lost(g, 0.0, investment, r) == pytest.approx(0.0, abs=1e-9 * investment)


@pytest.mark.parametrize("investment,r", [(3.0, 0.05), (10.0, 0.1), (1.0, 0.02)])
def test_without_iteration_the_margin_pays_the_interest(investment, r):
    # g -> 0: the price covers the operating cost plus interest on the investment, 1 + r I
    # (the gap is at most g (I + 1/r): G_0(m) > m/(r+g) - 1/r), and a plant behind the frontier
    # loses (almost) nothing.
    gaps = [ob.frontier_margin(investment, g, r) - (1 + r * investment) for g in (0.01, 0.001)]
    assert 0 < gaps[1] < gaps[0]
    assert gaps[0] <= 0.01 * (investment + 1 / r) and gaps[1] <= 0.001 * (investment + 1 / r)
    # (a year's lag adds about g to the unit cost, worth about g / r over a long life)
    assert ob.investment_lost(0.001, 1.0, investment, r) < 2 * 0.001 / r


def test_share_of_life_lost_is_linear_in_the_pace():
    # At a given margin a delay D costs the share g D / ln(m) of the plant's life.
    margin = 2.0
    for g in (0.05, 0.1, 0.2):
        lost_share = 1 - ob.economic_life(margin, g, 1.0) / ob.economic_life(margin, g)
        assert lost_share == pytest.approx(g / math.log(margin))


@settings(max_examples=80, deadline=None)
@given(g1=st.floats(0.001, 1), g2=st.floats(0.001, 1), delay=st.floats(0.1, 10),
       investment=st.floats(0.05, 50), r=st.floats(0.01, 0.3))
def test_the_same_mistake_costs_more_the_faster_technology_moves(g1, g2, delay, investment, r):
    slow, fast = sorted((g1, g2))
    lost_slow = ob.investment_lost(slow, delay, investment, r)
    lost_fast = ob.investment_lost(fast, delay, investment, r)
    assert 0 <= lost_slow <= lost_fast + 1e-9 <= investment + 1e-9


@settings(max_examples=60, deadline=None)
@given(g=st.floats(0.005, 1), d1=st.floats(0, 10), d2=st.floats(0, 10), i1=st.floats(0.05, 50),
       i2=st.floats(0.05, 50))
def test_loss_rises_with_the_delay_and_the_capital_intensity(g, d1, d2, i1, i2):
    short, long_ = sorted((d1, d2))
    assert ob.investment_lost(g, short, 3.0) <= ob.investment_lost(g, long_, 3.0) + 1e-9
    small, large = sorted((i1, i2))
    assert ob.investment_lost(g, 1.0, small) <= ob.investment_lost(g, 1.0, large) + 1e-9


def test_model_outcome_is_consistent():
    out = ob.obsolescence_model(0.1, 1.0, 3.0)
    assert out.margin == pytest.approx(ob.frontier_margin(3.0, 0.1))
    assert out.late_life == pytest.approx(out.life - 1.0)
    assert out.lost == pytest.approx(ob.investment_lost(0.1, 1.0, 3.0))
    assert out.lost_share == pytest.approx(out.lost / 3.0)
    assert out.late_cost == pytest.approx(math.exp(0.1))
    # the price path crosses each plant's operating cost at the end of its life
    assert out.margin * math.exp(-0.1 * out.life) == pytest.approx(out.frontier_cost)
    assert out.margin * math.exp(-0.1 * out.late_life) == pytest.approx(out.late_cost)
    on_grid = np.interp(0.1, out.paces, out.lost_by_pace)
    assert on_grid == pytest.approx(out.lost, rel=1e-3)
    assert np.all(np.diff(out.lost_by_pace) >= -1e-12)


@pytest.mark.parametrize("call,name", [
    (lambda: ob.economic_life(0.9, 0.1), "margin"),
    (lambda: ob.economic_life(2.0, 0.0), "g (pace of iteration"),
    (lambda: ob.investment_lost(0.1, -1, 3.0), "delay"),
    (lambda: ob.investment_lost(0.1, 1, 0.0), "investment"),
    (lambda: ob.investment_lost([0.1, 2.0], 1, 3.0), "g (pace of iteration"),
    (lambda: ob.frontier_margin(3.0, 0.1, r=0.0), "r (discount rate"),
    (lambda: ob.obsolescence_model(0.1, 1, 3, points=1), "points"),
    (lambda: ob.obsolescence_model(0.1, 1, 3, g_max=2), "g_max"),
])
def test_bad_input(call, name):
    with pytest.raises(ValueError) as err:
        call()
    assert name in str(err.value)


def test_life_lost_on_the_grid_is_the_delay_over_the_life():
    out = ob.obsolescence_model(0.1, 2.0, 3.0, points=11)
    for g, share, lost in zip(out.paces, out.life_lost_by_pace, out.lost_by_pace):
        life = ob.economic_life(ob.frontier_margin(3.0, g), g)
        assert share == pytest.approx(min(1.0, 2.0 / life))
        assert lost == pytest.approx(ob.investment_lost(g, 2.0, 3.0))
