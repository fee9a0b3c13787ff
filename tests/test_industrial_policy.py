"""Policy lab: asymmetric Cournot, direct allocation and ecosystem entry."""

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


def test_default_comparison():
    out = ip.industrial_policy_model()
    alloc, eco = out["allocation"], out["ecosystem"]
    assert alloc.plants == 31
    assert eco.plants < alloc.plants
    assert eco.loss_making == 0
    assert eco.money_lost == 0
    assert alloc.money_lost > 0
    assert eco.surplus > alloc.surplus


def test_ecosystem_entry_is_free_entry_with_equal_costs():
    # With identical regions, ecosystem entry reproduces Mankiw-Whinston free entry.
    eco = ip.ecosystem_entry(40, 10.0, 1.0, 2.0, 0.0, 0.5, 0.0)
    assert eco.plants == ee.free_entry_firm_count(10, 1, 2, 0.5, integer=True)


def test_welfare_accounting():
    out = ip.direct_allocation(5, 3, 10.0, 1.0, 2.0, 0.0, 1.0)
    q = ee.total_output(3, 10, 1, 2)
    assert out.surplus == pytest.approx(ee.welfare(3, 10, 1, 2, 1.0))
    assert out.output == pytest.approx(q)


@settings(max_examples=80, deadline=None)
@given(directed=st.integers(1, 31), spread=st.floats(0, 7.5), F=st.floats(0.2, 4), cut=st.floats(0, 0.6))
def test_entrants_cover_costs_and_money_lost_nonnegative(directed, spread, F, cut):
    out = ip.industrial_policy_model(directed=directed, fit_spread=spread, F=F, cost_cut=cut)
    assert out["ecosystem"].loss_making == 0
    assert out["allocation"].money_lost >= 0
    for o in out.values():
        assert np.isfinite(o.surplus) and np.isfinite(o.price)


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
])
def test_bad_input(call, name):
    with pytest.raises(ValueError) as err:
        call()
    assert name in str(err.value)
