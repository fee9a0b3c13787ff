"""Learning by doing: Wright's law of falling unit cost with cumulative output (Wright 1936).

Unit cost falls by a constant fraction, the *learning rate* ``LR``, each time cumulative output
doubles:

.. math::

    C(X) = C_0 \\left(\\frac{X}{X_0}\\right)^{-b}, \\qquad
    LR = 1 - 2^{-b}, \\qquad b = -\\log_2 (1 - LR) .

If cumulative output grows at a steady rate ``g`` a year, ``X_t = X_0 (1+g)^t``, cost falls
at a steady rate too, ``C_t = C_0 (1+g)^{-b t}`` (Nagy et al. 2013 show that this is why
Wright's law and Moore's law fit technology data about equally well).

References
----------
Wright, T. P. (1936). Factors affecting the cost of airplanes. *Journal of the Aeronautical
Sciences*, 3(4), 122-128.

Nagy, B., Farmer, J. D., Bui, Q. M. and Trancik, J. E. (2013). Statistical basis for
predicting technological progress. *PLoS ONE*, 8(2), e52669.

Ziegler, M. S. and Trancik, J. E. (2021). Re-examining rates of lithium-ion battery technology
improvement and cost decline. *Energy & Environmental Science*, 14, 1635-1651.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np

from ..checks import check_array, check_integer, check_number


def learning_exponent(learning_rate):
    """Wright exponent ``b = -log2(1 - LR)`` for a learning rate ``LR`` in [0, 0.9].

    Examples
    --------
    >>> round(learning_exponent(0.18), 4)
    0.2863
    """
    return _exponent(_check_rate(learning_rate))


def _check_rate(learning_rate):
    return check_number("learning_rate (cost fall per doubling, a fraction)", learning_rate, 0, 0.9)


def _check_growth(cumulative_growth):
    return check_number("cumulative_growth (growth of cumulative output, a fraction a year)",
                        cumulative_growth, 0, 3)


def _exponent(lr):
    return -math.log2(1.0 - lr)


def _wright(x, c0, x0, b):
    return c0 * np.exp(-b * (np.log(x) - np.log(x0)))  # in logs: no overflow in x / x0


def _path(t, c0, g, b, t0):
    return c0 * (1.0 + g) ** (-b * (t - t0))


def _decline(b, g):
    return 1.0 - (1.0 + g) ** (-b)


def learning_rate_from_exponent(exponent):
    """Learning rate ``LR = 1 - 2**(-b)`` for a Wright exponent ``b`` in [0, 5]."""
    b = check_number("exponent (Wright exponent b)", exponent, 0, 5)
    return 1.0 - 2.0 ** (-b)


def wright_cost(cumulative_output, initial_cost, initial_output, learning_rate):
    """Unit cost ``C(X) = C0 (X / X0)**(-b)`` at cumulative output ``X``.

    Parameters
    ----------
    cumulative_output : float or array_like
        ``X``, cumulative output (any units, > 0).
    initial_cost : float
        ``C0``, unit cost at ``X0`` (> 0).
    initial_output : float
        ``X0``, the reference cumulative output (> 0), in the units of ``X``.
    learning_rate : float
        Cost fall per doubling of cumulative output, a fraction in [0, 0.9].
    """
    x = check_array("cumulative_output", np.atleast_1d(cumulative_output), 0, None, low_open=True)
    c0 = check_number("initial_cost", initial_cost, 0, None, low_open=True)
    x0 = check_number("initial_output", initial_output, 0, None, low_open=True)
    b = learning_exponent(learning_rate)
    cost = _wright(x, c0, x0, b)
    return cost if np.ndim(cumulative_output) else float(cost[0])


def cost_path(years, initial_cost, learning_rate, cumulative_growth, start_year=None):
    """Unit cost over time when cumulative output grows ``cumulative_growth`` a year.

    ``C_t = C0 (1 + g)**(-b (t - t0))``.

    Parameters
    ----------
    years : array_like
        Calendar years.
    initial_cost : float
        Cost in ``start_year`` (> 0).
    learning_rate : float
        Fraction in [0, 0.9].
    cumulative_growth : float
        ``g``, growth of cumulative output, a fraction a year in [0, 3].
    start_year : float, optional
        Defaults to the first year.
    """
    t = check_array("years", years, 1900, 2200)
    c0 = check_number("initial_cost", initial_cost, 0, None, low_open=True)
    g = _check_growth(cumulative_growth)
    t0 = t[0] if start_year is None else check_number("start_year", start_year, 1900, 2200)
    b = learning_exponent(learning_rate)
    return _path(t, c0, g, b, t0)


def annual_cost_decline(learning_rate, cumulative_growth):
    """Yearly fractional cost fall ``1 - (1 + g)**(-b)`` implied by Wright's law."""
    b = learning_exponent(learning_rate)
    g = _check_growth(cumulative_growth)
    return _decline(b, g)


