"""Financing light-asset, high-risk, long-cycle innovators: loans, equity and patient capital.

**Debt versus equity with skewed payoffs.** A start-up needs 1 unit of money. With
probability ``q`` it returns nothing to whoever financed it (a total write-off); otherwise its
payoff multiple ``Y`` is Pareto with minimum ``x_m`` and tail index ``alpha > 1``,
``P(Y > y) = (x_m / y)**alpha``. Then

.. math::

    E[Y \\mid \\text{success}] = \\frac{x_m\\alpha}{\\alpha-1}, \\qquad
    E[\\min(Y, K)] = \\frac{x_m\\alpha}{\\alpha-1} - \\frac{x_m^{\\alpha}K^{1-\\alpha}}{\\alpha-1}
    \\quad (K \\ge x_m),

and ``E[min(Y, K)] = K`` for ``K < x_m``. An equity investor who owns the whole venture
expects ``(1 - q) E[Y]``. A bank lending at rate ``r`` is repaid at most ``K = 1 + r`` and, on
failure, recovers collateral ``C`` (at most ``1 + r``):

.. math::

    \\text{bank's expected repayment} = (1-q)\\,E[\\min(Y, 1+r)] + q\\,\\min(C, 1+r).

The top share ``p`` of all ventures (``p <= 1 - q``) earns the share
``(p / (1 - q))**(1 - 1/alpha)`` of all payoffs: a lender caps its upside exactly where the
portfolio's value is made.

**Patient capital (the J-curve).** A fund calls its capital evenly over ``k`` years; exits
arrive uniformly between years ``tau_min`` and ``tau_max`` and return a multiple ``M`` of the
capital. Cumulative net cash flow per unit of capital is

.. math::

    CF(t) = -\\min(t, k)/k + M\\,F(t), \\qquad
    F(t) = \\mathrm{clip}\\Big(\\frac{t-\\tau_{min}}{\\tau_{max}-\\tau_{min}}, 0, 1\\Big),

so an investor whose horizon is ``H`` years sees only the share ``F(H)`` of the value realised.
When ``tau_min >= k`` the curve bottoms out at ``-1`` at the end of the investment period.

**What ``q`` is, and what it is not.** ``q`` is the share of ventures that return nothing to
their *investors*. The lesson's value, ``q = 0.75``, is an illustration, not an estimate.
Hall & Woodward (2010) find that almost three quarters of venture-backed *entrepreneurs*
receive nothing at exit, but that is the founders' payoff: investors' claims (preferred stock
with liquidation preferences) are paid first, so founders get nothing in many exits where the
investors are repaid in part or in full. Their figure therefore does not calibrate ``q``; it
is larger than the share of ventures in which the investors lose everything. On the
investors' side, Kerr, Nanda & Rhodes-Kropf (2014) report that about 55 percent of US
start-ups whose first venture round came in 1985-2009 were terminated at a loss (less than the
money put in, not necessarily nothing) and about 6 percent returned more than five times the
investment; the model's tail at its defaults gives the second figure,
``(1 - q) (x_m / 5)**alpha = 0.063`` (:func:`share_returning_more_than`). The model's
conclusion that a lender cannot break even on such ventures without collateral at any rate up
to 100% holds for every ``q`` above 0.485 at the other defaults: at 100% a winner repays at
most 2 per unit lent, so the bank needs ``(1 - q) 2 >= 1.03``. Even if the 55 percent
terminated at a loss had returned nothing, the break-even rate would be about 132%.

References
----------
Hall, R. E. and Woodward, S. E. (2010). The burden of the nondiversifiable risk of
entrepreneurship. *American Economic Review*, 100(3), 1163-1194. (Founders' payoffs:
almost three quarters of entrepreneurs receive nothing at exit.)

Kerr, W. R., Nanda, R. and Rhodes-Kropf, M. (2014). Entrepreneurship as experimentation.
*Journal of Economic Perspectives*, 28(3), 25-48. (Investors' side: about 55 percent of
venture-backed start-ups terminated at a loss, about 6 percent returned more than 5x.)

Stiglitz, J. E. and Weiss, A. (1981). Credit rationing in markets with imperfect information.
*American Economic Review*, 71(3), 393-410.

Metrick, A. and Yasuda, A. (2010). The economics of private equity funds.
*Review of Financial Studies*, 23(6), 2303-2341.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..checks import check_array, check_number, check_points


def _check_venture(q, alpha, x_m):
    q = check_number("q (probability a venture returns nothing)", q, 0, 1, high_open=True)
    alpha = check_number("alpha (tail index of winners' payoffs)", alpha, 1, 10, low_open=True)
    x_m = check_number("x_m (smallest payoff multiple of a winner)", x_m, 0, 100, low_open=True)
    return q, alpha, x_m


def _check_cap(K, name="K (cap on the payoff multiple)"):
    if np.ndim(K) == 0:
        return check_number(name, K, 0, None)
    return check_array(name, K, 0, None)


def _check_rate(r):
    if np.ndim(r) == 0:
        return check_number("r (loan interest rate)", r, 0, 10)
    return check_array("r (loan interest rate)", r, 0, 10)


def _check_collateral(collateral):
    return check_number("collateral (per unit lent)", collateral, 0, 10)


def _check_funding_cost(funding_cost):
    return check_number("funding_cost (bank's cost of funds)", funding_cost, 0, 1)


# -- private helpers: inputs already validated --------------------------------------------

def _scalar(out):
    return float(out) if np.ndim(out) == 0 else out


def _capped(K, alpha, x_m):
    Kc = np.maximum(K, x_m)
    above = x_m * alpha / (alpha - 1) - x_m ** alpha * Kc ** (1 - alpha) / (alpha - 1)
    return np.where(K < x_m, K, above)


def _equity(q, alpha, x_m):
    return (1 - q) * x_m * alpha / (alpha - 1)


def _bank(r, q, alpha, x_m, collateral):
    K = 1.0 + r
    return (1 - q) * _capped(K, alpha, x_m) + q * np.minimum(collateral, K)


def _top_share(p, q, alpha):
    return np.minimum(1.0, (p / (1 - q)) ** (1 - 1 / alpha))


def _breakeven(q, alpha, x_m, collateral, funding_cost, r_max):
    target = 1.0 + funding_cost
    if _bank(r_max, q, alpha, x_m, collateral) < target:
        return None
    if _bank(0.0, q, alpha, x_m, collateral) >= target:
        return 0.0
    lo, hi = 0.0, r_max
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        if _bank(mid, q, alpha, x_m, collateral) >= target:
            hi = mid
        else:
            lo = mid
    return hi


# -- public functions: validate once, then use the helpers ---------------------------------

def expected_payoff_capped(K, alpha=1.5, x_m=2.0):
    """``E[min(Y, K)]`` for a Pareto(``x_m``, ``alpha``) payoff ``Y``.

    Parameters
    ----------
    K : float or array
        Cap, ``>= 0``.
    alpha : float
        Tail index, ``1 < alpha <= 10`` (smaller means fatter tail).
    x_m : float
        Smallest payoff multiple of a successful venture, ``(0, 100]``.
    """
    _, alpha, x_m = _check_venture(0.0, alpha, x_m)
    return _scalar(_capped(_check_cap(K), alpha, x_m))


def equity_multiple(q=0.75, alpha=1.5, x_m=2.0):
    """Expected payoff per unit invested for an investor who owns the venture,
    ``(1 - q) x_m alpha / (alpha - 1)``."""
    return _equity(*_check_venture(q, alpha, x_m))


def bank_repayment(r, q=0.75, alpha=1.5, x_m=2.0, collateral=0.0):
    """A bank's expected repayment per unit lent at rate ``r``.

    ``(1 - q) E[min(Y, 1 + r)] + q min(collateral, 1 + r)``.

    Parameters
    ----------
    r : float or array
        Loan interest rate as a fraction, ``0 <= r <= 10``.
    q, alpha, x_m : float
        Venture risk, as in :func:`equity_multiple`.
    collateral : float
        What the bank can seize on failure, per unit lent, ``0 <= collateral <= 10``.
    """
    q, alpha, x_m = _check_venture(q, alpha, x_m)
    r = _check_rate(r)
    collateral = _check_collateral(collateral)
    return _bank(r, q, alpha, x_m, collateral)


def top_share(p, q=0.75, alpha=1.5):
    """Share of all payoffs earned by the best fraction ``p`` of ventures.

    ``min(1, (p / (1 - q))**(1 - 1/alpha))``; with ``q = 0`` this is the top share among
    winners, e.g. ``0.1**(1/3) = 0.464`` for ``alpha = 1.5``.
    """
    q, alpha, _ = _check_venture(q, alpha, 1.0)
    if np.ndim(p) == 0:
        p = check_number("p (top fraction of ventures)", p, 0, 1)
    else:
        p = check_array("p (top fraction of ventures)", p, 0, 1)
    return _scalar(_top_share(p, q, alpha))


def share_returning_more_than(multiple, q=0.75, alpha=1.5, x_m=2.0):
    """Share of all ventures whose payoff multiple exceeds ``multiple``:
    ``(1 - q) min(1, (x_m / multiple)**alpha)``.

    Parameters
    ----------
    multiple : float
        Payoff per unit invested, ``> 0``.
    q, alpha, x_m : float
        Venture risk, as in :func:`equity_multiple`.

    Examples
    --------
    >>> round(share_returning_more_than(5.0), 4)
    0.0632
    >>> share_returning_more_than(1.0)
    0.25
    """
    q, alpha, x_m = _check_venture(q, alpha, x_m)
    multiple = check_number("multiple (payoff per unit invested)", multiple, 0, None,
                            low_open=True)
    tail = 1.0 if multiple <= x_m else (x_m / multiple) ** alpha  # every winner pays >= x_m
    return float((1 - q) * tail)


def breakeven_rate(q=0.75, alpha=1.5, x_m=2.0, collateral=0.0, funding_cost=0.03, r_max=1.0):
    """Lowest loan rate in ``[0, r_max]`` at which the bank's expected repayment covers
    ``1 + funding_cost``; ``None`` if no rate up to ``r_max`` does.

    The repayment rises with ``r``, so the rate is found by bisection. Without collateral the
    rate can be far above any rate a bank charges: at the defaults it is about 805%, the
    contractual rate at which the capped repayments of the one venture in four that succeeds,
    ``E[min(Y, 1 + r)]`` = 4.12 per unit lent on average, make up for the three in four that
    return nothing. The bank would then collect about 69% of all the value the ventures create
    (``1.03 / equity_multiple()``): it would be an owner in all but name.

    Examples
    --------
    >>> round(breakeven_rate(collateral=1.0), 2)
    0.12
    >>> print(breakeven_rate())
    None
    >>> round(breakeven_rate(r_max=10), 3)
    8.054
    """
    q, alpha, x_m = _check_venture(q, alpha, x_m)
    funding_cost = _check_funding_cost(funding_cost)
    r_max = check_number("r_max (highest rate considered)", r_max, 0, 10, low_open=True)
    collateral = _check_collateral(collateral)
    return _breakeven(q, alpha, x_m, collateral, funding_cost, r_max)


@dataclass(frozen=True)
class FinancingOutcome:
    """What a lender and an equity investor expect from the same skewed venture.

    Attributes
    ----------
    rate : float
        The loan rate considered.
    bank_repayment : float
        Bank's expected repayment per unit lent at ``rate`` (with collateral).
    bank_repayment_no_collateral : float
        The same without collateral.
    bank_ceiling : float
        The most a bank could expect at any rate, ``(1-q) E[Y] + q * collateral``.
    equity_multiple : float
        Expected payoff per unit for an owner of the venture.
    breakeven_rate : float
        Lowest rate up to 100% at which the bank covers its cost of funds (``None`` if none).
    top10_share : float
        Share of all payoffs earned by the best 10% of ventures.
    funding_cost : float
        The bank's cost of funds (a fraction); it breaks even at ``1 + funding_cost``.
    """

    rate: float
    bank_repayment: float
    bank_repayment_no_collateral: float
    bank_ceiling: float
    equity_multiple: float
    breakeven_rate: float
    top10_share: float
    funding_cost: float


def financing_outcome(r, q=0.75, alpha=1.5, x_m=2.0, collateral=0.0, funding_cost=0.03):
    """Lending at rate ``r`` next to owning equity in the same venture."""
    q, alpha, x_m = _check_venture(q, alpha, x_m)
    r = check_number("r (loan interest rate)", r, 0, 10)
    collateral = _check_collateral(collateral)
    funding_cost = _check_funding_cost(funding_cost)
    return _financing_outcome(r, q, alpha, x_m, collateral, funding_cost)


def _financing_outcome(r, q, alpha, x_m, collateral, funding_cost):
    eq = _equity(q, alpha, x_m)
    return FinancingOutcome(
        rate=r,
        bank_repayment=float(_bank(r, q, alpha, x_m, collateral)),
        bank_repayment_no_collateral=float(_bank(r, q, alpha, x_m, 0.0)),
        bank_ceiling=eq + q * collateral,
        equity_multiple=eq,
        breakeven_rate=_breakeven(q, alpha, x_m, collateral, funding_cost, 1.0),
        top10_share=float(_top_share(0.1, q, alpha)),
        funding_cost=funding_cost,
    )


def financing_curves(q=0.75, alpha=1.5, x_m=2.0, collateral=0.0, r_max=1.0, points=101):
    """Bank's expected repayment (with and without collateral) on a grid of rates, and the
    top-share curve of the portfolio.

    ``points`` (a whole number from 2 to 10,000) is the number of grid points; the other
    parameters are as in :func:`financing_outcome`, and ``0 < r_max <= 10``.

    Returns
    -------
    dict
        ``rate``, ``bank``, ``bank_no_collateral``, ``top_fraction``, ``top_share``.
    """
    q, alpha, x_m = _check_venture(q, alpha, x_m)
    r_max = check_number("r_max (highest rate shown)", r_max, 0, 10, low_open=True)
    points = check_points(points)
    collateral = _check_collateral(collateral)
    c = _financing_curves(q, alpha, x_m, collateral, r_max, points)
    return {"rate": c.rate_pct / 100, "bank": c.bank, "bank_no_collateral": c.bank_no_collateral,
            "top_fraction": c.top_fraction_pct / 100, "top_share": c.top_share_pct / 100}


@dataclass(frozen=True)
class FinancingCurves:
    """The debt-versus-equity figure's curves, in the units it shows.

    Attributes
    ----------
    rate_pct : ndarray
        Loan rates in percent.
    bank, bank_no_collateral : ndarray
        Bank's expected repayment per unit lent at those rates, with and without collateral.
    top_fraction_pct, top_share_pct : ndarray
        Best ventures ranked (percent of all) and the share of all payoffs they earn (percent).
    """

    rate_pct: np.ndarray
    bank: np.ndarray
    bank_no_collateral: np.ndarray
    top_fraction_pct: np.ndarray
    top_share_pct: np.ndarray


def _financing_curves(q, alpha, x_m, collateral, r_max=1.0, points=101):
    r = np.linspace(0.0, r_max, points)
    p = np.linspace(0.0, 1.0, points)
    return FinancingCurves(
        rate_pct=100 * r,
        bank=_bank(r, q, alpha, x_m, collateral),
        bank_no_collateral=_bank(r, q, alpha, x_m, 0.0),
        top_fraction_pct=100 * p,
        top_share_pct=100 * _top_share(p, q, alpha),
    )


def debt_vs_equity_model(r, q=0.75, alpha=1.5, x_m=2.0, collateral=0.0, funding_cost=0.03):
    """The debt-versus-equity explorer's one call: ``(FinancingCurves, FinancingOutcome)``.

    Parameters as in :func:`financing_outcome`; the inputs are validated once. The curves run
    over loan rates from 0 to 100%.

    Examples
    --------
    >>> curves, outcome = debt_vs_equity_model(0.24)
    >>> round(outcome.bank_repayment, 2), round(outcome.equity_multiple, 2)
    (0.31, 1.5)
    >>> round(outcome.top10_share, 2), len(curves.rate_pct)
    (0.74, 101)
    """
    q, alpha, x_m = _check_venture(q, alpha, x_m)
    r = check_number("r (loan interest rate)", r, 0, 10)
    collateral = _check_collateral(collateral)
    funding_cost = _check_funding_cost(funding_cost)
    return (_financing_curves(q, alpha, x_m, collateral),
            _financing_outcome(r, q, alpha, x_m, collateral, funding_cost))


# -- patient capital -------------------------------------------------------------------------

def _check_fund(k, tau_min, tau_max, multiple):
    k = check_number("k (years over which capital is called)", k, 0, 30, low_open=True)
    tau_min = check_number("tau_min (year of the first exits)", tau_min, 0, 50)
    tau_max = check_number("tau_max (year of the last exits)", tau_max, tau_min, 60,
                           low_open=True)
    multiple = check_number("multiple (money returned per unit invested)", multiple, 0, 100)
    return k, tau_min, tau_max, multiple


def _check_horizon(H):
    if np.ndim(H) == 0:
        return check_number("H (investor's horizon in years)", H, 0, 100)
    return check_array("H (investor's horizon in years)", H, 0, 100)


def _check_years(t):
    if np.ndim(t) == 0:
        return check_number("t (years since the fund started)", t, 0, 100)
    return check_array("t (years since the fund started)", t, 0, 100)


def _realised(H, tau_min, tau_max):
    return np.clip((H - tau_min) / (tau_max - tau_min), 0.0, 1.0)


def _cash_flow(t, k, tau_min, tau_max, multiple):
    return -np.minimum(t, k) / k + multiple * _realised(t, tau_min, tau_max)


def _payback(k, tau_min, tau_max, multiple):
    if multiple < 1:
        return None
    if tau_min >= k:
        return tau_min + (tau_max - tau_min) / multiple
    t = np.linspace(1e-9, tau_max, 4001)
    cf = _cash_flow(t, k, tau_min, tau_max, multiple)
    ok = np.nonzero(cf >= -1e-12)[0]
    if ok.size == 0:
        return None
    hi = t[ok[0]]
    lo = t[ok[0] - 1] if ok[0] > 0 else 0.0
    for _ in range(50):
        mid = 0.5 * (lo + hi)
        if _cash_flow(mid, k, tau_min, tau_max, multiple) >= 0:
            hi = mid
        else:
            lo = mid
    return float(hi)


def realised_share(H, tau_min=5.0, tau_max=12.0):
    """Share of a fund's exit value realised within ``H`` years,
    ``clip((H - tau_min) / (tau_max - tau_min), 0, 1)``."""
    _, tau_min, tau_max, _ = _check_fund(1.0, tau_min, tau_max, 1.0)
    return _scalar(_realised(_check_horizon(H), tau_min, tau_max))


def cumulative_cash_flow(t, k=3.0, tau_min=5.0, tau_max=12.0, multiple=2.5):
    """Cumulative net cash flow per unit of capital at year ``t``:
    ``-min(t, k)/k + multiple * F(t)``."""
    k, tau_min, tau_max, multiple = _check_fund(k, tau_min, tau_max, multiple)
    return _cash_flow(_check_years(t), k, tau_min, tau_max, multiple)


def payback_year(k=3.0, tau_min=5.0, tau_max=12.0, multiple=2.5):
    """First year at which cumulative cash flow is back to zero (``None`` if it never is).

    When ``tau_min >= k``: ``tau_min + (tau_max - tau_min) / multiple`` for ``multiple >= 1``.
    In general it is found on a fine grid and refined by bisection.
    """
    return _payback(*_check_fund(k, tau_min, tau_max, multiple))


@dataclass(frozen=True)
class PatientCapitalOutcome:
    """A fund's J-curve seen by an investor with horizon ``H``.

    Attributes
    ----------
    horizon : float
        Investor's horizon ``H`` in years.
    realised_share : float
        Share of exit value realised by ``H``.
    cash_back_at_horizon : float
        Money returned by ``H`` per unit of capital, ``multiple * realised_share``.
    cash_flow_at_horizon : float
        Cumulative net cash flow at ``H``.
    trough : float
        Lowest cumulative cash flow.
    trough_year : float
        Year of the trough.
    payback_year : float
        First year the cumulative cash flow is back to zero (``None`` if never).
    multiple : float
        Money the fund returns in the end per unit of capital.
    """

    horizon: float
    realised_share: float
    cash_back_at_horizon: float
    cash_flow_at_horizon: float
    trough: float
    trough_year: float
    payback_year: float
    multiple: float


def patient_capital_outcome(H, k=3.0, tau_min=5.0, tau_max=12.0, multiple=2.5):
    """Summarise a fund's J-curve for an investor who needs the money back after ``H`` years."""
    k, tau_min, tau_max, multiple = _check_fund(k, tau_min, tau_max, multiple)
    H = check_number("H (investor's horizon in years)", H, 0, 100)
    return _patient_outcome(H, k, tau_min, tau_max, multiple)


