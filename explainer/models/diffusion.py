"""Logistic diffusion of a new technology's market share (Griliches 1957).

A new product's share of its market often follows an S-curve:

.. math::

    s(t) = \\frac{K}{1 + e^{-r (t - t_m)}} ,

with ceiling ``K`` (the share it eventually reaches), speed ``r`` and midpoint year ``t_m`` (when
``s = K/2``). For a given ceiling the curve is a straight line in the logit,
``ln(s / (K - s)) = r (t - t_m)``, so ``r`` and ``t_m`` follow from least squares, as in
Griliches (1957). The ceiling itself is poorly pinned down by the early part of an S-curve:
several ceilings fit a few years of data almost equally well, and they part ways only in the
extrapolation.

References
----------
Griliches, Z. (1957). Hybrid corn: an exploration in the economics of technological change.
*Econometrica*, 25(4), 501-522.

Bass, F. M. (1969). A new product growth for model consumer durables. *Management Science*,
15(5), 215-227.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..checks import check_array, check_integer, check_number


def logistic_share(years, ceiling, rate, midpoint):
    """The S-curve ``s(t) = K / (1 + exp(-r (t - t_m)))`` (percent).

    Parameters
    ----------
    years : array_like
        Calendar years, in [1900, 2200].
    ceiling : float
        ``K``, the long-run share, percent in (0, 100].
    rate : float
        ``r``, speed of diffusion per year, in [0, 5].
    midpoint : float
        ``t_m``, the year the share reaches half the ceiling, in [1900, 2200].
    """
    t = check_array("years", years, 1900, 2200)
    k = check_number("ceiling (long-run share, %)", ceiling, 0, 100, low_open=True)
    r = check_number("rate (speed of diffusion per year)", rate, 0, 5)
    tm = check_number("midpoint (year of half the ceiling)", midpoint, 1900, 2200)
    return _logistic(t, k, r, tm)


def _logistic(t, k, r, tm):
    return k / (1.0 + np.exp(-r * (t - tm)))


def _check_ceiling(ceiling):
    return check_number("ceiling (long-run share, %)", ceiling, 0, 100, low_open=True)


@dataclass(frozen=True)
class LogisticFit:
    """A logistic curve fitted to share data for one assumed ceiling.

    Attributes
    ----------
    ceiling, rate, midpoint : float
        ``K`` (percent), ``r`` (per year) and ``t_m`` (year).
    rmse : float
        Root-mean-square error of the fitted shares, percentage points.
    """

    ceiling: float
    rate: float
    midpoint: float
    rmse: float


def fit_logistic_share(years, shares, ceiling):
    """Fit ``r`` and ``t_m`` for an assumed ceiling ``K`` by least squares on the logit.

    Parameters
    ----------
    years : array_like
        At least two distinct years.
    shares : array_like
        Market shares in percent, each in (0, ceiling).
    ceiling : float
        Assumed long-run share ``K``, percent in (0, 100]; must exceed every share.

    Returns
    -------
    LogisticFit
    """
    t = check_array("years", years, 1900, 2200)
    s = check_array("shares (market share, %)", shares, 0, 100, low_open=True)
    k = _check_ceiling(ceiling)
    return _fit(t, s, k)


def _fit(t, s, k):
    if t.shape != s.shape or t.size < 2 or np.ptp(t) == 0:
        raise ValueError("years and shares must have the same length, with at least 2 distinct years")
    if np.any(s >= k):
        raise ValueError(f"ceiling (long-run share, %) must exceed every observed share "
                         f"(largest {s.max():g}); got {k:g}")
    y = np.log(s / (k - s))
    slope, intercept = np.polyfit(t, y, 1)
    if slope <= 0:
        raise ValueError("shares must rise over time for a logistic fit")
    rate = float(slope)
    midpoint = float(-intercept / slope)
    fitted = _logistic(t, k, rate, midpoint)
    rmse = float(np.sqrt(np.mean((fitted - s) ** 2)))
    return LogisticFit(ceiling=k, rate=rate, midpoint=midpoint, rmse=rmse)


def year_share_reached(fit, target):
    """Year the fitted curve reaches ``target`` percent (``inf`` if ``target >= ceiling``).

    ``t = t_m + ln(target / (K - target)) / r``.
    """
    if not isinstance(fit, LogisticFit):
        raise ValueError(f"fit must be a LogisticFit from fit_logistic_share; got {type(fit).__name__}")
    x = check_number("target (market share, %)", target, 0, 100, low_open=True)
    return _year_reached(fit, x)


def _year_reached(fit, x):
    if x >= fit.ceiling:
        return float("inf")
    return fit.midpoint + float(np.log(x / (fit.ceiling - x))) / fit.rate


@dataclass(frozen=True)
class DiffusionCurves:
    """What the S-curve panel draws, from :func:`diffusion_model`.

    Attributes
    ----------
    used_years, used_shares : numpy.ndarray
        The observations the curve was fitted to.
    held_years, held_shares : numpy.ndarray
        The later observations held out of the fit.
    fit_years, fit_shares : numpy.ndarray
        The fitted curve up to the last year used.
    extrapolated_years, extrapolated_shares : numpy.ndarray
        The fitted curve from the last year used onwards.
    """

    used_years: np.ndarray
    used_shares: np.ndarray
    held_years: np.ndarray
    held_shares: np.ndarray
    fit_years: np.ndarray
    fit_shares: np.ndarray
    extrapolated_years: np.ndarray
    extrapolated_shares: np.ndarray


@dataclass(frozen=True)
class DiffusionOutcome:
    """The fit and what it says, from :func:`diffusion_model`.

    Attributes
    ----------
    fit : LogisticFit
    first_year, last_year : int
        First and last year of data used in the fit.
    prediction, actual : float or None
        Fitted and observed share in the first held-out year (``None`` if nothing is held out).
    year_half : float
        Year the curve reaches 50% of sales (``inf`` if the ceiling is 50% or less).
    """

    fit: LogisticFit
    first_year: int
    last_year: int
    prediction: float | None
    actual: float | None
    year_half: float


def diffusion_model(years, shares, ceiling, last_year, curve_start=2018, curve_end=2035):
    """Fit the S-curve to the data up to ``last_year``; extrapolate it and test it on the rest.

    Parameters
    ----------
    years, shares : array_like
        Yearly observations (whole years, increasing) and market shares in percent.
    ceiling : float
        Assumed long-run share ``K``, percent in (0, 100]; must exceed every share used.
    last_year : int
        Last year of data used in the fit; at least two years must be used.
    curve_start, curve_end : int
        The curve is drawn from the start of ``curve_start`` to the end of ``curve_end``, four
        points a year, within [1900, 2199].

    Returns
    -------
    (DiffusionCurves, DiffusionOutcome)

    Examples
    --------
    >>> years = [2019, 2020, 2021, 2022, 2023, 2024]
    >>> shares = [4.68, 5.4, 13.4, 25.6, 31.6, 40.9]
    >>> curves, outcome = diffusion_model(years, shares, 80.0, 2023)
    >>> round(outcome.fit.rate, 3), round(outcome.prediction, 1), outcome.actual
    (0.658, 46.6, 40.9)
    """
    t = check_array("years", years, 1900, 2200)
    s = check_array("shares (market share, %)", shares, 0, 100, low_open=True)
    k = _check_ceiling(ceiling)
    if t.shape != s.shape:
        raise ValueError("years and shares must have the same length")
    last = check_integer("last_year (last year used in the fit)", last_year, 1900, 2200)
    start = check_integer("curve_start (first year drawn)", curve_start, 1900, 2199)
    end = check_integer("curve_end (last year drawn, after curve_start)", curve_end, start + 1, 2199)
    used = t <= last
    if np.unique(t[used]).size < 2:
        raise ValueError(f"last_year (last year used in the fit) must leave at least 2 distinct "
                         f"years of data in the fit; got {last}")
    fit = _fit(t[used], s[used], k)
    curve_years = np.arange(start, end + 1.0, 0.25)
    curve = _logistic(curve_years, fit.ceiling, fit.rate, fit.midpoint)
    inside, after = curve_years <= last, curve_years >= last
    later = t[~used]
    if later.size:
        nxt = float(later.min())
        prediction = float(_logistic(nxt, fit.ceiling, fit.rate, fit.midpoint))
        actual = float(s[t == nxt][0])
    else:
        prediction = actual = None
    curves = DiffusionCurves(used_years=t[used], used_shares=s[used], held_years=t[~used],
                             held_shares=s[~used], fit_years=curve_years[inside],
                             fit_shares=curve[inside], extrapolated_years=curve_years[after],
                             extrapolated_shares=curve[after])
    outcome = DiffusionOutcome(fit=fit, first_year=int(t[used].min()), last_year=last,
                               prediction=prediction, actual=actual,
                               year_half=_year_reached(fit, 50.0))
    return curves, outcome
