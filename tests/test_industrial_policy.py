"""Policy lab: asymmetric Cournot, the social optimum, an informed planner and free entry."""

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.models import excess_entry as ee
from explainer.models import industrial_policy as ip


@pytest.mark.parametrize("n,c", [(1, 2.0), (3, 2.0), (6, 1.0)])
def test_symmetric_cournot_matches_closed_form(n, c):
    q = ip.cournot_quantities([c] * n, 10.0, 1.0)
    assert np.allclose(q, ee.firm_output(n, 10.0, 1.0, c))


def test_asymmetric_cournot_first_order_conditions():
    costs = np.array([2.0, 2.5, 3.0, 3.5])
    a, b = 10.0, 1.0
    q = ip.cournot_quantities(costs, a, b)
    price = a - b * q.sum()
    # Each active firm: P - c_i - b q_i = 0.
    assert np.allclose(price - costs - b * q, 0.0)


def test_high_cost_firms_stay_idle():
    q = ip.cournot_quantities([2.0, 2.0, 9.5], 10.0, 1.0)
    assert q[2] == 0
    assert np.allclose(q[:2], 8 / 3)


@settings(max_examples=200, deadline=None)
@given(costs=st.lists(st.floats(0, 10), min_size=1, max_size=8), a=st.floats(0.1, 12),
       b=st.floats(0.1, 3), setup=st.floats(0, 3))
def test_many_sets_at_once_match_one_by_one(costs, a, b, setup):
    # The vectorised outcome (cheapest firms active) agrees with re-solving Cournot firm by firm.
    costs = np.array(costs)
    q = ip._cournot(costs, a, b)
    price = a - b * q.sum()
    operating = (price - costs) * q
    row = ip._outcome(costs, a, b, setup)
    assert row.output == pytest.approx(q.sum(), abs=1e-9)
    # (a firm exactly at the margin produces zero up to rounding: either count is right)
    assert row.producing in (np.count_nonzero(q > 1e-9), np.count_nonzero(q > 0))
    assert row.surplus == pytest.approx(0.5 * b * q.sum() ** 2 + operating.sum() - setup * costs.size,
                                        abs=1e-9)
    assert row.money_lost == pytest.approx(np.maximum(0, setup - operating).sum(), abs=1e-9)


def best_by_enumeration(costs, a, b, setup):
    """Total surplus of every set of plants, by brute force; the best (surplus, size)."""
    best = (0.0, 0)
    for m in range(1, costs.size + 1):
        sets = np.array(list(itertools.combinations(range(costs.size), m)))
        surplus = ip._outcomes(costs[sets], a, b, setup)["surplus"]
        if surplus.max() > best[0] + 1e-12:
            best = (float(surplus.max()), m)
    return best


@settings(max_examples=60, deadline=None)
@given(regions=st.integers(1, 9), spread=st.floats(0, 8), F=st.floats(0.05, 5),
       a=st.floats(4, 14), b=st.floats(0.3, 3), cut=st.floats(0, 0.8))
def test_optimum_is_the_best_of_all_sets(regions, spread, F, a, b, cut):
    best = ip.social_optimum(regions, a, b, 2.0, spread, F, cut)
    surplus, plants = best_by_enumeration(ip.region_costs(regions, 2.0, spread), a, b, F * (1 - cut))
    assert best.surplus == pytest.approx(surplus, abs=1e-9)
    assert best.plants == plants


def test_optimum_at_the_defaults_by_enumeration():
    # Every set of up to 6 of the 31 regions; larger sets of the best-suited regions do worse.
    costs = ip.region_costs(31, 2.0, 4.0)
    best = ip.social_optimum(31, 10.0, 1.0, 2.0, 4.0, 1.0)
    assert (best.plants, round(best.surplus, 2)) == (3, 26.04)
    for m in range(1, 6):
        sets = np.array(list(itertools.combinations(range(31), m)))
        assert ip._outcomes(costs[sets], 10.0, 1.0, 1.0)["surplus"].max() <= best.surplus + 1e-12
    assert ip._prefix_surpluses(costs, 10.0, 1.0, 1.0)[6:].max() < best.surplus


@pytest.mark.parametrize("a,F", [(10, 1.0), (10, 0.5), (14, 1.0), (8, 0.2)])
def test_optimum_with_equal_costs_is_mankiw_whinston(a, F):
    # With identical regions the optimum is the whole number of firms that maximises W(n).
    best = ip.social_optimum(40, a, 1.0, 2.0, 0.0, F)
    n = np.arange(0, 41)
    w = np.where(n > 0, ee.welfare(np.maximum(n, 1), a, 1.0, 2.0, F), 0.0)
    assert best.plants == int(n[w.argmax()])
    assert best.surplus == pytest.approx(w.max())