def _patient_outcome(H, k, tau_min, tau_max, multiple):
    share = float(_realised(H, tau_min, tau_max))
    # The curve is piecewise linear with kinks at k, tau_min and tau_max: the trough is at one.
    kinks = np.array([0.0, k, tau_min, tau_max])
    values = _cash_flow(kinks, k, tau_min, tau_max, multiple)
    i = int(np.argmin(values))
    return PatientCapitalOutcome(
        horizon=H,
        realised_share=share,
        cash_back_at_horizon=multiple * share,
        cash_flow_at_horizon=float(_cash_flow(H, k, tau_min, tau_max, multiple)),
        trough=float(values[i]),
        trough_year=float(kinks[i]),
        payback_year=_payback(k, tau_min, tau_max, multiple),
        multiple=multiple,
    )


@dataclass(frozen=True)
class JCurve:
    """A fund's cumulative net cash flow per unit of capital over the years shown.

    Attributes
    ----------
    t : ndarray
        Years since the fund started (0 to 18).
    cash_flow : ndarray
        Cumulative net cash flow at those years.
    """

    t: np.ndarray
    cash_flow: np.ndarray


#: Years the J-curve is drawn over, and its grid.
J_CURVE_YEARS = np.linspace(0.0, 18.0, 181)
J_CURVE_YEARS.flags.writeable = False


