"""Hulten's theorem and Domar weights: why productivity gains in a large sector matter most.

Hulten (1978) showed that, in an efficient economy, a small productivity gain ``d ln A_i`` in
sector ``i`` raises aggregate output (real GDP) by

.. math::

    d \\ln Y = \\sum_i \\lambda_i \\, d \\ln A_i , \\qquad
    \\lambda_i = \\frac{p_i y_i}{\\text{GDP}} ,

where the *Domar weight* ``lambda_i`` is sector ``i``'s sales (gross output) over GDP (Domar
1961). Without intermediate inputs sales equal value added and the weights are value-added
shares that sum to one. With intermediate inputs a sector's sales exceed its value added and
the weights sum to more than one: a gain in a supplier also cheapens everything made with its
products.

In a Cobb-Douglas input-output economy (each sector uses labour and the other sectors' goods
with fixed cost shares ``Omega[i, j]``; households spend the share ``beta[i]`` of income on
good ``i``) the weights are exact and global:

.. math::

    \\lambda' = \\beta' (I - \\Omega)^{-1} , \\qquad
    \\ln Y = \\lambda' \\ln A + \\text{const} .

References
----------
Hulten, C. R. (1978). Growth accounting with intermediate inputs. *Review of Economic
Studies*, 45(3), 511-518.

Domar, E. D. (1961). On the measurement of technological change. *Economic Journal*,
71(284), 709-729.

Acemoglu, D., Carvalho, V. M., Ozdaglar, A. and Tahbaz-Salehi, A. (2012). The network origins
of aggregate fluctuations. *Econometrica*, 80(5), 1977-2016.

Baqaee, D. R. and Farhi, E. (2019). The macroeconomic impact of microeconomic shocks: beyond
Hulten's theorem. *Econometrica*, 87(4), 1155-1203.

Baqaee, D. R. and Farhi, E. (2020). Productivity and misallocation in general equilibrium.
*Quarterly Journal of Economics*, 135(1).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

import numpy as np

from ..checks import check_array, check_integer, check_number


#: Emerging-sector TFP growth rates (% a year) over which the two-sector explorer draws its lines.
G_EMERGING_GRID = np.linspace(0.0, 15.0, 61)
G_EMERGING_GRID.setflags(write=False)
#: Productivity falls of the traditional sector (percent) over which the network explorer draws.
CUTS_PCT_GRID = np.linspace(0.0, 30.0, 61)
CUTS_PCT_GRID.setflags(write=False)


class _ReadByKey:
    """Fields readable by key too (``result["aggregate"]``, ``result.items()``), as from the
    dicts these results used to be."""

    def __getitem__(self, key):
        return getattr(self, key)

    def keys(self):
        return [f.name for f in fields(self)]

    def items(self):
        return [(name, getattr(self, name)) for name in self.keys()]


@dataclass(frozen=True)
class TwoSectorGrowth(_ReadByKey):
    """Aggregate TFP growth of two sectors; see :func:`two_sector_tfp_growth`."""

    aggregate: float
    traditional: float
    emerging: float
    emerging_needed: float
    g_traditional: float
    g_emerging: float


@dataclass(frozen=True)
class TwoSectorCurves:
    """Aggregate TFP growth over :data:`G_EMERGING_GRID`, with the base upgrading (``with_base``)
    and stagnant (``without_base``, ``g_T = 0``), for traditional share ``traditional_share``."""

    g_emerging: np.ndarray
    with_base: np.ndarray
    without_base: np.ndarray
    traditional_share: float


@dataclass(frozen=True)
class RundownOutcome(_ReadByKey):
    """What a fall in one sector's productivity does to GDP; see :func:`rundown_outcome`."""

    domar: np.ndarray
    value_added: np.ndarray
    gdp_change: float
    gdp_change_value_added_only: float
    real_wage_change: float
    jobs_share: float
    domar_sum: float
    cut_pct: float
    value_added_tfp_fall_pct: float


@dataclass(frozen=True)
class RundownCurves(_ReadByKey):
    """GDP change (percent) over productivity falls ``cuts_pct`` (percent); see :func:`rundown_curve`."""

    cuts_pct: np.ndarray
    domar: np.ndarray
    value_added_only: np.ndarray


