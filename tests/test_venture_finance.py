"""Venture finance: Pareto closed forms, bank vs equity, J-curve, data helper, bad input."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer import data
from explainer.models import venture_finance as vf


def test_brief_check_values():
    assert vf.equity_multiple(0.75, 1.5, 2.0) == pytest.approx(1.5)
    assert vf.bank_repayment(0.24, 0.75, 1.5, 2.0, 0.0) == pytest.approx(0.31)
    assert vf.expected_payoff_capped(10.0, 1.5, 2.0) == pytest.approx(4.2111, abs=1e-4)
    assert vf.top_share(0.1, 0.0, 1.5) == pytest.approx(0.464, abs=1e-3)


@pytest.mark.parametrize("K, alpha, x_m", [(10.0, 1.5, 2.0), (3.0, 2.5, 1.0), (50.0, 3.0, 0.5),
                                           (1.5, 1.5, 2.0)])
def test_capped_mean_matches_monte_carlo(K, alpha, x_m):
    u = np.random.default_rng(2).random(2_000_000)
    y = x_m * u ** (-1.0 / alpha)          # Pareto(x_m, alpha) by inversion
    mc = np.mean(np.minimum(y, K))
    assert vf.expected_payoff_capped(K, alpha, x_m) == pytest.approx(mc, rel=5e-3)


@pytest.mark.parametrize("alpha, x_m", [(1.5, 2.0), (2.0, 1.0), (4.0, 3.0)])
def test_capped_mean_tends_to_mean(alpha, x_m):
    mean = x_m * alpha / (alpha - 1)
    assert vf.expected_payoff_capped(1e12, alpha, x_m) == pytest.approx(mean, rel=1e-4)
    assert vf.expected_payoff_capped(x_m, alpha, x_m) == pytest.approx(x_m)


@pytest.mark.parametrize("q, alpha, p", [(0.75, 1.5, 0.1), (0.5, 2.0, 0.2), (0.9, 1.2, 0.05)])
def test_top_share_matches_sorted_sample(q, alpha, p):
    rng = np.random.default_rng(3)
    n = 1_000_000
    y = np.where(rng.random(n) < q, 0.0, rng.random(n) ** (-1.0 / alpha))
    y = np.sort(y)[::-1]
    mc = y[: int(p * n)].sum() / y.sum()
    tol = 0.03 if alpha < 1.5 else 0.01   # heavy tails converge slowly
    assert vf.top_share(p, q, alpha) == pytest.approx(mc, abs=tol)


def test_collateral_makes_lending_viable():
    # Without collateral no rate up to 100% breaks even when 75% of ventures fail ...
    assert vf.breakeven_rate(0.75, 1.5, 2.0, 0.0, 0.03) is None
    # ... with full collateral the bank breaks even at 12%: 0.25*1.12 + 0.75*1 = 1.03.
    assert vf.breakeven_rate(0.75, 1.5, 2.0, 1.0, 0.03) == pytest.approx(0.12, abs=1e-9)


def test_financing_outcome_fields():
    out = vf.financing_outcome(0.24, 0.75, 1.5, 2.0, 0.5)
    assert out.bank_repayment == pytest.approx(0.25 * 1.24 + 0.75 * 0.5)
    assert out.bank_repayment_no_collateral == pytest.approx(0.31)
    assert out.bank_ceiling == pytest.approx(1.5 + 0.75 * 0.5)
    assert out.top10_share == pytest.approx(0.4 ** (1 / 3))


@settings(max_examples=200, deadline=None)
@given(q=st.floats(0.0, 0.95), alpha=st.floats(1.05, 5), x_m=st.floats(0.2, 5),
       r1=st.floats(0, 5), r2=st.floats(0, 5), c=st.floats(0, 2), p=st.floats(0, 1))
def test_properties(q, alpha, x_m, r1, r2, c, p):
    lo, hi = sorted((r1, r2))
    b_lo = vf.bank_repayment(lo, q, alpha, x_m, c)
    b_hi = vf.bank_repayment(hi, q, alpha, x_m, c)
    # a higher rate never lowers what the bank expects, but it never beats the ceiling
    assert b_hi >= b_lo - 1e-12
    assert b_hi <= vf.equity_multiple(q, alpha, x_m) + q * c + 1e-9
    # collateral helps the lender
    assert vf.bank_repayment(hi, q, alpha, x_m, c) >= vf.bank_repayment(hi, q, alpha, x_m, 0) - 1e-12
    # concentration: the top share is at least p and at most 1
    s = vf.top_share(p, q, alpha)
    assert p - 1e-12 <= s <= 1 + 1e-12


@pytest.mark.parametrize("k, tmin, tmax, M", [(3, 5, 12, 2.5), (2, 4, 6, 1.5), (5, 5, 13, 3.0)])
def test_j_curve_closed_forms(k, tmin, tmax, M):
    out = vf.patient_capital_outcome(8, k, tmin, tmax, M)
    # trough of -1 at the end of the investment period when exits start later
    assert out.trough == pytest.approx(-1.0)
    assert out.trough_year == pytest.approx(k)
    # payback when M * F(t) = 1
    assert out.payback_year == pytest.approx(tmin + (tmax - tmin) / M)
    assert vf.cumulative_cash_flow(out.payback_year, k, tmin, tmax, M) == pytest.approx(0, abs=1e-12)
    assert out.realised_share == pytest.approx(np.clip((8 - tmin) / (tmax - tmin), 0, 1))
    assert vf.cumulative_cash_flow(100, k, tmin, tmax, M) == pytest.approx(M - 1)


def test_payback_when_exits_overlap_investment():
    # k = 4, exits from year 2 to 6, M = 2: CF(t) = -t/4 + (t - 2)/2 for 2 <= t <= 4 -> t = 4.
    pb = vf.payback_year(4, 2, 6, 2.0)
    assert pb == pytest.approx(4.0, abs=1e-6)
    assert vf.payback_year(3, 5, 12, 0.8) is None


@settings(max_examples=100, deadline=None)
@given(H1=st.floats(0, 30), H2=st.floats(0, 30), tmin=st.floats(0, 10), w=st.floats(0.5, 10))
def test_patience_pays(H1, H2, tmin, w):
    lo, hi = sorted((H1, H2))
    assert vf.realised_share(hi, tmin, tmin + w) >= vf.realised_share(lo, tmin, tmin + w)


def test_financing_channels_on_shipped_data():
    mix = vf.financing_channels(data.load("afre_financing_mix"))
    assert mix["2020-12-31"]["total"] == pytest.approx(284.83)
    assert mix["2020-12-31"]["equity"] == pytest.approx(2.9)
    assert mix["2025-03-31"]["bank and other intermediated credit"] == pytest.approx(66.6)
    assert mix["2025-03-31"]["government bonds"] == pytest.approx(20.1)
    with pytest.raises(ValueError, match="frame must have columns"):
        vf.financing_channels(pd.DataFrame({"date": [1]}))


def test_no_collateral_breakeven_rate_and_what_it_means():
    # closed form for K > x_m: (1-q)(x_m a/(a-1) - x_m^a K^(1-a)/(a-1)) = 1.03
    q, a, x_m = 0.75, 1.5, 2.0
    K = ((x_m * a / (a - 1) - 1.03 / (1 - q)) * (a - 1) / x_m ** a) ** (1 / (1 - a))
    r = vf.breakeven_rate(q, a, x_m, r_max=10)
    assert r == pytest.approx(K - 1, abs=1e-9)
    assert r == pytest.approx(8.054, abs=5e-4)
    assert vf.bank_repayment(r) == pytest.approx(1.03, abs=1e-9)
    # a winner repays 4.12 on average, and the bank takes about 69% of all the value
    assert vf.expected_payoff_capped(1 + r) == pytest.approx(1.03 / 0.25, abs=1e-9)
    assert 1.03 / vf.equity_multiple() == pytest.approx(0.687, abs=5e-4)
    # no rate up to 100% breaks even exactly when (1 - q) * 2 < 1.03
    assert vf.breakeven_rate(0.49) is None
    assert vf.breakeven_rate(0.48) is not None
    assert vf.breakeven_rate(0.55, r_max=10) == pytest.approx(1.3235, abs=5e-4)


def test_share_returning_more_than_matches_the_tail_and_a_sample():
    assert vf.share_returning_more_than(5.0) == pytest.approx(0.25 * 0.4 ** 1.5)
    assert vf.share_returning_more_than(1.0) == pytest.approx(0.25)
    rng = np.random.default_rng(1)
    wins = rng.random(400_000) >= 0.6
    y = np.where(wins, 3.0 * (1 - rng.random(400_000)) ** (-1 / 2.0), 0.0)
    assert np.mean(y > 7.0) == pytest.approx(vf.share_returning_more_than(7.0, 0.6, 2.0, 3.0),
                                             abs=3e-3)


def test_new_financing_shares_on_shipped_data():
    frame = data.load("afre_financing_mix")
    out = vf.new_financing_shares(frame, "2020-12-31", "2025-03-31")
    assert out["total"] == pytest.approx(422.96 - 284.83)
    assert out["equity"] == pytest.approx(100 * (11.82 - 8.25) / 138.13)
    assert out["bank and other intermediated credit"] == pytest.approx(
        100 * ((262.18 + 1.19 + 11.24 + 4.35 + 2.67) - (171.60 + 2.10 + 11.06 + 6.34 + 3.51))
        / 138.13)
    assert sum(v for k, v in out.items() if k != "total") <= 100 + 1e-9
    with pytest.raises(ValueError, match="date_to"):
        vf.new_financing_shares(frame, "2020-12-31", "2030-01-01")
    with pytest.raises(ValueError, match="date_to must come after date_from"):
        vf.new_financing_shares(frame, "2025-03-31", "2020-12-31")
    with pytest.raises(ValueError, match="frame must have columns"):
        vf.new_financing_shares(pd.DataFrame({"date": [1]}), "a", "b")


@pytest.mark.parametrize("call, name", [
    (lambda: vf.equity_multiple(q=1.0), r"q \(probability"),
    (lambda: vf.share_returning_more_than(0), r"multiple \(payoff"),
    (lambda: vf.share_returning_more_than(5, q=-0.1), r"q \(probability a venture returns nothing"),
    (lambda: vf.equity_multiple(alpha=1.0), r"alpha \(tail index"),
    (lambda: vf.expected_payoff_capped(5, x_m=0), r"x_m \(smallest"),
    (lambda: vf.expected_payoff_capped(-1), r"K \(cap"),
    (lambda: vf.bank_repayment(-0.1), r"r \(loan interest rate"),
    (lambda: vf.bank_repayment(0.1, collateral=-1), r"collateral"),
    (lambda: vf.top_share(1.5), r"p \(top fraction"),
    (lambda: vf.breakeven_rate(funding_cost=2), r"funding_cost"),
    (lambda: vf.realised_share(5, 6, 5), r"tau_max"),
    (lambda: vf.cumulative_cash_flow(3, k=0), r"k \(years"),
    (lambda: vf.patient_capital_outcome(-1), r"H \(investor"),
    (lambda: vf.payback_year(multiple=float("nan")), r"multiple"),
])
def test_bad_input_names_parameter(call, name):
    with pytest.raises(ValueError, match=name):
        call()
