"""Excess entry (Mankiw & Whinston 1986) against its closed forms and the brief's check values."""

import math
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.models import excess_entry as ee


def test_brief_check_values():
    a, b, c, F = 10, 1, 2, 0.5
    n_e = ee.free_entry_firm_count(a, b, c, F)
    n_opt = ee.optimal_firm_count(a, b, c, F)
    assert n_e == pytest.approx(10.3137, abs=1e-4)
    assert n_opt == pytest.approx(4.0397, abs=1e-4)
    assert ee.free_entry_firm_count(a, b, c, F, integer=True) == 10
    assert ee.optimal_firm_count(a, b, c, F, integer=True) == 4
    assert ee.welfare(n_e, a, b, c, F) == pytest.approx(26.59, abs=5e-3)
    assert ee.welfare(n_opt, a, b, c, F) == pytest.approx(28.72, abs=5e-3)


@pytest.mark.parametrize("a,b,c,F", [(10, 1, 2, 0.5), (20, 2, 5, 1.0), (6, 0.5, 1, 3.0), (15, 1.5, 0, 0.1)])
def test_closed_forms(a, b, c, F):
    A = (a - c) ** 2 / b
    n_e = ee.free_entry_firm_count(a, b, c, F)
    n_opt = ee.optimal_firm_count(a, b, c, F)
    assert n_e == pytest.approx(math.sqrt(A / F) - 1)
    assert n_opt == pytest.approx((A / F) ** (1 / 3) - 1)
    # Zero profit at free entry, zero marginal welfare at the optimum.
    assert ee.profit_per_firm(n_e, a, b, c, F) == pytest.approx(0, abs=1e-9)
    assert ee.welfare_slope(n_opt, a, b, c, F) == pytest.approx(0, abs=1e-9)
    # n* + 1 = (n_e + 1)^(2/3): free entry is excessive whenever A/F > 1.
    assert n_opt + 1 == pytest.approx((n_e + 1) ** (2 / 3))
    assert n_e > n_opt
    # Cournot output and the market-clearing price.
    q = ee.firm_output(3, a, b, c)
    assert q == pytest.approx((a - c) / (4 * b))
    assert ee.total_output(3, a, b, c) == pytest.approx(3 * q)


@pytest.mark.parametrize("n", [0.5, 2.0, 7.3, 15.0])
def test_welfare_slope_matches_finite_difference(n):
    h = 1e-6
    args = (10, 1, 2, 0.5)
    numeric = (ee.welfare(n + h, *args) - ee.welfare(n - h, *args)) / (2 * h)
    assert ee.welfare_slope(n, *args) == pytest.approx(numeric, abs=1e-8)


def test_integer_optimum_is_best_whole_number():
    for F in (0.1, 0.5, 1.3, 4.0):
        best = ee.optimal_firm_count(10, 1, 2, F, integer=True)
        w = [ee.welfare(n, 10, 1, 2, F) for n in range(0, 40)]
        assert best == int(np.argmax(w))


def test_outcome_with_subsidy():
    out = ee.excess_entry_outcome(10, 1, 2, 0.5, subsidy=0.2)
    # Private entry cost 0.3: n_e = floor(sqrt(64/0.3) - 1) = 13; the optimum ignores the transfer.
    assert out.firms_free_entry == 13
    assert out.firms_optimal == 4
    assert out.subsidy_bill == pytest.approx(13 * 0.2)
    assert out.welfare_lost == pytest.approx(out.welfare_optimal - out.welfare_free_entry)
    assert out.utilisation == pytest.approx(5 / 14)


def test_integer_constraint_can_leave_one_firm_too_few():
    # A/F = 3: a monopolist would lose money (A/4 < F) but it would add surplus (3A/8 > F).
    out = ee.excess_entry_outcome(5, 3, 2, 1.0)
    assert (out.firms_free_entry, out.firms_optimal) == (0, 1)


def test_no_entry_when_market_too_small():
    out = ee.excess_entry_outcome(5, 2, 4.5, 5.0)
    assert out.firms_free_entry == 0 and out.firms_optimal == 0
    assert out.welfare_lost == 0 and math.isfinite(out.welfare_lost_share)


@settings(max_examples=150, deadline=None)
@given(a=st.floats(5, 20), b=st.floats(0.5, 2), c=st.floats(0, 4.5), F=st.floats(0.1, 5),
       s1=st.floats(0, 0.9), s2=st.floats(0, 0.9))
def test_larger_subsidy_never_lowers_entry(a, b, c, F, s1, s2):
    low, high = sorted((s1, s2))
    n_low = ee.excess_entry_outcome(a, b, c, F, low * F).firms_free_entry
    n_high = ee.excess_entry_outcome(a, b, c, F, high * F).firms_free_entry
    assert n_high >= n_low


@settings(max_examples=150, deadline=None)
@given(a=st.floats(5, 20), b=st.floats(0.5, 2), c=st.floats(0, 4.5), F=st.floats(0.1, 5),
       s=st.floats(0, 0.9))
def test_free_entry_never_beats_the_optimum(a, b, c, F, s):
    # Mankiw & Whinston (1986, Prop. 3): with whole numbers of firms, free entry can fall
    # short of the optimum by at most one firm, never more.
    out = ee.excess_entry_outcome(a, b, c, F, s * F)
    assert out.firms_free_entry >= out.firms_optimal - 1
    assert out.welfare_lost >= -1e-9
    assert 0 <= out.utilisation <= 1


@pytest.mark.parametrize("kwargs,name", [
    (dict(a=-1, b=1, c=0, F=1), "a (demand intercept)"),
    (dict(a=10, b=0, c=0, F=1), "b (demand slope)"),
    (dict(a=10, b=1, c=10, F=1), "c (marginal cost)"),
    (dict(a=10, b=1, c=2, F=0), "F (entry cost)"),
    (dict(a=10, b=1, c=2, F=1, subsidy=1), "subsidy (entry subsidy per firm, below F)"),
    (dict(a=10, b=1, c=2, F=float("nan")), "F (entry cost)"),
])
def test_bad_input_names_parameter(kwargs, name):
    # The whole parameter name with its meaning, then its valid range: "a (demand intercept)
    # must be > 0; got -1". A single letter could be found in any message.
    with pytest.raises(ValueError, match=r"^" + re.escape(name) + r" must be (?:a finite number )?"
                       r"(?:> 0|in [\[(][-0-9.e+]+, [-0-9.e+]+[\])]); got "):
        ee.excess_entry_outcome(**kwargs)


def test_bad_firm_count():
    with pytest.raises(ValueError, match="n \\(number of firms\\)"):
        ee.welfare(-1, 10, 1, 2, 0.5)
