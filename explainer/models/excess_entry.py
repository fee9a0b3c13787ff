"""Excess entry in a Cournot market (Mankiw & Whinston 1986).

Demand is linear, ``P = a - b Q``; every firm has marginal cost ``c`` and pays a fixed entry
cost ``F``. With ``n`` symmetric Cournot firms and ``A = (a - c)**2 / b``:

.. math::

    q(n) = \\frac{a-c}{b(n+1)}, \\qquad \\pi(n) = \\frac{A}{(n+1)^2} - F, \\qquad
    W(n) = A\\,\\frac{n(n+2)}{2(n+1)^2} - nF .

Free entry stops where profit is zero, ``n_e = sqrt(A/F) - 1``; welfare is highest at
``n* = (A/F)**(1/3) - 1``. Because ``n* + 1 = (n_e + 1)**(2/3)``, free entry brings in too many
firms whenever ``A/F > 1``: each entrant takes sales from the others (business stealing) and
duplicates the fixed cost.

An entry subsidy ``s`` (a local government's incentive) lowers the private entry cost to
``F - s`` but not the real resources a plant uses, so welfare is always counted with ``F``.

References
----------
Mankiw, N. G. and Whinston, M. D. (1986). Free entry and social inefficiency.
*RAND Journal of Economics*, 17(1), 48-58.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..checks import InputTypeError, check_array, check_number, check_points

# Upper bounds keep every formula finite: a market with a <= 1e6, 1e-6 <= b <= 1e6 and
# 1e-6 <= F <= 1e9 has A/F <= 1e24, far beyond any classroom example.
A_MAX = 1e6
B_RANGE = (1e-6, 1e6)
F_RANGE = (1e-6, 1e9)
N_MAX = 1e13


def _check_market(a, b, c):
    a = check_number("a (demand intercept)", a, 0, A_MAX, low_open=True)
    b = check_number("b (demand slope)", b, *B_RANGE)
    c = check_number("c (marginal cost)", c, 0, a, high_open=True)
    return a, b, c


def _check_entry_cost(F):
    return check_number("F (entry cost)", F, *F_RANGE)


def _check_subsidy(subsidy, F):
    # the private entry cost F - subsidy must stay a valid entry cost
    return check_number("subsidy (entry subsidy per firm, below F)", subsidy, 0, F - F_RANGE[0])


def _check_firms(n):
    if np.ndim(n) == 0 and not isinstance(n, np.ndarray):
        return check_number("n (number of firms)", n, 0, N_MAX)
    return check_array("n (number of firms)", n, 0, N_MAX, ndim=np.ndim(n))


def _check_flag(integer):
    if not isinstance(integer, (bool, np.bool_)):
        raise InputTypeError(f"integer must be True or False; got {integer!r}")
    return bool(integer)


# -- private helpers: inputs already validated; A = (a - c)**2 / b ---------------------------

def _market_size(a, b, c):
    return (a - c) ** 2 / b


def _firm_output(n, a, b, c):
    return (a - c) / (b * (n + 1))


def _profit(n, A, F):
    return A / (n + 1) ** 2 - F


def _welfare(n, A, F):
    return A * n * (n + 2) / (2 * (n + 1) ** 2) - n * F


def _free_entry(A, F, integer):
    n = max(0.0, math.sqrt(A / F) - 1.0)
    return math.floor(n + 1e-12) if integer else n


def _optimal(A, F, integer):
    n = max(0.0, (A / F) ** (1.0 / 3.0) - 1.0)
    if not integer:
        return n
    low, high = math.floor(n), math.ceil(n)
    return high if _welfare(high, A, F) > _welfare(low, A, F) else low


# -- public functions: validate once, then use the helpers ---------------------------------

def market_size(a, b, c):
    """Return ``A = (a - c)**2 / b``, the scale of the market's surplus."""
    return _market_size(*_check_market(a, b, c))


def firm_output(n, a, b, c):
    """Cournot output of each of ``n`` firms, ``q = (a - c) / (b (n + 1))``."""
    a, b, c = _check_market(a, b, c)
    return _firm_output(_check_firms(n), a, b, c)


