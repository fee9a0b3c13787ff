"""Obsolescence of vintage capital: why a wrong or late plant costs more when technology moves fast.

In vintage-capital models (Solow 1960; Salter 1960) each new plant embodies the best technique
of its date; once built, its technique and its unit operating cost are fixed. Best practice
keeps improving, competition passes the gains on in lower prices, and an old plant is scrapped
when the price no longer covers its operating cost: it becomes *economically* obsolete, whatever
its physical state.

The closed forms below are this package's own stylisation of that set-up (labelled as such in
the lesson), not formulas quoted from Solow or Salter.

* Best-practice unit operating cost falls at rate ``g`` (the pace of technological iteration),
  and so does the price: ``p(t) = p0 exp(-g t)``. Units: the best-practice operating cost today
  is 1, so ``p0`` is the price-cost *margin* ``m = p0 / c0``.
* A plant built today that installs a technique ``delay`` years behind the frontier (``D``)
  has a fixed unit operating cost ``exp(g D)``: at age ``t`` it earns the quasi-rent
  ``m exp(-g t) - exp(g D)`` per unit of capacity, so its economic life is

  .. math::  T_D = \\frac{\\ln m}{g} - D ,

  exactly ``D`` years shorter than a best-practice plant's ``T = ln(m)/g``; if ``D >= T`` it
  never covers its operating cost.
* Discounted at rate ``r``, one unit of capacity is worth

  .. math::  G_D = m\\,\\frac{1 - e^{-(r+g) T_D}}{r+g} - e^{gD}\\,\\frac{1 - e^{-r T_D}}{r} .

* Free entry of best-practice plants (Salter's competitive price) sets the margin so that a new
  best-practice plant just earns its investment ``I`` back: ``G_0(m) = I``, where ``I`` is the
  investment per unit of annual capacity, measured in the best-practice operating cost of one
  unit (the capital intensity). ``G_0`` rises with ``m`` from ``G_0(1) = 0``, so ``m`` is unique.
* A plant ``D`` years behind costs as much to build but is worth only ``G_D``: the investment
  lost is ``I - G_D``. At ``g = 0`` nothing is lost (every technique is the same); the loss rises
  with the pace ``g``, with the delay ``D`` and with the capital intensity ``I``.

Gylfason & Zoega (2001) show the related result that faster technical progress shortens the
optimal durability of capital.

References
----------
Solow, R. M. (1960). Investment and technical progress. In K. J. Arrow, S. Karlin and P. Suppes
(eds.), *Mathematical Methods in the Social Sciences, 1959*, 89-104. Stanford University Press.

Salter, W. E. G. (1960). *Productivity and Technical Change*. Cambridge University Press.

Gylfason, T. and Zoega, G. (2001). Obsolescence. CEPR Discussion Paper 2833.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..checks import check_array, check_number, check_points

#: Valid ranges: the pace of iteration g, the delay D (years), the investment I and the
#: discount rate r.
PACE_RANGE = (0.001, 1.0)
DELAY_RANGE = (0.0, 50.0)
INVESTMENT_RANGE = (0.01, 100.0)
RATE_RANGE = (0.001, 0.5)


def _check_pace(g, name="g (pace of iteration, a fraction a year)"):
    if np.ndim(g):
        return check_array(name, g, *PACE_RANGE)
    return check_number(name, g, *PACE_RANGE)


def _check_delay(delay):
    return check_number("delay (years behind the frontier)", delay, *DELAY_RANGE)


def _check_investment(investment):
    return check_number("investment (cost of one unit of annual capacity)", investment,
                        *INVESTMENT_RANGE)


def _check_rate(r):
    return check_number("r (discount rate, a fraction a year)", r, *RATE_RANGE)


def _check_margin(margin):
    return check_number("margin (price over best-practice operating cost)", margin, 1.0, 1e6)


def _life(margin, g, delay):
    return np.maximum(np.log(margin) / g - delay, 0.0)


def economic_life(margin, g, delay=0.0):
    """Years until a plant ``delay`` years behind the frontier stops covering its operating cost.

    ``T_D = ln(margin) / g - delay`` (zero if negative), where ``margin = p0 / c0`` is today's
    price over today's best-practice unit operating cost.

    Examples
    --------
    >>> round(economic_life(1 / 0.6, 0.2), 4), round(economic_life(1 / 0.6, 0.2, delay=1), 4)
    (2.5541, 1.5541)
    """
    margin = _check_margin(margin)
    g = _check_pace(g)
    delay = _check_delay(delay)
    return float(_life(margin, g, delay))


def _value(margin, g, r, delay):
    """``G_D``: present value of one unit of capacity's quasi-rents (arrays welcome)."""
    life = _life(margin, g, delay)
    price_part = margin * -np.expm1(-(r + g) * life) / (r + g)
    cost_part = np.exp(g * delay) * -np.expm1(-r * life) / r
    return price_part - cost_part