def patient_capital_model(H, k=3.0, tau_min=5.0, tau_max=12.0, multiple=2.5):
    """The patient-capital explorer's one call: ``(JCurve, PatientCapitalOutcome)``.

    Parameters as in :func:`patient_capital_outcome`; the inputs are validated once.

    Examples
    --------
    >>> curve, outcome = patient_capital_model(5, k=3, tau_min=5, tau_max=12, multiple=2.5)
    >>> outcome.trough, outcome.trough_year, round(outcome.payback_year, 1)
    (-1.0, 3.0, 7.8)
    >>> len(curve.t)
    181
    """
    k, tau_min, tau_max, multiple = _check_fund(k, tau_min, tau_max, multiple)
    H = check_number("H (investor's horizon in years)", H, 0, 100)
    curve = JCurve(t=J_CURVE_YEARS, cash_flow=_cash_flow(J_CURVE_YEARS, k, tau_min, tau_max,
                                                         multiple))
    return curve, _patient_outcome(H, k, tau_min, tau_max, multiple)


# -- data ------------------------------------------------------------------------------------

def financing_channels(frame):
    """Sum a table of financing components into shares by channel for each date.

    Parameters
    ----------
    frame : pandas.DataFrame
        With columns ``date``, ``channel``, ``amount_trn_yuan`` and ``share_pct`` (as in the
        ``afre_financing_mix`` dataset); rows with channel ``"total"`` give the total stock.

    Returns
    -------
    dict
        ``{date: {"total": float, <channel>: share in percent, ...}}``.
    """
    required = {"date", "channel", "amount_trn_yuan", "share_pct"}
    missing = required - set(getattr(frame, "columns", []))
    if missing:
        raise ValueError(f"frame must have columns {sorted(required)}; missing {sorted(missing)}")
    out = {}
    for date, rows in frame.groupby("date", sort=True):
        totals = rows.loc[rows["channel"] == "total", "amount_trn_yuan"]
        if totals.empty:
            raise ValueError(f"frame must have a 'total' row for every date; none for {date}")
        shares = rows[rows["channel"] != "total"].groupby("channel")["share_pct"].sum()
        entry = {"total": float(totals.iloc[0])}
        entry.update({k: round(float(v), 1) for k, v in shares.items()})
        out[str(date)] = entry
    return out