def total_output(n, a, b, c):
    """Total Cournot output ``Q = n (a - c) / (b (n + 1))``."""
    a, b, c = _check_market(a, b, c)
    n = _check_firms(n)
    return n * _firm_output(n, a, b, c)


def profit_per_firm(n, a, b, c, F):
    """Profit of each firm after its entry cost, ``pi(n) = A/(n+1)**2 - F``."""
    F = _check_entry_cost(F)
    n = _check_firms(n)
    return _profit(n, market_size(a, b, c), F)


def welfare(n, a, b, c, F):
    """Total surplus with ``n`` firms, ``W(n) = A n (n+2) / (2 (n+1)**2) - n F``.

    Consumer surplus plus profits, net of the real entry cost ``F`` of every firm.
    """
    F = _check_entry_cost(F)
    n = _check_firms(n)
    return _welfare(n, market_size(a, b, c), F)


def welfare_slope(n, a, b, c, F):
    """Derivative of welfare in the number of firms, ``dW/dn = A/(n+1)**3 - F``."""
    F = _check_entry_cost(F)
    n = _check_firms(n)
    return market_size(a, b, c) / (n + 1) ** 3 - F


def free_entry_firm_count(a, b, c, F, *, integer=False):
    """Number of firms under free entry.

    Continuous: ``n_e = max(0, sqrt(A/F) - 1)``. Integer: the largest whole ``n`` with
    ``pi(n) >= 0``, i.e. ``floor(n_e)``.
    """
    F = _check_entry_cost(F)
    integer = _check_flag(integer)
    return _free_entry(market_size(a, b, c), F, integer)


def optimal_firm_count(a, b, c, F, *, integer=False):
    """Number of firms that maximises welfare.

    Continuous: ``n* = max(0, (A/F)**(1/3) - 1)``. Integer: the better of ``floor(n*)`` and
    ``ceil(n*)`` (welfare is concave in ``n``).
    """
    F = _check_entry_cost(F)
    integer = _check_flag(integer)
    return _optimal(market_size(a, b, c), F, integer)


@dataclass(frozen=True)
class ExcessEntryOutcome:
    """Free entry next to the social optimum, with an entry subsidy.

    Attributes
    ----------
    firms_free_entry, firms_optimal : int
        Whole numbers of firms under free entry (with the subsidy) and at the optimum.
    welfare_free_entry, welfare_optimal : float
        Total surplus at those numbers of firms, counted with the real entry cost ``F``.
    welfare_lost : float
        ``welfare_optimal - welfare_free_entry``.
    welfare_lost_share : float
        ``welfare_lost`` as a share of ``welfare_optimal`` (0 when the optimum is 0).
    profit_per_firm : float
        Profit of each entrant including the subsidy it receives.
    utilisation : float
        ``q(n_e) / q(n*)``: each firm's output under free entry as a share of a firm's output at
        the social optimum (capped at 1). It reads as the share of capacity in use only if every
        plant were built for the optimum's output; it is a model construct, not comparable with
        measured capacity utilisation (such as the NBS survey rate).
    subsidy_bill : float
        Public money spent on entry subsidies, ``n_e * subsidy``.
    """

    firms_free_entry: int
    firms_optimal: int
    welfare_free_entry: float
    welfare_optimal: float
    welfare_lost: float
    welfare_lost_share: float
    profit_per_firm: float
    utilisation: float
    subsidy_bill: float


def excess_entry_outcome(a, b, c, F, subsidy=0.0):
    """Compare free entry (with an entry subsidy) with the welfare-maximising number of firms.

    Parameters
    ----------
    a, b : float
        Demand ``P = a - b Q``; ``0 < a <= 1e6``, ``1e-6 <= b <= 1e6`` (bounds that keep every
        formula finite).
    c : float
        Marginal cost, ``0 <= c < a``.
    F : float
        Real resource cost of entering (building a plant), ``1e-6 <= F <= 1e9``.
    subsidy : float
        Entry subsidy per firm, ``0 <= subsidy <= F - 1e-6``; it lowers the private entry cost
        only.

    Returns
    -------
    ExcessEntryOutcome
    """
    a, b, c = _check_market(a, b, c)
    F = _check_entry_cost(F)
    subsidy = _check_subsidy(subsidy, F)
    return _outcome(a, b, c, F, subsidy)


