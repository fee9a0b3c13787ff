"""Structural change from uneven productivity growth (Baumol 1967; Ngai & Pissarides 2007).

Households combine the goods of several sectors with a constant elasticity of substitution
``sigma``. Competitive prices equal unit costs, so the price of sector ``i`` relative to the
others moves inversely with its productivity, ``p_i = 1 / A_i`` (labour is the only input and
moves freely). Each sector's share of nominal GDP is then

.. math::

    x_i = \\frac{\\omega_i A_i^{\\sigma-1}}{\\sum_j \\omega_j A_j^{\\sigma-1}}
        = \\frac{\\omega_i p_i^{1-\\sigma}}{\\sum_j \\omega_j p_j^{1-\\sigma}} .

With ``sigma < 1`` (goods are complements) the sector whose productivity grows *fastest*
loses share, because its relative price falls faster than the quantity demanded rises:
Baumol's "cost disease" makes slow-productivity services a growing share of GDP. With
``sigma = 1`` shares never move; with ``sigma > 1`` the fast sector gains share.

For two goods (manufacturing ``m`` and services ``s``), the relative price is
``p = p_s / p_m = A_m / A_s`` and the services share is
``x_s = omega p**(1-sigma) / (omega p**(1-sigma) + 1 - omega)``.

Sector shares here are outcomes of productivity growth and demand, not targets. The model is
homothetic: it leaves out income effects (Engel's law), which also push agriculture's share
down as incomes rise (see Herrendorf, Rogerson & Valentinyi 2014 for both channels).

References
----------
Baumol, W. J. (1967). Macroeconomics of unbalanced growth: the anatomy of urban crisis.
*American Economic Review*, 57(3), 415-426.

Ngai, L. R. and Pissarides, C. A. (2007). Structural change in a multisector model of growth.
*American Economic Review*, 97(1), 429-443.

Herrendorf, B., Rogerson, R. and Valentinyi, A. (2014). Growth and structural transformation.
In *Handbook of Economic Growth*, vol. 2, 855-941.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..checks import check_array, check_integer, check_number

#: Sector names in the order used by every function here (China's three "industries").
SECTORS = ("primary", "secondary", "tertiary")

_SIGMA_RANGE = (0.0, 5.0)


# Productivity levels relative to a base of 1; the bounds keep A**(sigma - 1) finite.
PRODUCTIVITY_RANGE = (1e-6, 1e6)


def _check_sigma(sigma):
    return check_number("sigma (elasticity of substitution)", sigma, *_SIGMA_RANGE,
                        low_open=True)


def services_share_two_sector(omega, A_m, A_s, sigma):
    """Nominal share of services in a two-sector economy (Ngai & Pissarides 2007).

    ``x_s = omega p**(1-sigma) / (omega p**(1-sigma) + 1 - omega)`` with ``p = A_m / A_s``.

    Parameters
    ----------
    omega : float
        Weight of services in the CES aggregator, in (0, 1).
    A_m, A_s : float
        Productivity of manufacturing and services, each in [1e-6, 1e6].
    sigma : float
        Elasticity of substitution between the two goods, in (0, 5].

    Returns
    -------
    float
    """
    omega = check_number("omega (weight of services)", omega, 0, 1, low_open=True, high_open=True)
    A_m = check_number("A_m (manufacturing productivity)", A_m, *PRODUCTIVITY_RANGE)
    A_s = check_number("A_s (services productivity)", A_s, *PRODUCTIVITY_RANGE)
    sigma = _check_sigma(sigma)
    p = A_m / A_s
    weighted = omega * p ** (1.0 - sigma)
    return weighted / (weighted + 1.0 - omega)


def sector_shares(weights, productivity, sigma):
    """Nominal GDP shares ``x_i = w_i A_i**(sigma-1) / sum_j w_j A_j**(sigma-1)``.

    Parameters
    ----------
    weights : array_like
        CES weights ``w_i > 0`` (any scale).
    productivity : array_like
        Sector productivities ``A_i > 0``; same length as ``weights``. A 2-D array is read as
        one row per period.
    sigma : float
        Elasticity of substitution, in (0, 5].

    Returns
    -------
    numpy.ndarray
        Shares that sum to one along the last axis.
    """
    w = check_array("weights", weights, 0, None, low_open=True)
    A = check_array("productivity", productivity, 0, None, low_open=True,
                    ndim=2 if np.ndim(productivity) == 2 else 1)
    if A.shape[-1] != w.size:
        raise ValueError(f"productivity must have {w.size} entries per period; got shape {A.shape}")
    sigma = _check_sigma(sigma)
    return _sector_shares(w, A, sigma)


def _sector_shares(w, A, sigma):
    log_terms = np.log(w) + (sigma - 1.0) * np.log(A)
    log_terms = log_terms - log_terms.max(axis=-1, keepdims=True)
    terms = np.exp(log_terms)
    return terms / terms.sum(axis=-1, keepdims=True)


def structure_code(shares):
    """Rank China's three sectors by size: ``"321"`` means tertiary > secondary > primary.

    Chinese policy writing names an industrial structure by the order of the sectors' shares
    of GDP: "231" (二三一) when industry is largest, then services, then agriculture; "321"
    (三二一) when services lead.

    Parameters
    ----------
    shares : array_like
        Shares of the primary, secondary and tertiary sectors (any common scale).
    """
    x = check_array("shares", shares, 0, None)
    if x.size != 3:
        raise ValueError(f"shares must have 3 entries (primary, secondary, tertiary); got {x.size}")
    return _structure_code(x)


def _structure_code(x):
    order = np.argsort(-x, kind="stable")
    return "".join(str(i + 1) for i in order)


@dataclass(frozen=True)
class StructuralPath:
    """Sector shares over time from :func:`structural_change_path`.

    Attributes
    ----------
    years : numpy.ndarray
        Calendar years.
    shares : numpy.ndarray
        Shape ``(len(years), 3)``: primary, secondary, tertiary shares (fractions).
    services_overtake_year : float or None
        First year in which the tertiary share exceeds the secondary share (``None`` if it
        never does within the horizon; the start year if it already does).
    """

    years: np.ndarray
    shares: np.ndarray
    services_overtake_year: float | None

    def at(self, year):
        """Shares in ``year`` (interpolated), as an array of three fractions."""
        return np.array([np.interp(year, self.years, self.shares[:, i]) for i in range(3)])


def structural_change_path(initial_shares, growth, sigma, start_year=1952, end_year=2035):
    """Sector shares over time when sector productivities grow at constant, unequal rates.

    Productivity of sector ``i`` is ``A_i(t) = exp(g_i (t - t0))`` and the CES weights are set
    so that the model reproduces ``initial_shares`` in the start year, so

    .. math::

        x_i(t) = \\frac{x_i(t_0)\\, e^{(\\sigma-1) g_i (t-t_0)}}
                      {\\sum_j x_j(t_0)\\, e^{(\\sigma-1) g_j (t-t_0)}} .

    Parameters
    ----------
    initial_shares : array_like
        Primary, secondary and tertiary shares in ``start_year`` (fractions or percent; they
        are normalised to sum to one).
    growth : array_like
        Annual productivity growth of each sector, as fractions (0.03 = 3%), each in
        [-0.1, 0.2].
    sigma : float
        Elasticity of substitution between the sectors' goods, in (0, 5].
    start_year, end_year : int
        Horizon, ``start_year < end_year``.

    Returns
    -------
    StructuralPath

    Examples
    --------
    >>> path = structural_change_path([28.2, 47.9, 23.9], [0.08, 0.05, 0.02], 0.25, 1978, 2035)
    >>> [round(100 * float(x), 1) for x in path.at(2023)], round(path.services_overtake_year)
    ([8.3, 38.7, 53.1], 2009)
    """
    x0, g = _check_sectors(initial_shares, "growth", "growth (annual productivity growth)",
                           growth, 0.1)
    sigma = _check_sigma(sigma)
    start_year, end_year = _check_years(start_year, end_year)
    return _path(x0, g, sigma, start_year, end_year)


def _check_sectors(initial_shares, name, label, growth, bound):
    """Validate three initial shares and three growth rates within ``[-bound, 2 * bound]``."""
    x0 = check_array("initial_shares", initial_shares, 0, None, low_open=True)
    if x0.size != 3:
        raise ValueError(f"initial_shares must have 3 entries; got {x0.size}")
    g = check_array(label, growth, -bound, 2 * bound)
    if g.size != 3:
        raise ValueError(f"{name} must have 3 entries; got {g.size}")
    return x0, g


def _check_years(start_year, end_year):
    start_year = check_integer("start_year", start_year, 1900, 2100)
    return start_year, check_integer("end_year", end_year, start_year + 1, 2200)


def _path(x0, g, sigma, start_year, end_year):
    years = np.arange(start_year, end_year + 1, dtype=float)
    t = (years - start_year)[:, None]
    log_A = g[None, :] * t
    shares = _sector_shares(x0 / x0.sum(), np.exp(log_A), sigma)
    gap = shares[:, 2] - shares[:, 1]
    overtake = None
    if gap[0] > 0:
        overtake = float(years[0])
    else:
        above = np.nonzero(gap > 0)[0]
        if above.size:
            k = int(above[0])
            # Linear interpolation of the crossing between the two bracketing years.
            frac = -gap[k - 1] / (gap[k] - gap[k - 1])
            overtake = float(years[k - 1] + frac)
    return StructuralPath(years=years, shares=shares, services_overtake_year=overtake)


@dataclass(frozen=True)
class StructuralOutcome:
    """What the explorer reports about a path in ``report_year``.

    Attributes
    ----------
    report_year : int
        The year reported.
    shares_pct : numpy.ndarray
        Primary, secondary and tertiary shares of GDP in that year, percent.
    code : str
        Their structure code (:func:`structure_code`), e.g. ``"321"``.
    """

    report_year: int
    shares_pct: np.ndarray
    code: str


def structural_change_model(initial_shares, growth_pct, sigma, start_year=1978, end_year=2035,
                            report_year=2023):
    """Everything the structural-change explorer shows, from one validated call.

    Parameters
    ----------
    initial_shares : array_like
        As in :func:`structural_change_path`.
    growth_pct : array_like
        Annual productivity growth of each sector in percent (3 = 3%), each in [-10, 20].
    sigma : float
        Elasticity of substitution, in (0, 5].
    start_year, end_year : int
        Horizon, ``start_year < end_year``.
    report_year : int
        Year whose shares and structure code are reported, in [``start_year``, ``end_year``].

    Returns
    -------
    path : StructuralPath
    outcome : StructuralOutcome

    Examples
    --------
    >>> path, outcome = structural_change_model([28.2, 47.9, 23.9], [8, 5, 2], 0.25)
    >>> outcome.code, round(float(outcome.shares_pct[2]), 1)
    ('321', 53.1)
    """
    x0, g = _check_sectors(initial_shares, "growth_pct",
                           "growth_pct (annual productivity growth, %)", growth_pct, 10)
    sigma = _check_sigma(sigma)
    start_year, end_year = _check_years(start_year, end_year)
    report_year = check_integer("report_year", report_year, start_year, end_year)
    path = _path(x0, g / 100.0, sigma, start_year, end_year)
    shares = path.at(report_year)
    return path, StructuralOutcome(report_year, 100.0 * shares, _structure_code(shares))