def _two_sector(s, g_t, g_e):
    c_t, c_e = s * g_t, (1.0 - s) * g_e
    needed = c_t / (1.0 - s) if s < 1 else math.inf
    return TwoSectorGrowth(c_t + c_e, c_t, c_e, needed, g_t, g_e)


def _check_two_sector(traditional_share, g_traditional):
    s = check_number("traditional_share (value-added share of traditional industry)",
                     traditional_share, 0, 1)
    g_t = check_number("g_traditional (TFP growth, % a year)", g_traditional, -20, 50)
    return s, g_t


def two_sector_tfp_growth(traditional_share, g_traditional, g_emerging):
    """Aggregate TFP growth of a two-sector economy without intermediate inputs (Hulten 1978).

    .. math:: g = s_T g_T + (1 - s_T) g_E

    Parameters
    ----------
    traditional_share : float
        ``s_T``, the traditional sector's share of value added, in [0, 1].
    g_traditional, g_emerging : float
        TFP growth of each sector, in percent per year, in [-20, 50].

    Returns
    -------
    TwoSectorGrowth
        ``aggregate`` (percent per year), ``traditional`` and ``emerging`` (each sector's
        contribution, percentage points), ``emerging_needed``: the extra TFP growth the
        emerging sector would need to make up for the traditional sector's contribution,
        ``s_T g_T / (1 - s_T)`` (``inf`` when the emerging share is zero), and the two growth
        rates as given. Fields can also be read by key (``result["aggregate"]``).

    Examples
    --------
    >>> result = two_sector_tfp_growth(0.8, 1.0, 5.0)
    >>> round(result.aggregate, 2), round(result.emerging_needed, 2)
    (1.8, 4.0)
    """
    s, g_t = _check_two_sector(traditional_share, g_traditional)
    g_e = check_number("g_emerging (TFP growth, % a year)", g_emerging, -20, 50)
    return _two_sector(s, g_t, g_e)


def hulten_two_sector_model(traditional_share, g_traditional, g_emerging):
    """Everything the two-sector explorer shows, from one validated call.

    Parameters as in :func:`two_sector_tfp_growth`.

    Returns
    -------
    curves : TwoSectorCurves
        Aggregate growth over :data:`G_EMERGING_GRID`, with the base upgrading and stagnant.
    result : TwoSectorGrowth
        The split at the given growth rates.

    Examples
    --------
    >>> curves, result = hulten_two_sector_model(0.8, 1.0, 5.0)
    >>> round(result.aggregate, 2), round(float(curves.without_base[-1]), 2)
    (1.8, 3.0)
    """
    s, g_t = _check_two_sector(traditional_share, g_traditional)
    g_e = check_number("g_emerging (TFP growth, % a year)", g_emerging, -20, 50)
    grid = G_EMERGING_GRID
    curves = TwoSectorCurves(grid, s * g_t + (1.0 - s) * grid, (1.0 - s) * grid, s)
    return curves, _two_sector(s, g_t, g_e)


def _check_network(omega, beta):
    omega = check_array("omega (input-output cost shares)", omega, 0, 1, high_open=True, ndim=2)
    n = omega.shape[0]
    if omega.shape != (n, n):
        raise ValueError(f"omega (input-output cost shares) must be a square matrix; got shape {omega.shape}")
    rows = omega.sum(axis=1)
    if np.any(rows >= 1):
        raise ValueError("each row of omega (input-output cost shares) must sum to less than 1, "
                         f"leaving a positive labour share; got row sums {np.round(rows, 3).tolist()}")
    beta = check_array("beta (final-demand shares)", beta, 0, 1)
    if beta.shape != (n,):
        raise ValueError(f"beta (final-demand shares) must have {n} entries, one per sector; got {beta.shape[0]}")
    if abs(beta.sum() - 1.0) > 1e-9:
        raise ValueError(f"beta (final-demand shares) must sum to 1; got {beta.sum():g}")
    return omega, beta


def domar_weights(omega, beta):
    """Domar weights ``lambda' = beta' (I - Omega)^{-1}`` of a Cobb-Douglas input-output economy.

    Parameters
    ----------
    omega : array_like, shape (n, n)
        ``omega[i, j]``: share of sector ``i``'s costs spent on goods from sector ``j``; entries
        in [0, 1) and every row summing to less than 1 (the rest is labour).
    beta : array_like, shape (n,)
        Households' spending shares on each good; non-negative, summing to 1.

    Returns
    -------
    numpy.ndarray
        Sales of each sector as a share of GDP; they sum to at least 1.

    Examples
    --------
    >>> omega = [[.2, .1, .1], [.3, .2, .1], [.1, .3, .2]]
    >>> domar_weights(omega, [.5, .3, .2]).round(3)
    array([0.928, 0.659, 0.448])
    """
    return _domar(*_check_network(omega, beta))


