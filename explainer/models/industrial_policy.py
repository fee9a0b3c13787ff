"""Policy lab: who decides how many plants and where (a stylised model).

This joins the two previous models of the lesson. Regions differ in how well a hot industry
fits them (Lin 2011): region ``i`` would produce at marginal cost ``c_i``, spread evenly from
``best_cost`` (the best-suited region) to ``best_cost + fit_spread``. Plants sell into one
national market with linear demand ``P = a - b Q`` and compete a la Cournot with asymmetric
costs; a plant costs ``F`` to build (Mankiw & Whinston 1986). A better business environment
(fair rules, finance, skills) is a separate lever, ``cost_cut``: it lowers the real cost of
building a plant to ``F (1 - cost_cut)`` for *every* policy below, whoever decides to build.

Three ways to decide which plants exist, each followed by Cournot competition among them:

*Social optimum* (the benchmark, as in Mankiw & Whinston): the number and set of plants that
maximise total surplus. For any number ``m`` the best set is the ``m`` best-suited regions
(the tests confirm this by enumerating every set), so the optimum compares ``m = 0 ... R``.

*Planner*: a plan tells ``directed`` regions to build. It ranks regions by what it knows about
their fit: a score ``s_i = rho z_i + sqrt(1 - rho^2) e_i``, where ``z_i`` is region ``i``'s
standardised true cost, ``e_i`` independent standard normal noise, and ``rho = information``
the correlation between the planner's ranking and true fit; it picks the ``directed`` regions
with the lowest scores. With ``information = 0`` the pick is a uniformly random set (a plan
that knows nothing about local fit); with ``information = 1`` it is the best-suited regions.
Outcomes are averages over ``DRAWS`` independent picks (the same draws at every setting, so
results move smoothly). Equivalently, the planner sees each region's cost with normal noise of
variance ``var(c) (1 - rho^2) / rho^2``.

*Free entry in the ecosystem*: no region is told what to build; regions know their own fit
(Hayek 1945: the knowledge of particular circumstances a central planner lacks) and enter in
order of fit as long as the next entrant can cover its set-up cost. This uses local
information but, as Section 1 of the lesson shows, brings in more plants than the optimum.

Asymmetric Cournot with ``m`` active firms gives each firm
``q_i = (a - (m+1) c_i + sum_j c_j) / (b (m+1))``; firms whose ``q_i`` would be negative stay
idle and the rest re-solve. Surplus is consumer surplus plus operating profits minus the real
cost of the plants built. Money lost is ``sum_i max(0, set-up cost - operating profit_i)``: what
public budgets must cover for plants that cannot pay for themselves.

This is an illustration built from the published models, not an estimate of any region; the
planner's information structure is this package's own stylisation.

References
----------
Mankiw, N. G. and Whinston, M. D. (1986). Free entry and social inefficiency.
*RAND Journal of Economics*, 17(1), 48-58.

Hayek, F. A. (1945). The use of knowledge in society. *American Economic Review*, 35(4),
519-530.

Lin, J. Y. (2011). New Structural Economics: a framework for rethinking development. *World
Bank Research Observer*, 26(2), 193-221.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from ..checks import check_array, check_integer, check_number


# Bounds that keep outputs, prices and surpluses finite: money amounts (a, costs, F) up to 1e6
# and a demand slope b in [1e-6, 1e6].
MONEY_MAX = 1e6
SLOPE_RANGE = (1e-6, 1e6)

#: How many independent picks the planner's outcome averages over, and their seed.
DRAWS = 2000
SEED = 2024


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

    Examples
    --------
    >>> cournot_quantities([2.0, 2.0, 9.5], 10.0, 1.0).round(3).tolist()
    [2.667, 2.667, 0.0]
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


def _check_information(information):
    return check_number("information (correlation of the planner's ranking with true fit)",
                        information, 0.0, 1.0)


def _check_market(regions, a, b, best_cost, fit_spread, F, cost_cut):
    regions = _check_regions(regions)
    best_cost, fit_spread = _check_costs(best_cost, fit_spread)
    F = _check_plant_cost(F)
    cost_cut = _check_cost_cut(cost_cut)
    a = _check_intercept(a, best_cost)
    b = _check_slope(b)
    return regions, a, b, best_cost, fit_spread, F, cost_cut


def region_costs(regions, best_cost, fit_spread):
    """Marginal costs of ``regions`` regions, evenly spread from the best-suited one.

    Examples
    --------
    >>> region_costs(5, 2.0, 4.0).tolist()
    [2.0, 3.0, 4.0, 5.0, 6.0]
    """
    regions = _check_regions(regions)
    best_cost, fit_spread = _check_costs(best_cost, fit_spread)
    return _region_costs(regions, best_cost, fit_spread)


def _region_costs(regions, best_cost, fit_spread):
    return best_cost + fit_spread * np.linspace(0.0, 1.0, regions)


@dataclass(frozen=True)
class PolicyOutcome:
    """Result of one policy.

    For the planner every number is an average over its possible picks (``DRAWS`` of them), so
    ``producing`` and ``loss_making`` need not be whole numbers.

    Attributes
    ----------
    plants : int
        Plants built.
    producing : float
        Plants that produce anything.
    loss_making : float
        Plants whose operating profit does not cover their set-up cost.
    output, price : float
        Market quantity and price.
    surplus : float
        Consumer surplus + operating profits - set-up costs of all plants.
    money_lost : float
        Sum over plants of the set-up cost their operating profit fails to cover.
    surplus_se : float
        Standard error of ``surplus`` as an average over the planner's picks (0 for the
        optimum and free entry, which are computed exactly).
    """

    plants: int
    producing: float
    loss_making: float
    output: float
    price: float
    surplus: float
    money_lost: float
    surplus_se: float = 0.0


def _outcomes(chosen, a, b, setup):
    """Cournot outcomes of many sets of plants at once: one row of ``chosen`` costs per set.

    In linear Cournot the active firms are the cheapest ones: the ``k``-th cheapest produces
    if and only if its cost is below the price the ``k - 1`` cheaper ones would set,
    ``(a + c_(1) + ... + c_(k-1)) / k``; once one fails, every dearer one fails too.
    Returns a dict of arrays, one value per row.
    """
    draws, m = chosen.shape
    if m == 0:
        zeros = np.zeros(draws)
        return dict(producing=zeros, loss_making=zeros, output=zeros, price=np.full(draws, a),
                    surplus=zeros, money_lost=zeros)
    s = np.sort(chosen, axis=1)
    cum = np.cumsum(s, axis=1)
    rank = np.arange(1, m + 1)
    produces = s < (a + cum - s) / rank
    active = np.cumprod(produces, axis=1).sum(axis=1)
    total_cost = np.where(active > 0, np.take_along_axis(cum, np.maximum(active - 1, 0)[:, None],
                                                         axis=1)[:, 0], 0.0)
    price = (a + total_cost) / (active + 1)
    q = np.where(rank[None, :] <= active[:, None], (price[:, None] - s) / b, 0.0)
    output = q.sum(axis=1)
    operating = (price[:, None] - s) * q
    shortfall = np.maximum(0.0, setup - operating)
    return dict(
        producing=active.astype(float),
        loss_making=np.count_nonzero(shortfall > 1e-12, axis=1).astype(float),
        output=output,
        price=price,
        surplus=0.5 * b * output**2 + operating.sum(axis=1) - setup * m,
        money_lost=shortfall.sum(axis=1),
    )


def _outcome(costs, a, b, setup):
    """The exact outcome of one set of plants with costs ``costs``."""
    row = _outcomes(np.asarray(costs, dtype=float)[None, :], a, b, setup)
    return PolicyOutcome(plants=int(np.size(costs)), producing=int(row["producing"][0]),
                         loss_making=int(row["loss_making"][0]), output=float(row["output"][0]),
                         price=float(row["price"][0]), surplus=float(row["surplus"][0]),
                         money_lost=float(row["money_lost"][0]))


def social_optimum(regions, a, b, best_cost, fit_spread, F, cost_cut=0.0):
    """The number and set of plants that maximise total surplus, then Cournot among them.

    For each number ``m`` the best set is the ``m`` best-suited regions, so the optimum is the
    best of ``m = 0, 1, ..., regions`` (ties go to fewer plants).

    Examples
    --------
    >>> best = social_optimum(31, 10.0, 1.0, 2.0, 4.0, 1.0)
    >>> best.plants, round(best.surplus, 2)
    (3, 26.04)
    """
    regions, a, b, best_cost, fit_spread, F, cost_cut = _check_market(
        regions, a, b, best_cost, fit_spread, F, cost_cut)
    return _social_optimum(_region_costs(regions, best_cost, fit_spread), a, b, F * (1 - cost_cut))


def _social_optimum(costs, a, b, setup):
    surplus = _prefix_surpluses(costs, a, b, setup)
    best = int(np.flatnonzero(surplus >= surplus.max() - 1e-12)[0])
    return _outcome(costs[:best], a, b, setup)


def _prefix_surpluses(costs, a, b, setup):
    """Total surplus when the ``m`` cheapest plants are built, for ``m = 0 ... len(costs)``.

    ``costs`` must be sorted. The active firms of the ``m`` cheapest are the first
    ``min(m, K)``, where ``K`` is the number active when every plant is built.
    """
    cum = np.concatenate(([0.0], np.cumsum(costs)))
    rank = np.arange(1, costs.size + 1)
    active_all = int(np.cumprod(costs < (a + cum[:-1]) / rank).sum())
    m = np.arange(costs.size + 1)
    active = np.minimum(m, active_all)
    price = (a + cum[active]) / (active + 1)
    # one row per m: each active firm's margin P - c_i (zero for the others)
    margins = np.where(np.arange(costs.size)[None, :] < active[:, None],
                       price[:, None] - costs[None, :], 0.0)
    output = margins.sum(axis=1) / b
    return 0.5 * b * output**2 + (margins**2).sum(axis=1) / b - setup * m


@functools.lru_cache(maxsize=8)
def _noise(regions, draws=DRAWS, seed=SEED):
    noise = np.random.default_rng(seed).standard_normal((draws, regions))
    noise.flags.writeable = False
    return noise


def _planner_picks(costs, directed, information):
    """Indices of the regions the planner picks, one row per draw (``DRAWS`` rows)."""
    spread = costs.std()
    z = (costs - costs.mean()) / spread if spread > 0 else np.zeros(costs.size)
    return _picks(tuple(np.round(z, 12)), int(directed), float(information))


@functools.lru_cache(maxsize=64)
def _picks(z, directed, information):
    """The picks for standardised costs ``z``: the same for every cost level and spread (the
    regions' costs are evenly spaced), so a move of another control reuses them."""
    scores = information * np.asarray(z) + np.sqrt(max(0.0, 1.0 - information**2)) * _noise(len(z))
    picks = np.argsort(scores, axis=1, kind="stable")[:, :directed]
    picks.flags.writeable = False
    return picks


def _planner(costs, directed, information, a, b, setup):
    chosen = costs[_planner_picks(costs, directed, information)]
    rows = _outcomes(chosen, a, b, setup)
    mean = {k: float(v.mean()) for k, v in rows.items()}
    se = float(rows["surplus"].std(ddof=1) / np.sqrt(rows["surplus"].size))
    return PolicyOutcome(plants=int(directed), surplus_se=se, **mean)


def informed_planner(regions, directed, information, a, b, best_cost, fit_spread, F, cost_cut=0.0):
    """Outcome when a plan tells ``directed`` regions to build, ranking them by what it knows.

    ``information`` (0 to 1) is the correlation between the planner's ranking score and the
    regions' true fit: 0 picks a uniformly random set of regions, 1 picks the best-suited ones.
    The result averages over ``DRAWS`` picks.

    Examples
    --------
    >>> full = informed_planner(31, 3, 1.0, 10.0, 1.0, 2.0, 4.0, 1.0)
    >>> round(full.surplus, 2), round(full.surplus_se, 9)
    (26.04, 0.0)
    """
    regions, a, b, best_cost, fit_spread, F, cost_cut = _check_market(
        regions, a, b, best_cost, fit_spread, F, cost_cut)
    directed = check_integer("directed (regions told to build)", directed, 0, regions)
    information = _check_information(information)
    return _planner(_region_costs(regions, best_cost, fit_spread), directed, information, a, b,
                    F * (1 - cost_cut))


def direct_allocation(regions, directed, a, b, best_cost, fit_spread, F):
    """Outcome when a plan puts plants in ``directed`` regions knowing nothing about their fit.

    The planner of :func:`informed_planner` with ``information = 0``: an average over uniformly
    random sets of ``directed`` regions.
    """
    return informed_planner(regions, directed, 0.0, a, b, best_cost, fit_spread, F)


def ecosystem_entry(regions, a, b, best_cost, fit_spread, F, cost_cut):
    """Outcome of free entry: regions enter by fit while the next entrant covers its set-up cost.

    The set-up cost is ``F (1 - cost_cut)``, with ``0 <= cost_cut < 1`` standing for a better
    business environment (fair rules, finance, skills) that lowers every region's cost.

    Examples
    --------
    >>> ecosystem_entry(31, 10.0, 1.0, 2.0, 4.0, 1.0, 0.0).plants
    5
    """
    regions, a, b, best_cost, fit_spread, F, cost_cut = _check_market(
        regions, a, b, best_cost, fit_spread, F, cost_cut)
    return _ecosystem_entry(_region_costs(regions, best_cost, fit_spread), a, b, F * (1 - cost_cut))


def _ecosystem_entry(costs, a, b, setup):
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
    """The three policies for the same regions, from :func:`industrial_policy_model`.

    Attributes
    ----------
    optimum : PolicyOutcome
        The social optimum: the number and set of plants that maximise total surplus.
    planner : PolicyOutcome
        A plan that tells ``directed`` regions to build, ranking them by what it knows.
    ecosystem : PolicyOutcome
        Free entry in the ecosystem: regions enter by fit while an entrant covers its set-up
        cost.

    It also reads like a dictionary: ``comparison["planner"]``, ``keys()``, ``values()`` and
    ``items()``; ``allocation`` (the planner's old name) still works for one release.
    """

    optimum: PolicyOutcome
    planner: PolicyOutcome
    ecosystem: PolicyOutcome

    @property
    def allocation(self):
        """Old name of ``planner``, kept for one release; removed in the next release."""
        return self.planner

    def __getitem__(self, key):
        if key not in ("optimum", "planner", "ecosystem", "allocation"):
            raise KeyError(key)
        return getattr(self, key)

    def keys(self):
        """The three policies' names, ``("optimum", "planner", "ecosystem")``."""
        return ("optimum", "planner", "ecosystem")

    def values(self):
        """The three outcomes, ``(optimum, planner, ecosystem)``."""
        return (self.optimum, self.planner, self.ecosystem)

    def items(self):
        """``(name, outcome)`` pairs, as a dictionary's ``items()``."""
        return tuple(zip(self.keys(), self.values()))


def industrial_policy_model(regions=31, directed=31, information=0.0, a=10.0, b=1.0, best_cost=2.0,
                            fit_spread=4.0, F=1.0, cost_cut=0.0):
    """The social optimum, a planner and free entry side by side, as a :class:`PolicyComparison`.

    Defaults: 31 regions (China's provinces), all told to build by a planner that knows
    nothing about their fit, demand ``P = 10 - Q``, the best-suited region's cost 2 and the
    worst's 6, plants costing 1, no cost cut from a better environment. ``cost_cut`` applies to
    all three policies alike.

    Valid ranges: ``a``, ``best_cost``, ``fit_spread`` and ``F`` up to 1e6 (``a`` above
    ``best_cost``), ``b`` in [1e-6, 1e6], ``0 <= cost_cut < 1``, ``0 <= information <= 1``,
    1 to 100 regions, 0 to ``regions`` directed.

    Examples
    --------
    >>> out = industrial_policy_model()
    >>> out.optimum.plants, round(out.optimum.surplus, 2)
    (3, 26.04)
    >>> out.planner.plants, out.planner.loss_making, round(out.planner.money_lost, 2)
    (31, 28.0, 25.94)
    >>> out.ecosystem.plants, round(out.ecosystem.surplus, 2)
    (5, 24.25)
    """
    regions, a, b, best_cost, fit_spread, F, cost_cut = _check_market(
        regions, a, b, best_cost, fit_spread, F, cost_cut)
    directed = check_integer("directed (regions told to build)", directed, 0, regions)
    information = _check_information(information)
    costs = _region_costs(regions, best_cost, fit_spread)
    setup = F * (1 - cost_cut)
    return PolicyComparison(optimum=_social_optimum(costs, a, b, setup),
                            planner=_planner(costs, directed, information, a, b, setup),
                            ecosystem=_ecosystem_entry(costs, a, b, setup))


#: Old name, kept for one release so that lessons published before the rename still
#: import; removed in the next release.
compare_policies = industrial_policy_model