def plant_value(margin, g, r=0.05, delay=0.0):
    """Present value of one unit of capacity's quasi-rents over its economic life, ``G_D``.

    In units of today's best-practice operating cost of one unit of output.

    Examples
    --------
    >>> round(0.6 * plant_value(1 / 0.6, 0.2), 6)  # p0 = 1, c0 = 0.6, in units of money
    0.449073
    """
    margin = _check_margin(margin)
    g = _check_pace(g)
    r = _check_rate(r)
    delay = _check_delay(delay)
    return float(_value(margin, g, r, delay))


def _frontier_margin(investment, g, r):
    """Solve ``G_0(m) = I`` for ``m`` by bisection on ``ln m`` (``g`` may be an array)."""
    g = np.asarray(g, dtype=float)
    # G_0(m) > m / (r + g) - 1 / r, so G_0 exceeds I at this margin.
    low = np.zeros_like(g)
    high = np.log((r + g) * (investment + 1.0 / r) + 1.0)
    for _ in range(80):
        mid = 0.5 * (low + high)
        short = _value(np.exp(mid), g, r, 0.0) < investment
        low = np.where(short, mid, low)
        high = np.where(short, high, mid)
    return np.exp(0.5 * (low + high))


def frontier_margin(investment, g, r=0.05):
    """The price margin at which a new best-practice plant just earns its investment back.

    Solves ``G_0(m) = investment`` (Salter's competitive price). As ``g -> 0`` it tends to
    ``1 + r I``: the price covers the operating cost and the interest on the investment.

    Examples
    --------
    >>> round(frontier_margin(3.0, 0.1), 4)
    2.0548
    """
    investment = _check_investment(investment)
    g = _check_pace(g)
    r = _check_rate(r)
    return float(_frontier_margin(investment, g, r))


def _investment_lost(investment, g, r, delay):
    margin = _frontier_margin(investment, g, r)
    return _lost(investment, _value(margin, g, r, delay))


def _lost(investment, value):
    """``I - G_D``, which is never negative (``G_D <= G_0 = I``): the bisection's last digits
    are not shown as a negative loss."""
    return np.maximum(0.0, investment - value)


def investment_lost(g, delay, investment, r=0.05):
    """Investment a plant ``delay`` years behind the frontier never earns back, ``I - G_D``.

    ``g`` may be a number or an array of paces.

    Examples
    --------
    >>> investment_lost([0.02, 0.1, 0.3], 1.0, 3.0).round(3).tolist()
    [0.241, 0.598, 1.039]
    """
    g = _check_pace(g)
    delay = _check_delay(delay)
    investment = _check_investment(investment)
    r = _check_rate(r)
    lost = _investment_lost(investment, g, r, delay)
    return lost if np.ndim(g) else float(lost)