@pytest.mark.parametrize("spread,F,cut", [(4.0, 1.0, 0.0), (4.0, 1.0, 0.2), (7.5, 0.5, 0.0),
                                          (1.0, 2.0, 0.4), (0.0, 1.0, 0.0)])
def test_full_information_planner_building_the_optimal_number_attains_the_optimum(spread, F, cut):
    out = ip.industrial_policy_model(fit_spread=spread, F=F, cost_cut=cut)
    planner = ip.informed_planner(31, out.optimum.plants, 1.0, 10.0, 1.0, 2.0, spread, F, cut)
    assert planner.surplus == pytest.approx(out.optimum.surplus, abs=1e-12)
    assert planner.surplus_se == pytest.approx(0.0, abs=1e-12)
    assert planner.surplus >= out.ecosystem.surplus


def test_full_information_planner_building_as_many_as_free_entry_matches_it():
    # Free entry uses the regions' own knowledge of their fit: the same set as a planner that
    # knew everything and built the same number.
    out = ip.industrial_policy_model()
    planner = ip.informed_planner(31, out.ecosystem.plants, 1.0, 10.0, 1.0, 2.0, 4.0, 1.0)
    assert planner.surplus == pytest.approx(out.ecosystem.surplus, abs=1e-12)


@pytest.mark.parametrize("regions,directed,spread", [(31, 3, 4.0), (31, 5, 4.0), (8, 3, 4.0),
                                                     (6, 2, 7.5), (10, 4, 1.0)])
def test_no_information_planner_is_the_average_over_random_sets(regions, directed, spread):
    # information = 0: the expected outcome of a uniformly random set of `directed` regions,
    # computed exactly by enumerating every set, within four standard errors of the average.
    costs = ip.region_costs(regions, 2.0, spread)
    sets = np.array(list(itertools.combinations(range(regions), directed)))
    exact = ip._outcomes(costs[sets], 10.0, 1.0, 1.0)
    planner = ip.informed_planner(regions, directed, 0.0, 10.0, 1.0, 2.0, spread, 1.0)
    spread_of_draws = exact["surplus"].std() / np.sqrt(ip.DRAWS)
    assert planner.surplus == pytest.approx(exact["surplus"].mean(), abs=4 * spread_of_draws)
    assert planner.surplus_se == pytest.approx(spread_of_draws, rel=0.15)
    assert ip.direct_allocation(regions, directed, 10.0, 1.0, 2.0, spread, 1.0) == planner


def test_no_information_planner_picks_every_region_equally_often():
    picks = ip._planner_picks(ip.region_costs(31, 2.0, 4.0), 3, 0.0)
    counts = np.bincount(picks.ravel(), minlength=31)
    expected = ip.DRAWS * 3 / 31
    assert np.all(np.abs(counts - expected) < 5 * np.sqrt(expected))


def test_planner_that_builds_everywhere_needs_no_information():
    for information in (0.0, 0.5, 1.0):
        out = ip.industrial_policy_model(information=information)
        assert out.planner.plants == 31 and out.planner.loss_making == 28
        assert out.planner.surplus_se == pytest.approx(0.0, abs=1e-12)
        assert out.planner.money_lost == pytest.approx(25.94, abs=0.01)


def test_more_information_helps_the_planner():
    surplus = [ip.informed_planner(31, 3, rho, 10.0, 1.0, 2.0, 4.0, 1.0).surplus
               for rho in (0.0, 0.25, 0.5, 0.75, 0.9, 1.0)]
    assert np.all(np.diff(surplus) > 0)


def test_default_comparison():
    out = ip.industrial_policy_model()
    optimum, planner, eco = out["optimum"], out["planner"], out["ecosystem"]
    assert (optimum.plants, round(optimum.surplus, 2)) == (3, 26.04)
    assert (eco.plants, round(eco.surplus, 2)) == (5, 24.25)
    assert planner.plants == 31 and planner.money_lost > 0
    assert eco.loss_making == 0 and eco.money_lost == 0
    assert optimum.surplus > eco.surplus > planner.surplus
    assert out["allocation"] is planner and out.allocation is planner  # the old name
    assert out.keys() == ("optimum", "planner", "ecosystem")


