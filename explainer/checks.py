"""Input validation shared by every public model function.

Each check raises a ``ValueError`` whose message names the parameter, the valid range and the
value received, so that a student who types a bad value knows what to change. A value of the
wrong type (text where a number belongs, a float seed) raises :class:`InputTypeError`, which is
both a ``TypeError`` and a ``ValueError``.
"""

from __future__ import annotations

import math
from numbers import Integral, Real

import numpy as np


class InputTypeError(TypeError, ValueError):
    """A parameter got a value of the wrong type (for example text where a number belongs)."""


def _show(value, limit=60):
    """``repr(value)``, shortened so that a huge number or a long list stays readable."""
    try:
        text = repr(value)
    except ValueError:  # an int too long to print
        return "a number too large to print"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _describe_range(low, high, low_open, high_open):
    if low is not None and high is not None:
        left = "(" if low_open else "["
        right = ")" if high_open else "]"
        return f"in {left}{low:g}, {high:g}{right}"
    if low is not None:
        return f"{'>' if low_open else '>='} {low:g}"
    if high is not None:
        return f"{'<' if high_open else '<='} {high:g}"
    return "(any finite value)"


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
        raise InputTypeError(f"{name} must be a real number {where}; got {_show(value)}")
    try:
        x = float(value)
    except OverflowError:  # an int beyond the float range
        raise ValueError(f"{name} must be a finite number {where}; got {_show(value)}") from None
    if not math.isfinite(x):
        raise ValueError(f"{name} must be a finite number {where}; got {_show(value)}")
    too_low = low is not None and (x <= low if low_open else x < low)
    too_high = high is not None and (x >= high if high_open else x > high)
    if too_low or too_high:
        raise ValueError(f"{name} must be {where}; got {_show(value)}")
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
    elif isinstance(value, (Real, np.floating)):
        if not float(value).is_integer():
            raise ValueError(f"{name} must be a whole number {where}; got {_show(value)}")
        n = int(value)
    else:
        raise InputTypeError(f"{name} must be a whole number {where}; got {_show(value)}")
    if (low is not None and n < low) or (high is not None and n > high):
        raise ValueError(f"{name} must be a whole number {where}; got {_show(value)}")
    return n


def check_points(points, low=2, high=10_000, name="points (number of grid points)"):
    """Return ``points`` as an int: how many grid points a curve function computes.

    Raises
    ------
    ValueError
        If ``points`` is not a whole number in ``[low, high]`` (2 to 10,000 by default: enough
        for a smooth curve, few enough to stay fast).
    """
    return check_integer(name, points, low, high)


def check_choice(name, value, choices):
    """Return ``value`` if it is one of ``choices``; otherwise raise a ``ValueError``."""
    try:
        known = value in choices
    except TypeError:  # an unhashable value tested against a set or dict
        known = False
    if not known:
        listed = ", ".join(repr(c) for c in choices)
        raise ValueError(f"{name} must be one of {listed}; got {_show(value)}")
    return value


def _holds_text(values):
    """True if ``values`` holds text anywhere (numpy would silently read "1" as 1.0)."""
    if isinstance(values, np.ndarray) and values.dtype.kind not in "USO":
        return False
    try:
        flat = np.ravel(np.asarray(values, dtype=object))
    except (TypeError, ValueError):
        return False
    return any(isinstance(v, (str, bytes, np.str_)) for v in flat)


def check_array(name, values, low=None, high=None, *, low_open=False, high_open=False, ndim=1):
    """Return ``values`` as a float array if every entry is finite and inside the range.

    Raises
    ------
    InputTypeError
        If ``values`` is text or holds anything other than numbers.
    ValueError
        If it is empty, has the wrong number of dimensions, or holds a number that is not
        finite or is outside the range.
    """
    where = _describe_range(low, high, low_open, high_open)
    if isinstance(values, (str, bytes)) or _holds_text(values):
        raise InputTypeError(f"{name} must be an array of numbers {where}; got {_show(values)}")
    try:
        arr = np.asarray(values, dtype=float)
    except OverflowError:
        raise ValueError(f"{name} must contain only finite numbers {where}") from None
    except (TypeError, ValueError):
        raise InputTypeError(
            f"{name} must be a {ndim}-dimensional array of numbers {where}; got {_show(values)}"
        ) from None
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