def fit_annual_decline(years, costs):
    """Least-squares fit of ``ln C = a - k t``; return the yearly fractional decline ``1 - e^{-k}``.

    Parameters
    ----------
    years : array_like
        At least two distinct years.
    costs : array_like
        Positive costs in one price basis (do not mix real-dollar bases).
    """
    t = check_array("years", years, 1900, 2200)
    c = check_array("costs", costs, 0, None, low_open=True)
    if t.shape != c.shape or t.size < 2 or np.ptp(t) == 0:
        raise ValueError("years and costs must have the same length, at least 2 distinct years")
    slope = np.polyfit(t, np.log(c), 1)[0]
    return float(1.0 - math.exp(slope))


def implied_cumulative_growth(learning_rate, annual_decline):
    """Growth of cumulative output ``g`` that makes Wright's law give a yearly cost fall.

    Solves ``1 - (1+g)**(-b) = annual_decline`` for ``g``: ``g = (1 - d)**(-1/b) - 1``.
    ``learning_rate`` must be in (0, 0.9] and ``annual_decline`` in [0, 0.99].
    """
    lr = check_number("learning_rate (cost fall per doubling, a fraction)", learning_rate, 0, 0.9,
                      low_open=True)
    d = check_number("annual_decline (a fraction)", annual_decline, 0, 0.99)
    b = -math.log2(1.0 - lr)
    log_growth = -math.log1p(-d) / b if b > 0 else math.inf
    if log_growth > 700:
        raise ValueError("learning_rate must be larger, or annual_decline smaller: with "
                         f"learning_rate={learning_rate!r} a yearly fall of {d:g} needs cumulative "
                         "output to grow beyond any finite rate")
    return math.expm1(log_growth)


def fit_learning_rate(cumulative_output, costs):
    """Least-squares fit of Wright's law in logs, ``ln C = a - b ln X``; return ``1 - 2**(-b)``.

    Parameters
    ----------
    cumulative_output : array_like
        Cumulative output ``X`` (> 0, any units), at least two distinct values.
    costs : array_like
        Unit costs or prices (> 0), in one price basis, one per value of ``X``.

    Returns
    -------
    float
        The learning rate, a fraction. It is negative when cost rose with cumulative output
        over the data: the fit reports what the data say, it does not impose Wright's law.

    Examples
    --------
    >>> round(fit_learning_rate([1, 2, 4, 8], [100, 80, 64, 51.2]), 4)
    0.2
    """
    x = check_array("cumulative_output", cumulative_output, 0, None, low_open=True)
    c = check_array("costs", costs, 0, None, low_open=True)
    if x.shape != c.shape or x.size < 2 or np.ptp(np.log(x)) == 0:
        raise ValueError("cumulative_output and costs must have the same length, with at least 2 "
                         "distinct values of cumulative_output")
    slope = float(np.polyfit(np.log(x), np.log(c), 1)[0])
    if slope * math.log(2.0) > 700:
        raise ValueError("costs must not rise so steeply with cumulative_output: the fitted cost "
                         f"multiplies by 2**{slope:.3g} per doubling, beyond any finite learning rate")
    return -math.expm1(slope * math.log(2.0))


def cumulative_output_needed(cost_ratio, learning_rate):
    """Factor by which cumulative output must grow for Wright's law to cut cost to ``cost_ratio``.

    Inverting ``C / C0 = (X / X0)**(-b)`` gives ``X / X0 = (C / C0)**(-1/b)``: the number of
    doublings is ``log2(C0 / C) / b``.

    Parameters
    ----------
    cost_ratio : float
        Target cost as a fraction of today's, ``C / C0``, in (0, 1].
    learning_rate : float
        Cost fall per doubling of cumulative output, a fraction in (0, 0.9].

    Returns
    -------
    float
        ``X / X0``, at least 1.

    Raises
    ------
    ValueError
        If an argument is out of range, or if the factor is too large to represent (a tiny
        learning rate with a deep cut).

    Examples
    --------
    >>> cumulative_output_needed(0.25, 0.5)  # two halvings need two doublings
    4.0
    >>> round(cumulative_output_needed(80 / 115, 0.14), 2)
    5.3
    """
    ratio = check_number("cost_ratio (target cost over today's, C / C0)", cost_ratio, 0, 1,
                         low_open=True)
    lr = check_number("learning_rate (cost fall per doubling, a fraction)", learning_rate, 0, 0.9,
                      low_open=True)
    log_factor = -math.log(ratio) / (-math.log1p(-lr) / math.log(2.0))
    if log_factor > 700:
        raise ValueError("learning_rate must be larger, or cost_ratio closer to 1: with "
                         f"learning_rate={learning_rate!r} a cut to {ratio:g} of today's cost needs "
                         "cumulative output to grow beyond any finite factor")
    return math.exp(log_factor)