def test_cost_cut_applies_to_every_policy():
    # Issue 18's numbers: the ecosystem's 24.25 becomes 25.25 with a 20% cut, and the same cut
    # now raises the optimum and the planner too.
    plain, cut = ip.industrial_policy_model(), ip.industrial_policy_model(cost_cut=0.2)
    assert round(cut.ecosystem.surplus, 2) == 25.25
    # The same picks, each plant 0.2 cheaper: the planner's surplus rises by exactly 0.2 a plant.
    assert cut.planner.surplus == pytest.approx(plain.planner.surplus + 0.2 * 31)
    assert cut.optimum.surplus >= plain.optimum.surplus + 0.2 * plain.optimum.plants - 1e-12
    assert cut.optimum.surplus >= cut.ecosystem.surplus


def test_equal_costs_bring_back_excess_entry():
    out = ip.industrial_policy_model(fit_spread=0.0)
    assert (out.optimum.plants, out.ecosystem.plants) == (3, 7)
    assert out.ecosystem.plants == ee.free_entry_firm_count(10, 1, 2, 1.0, integer=True)


def test_ecosystem_entry_is_free_entry_with_equal_costs():
    # With identical regions, ecosystem entry reproduces Mankiw-Whinston free entry.
    eco = ip.ecosystem_entry(40, 10.0, 1.0, 2.0, 0.0, 0.5, 0.0)
    assert eco.plants == ee.free_entry_firm_count(10, 1, 2, 0.5, integer=True)


def test_welfare_accounting():
    out = ip.direct_allocation(5, 3, 10.0, 1.0, 2.0, 0.0, 1.0)
    q = ee.total_output(3, 10, 1, 2)
    assert out.surplus == pytest.approx(ee.welfare(3, 10, 1, 2, 1.0))
    assert out.output == pytest.approx(q)


@settings(max_examples=60, deadline=None)
@given(directed=st.integers(1, 31), information=st.floats(0, 1), spread=st.floats(0, 7.5),
       F=st.floats(0.2, 4), cut=st.floats(0, 0.6))
def test_entrants_cover_costs_and_nothing_beats_the_optimum(directed, information, spread, F, cut):
    out = ip.industrial_policy_model(directed=directed, information=information, fit_spread=spread,
                                     F=F, cost_cut=cut)
    assert out["ecosystem"].loss_making == 0
    assert out["planner"].money_lost >= 0
    for o in out.values():
        assert np.isfinite(o.surplus) and np.isfinite(o.price)
        assert o.surplus <= out.optimum.surplus + 1e-9


@settings(max_examples=60, deadline=None)
@given(c1=st.floats(0, 0.6), c2=st.floats(0, 0.6))
def test_cheaper_setup_never_reduces_entry(c1, c2):
    low, high = sorted((c1, c2))
    n_low = ip.ecosystem_entry(31, 10, 1, 2, 4, 1.0, low).plants
    n_high = ip.ecosystem_entry(31, 10, 1, 2, 4, 1.0, high).plants
    assert n_high >= n_low


@pytest.mark.parametrize("call,name", [
    (lambda: ip.cournot_quantities([], 10, 1), "costs"),
    (lambda: ip.cournot_quantities([1.0], 10, 0), "b (demand slope)"),
    (lambda: ip.direct_allocation(5, 6, 10, 1, 2, 1, 1), "directed"),
    (lambda: ip.ecosystem_entry(5, 10, 1, 2, 1, 1, 1.0), "cost_cut"),
    (lambda: ip.region_costs(0, 2, 1), "regions"),
    (lambda: ip.industrial_policy_model(F=0), "F (cost of building a plant)"),
    (lambda: ip.industrial_policy_model(information=1.2), "information"),
    (lambda: ip.informed_planner(5, 3, -0.1, 10, 1, 2, 1, 1), "information"),
    (lambda: ip.social_optimum(5, 1.0, 1, 2, 1, 1), "a (demand intercept"),
])
def test_bad_input(call, name):
    with pytest.raises(ValueError) as err:
        call()
    assert name in str(err.value)


def test_planner_overtakes_free_entry_only_with_a_good_ranking():
    # The lesson says: with 3 plants, the planner passes free entry only at about 90% (the
    # explorer's slider moves in steps of 5%).
    eco = ip.industrial_policy_model().ecosystem.surplus
    planner = {rho: ip.informed_planner(31, 3, rho, 10.0, 1.0, 2.0, 4.0, 1.0).surplus
               for rho in (0.85, 0.9)}
    assert planner[0.85] < eco < planner[0.9]
