"""Which industries a region's endowment can support (Lin's New Structural Economics).

Industry ``j`` makes its good with capital and labour, Cobb-Douglas with capital share
``alpha_j``. At wage ``w`` and rental rate ``r`` its lowest unit cost is

.. math::

    c_j(w, r) = \\left(\\frac{r}{\\alpha_j}\\right)^{\\alpha_j}
                \\left(\\frac{w}{1-\\alpha_j}\\right)^{1-\\alpha_j},
    \\qquad \\frac{K}{L}\\Big|_j = \\frac{\\alpha_j}{1-\\alpha_j}\\,\\frac{w}{r}.

A region's endowment sets its wage-rental ratio ``omega = w/r``: labour-abundant regions have a
low ``omega``, capital-abundant ones a high ``omega``. With world prices ``p_j``, an industry is
*viable* (Lin 2011) if firms in it can earn a normal profit without help. (The Cobb-Douglas
unit-cost formulation is this package's stylisation of Lin's idea, not an equation from his
papers.) We normalise factor prices so that the region's best industry just breaks even,
``min_j c_j/p_j = 1``; then the subsidy that keeps industry ``j`` afloat, as a share of its
price, is the following, every year for as long as its technology and the prices stay put
(no learning by doing):

.. math::

    s_j(\\omega) = \\frac{c_j(\\omega)/p_j}{\\min_k c_k(\\omega)/p_k} - 1 .

Two industries swap rank where ``c_1/p_1 = c_2/p_2``; in logs this is linear in ``ln omega``,
so the switch point is unique (``ranking_switch_point``).

References
----------
Lin, J. Y. (2011). New Structural Economics: A framework for rethinking development.
*World Bank Research Observer*, 26(2), 193-221.

Lin, J. Y. and Monga, C. (2011). Growth identification and facilitation: the role of the state
in the dynamics of structural change. *Development Policy Review*, 29(3). (The state
identifies industries of latent comparative advantage and facilitates them, rather than
protecting industries that defy it.)
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np

from ..checks import check_array, check_integer, check_number, check_points


def _check_alpha(alpha, name="alpha (capital share)"):
    return check_number(name, alpha, 0.0, 1.0, low_open=True, high_open=True)


# Bounds that keep costs and prices finite: wage-rental ratios, rental rates and prices from
# 1e-12 to 1e12 (relative to a base of 1).
RANGE = (1e-12, 1e12)


def _check_omega(omega):
    if np.ndim(omega) or isinstance(omega, np.ndarray):
        return check_array("omega (wage-rental ratio w/r)", np.atleast_1d(omega), *RANGE)
    return check_number("omega (wage-rental ratio w/r)", omega, *RANGE)


def unit_cost(alpha, omega, rental=1.0):
    """Lowest cost of one unit of output, ``(r/alpha)**alpha * (w/(1-alpha))**(1-alpha)``.

    Parameters
    ----------
    alpha : float
        Capital share, ``0 < alpha < 1``.
    omega : float or array
        Wage-rental ratio ``w/r``, each in [1e-12, 1e12].
    rental : float
        Rental rate of capital ``r`` in [1e-12, 1e12] (wage ``w = omega * r``).
    """
    alpha = _check_alpha(alpha)
    rental = check_number("rental (rental rate of capital)", rental, *RANGE)
    omega = _check_omega(omega)
    return _unit_cost(alpha, omega, rental)


def _unit_cost(alpha, omega, rental=1.0):
    wage = omega * rental
    return (rental / alpha) ** alpha * (wage / (1.0 - alpha)) ** (1.0 - alpha)


def capital_labour_ratio(alpha, omega):
    """Cost-minimising capital per worker, ``alpha/(1-alpha) * omega``."""
    return _check_alpha(alpha) / (1.0 - alpha) * _check_omega(omega)


def _log_cost_constant(alpha):
    # ln c = k(alpha) + (1 - alpha) ln omega  (with r = 1)
    return -alpha * math.log(alpha) - (1.0 - alpha) * math.log(1.0 - alpha)


def ranking_switch_point(alpha_1, price_1, alpha_2, price_2):
    """The wage-rental ratio at which two industries are equally competitive.

    Solves ``c_1(omega)/p_1 = c_2(omega)/p_2`` in logs:
    ``ln omega* = (k_2 - k_1 + ln(p_1/p_2)) / (alpha_2 - alpha_1)`` with
    ``k = -alpha ln alpha - (1-alpha) ln(1-alpha)``.

    Raises
    ------
    ValueError
        If the two capital shares are equal (the ranking then never switches).
    """
    a1 = _check_alpha(alpha_1, "alpha_1 (capital share of industry 1)")
    a2 = _check_alpha(alpha_2, "alpha_2 (capital share of industry 2)")
    p1 = check_number("price_1 (price of industry 1)", price_1, *RANGE)
    p2 = check_number("price_2 (price of industry 2)", price_2, *RANGE)
    if abs(a1 - a2) < 1e-12:
        raise ValueError("alpha_1 and alpha_2 (capital shares) must differ for the ranking to switch")
    log_omega = (_log_cost_constant(a2) - _log_cost_constant(a1) + math.log(p1 / p2)) / (a2 - a1)
    if abs(log_omega) > 700:
        raise ValueError("alpha_1 and alpha_2 must differ more, or price_1 and price_2 less: the "
                         f"switch point would be e^{log_omega:.0f}, beyond any wage-rental ratio")
    return math.exp(log_omega)


def prices_with_switch_points(alphas, switch_points):
    """World prices that make neighbouring industries swap rank at the given ``omega`` values.

    The first industry's price is 1. Used to set up a teaching example in which each industry
    is the region's best at some stage of development.
    """
    alphas = check_array("alphas (capital shares)", alphas, 0.0, 1.0, low_open=True, high_open=True)
    points = check_array("switch_points (wage-rental ratios)", switch_points, *RANGE)
    if len(points) != len(alphas) - 1:
        raise ValueError("switch_points must have one entry fewer than alphas")
    prices = [1.0]
    for i, omega in enumerate(points):
        ratio = float(_unit_cost(alphas[i + 1], omega) / _unit_cost(alphas[i], omega))
        prices.append(prices[-1] * ratio)
    return np.array(prices)


def viability_subsidies(alphas, prices, omega):
    """Subsidy each industry needs, as a share of its price, at wage-rental ratio ``omega``.

    Parameters
    ----------
    alphas, prices : sequence of float
        Capital shares (each in (0, 1)) and world prices (each in [1e-12, 1e12]) of the industries.
    omega : float or array
        Wage-rental ratio(s) of the region, each in [1e-12, 1e12].

    Returns
    -------
    numpy.ndarray
        Shape ``(len(alphas),)`` for a scalar ``omega``, else ``(len(alphas), len(omega))``.
        Zero for the region's best industry; positive for the others.
    """
    alphas, prices = _check_industries(alphas, prices)
    scalar = np.ndim(omega) == 0
    omega = check_array("omega (wage-rental ratio w/r)", np.atleast_1d(omega), *RANGE)
    subsidy = _subsidies(alphas, prices, omega)
    return subsidy[:, 0] if scalar else subsidy


def _check_industries(alphas, prices):
    alphas = check_array("alphas (capital shares)", alphas, 0.0, 1.0, low_open=True, high_open=True)
    prices = check_array("prices (world prices)", prices, *RANGE)
    if len(alphas) != len(prices):
        raise ValueError("alphas and prices must have the same length")
    return alphas, prices


def _subsidies(alphas, prices, omega):
    """Subsidy shares, one row per industry, for a 1-D array ``omega`` (inputs already checked)."""
    relative = _unit_cost(alphas[:, None], omega[None, :]) / prices[:, None]
    return relative / relative.min(axis=0) - 1.0


@dataclass(frozen=True)
class ViabilityCurves:
    """The subsidy each industry needs across a range of endowments (they do not move).

    Attributes
    ----------
    omega : numpy.ndarray
        Wage-rental ratios, evenly spaced on a log scale.
    subsidy_pct : numpy.ndarray
        Shape ``(industries, len(omega))``: subsidy needed, percent of the industry's price.
    """

    omega: np.ndarray
    subsidy_pct: np.ndarray


@dataclass(frozen=True)
class ViabilityOutcome:
    """What forcing one industry costs a region with wage-rental ratio ``omega``.

    Attributes
    ----------
    omega : float
        The region's wage-rental ratio.
    chosen, best : int
        Index of the industry the region is told to build, and of its best (viable) industry.
    subsidy : float
        Subsidy the chosen industry needs, a fraction of its price (0 if it is viable).
    planned_sales : float
        Planned yearly sales of the chosen industry (money units).
    bill : float
        Yearly subsidy bill, ``subsidy * planned_sales`` (money units).
    """

    omega: float
    chosen: int
    best: int
    subsidy: float
    planned_sales: float
    bill: float

    @property
    def subsidy_pct(self):
        """The subsidy in percent of the price."""
        return 100.0 * self.subsidy


@functools.lru_cache(maxsize=16)
def _curves(alphas, prices, low, high, points):
    omega = np.geomspace(low, high, points)
    pct = 100.0 * _subsidies(np.array(alphas), np.array(prices), omega)
    omega.flags.writeable = False
    pct.flags.writeable = False
    return ViabilityCurves(omega=omega, subsidy_pct=pct)


def viability_curves(alphas, prices, low=0.2, high=5.0, points=120):
    """Subsidy curves of every industry for wage-rental ratios from ``low`` to ``high``.

    Computed once per set of inputs (cached): the curves do not depend on the region.

    Returns
    -------
    ViabilityCurves
    """
    alphas, prices = _check_industries(alphas, prices)
    low = check_number("low (lowest wage-rental ratio)", low, *RANGE)
    high = check_number("high (highest wage-rental ratio, above low)", high, low, RANGE[1], low_open=True)
    points = check_points(points)
    return _curves(tuple(alphas.tolist()), tuple(prices.tolist()), low, high, points)


def viability_model(alphas, prices, omega, chosen, planned_sales):
    """The subsidy and the yearly bill of forcing industry ``chosen`` at wage-rental ratio ``omega``.

    Parameters
    ----------
    alphas, prices : sequence of float
        Capital shares (each in (0, 1)) and world prices (each in [1e-12, 1e12]).
    omega : float
        The region's wage-rental ratio, in [1e-12, 1e12].
    chosen : int
        Index of the industry the region is told to build.
    planned_sales : float
        Planned sales of that industry per year, money units in [0, 1e12].

    Returns
    -------
    ViabilityOutcome

    Examples
    --------
    >>> prices = prices_with_switch_points([0.3, 0.5, 0.8], [0.8, 2.5])
    >>> out = viability_model([0.3, 0.5, 0.8], prices, 0.5, chosen=2, planned_sales=100)
    >>> out.best, round(out.subsidy, 4), round(out.bill, 2)
    (0, 0.7804, 78.04)
    """
    alphas, prices = _check_industries(alphas, prices)
    omega = check_number("omega (wage-rental ratio w/r)", omega, *RANGE)
    chosen = check_integer("chosen (index of the industry)", chosen, 0, len(alphas) - 1)
    sales = check_number("planned_sales (sales per year)", planned_sales, 0, RANGE[1])
    here = _subsidies(alphas, prices, np.array([omega]))[:, 0]
    subsidy = float(here[chosen])
    return ViabilityOutcome(omega=omega, chosen=chosen, best=int(np.argmin(here)),
                            subsidy=subsidy, planned_sales=sales, bill=subsidy * sales)
