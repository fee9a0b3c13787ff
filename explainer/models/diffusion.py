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

from ..checks import check_array, check_number


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
    return k / (1.0 + np.exp(-r * (t - tm)))


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
    k = check_number("ceiling (long-run share, %)", ceiling, 0, 100, low_open=True)
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
    fitted = k / (1.0 + np.exp(-rate * (t - midpoint)))
    rmse = float(np.sqrt(np.mean((fitted - s) ** 2)))
    return LogisticFit(ceiling=k, rate=rate, midpoint=midpoint, rmse=rmse)


def year_share_reached(fit, target):
    """Year the fitted curve reaches ``target`` percent (``inf`` if ``target >= ceiling``).

    ``t = t_m + ln(target / (K - target)) / r``.
    """
    if not isinstance(fit, LogisticFit):
        raise ValueError(f"fit must be a LogisticFit from fit_logistic_share; got {type(fit).__name__}")
    x = check_number("target (market share, %)", target, 0, 100, low_open=True)
    if x >= fit.ceiling:
        return float("inf")
    return fit.midpoint + float(np.log(x / (fit.ceiling - x))) / fit.rate
