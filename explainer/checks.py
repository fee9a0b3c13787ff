"""Input validation shared by every public model function.

Each check raises a ``ValueError`` whose message names the parameter, the valid range and the
value received, so that a student who types a bad value knows what to change.
"""

from __future__ import annotations

import math
from numbers import Integral, Real

import numpy as np


def _describe_range(low, high, low_open, high_open):
    if low is not None and high is not None:
        left = "(" if low_open else "["
        right = ")" if high_open else "]"
        return f"in {left}{low:g}, {high:g}{right}"
    if low is not None:
        return f"{'>' if low_open else '>='} {low:g}"
    if high is not None:
        return f"{'<' if high_open else '<='} {high:g}"
    return "a finite number"


def check_number(name, value, low=None, high=None, *, low_open=False, high_open=False):
    """Return ``value`` as a float if it is a finite real number inside the given range.

    Parameters
    ----------
    name : str
        The parameter's name as the caller knows it; it appears in the error message.
    value : object
        The value to check.
    low, high : float or None
        Bounds of the valid range; ``None`` means unbounded on that side.
    low_open, high_open : bool
        Whether the bound itself is excluded.

    Raises
    ------
    ValueError
        If ``value`` is not a real number, is NaN or infinite, or lies outside the range.
    """
    where = _describe_range(low, high, low_open, high_open)
    if isinstance(value, bool) or not isinstance(value, (Real, np.integer, np.floating)):
        raise ValueError(f"{name} must be a real number {where}; got {value!r}")
    x = float(value)
    if not math.isfinite(x):
        raise ValueError(f"{name} must be a finite number {where}; got {value!r}")
    too_low = low is not None and (x <= low if low_open else x < low)
    too_high = high is not None and (x >= high if high_open else x > high)
    if too_low or too_high:
        raise ValueError(f"{name} must be {where}; got {value!r}")
    return x


def check_integer(name, value, low=None, high=None):
    """Return ``value`` as an int if it is a whole number inside ``[low, high]``.

    Raises
    ------
    ValueError
        If ``value`` is not a whole number or lies outside the range.
    """
    where = _describe_range(low, high, False, False)
    if isinstance(value, bool):
        raise ValueError(f"{name} must be a whole number {where}; got {value!r}")
    if isinstance(value, (Integral, np.integer)):
        n = int(value)
    elif isinstance(value, (Real, np.floating)) and float(value).is_integer():
        n = int(value)
    else:
        raise ValueError(f"{name} must be a whole number {where}; got {value!r}")
    if (low is not None and n < low) or (high is not None and n > high):
        raise ValueError(f"{name} must be a whole number {where}; got {value!r}")
    return n


def check_choice(name, value, choices):
    """Return ``value`` if it is one of ``choices``; otherwise raise a ``ValueError``."""
    if value not in choices:
        listed = ", ".join(repr(c) for c in choices)
        raise ValueError(f"{name} must be one of {listed}; got {value!r}")
    return value


def check_array(name, values, low=None, high=None, *, low_open=False, high_open=False, ndim=1):
    """Return ``values`` as a float array if every entry is finite and inside the range."""
    arr = np.asarray(values, dtype=float)
    where = _describe_range(low, high, low_open, high_open)
    if arr.ndim != ndim:
        raise ValueError(f"{name} must be a {ndim}-dimensional array of numbers {where}; got shape {arr.shape}")
    if arr.size == 0:
        raise ValueError(f"{name} must not be empty")
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{name} must contain only finite numbers {where}")
    if low is not None and np.any(arr <= low if low_open else arr < low):
        raise ValueError(f"every entry of {name} must be {where}; got minimum {arr.min():g}")
    if high is not None and np.any(arr >= high if high_open else arr > high):
        raise ValueError(f"every entry of {name} must be {where}; got maximum {arr.max():g}")
    return arr
