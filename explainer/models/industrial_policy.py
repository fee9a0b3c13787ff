"""Policy lab: direct allocation to a hot sector versus a better ecosystem (a stylised model).

This joins the two previous models of the lesson. Regions differ in how well a hot industry
fits them (Lin 2011): region ``i`` would produce at marginal cost ``c_i``, spread evenly from
``best_cost`` (the best-suited region) to ``best_cost + fit_spread``. Plants sell into one
national market with linear demand ``P = a - b Q`` and compete a la Cournot with asymmetric
costs; a plant costs ``F`` to build (Mankiw & Whinston 1986).

*Direct allocation*: a plan puts a plant in ``directed`` regions, chosen without knowing their
costs (the first ``directed`` regions of a fixed shuffled order that is unrelated to fit). *Ecosystem*: no region is told what to build; a better business
environment cuts every region's cost of setting up by ``cost_cut`` (a share of ``F``), and
regions enter in order of fit as long as the next entrant can cover its (lower) set-up cost.

Asymmetric Cournot with ``m`` active firms gives each firm
``q_i = (a - (m+1) c_i + sum_j c_j) / (b (m+1))``; firms whose ``q_i`` would be negative stay
idle and the rest re-solve. Surplus is consumer surplus plus operating profits minus the real
cost of the plants built. Money lost is ``sum_i max(0, F_i - operating profit_i)``: what public
budgets must cover for plants that cannot pay for themselves.

This is an illustration built from the two published models, not an estimate of any region.

References
----------
Mankiw, N. G. and Whinston, M. D. (1986). Free entry and social inefficiency.
*RAND Journal of Economics*, 17(1), 48-58.

Lin, J. Y. (2011). New Structural Economics. *World Bank Research Observer*, 26(2), 193-221.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..checks import InputTypeError, check_array, check_integer, check_number


# Bounds that keep outputs, prices and surpluses finite: money amounts (a, costs, F) up to 1e6
# and a demand slope b in [1e-6, 1e6].
MONEY_MAX = 1e6
SLOPE_RANGE = (1e-6, 1e6)


def _check_slope(b):
    return check_number("b (demand slope)", b, *SLOPE_RANGE)


def cournot_quantities(costs, a, b):
    """Cournot-Nash outputs of firms with marginal costs ``costs`` facing ``P = a - b Q``.

    Firms that would produce a negative amount produce nothing (their plant stands idle); the
    others are solved again without them, until every active firm produces a positive amount.

    Returns
    -------
    numpy.ndarray
        Output of each firm, in the order of ``costs``.
    """
    costs = check_array("costs (marginal costs)", costs, 0.0, MONEY_MAX)
    a = check_number("a (demand intercept)", a, 0.0, MONEY_MAX, low_open=True)
    b = _check_slope(b)
    return _cournot(costs, a, b)


def _cournot(costs, a, b):
    active = np.ones(costs.size, dtype=bool)
    q = np.zeros(costs.size)
    while active.any():
        c = costs[active]
        m = c.size
        q_active = (a - (m + 1) * c + c.sum()) / (b * (m + 1))
        if np.all(q_active > 0):
            q[active] = q_active
            break
        # Drop the highest-cost firm among those that would not produce, then re-solve.
        idx = np.flatnonzero(active)
        worst = idx[np.argmax(np.where(q_active <= 0, c, -np.inf))]
        active[worst] = False
    return q


def _check_regions(regions):
    return check_integer("regions (number of regions)", regions, 1, 100)


def _check_costs(best_cost, fit_spread):
    best_cost = check_number("best_cost (best region's marginal cost)", best_cost, 0.0, MONEY_MAX)
    fit_spread = check_number("fit_spread (cost gap between best and worst region)", fit_spread, 0.0,
                              MONEY_MAX)
    return best_cost, fit_spread


def _check_plant_cost(F):
    return check_number("F (cost of building a plant)", F, 0.0, MONEY_MAX, low_open=True)


def _check_intercept(a, best_cost):
    return check_number("a (demand intercept, above best_cost)", a, best_cost, MONEY_MAX,
                        low_open=True)


def _check_cost_cut(cost_cut):
    return check_number("cost_cut (share of set-up cost saved)", cost_cut, 0.0, 1.0, high_open=True)


def _check_directed(directed, regions):
    return check_integer("directed (regions told to build)", directed, 0, regions)


def _check_market(regions, a, b, best_cost, fit_spread, F):
    """The checked market that every policy of this module works in: ``(regions, a, b,
    best_cost, fit_spread, F)``, each checked once (``a`` above ``best_cost``)."""
    regions = _check_regions(regions)
    best_cost, fit_spread = _check_costs(best_cost, fit_spread)
    F = _check_plant_cost(F)
    a = _check_intercept(a, best_cost)
    b = _check_slope(b)
    return regions, a, b, best_cost, fit_spread, F


def region_costs(regions, best_cost, fit_spread):
    """Marginal costs of ``regions`` regions, evenly spread from the best-suited one."""
    regions = _check_regions(regions)
    best_cost, fit_spread = _check_costs(best_cost, fit_spread)
    return _region_costs(regions, best_cost, fit_spread)


def _region_costs(regions, best_cost, fit_spread):
    return best_cost + fit_spread * np.linspace(0.0, 1.0, regions)


@dataclass(frozen=True)
class PolicyOutcome:
    """Result of one policy regime.

    Attributes
    ----------
    plants : int
        Plants built.
    producing : int
        Plants that produce anything.
    loss_making : int
        Plants whose operating profit does not cover their set-up cost.
    output, price : float
        Market quantity and price.
    surplus : float
        Consumer surplus + operating profits - set-up costs of all plants.
    money_lost : float
        Sum over plants of the set-up cost their operating profit fails to cover.
    """

    plants: int
    producing: int
    loss_making: int
    output: float
    price: float
    surplus: float
    money_lost: float


def _outcome(costs, a, b, setup_cost):
    if costs.size == 0:
        return PolicyOutcome(0, 0, 0, 0.0, a, 0.0, 0.0)
    q = _cournot(costs, a, b)
    total = float(q.sum())
    price = a - b * total
    operating = (price - costs) * q
    shortfall = np.maximum(0.0, setup_cost - operating)
    surplus = 0.5 * b * total**2 + float(operating.sum()) - setup_cost * costs.size
    return PolicyOutcome(
        plants=int(costs.size),
        producing=int(np.count_nonzero(q > 0)),
        loss_making=int(np.count_nonzero(shortfall > 1e-12)),
        output=total,
        price=float(price),
        surplus=float(surplus),
        money_lost=float(shortfall.sum()),
    )


def allocation_order(regions, seed=2024):
    """Order in which a plan that ignores local fit picks regions: a fixed shuffle."""
    regions = _check_regions(regions)
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)):
        raise InputTypeError(f"seed must be a whole number >= 0; got {seed!r}")
    seed = check_integer("seed", seed, 0, None)
    return _allocation_order(regions, seed)


def _allocation_order(regions, seed=2024):
    return np.random.default_rng(seed).permutation(regions)


def direct_allocation(regions, directed, a, b, best_cost, fit_spread, F):
    """Outcome when a plan puts plants in ``directed`` regions regardless of their fit."""
    regions, a, b, best_cost, fit_spread, F = _check_market(regions, a, b, best_cost, fit_spread, F)
    directed = _check_directed(directed, regions)
    return _direct_allocation(_region_costs(regions, best_cost, fit_spread), directed, a, b, F)


def _direct_allocation(costs, directed, a, b, F):
    chosen = costs[_allocation_order(costs.size)[:directed]]
    return _outcome(chosen, a, b, F)


def ecosystem_entry(regions, a, b, best_cost, fit_spread, F, cost_cut):
    """Outcome when regions enter by fit while the next entrant can cover its set-up cost.

    The set-up cost is ``F (1 - cost_cut)``, with ``0 <= cost_cut < 1`` standing for a better
    business environment (fair rules, finance, skills) that lowers every region's cost.
    """
    regions, a, b, best_cost, fit_spread, F = _check_market(regions, a, b, best_cost, fit_spread, F)
    cost_cut = _check_cost_cut(cost_cut)
    return _ecosystem_entry(_region_costs(regions, best_cost, fit_spread), a, b, F, cost_cut)


def _ecosystem_entry(costs, a, b, F, cost_cut):
    setup = F * (1.0 - cost_cut)
    entrants = 0
    for m in range(1, costs.size + 1):
        q = _cournot(costs[:m], a, b)
        price = a - b * q.sum()
        last_profit = (price - costs[m - 1]) * q[m - 1]
        if q[m - 1] <= 0 or last_profit < setup:
            break
        entrants = m
    return _outcome(costs[:entrants], a, b, setup)


@dataclass(frozen=True)
class PolicyComparison:
    """Both regimes for the same regions, from :func:`industrial_policy_model`.

    Attributes
    ----------
    allocation : PolicyOutcome
        Direct allocation: plants in the regions a plan names, whatever their fit.
    ecosystem : PolicyOutcome
        A better ecosystem: regions enter by fit while an entrant covers its set-up cost.

    It also reads like the dictionary it used to be: ``comparison["allocation"]``,
    ``keys()``, ``values()`` and ``items()``.
    """

    allocation: PolicyOutcome
    ecosystem: PolicyOutcome

    def __getitem__(self, key):
        if key not in ("allocation", "ecosystem"):
            raise KeyError(key)
        return getattr(self, key)

    def keys(self):
        """The two regimes' names, ``("allocation", "ecosystem")``."""
        return ("allocation", "ecosystem")

    def values(self):
        """The two outcomes, ``(allocation, ecosystem)``."""
        return (self.allocation, self.ecosystem)

    def items(self):
        """``(name, outcome)`` pairs, as a dictionary's ``items()``."""
        return tuple(zip(self.keys(), self.values()))