#: The learning rate of the dashed reference curve: BNEF's estimate for battery packs, 18%.
REFERENCE_RATE = 0.18


@dataclass(frozen=True)
class LearningCurves:
    """What the learning-curve figure draws, from :func:`learning_curve_model`.

    Attributes
    ----------
    multiples : numpy.ndarray
        Cumulative output as a multiple of the start, 1 to ``2**doublings`` (4 points a doubling).
    cost, reference_cost : numpy.ndarray
        Unit cost (start = 100) at the chosen learning rate and at :data:`REFERENCE_RATE`.
    doublings, doubling_cost : numpy.ndarray
        The multiples 1, 2, 4, ... and the chosen cost at each of them.
    years, price_path : numpy.ndarray
        Calendar years and the price the model gives for each (in the units of the start price).
    """

    multiples: np.ndarray
    cost: np.ndarray
    reference_cost: np.ndarray
    doublings: np.ndarray
    doubling_cost: np.ndarray
    years: np.ndarray
    price_path: np.ndarray


@dataclass(frozen=True)
class LearningOutcome:
    """The headline numbers of :func:`learning_curve_model`.

    Attributes
    ----------
    learning_rate, cumulative_growth : float
        The inputs, as fractions.
    annual_decline : float
        Yearly fractional price fall, ``1 - (1 + g)**(-b)``.
    final_year, final_price : float
        The last year of the path and the model's price in it.
    """

    learning_rate: float
    cumulative_growth: float
    annual_decline: float
    final_year: float
    final_price: float


@functools.lru_cache(maxsize=8)
def _grid(doublings):
    multiples = np.logspace(0, doublings, 4 * doublings + 1, base=2.0)
    steps = 2.0 ** np.arange(doublings + 1)
    reference = 100.0 * multiples ** -_exponent(REFERENCE_RATE)
    for array in (multiples, steps, reference):
        array.flags.writeable = False
    return multiples, steps, reference


def learning_curve_model(learning_rate, cumulative_growth, initial_price, start_year=2010,
                         end_year=2024, doublings=10):
    """Wright's law on a grid of cumulative output and as a price path by year.

    Parameters
    ----------
    learning_rate : float
        Cost fall per doubling of cumulative output, a fraction in [0, 0.9].
    cumulative_growth : float
        Growth of cumulative output, a fraction a year in [0, 3].
    initial_price : float
        Price in ``start_year`` (> 0, at most 1e9).
    start_year, end_year : int
        First and last year of the path, 1900 <= start_year < end_year <= 2200.
    doublings : int
        How many doublings of cumulative output the cost curve covers, 1 to 40. The grid and
        the reference curve at :data:`REFERENCE_RATE` are computed once per value.

    Returns
    -------
    (LearningCurves, LearningOutcome)

    Examples
    --------
    >>> curves, outcome = learning_curve_model(0.18, 0.8, 1160.0)
    >>> round(outcome.annual_decline, 4), round(outcome.final_price, 1)
    (0.1549, 110.0)
    """
    lr = _check_rate(learning_rate)
    g = _check_growth(cumulative_growth)
    c0 = check_number("initial_price (price in start_year)", initial_price, 0, 1e9, low_open=True)
    start = check_integer("start_year", start_year, 1900, 2199)
    end = check_integer("end_year (after start_year)", end_year, start + 1, 2200)
    doublings = check_integer("doublings (of cumulative output)", doublings, 1, 40)
    b = _exponent(lr)
    multiples, steps, reference = _grid(doublings)
    years = np.arange(start, end + 1, dtype=float)
    path = _path(years, c0, g, b, years[0])
    curves = LearningCurves(multiples=multiples, cost=100.0 * multiples ** -b,
                            reference_cost=reference, doublings=steps,
                            doubling_cost=100.0 * steps ** -b, years=years, price_path=path)
    outcome = LearningOutcome(learning_rate=lr, cumulative_growth=g, annual_decline=_decline(b, g),
                              final_year=float(years[-1]), final_price=float(path[-1]))
    return curves, outcome