@dataclass(frozen=True)
class ObsolescenceOutcome:
    """What :func:`obsolescence_model` returns.

    Attributes
    ----------
    g, delay, investment, r : float
        The inputs: pace of iteration, years behind the frontier, investment per unit of
        annual capacity, discount rate.
    margin : float
        Today's price over best-practice operating cost, from free entry of best-practice plants.
    life, late_life : float
        Economic lives (years) of a best-practice plant and of the late plant; ``late_life`` is
        ``life - delay``, or 0.
    late_value : float
        Present value of the late plant's quasi-rents.
    lost, lost_share : float
        Investment the late plant never earns back, ``investment - late_value``, and its share
        of the investment.
    ages, price, frontier_cost, late_cost : numpy.ndarray
        For the figure: ages 0 to ``age_max`` years, the price path and the two plants' fixed
        operating costs.
    paces, lost_by_pace, life_lost_by_pace : numpy.ndarray
        For the figure: a grid of paces ``g``, and at each the investment lost and the share of
        a best-practice plant's economic life that the delay takes away (``min(1, D / T)``),
        for the same delay and investment.
    """

    g: float
    delay: float
    investment: float
    r: float
    margin: float
    life: float
    late_life: float
    late_value: float
    lost: float
    lost_share: float
    ages: np.ndarray
    price: np.ndarray
    frontier_cost: float
    late_cost: float
    paces: np.ndarray
    lost_by_pace: np.ndarray
    life_lost_by_pace: np.ndarray


def obsolescence_model(g, delay, investment, r=0.05, g_max=0.5, age_max=30.0, points=101):
    """A best-practice plant and one ``delay`` years behind, at pace ``g``; and the loss vs ``g``.

    Parameters
    ----------
    g : float
        Pace of technological iteration: yearly rate at which best-practice unit cost and the
        price fall, in [0.001, 1].
    delay : float
        Years the plant's technique lags the frontier, in [0, 50].
    investment : float
        Investment per unit of annual capacity, in units of today's best-practice operating
        cost of one unit (the capital intensity), in [0.01, 100].
    r : float
        Discount rate, in [0.001, 0.5].
    g_max : float
        The largest pace on the curve's grid, in [0.002, 1]; the grid starts at 0.001.
    age_max : float
        The last age of the price path, in [1, 200] years.
    points : int
        Grid points of each curve, 2 to 10,000.

    Examples
    --------
    >>> out = obsolescence_model(0.1, 1.0, 3.0)
    >>> round(out.life, 2), round(out.late_life, 2), round(out.lost, 3), round(out.lost_share, 3)
    (7.2, 6.2, 0.598, 0.199)
    """
    g = _check_pace(g)
    delay = _check_delay(delay)
    investment = _check_investment(investment)
    r = _check_rate(r)
    g_max = check_number("g_max (largest pace on the grid)", g_max, 0.002, 1.0)
    age_max = check_number("age_max (last age on the grid, years)", age_max, 1.0, 200.0)
    points = check_points(points)
    margin = float(_frontier_margin(investment, g, r))
    late_value = float(_value(margin, g, r, delay))
    lost = float(_lost(investment, late_value))
    ages = np.linspace(0.0, age_max, points)
    paces = np.linspace(PACE_RANGE[0], g_max, points)
    margins = _frontier_margin(investment, paces, r)
    lives = _life(margins, paces, 0.0)
    return ObsolescenceOutcome(
        g=g, delay=delay, investment=investment, r=r, margin=margin,
        life=float(_life(margin, g, 0.0)), late_life=float(_life(margin, g, delay)),
        late_value=late_value, lost=lost, lost_share=lost / investment,
        ages=ages, price=margin * np.exp(-g * ages), frontier_cost=1.0,
        late_cost=float(np.exp(g * delay)),
        paces=paces, lost_by_pace=_lost(investment, _value(margins, paces, r, delay)),
        life_lost_by_pace=np.minimum(1.0, delay / lives))