@dataclass(frozen=True)
class FinancingMix:
    """Shares of the stock of aggregate financing by channel at one date (percent).

    Attributes
    ----------
    date : str
        The date, ``YYYY-MM-DD``.
    total : float
        The whole stock, trillion yuan.
    credit, government_bonds, corporate_bonds, equity : float
        Shares in percent: loans and other intermediated credit, government bonds, corporate
        bonds, and firms' domestic equity.
    """

    date: str
    total: float
    credit: float
    government_bonds: float
    corporate_bonds: float
    equity: float

    @classmethod
    def from_channels(cls, date, entry):
        """Build from one date's entry of :func:`financing_channels`."""
        return cls(date=str(date), total=entry["total"],
                   credit=entry.get("bank and other intermediated credit", 0.0),
                   government_bonds=entry.get("government bonds", 0.0),
                   corporate_bonds=entry.get("corporate bonds", 0.0),
                   equity=entry.get("equity", 0.0))


def financing_mix_model(frame):
    """The financing mix at every date of a table: one call for the financing-mix explorer.

    Parameters
    ----------
    frame : pandas.DataFrame
        As in :func:`financing_channels` (the ``afre_financing_mix`` dataset).

    Returns
    -------
    dict of str to FinancingMix
        ``{date: FinancingMix}``, dates in order.

    Raises
    ------
    ValueError
        If ``frame`` lacks a column or a date lacks its ``total`` row.
    """
    return {date: FinancingMix.from_channels(date, entry)
            for date, entry in financing_channels(frame).items()}


