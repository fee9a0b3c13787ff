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

import math

import numpy as np

from ..checks import check_array, check_number


def learning_exponent(learning_rate):
    """Wright exponent ``b = -log2(1 - LR)`` for a learning rate ``LR`` in [0, 0.9].

    Examples
    --------
    >>> round(learning_exponent(0.18), 4)
    0.2863
    """
    lr = check_number("learning_rate (cost fall per doubling, a fraction)", learning_rate, 0, 0.9)
    return -math.log2(1.0 - lr)


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
    cost = c0 * np.exp(-b * (np.log(x) - np.log(x0)))  # in logs: no overflow in x / x0
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
    g = check_number("cumulative_growth (growth of cumulative output, a fraction a year)",
                     cumulative_growth, 0, 3)
    t0 = t[0] if start_year is None else check_number("start_year", start_year, 1900, 2200)
    b = learning_exponent(learning_rate)
    return c0 * (1.0 + g) ** (-b * (t - t0))


def annual_cost_decline(learning_rate, cumulative_growth):
    """Yearly fractional cost fall ``1 - (1 + g)**(-b)`` implied by Wright's law."""
    b = learning_exponent(learning_rate)
    g = check_number("cumulative_growth (growth of cumulative output, a fraction a year)",
                     cumulative_growth, 0, 3)
    return 1.0 - (1.0 + g) ** (-b)


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