def industrial_policy_model(regions=31, directed=31, a=10.0, b=1.0, best_cost=2.0, fit_spread=4.0,
                            F=1.0, cost_cut=0.2):
    """Both regimes side by side, as a :class:`PolicyComparison`.

    Defaults: 31 regions (China's provinces), all told to build, demand ``P = 10 - Q``, the
    best-suited region's cost 2 and the worst's 6, plants costing 1, a 20% cheaper set-up in a
    better ecosystem.

    Valid ranges: ``a``, ``best_cost``, ``fit_spread`` and ``F`` up to 1e6 (``a`` above
    ``best_cost``), ``b`` in [1e-6, 1e6], ``0 <= cost_cut < 1``, 1 to 100 regions, 0 to
    ``regions`` directed.

    Examples
    --------
    >>> out = industrial_policy_model()
    >>> out.allocation.plants, out.allocation.loss_making, out.ecosystem.plants
    (31, 28, 5)
    >>> round(out.allocation.money_lost, 2)
    25.94
    """
    regions, a, b, best_cost, fit_spread, F = _check_market(regions, a, b, best_cost, fit_spread, F)
    directed = _check_directed(directed, regions)
    cost_cut = _check_cost_cut(cost_cut)
    costs = _region_costs(regions, best_cost, fit_spread)
    return PolicyComparison(allocation=_direct_allocation(costs, directed, a, b, F),
                            ecosystem=_ecosystem_entry(costs, a, b, F, cost_cut))


#: Old name, kept for one release so that lessons published before the rename still
#: import; removed in the next release.
compare_policies = industrial_policy_model