def _domar(omega, beta):
    return np.linalg.solve((np.eye(omega.shape[0]) - omega).T, beta)


def _value_added(omega, lam):
    return (1.0 - omega.sum(axis=1)) * lam


def value_added_shares(omega, beta):
    """Each sector's value added (here: its wage bill) as a share of GDP, ``alpha_i lambda_i``.

    ``alpha_i = 1 - sum_j omega[i, j]`` is sector ``i``'s labour share of costs. With labour the
    only primary input, these shares are also the sectors' shares of employment; they sum to 1.
    """
    omega, beta = _check_network(omega, beta)
    return _value_added(omega, _domar(omega, beta))


def equilibrium_log_gdp(log_tfp, omega, beta, tol=1e-13, max_iter=10_000):
    """Log real GDP of the competitive equilibrium, found by iterating on prices.

    With the wage as numeraire and one unit of labour, marginal-cost pricing gives
    ``ln p = -ln A + Omega ln p``, which is iterated to convergence (a contraction because each
    row of ``Omega`` sums to less than 1). Real GDP is the wage over the consumer price index,
    ``ln Y = -sum_i beta_i ln p_i``. The function does not use the Domar-weight formula, so a
    finite-difference gradient of it checks Hulten's theorem.

    Parameters
    ----------
    log_tfp : array_like, shape (n,)
        ``ln A_i`` for each sector, each in [-5, 5].
    omega, beta
        As in :func:`domar_weights`.
    tol : float
        Stop when no log price moves by more than this, ``1e-15 <= tol <= 1e-6``.
    max_iter : int
        Most iterations allowed, a whole number from 1 to 1,000,000.

    Raises
    ------
    ValueError
        If an argument is out of range, or if the prices have not converged to ``tol`` within
        ``max_iter`` iterations (rather than return an unconverged answer).
    """
    omega, beta = _check_network(omega, beta)
    log_a = check_array("log_tfp (log productivity of each sector)", log_tfp, -5, 5)
    tol = check_number("tol (convergence tolerance on log prices)", tol, 1e-15, 1e-6)
    max_iter = check_integer("max_iter (most iterations)", max_iter, 1, 1_000_000)
    if log_a.shape != beta.shape:
        raise ValueError(f"log_tfp must have {beta.size} entries, one per sector; got {log_a.size}")
    log_p = -log_a.copy()
    for _ in range(max_iter):
        new = -log_a + omega @ log_p
        change = np.max(np.abs(new - log_p))
        log_p = new
        if change < tol:
            return float(-beta @ log_p)
    raise ValueError(
        f"prices did not converge to tol={tol:g} within max_iter={max_iter} iterations "
        f"(last change {change:.3g}); max_iter must be larger or tol looser"
    )


def two_sector_network(beta_traditional, traditional_own_use, traditional_in_emerging,
                       emerging_in_traditional=0.05, emerging_own_use=0.10):
    """Build the cost-share matrix and final-demand shares of a traditional/emerging economy.

    Sector 0 is traditional industry, sector 1 emerging industry.

    Parameters
    ----------
    beta_traditional : float
        Share of final spending on traditional goods, in [0, 1].
    traditional_own_use : float
        Share of traditional industry's costs spent on traditional goods (steel for machinery,
        chemicals for textiles), in [0, 0.8].
    traditional_in_emerging : float
        Share of emerging industry's costs spent on traditional goods (materials, parts,
        machines), in [0, 0.8].
    emerging_in_traditional, emerging_own_use : float
        Shares of costs spent on emerging goods (chips, software) by each sector, in [0, 0.5].

    Returns
    -------
    (omega, beta) : tuple of numpy.ndarray
    """
    b = check_number("beta_traditional (traditional share of final spending)", beta_traditional, 0, 1)
    tt = check_number("traditional_own_use (cost share)", traditional_own_use, 0, 0.8)
    et = check_number("traditional_in_emerging (cost share)", traditional_in_emerging, 0, 0.8)
    te = check_number("emerging_in_traditional (cost share)", emerging_in_traditional, 0, 0.5)
    ee = check_number("emerging_own_use (cost share)", emerging_own_use, 0, 0.5)
    if tt + te >= 1 or et + ee >= 1:
        raise ValueError("intermediate cost shares of a sector must sum to less than 1; got "
                         f"traditional {tt + te:g}, emerging {et + ee:g}")
    omega = np.array([[tt, te], [et, ee]])
    return omega, np.array([b, 1.0 - b])