def _outcome(a, b, c, F, subsidy):
    A = _market_size(a, b, c)
    n_e = _free_entry(A, F - subsidy, True)
    n_opt = _optimal(A, F, True)
    w_e = float(_welfare(n_e, A, F))
    w_opt = float(_welfare(n_opt, A, F))
    lost = w_opt - w_e
    share = lost / w_opt if w_opt > 0 else 0.0
    profit = float(_profit(n_e, A, F - subsidy)) if n_e > 0 else 0.0
    if n_e == 0 or n_opt == 0:
        utilisation = 1.0
    else:
        utilisation = float(_firm_output(n_e, a, b, c) / _firm_output(n_opt, a, b, c))
    return ExcessEntryOutcome(
        firms_free_entry=n_e,
        firms_optimal=n_opt,
        welfare_free_entry=w_e,
        welfare_optimal=w_opt,
        welfare_lost=lost,
        welfare_lost_share=share,
        profit_per_firm=profit,
        utilisation=min(utilisation, 1.0),
        subsidy_bill=n_e * subsidy,
    )


def excess_entry_curves(a, b, c, F, subsidy=0.0, n_max=None, points=121):
    """Profit per firm and welfare on a grid of firm counts, for plotting.

    Parameters as in :func:`excess_entry_outcome`; ``n_max`` (``0 < n_max <= 1e13``) is the
    largest firm count on the grid (default: a quarter beyond free entry, rounded up to 1, 2 or 5 times a power of ten, so that the grid changes in steps) and ``points``
    (a whole number from 2 to 10,000) the number of grid points.

    Returns
    -------
    dict
        ``n`` (grid from 0 to ``n_max``), ``profit`` (after the subsidy), ``profit_unsubsidised``
        and ``welfare`` (counted with the real entry cost ``F``).
    """
    a, b, c = _check_market(a, b, c)
    F = _check_entry_cost(F)
    subsidy = _check_subsidy(subsidy, F)
    if n_max is not None:
        n_max = check_number("n_max (largest firm count plotted)", n_max, 0, N_MAX, low_open=True)
    return _curves(a, b, c, F, subsidy, n_max, check_points(points))


def _round_up(value):
    """The smallest round number (1, 2 or 5 times a power of ten) at least ``value`` (> 0):
    the default grid, and so a plot's axis, then changes in steps rather than on every move."""
    power = 10.0 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value * (1 - 1e-12))


def _curves(a, b, c, F, subsidy, n_max=None, points=121):
    A = _market_size(a, b, c)
    if n_max is None:
        n_max = _round_up(max(4.0, 1.25 * _free_entry(A, F - subsidy, False) + 1.0))
    n = np.linspace(0.0, n_max, points)
    return {
        "n": n,
        "profit": _profit(n, A, F - subsidy),
        "profit_unsubsidised": _profit(n, A, F),
        "welfare": _welfare(n, A, F),
    }


def excess_entry_model(a, b, c, F, subsidy=0.0):
    """The explorer's one call: ``(excess_entry_curves(...), excess_entry_outcome(...))``.

    Parameters as in :func:`excess_entry_outcome`; the inputs are validated once.

    Examples
    --------
    >>> curves, outcome = excess_entry_model(a=10, b=1, c=2, F=0.5)
    >>> outcome.firms_free_entry, outcome.firms_optimal
    (10, 4)
    >>> len(curves["n"])
    121
    """
    a, b, c = _check_market(a, b, c)
    F = _check_entry_cost(F)
    subsidy = _check_subsidy(subsidy, F)
    return _curves(a, b, c, F, subsidy), _outcome(a, b, c, F, subsidy)