def new_financing_shares(frame, date_from, date_to):
    """Where the growth of the financing stock came from between two dates.

    Each channel's share, in percent, of the increase in the *total* stock:
    ``100 (S_c(to) - S_c(from)) / (S(to) - S(from))``, with ``S_c`` the sum of the channel's
    components and ``S`` the ``total`` row. The listed components need not add up to the
    total, so the shares need not add up to 100.

    Parameters
    ----------
    frame : pandas.DataFrame
        As in :func:`financing_channels` (the ``afre_financing_mix`` dataset).
    date_from, date_to : str
        Two dates of the table, ``YYYY-MM-DD``, the second later, with a larger total stock.

    Returns
    -------
    dict
        ``{"total": increase in the total stock, <channel>: share of the increase in percent}``.

    Raises
    ------
    ValueError
        If a date is not in the table, or the total stock did not grow between them.
    """
    required = {"date", "channel", "amount_trn_yuan"}
    missing = required - set(getattr(frame, "columns", []))
    if missing:
        raise ValueError(f"frame must have columns {sorted(required)}; missing {sorted(missing)}")
    dates = sorted(str(d) for d in frame["date"].unique())
    for name, date in (("date_from", date_from), ("date_to", date_to)):
        if str(date) not in dates:
            raise ValueError(f"{name} must be one of the table's dates {dates}; got {date!r}")
    sums = frame.groupby(["channel", "date"])["amount_trn_yuan"].sum()
    change = {channel: float(sums.get((channel, str(date_to)), 0.0)
                             - sums.get((channel, str(date_from)), 0.0))
              for channel in sorted(frame["channel"].unique())}
    if "total" not in change or change["total"] <= 0:
        raise ValueError("date_to must come after date_from, with a larger total stock "
                         f"(a 'total' row at both dates); got {date_from!r} and {date_to!r}")
    total = change.pop("total")
    out = {"total": total}
    out.update({channel: 100.0 * value / total for channel, value in change.items()})
    return out


#: Old name, kept for one release so that lessons published before the rename still
#: import; removed in the next release.
debt_equity_model = debt_vs_equity_model