def _check_sector(sector, size):
    if isinstance(sector, bool) or not isinstance(sector, (int, np.integer)) or not 0 <= sector < size:
        raise ValueError(f"sector must be a whole number in [0, {size - 1}]; got {sector!r}")
    return sector


def _rundown(omega, beta, cut, sector):
    lam = _domar(omega, beta)
    va = _value_added(omega, lam)
    log_cut = math.log1p(-cut)
    gdp = 100.0 * math.expm1(lam[sector] * log_cut)
    naive = 100.0 * math.expm1(va[sector] * log_cut)
    alpha = 1.0 - float(omega[sector].sum())
    return RundownOutcome(lam, va, gdp, naive, gdp, 100.0 * va[sector], float(lam.sum()),
                          100.0 * cut, 100.0 * _value_added_fall(cut, alpha))


def _value_added_fall(cut, alpha):
    return -math.expm1(math.log1p(-cut) / alpha)


def value_added_tfp_fall(cut, value_added_to_sales):
    """The fall in a sector's value-added TFP that a fall ``cut`` in its gross-output TFP amounts to.

    Gross-output TFP is output per unit of *all* inputs, materials included; value-added TFP is
    value added per unit of the primary inputs (here labour). With Cobb-Douglas technology
    ``Q = A L^alpha prod_j X_j^omega_j`` (constant returns, ``alpha`` = value added / sales), the
    Divisia index of real value added grows by ``(d ln Q - sum_j omega_j d ln X_j) / alpha``, so
    value-added TFP grows by ``d ln A / alpha``, and a fall ``cut`` in ``A`` is a fall of

    .. math:: 1 - (1 - \\text{cut})^{1/\\alpha}

    in value-added TFP. Hulten's rule weighs gross-output changes by Domar weights and
    value-added changes by value-added shares, ``v_i = alpha_i lambda_i``; both give the same
    change in GDP.

    Parameters
    ----------
    cut : float
        Fall in gross-output TFP, a fraction in [0, 0.9].
    value_added_to_sales : float
        ``alpha``, the sector's value added over its sales (its labour share of costs here), in
        (0, 1].

    Returns
    -------
    float
        The fall in value-added TFP, a fraction.

    Examples
    --------
    >>> round(value_added_tfp_fall(0.10, 0.55), 4)
    0.1743
    >>> round(value_added_tfp_fall(0.10, 1.0), 4)  # no intermediate inputs: the same fall
    0.1
    """
    cut = check_number("cut (fall in gross-output TFP, a fraction)", cut, 0, 0.9)
    alpha = check_number("value_added_to_sales (value added over sales)", value_added_to_sales,
                         0, 1, low_open=True)
    return _value_added_fall(cut, alpha)


def _rundown_curve(omega, beta, cuts, sector):
    lam = _domar(omega, beta)
    va = _value_added(omega, lam)
    log_c = np.log1p(-cuts)
    return RundownCurves(100.0 * cuts, 100.0 * np.expm1(lam[sector] * log_c),
                         100.0 * np.expm1(va[sector] * log_c))


def hulten_network_model(beta_traditional, traditional_own_use, traditional_in_emerging, cut_pct):
    """Everything the network explorer shows, from one validated call.

    Builds the economy with :func:`two_sector_network` (other cost shares at their defaults)
    and runs down the traditional sector (sector 0).

    Parameters
    ----------
    beta_traditional, traditional_own_use, traditional_in_emerging : float
        As in :func:`two_sector_network`.
    cut_pct : float
        Fall in traditional productivity, percent, in [0, 90].

    Returns
    -------
    curves : RundownCurves
        GDP change over :data:`CUTS_PCT_GRID`, with and without input-output links.
    outcome : RundownOutcome
        Weights and GDP change at ``cut_pct``.

    Examples
    --------
    >>> curves, outcome = hulten_network_model(0.75, 0.4, 0.3, 10)
    >>> round(outcome.gdp_change, 2), round(outcome.domar_sum, 3)
    (-13.97, 1.786)
    """
    omega, beta = two_sector_network(beta_traditional, traditional_own_use, traditional_in_emerging)
    cut = check_number("cut_pct (fall in productivity, %)", cut_pct, 0, 90) / 100.0
    return _rundown_curve(omega, beta, CUTS_PCT_GRID / 100.0, 0), _rundown(omega, beta, cut, 0)


def rundown_outcome(omega, beta, cut, sector=0):
    """What a fall in one sector's gross-output productivity does to GDP, and a mixed measure.

    A fall of ``cut`` (a fraction) in sector ``k``'s gross-output productivity lowers log GDP by
    ``lambda_k * ln(1 - cut)`` exactly in the Cobb-Douglas economy. The same shock is a fall of
    ``1 - (1 - cut)**(1 / alpha_k)`` in the sector's value-added TFP
    (:func:`value_added_tfp_fall`), which, weighted by the value-added share ``alpha_k lambda_k``,
    gives the same loss. Weighting the gross-output fall by the value-added share instead,
    ``alpha_k lambda_k * ln(1 - cut)``, mixes the two measures and understates the loss; it is
    reported so that a lesson can show the mistake. Workers move freely here, so nobody is
    unemployed: the loss is a fall in every worker's real wage.

    Parameters
    ----------
    omega, beta
        As in :func:`domar_weights`.
    cut : float
        Fall in sector ``k``'s productivity, a fraction in [0, 0.9].
    sector : int
        Index of the sector hit.

    Returns
    -------
    RundownOutcome
        ``domar`` and ``value_added`` (arrays), ``gdp_change`` and ``gdp_change_value_added_only``
        (percent; the second weights the gross-output fall by the value-added share),
        ``real_wage_change`` (percent; equal to ``gdp_change``), ``jobs_share`` (the sector's
        share of employment, percent), ``domar_sum``, ``cut_pct`` (the fall in gross-output TFP,
        percent) and ``value_added_tfp_fall_pct`` (the same shock as a fall in value-added TFP,
        percent). Fields can also be read by key (``out["domar"]``).

    Examples
    --------
    >>> out = rundown_outcome(*two_sector_network(0.75, 0.4, 0.3), cut=0.10)
    >>> round(out.gdp_change, 1), round(out.gdp_change_value_added_only, 1)
    (-14.0, -7.9)
    >>> round(out.value_added_tfp_fall_pct, 1)
    17.4
    """
    omega, beta = _check_network(omega, beta)
    cut = check_number("cut (fall in productivity, a fraction)", cut, 0, 0.9)
    return _rundown(omega, beta, cut, _check_sector(sector, beta.size))


def two_sector_growth_curve(traditional_share, g_traditional, g_emerging_grid):
    """Aggregate TFP growth ``s_T g_T + (1 - s_T) g_E`` over a grid of emerging growth rates.

    Parameters as in :func:`two_sector_tfp_growth`; ``g_emerging_grid`` is an array in [-20, 50].
    """
    s, g_t = _check_two_sector(traditional_share, g_traditional)
    grid = check_array("g_emerging_grid (TFP growth, % a year)", g_emerging_grid, -20, 50)
    return s * g_t + (1.0 - s) * grid


def rundown_curve(omega, beta, cuts, sector=0):
    """GDP change (percent) over a grid of productivity falls in one sector.

    Returns
    -------
    RundownCurves
        ``domar``: ``100 (exp(lambda_k ln(1 - cut)) - 1)``; ``value_added_only``: the same with the
        value-added share ``alpha_k lambda_k`` in place of ``lambda_k``; ``cuts_pct``: the cuts in
        percent. Fields can also be read by key (``curve["domar"]``).
    """
    omega, beta = _check_network(omega, beta)
    c = check_array("cuts (falls in productivity, fractions)", cuts, 0, 0.9)
    return _rundown_curve(omega, beta, c, _check_sector(sector, beta.size))


#: Old names, kept for one release so that lessons published before the rename still
#: import; removed in the next release.
two_sector_model = hulten_two_sector_model
network_model = hulten_network_model
