"""Helpers shared by the explorer tests: what a figure shows, sound output, live controls.

``assert_control_is_live`` is the per-control check: moving one control alone, from the
defaults, must change both the PNG the student sees and the one-line finding. ``disconnect``
is its mutation: it makes an explorer ignore one control, so a test can prove the check fails.
"""

from __future__ import annotations

import html
import math
import re

import numpy as np
from matplotlib.patches import Rectangle

from explainer.bench import control_values
from explainer.widgets import all_explorers

EXPLORERS = all_explorers()

#: A NaN or infinity written as a word ("nan", "nan%", "-inf", "NaN%"), never inside a word.
NAN_WORD = re.compile(r"(?<![A-Za-z])(?:nan|inf)(?![A-Za-z])", re.IGNORECASE)


def shows_nan(text):
    """Whether ``text`` shows a NaN or infinity as a word (also "nan%", "(nan)", "-inf")."""
    return bool(NAN_WORD.search(text))


def figure_numbers(explorer):
    """Every number the figure shows: line data, bar sizes, scatter offsets, axis limits."""
    values = []
    for ax in explorer.figure.axes:
        if not ax.get_visible():
            continue
        values.extend(ax.get_xlim())
        values.extend(ax.get_ylim())
        for line in ax.get_lines():
            xy = np.asarray(line.get_xydata(), dtype=float)
            values.extend(xy.ravel().tolist())
        for patch in ax.patches:
            if isinstance(patch, Rectangle):
                values.extend([patch.get_x(), patch.get_y(), patch.get_width(), patch.get_height()])
        for collection in ax.collections:
            offsets = np.asarray(collection.get_offsets(), dtype=float)
            values.extend(offsets.ravel().tolist())
    return values


def assert_sound(explorer, context=""):
    """No error, a readout without NaN, and only finite numbers in the figure."""
    assert explorer.last_error is None, f"{explorer.name} {context}: {explorer.last_error}"
    assert explorer.alt_text and not shows_nan(explorer.alt_text), \
        f"{explorer.name} {context}: readout {explorer.alt_text!r}"
    bad = [v for v in figure_numbers(explorer) if not math.isfinite(v)]
    assert not bad, f"{explorer.name} {context}: non-finite values drawn"


_SHARED = {}


def shared_explorer(name):
    """One explorer per name, built once and reused by the per-control tests (never closed)."""
    if name not in _SHARED:
        explorer = EXPLORERS[name]()
        _SHARED[name] = (explorer, explorer.values())
    return _SHARED[name]


def explorer_controls():
    """``(explorer name, control key)`` for every control of every explorer."""
    return [(name, key) for name in EXPLORERS for key in shared_explorer(name)[0].controls]


def other_values(control, default):
    """Values to move ``control`` to from ``default``: both ends first, then points between."""
    values = control_values(control, 3)
    ordered = [values[-1], values[0]] + values[1:-1]
    return [v for v in dict.fromkeys(ordered) if v != default]


def assert_control_is_live(explorer, defaults, key):
    """Moving control ``key`` alone from ``defaults`` changes the PNG and the finding.

    Tries the control's far end first, then other positions; one move must change both.
    Leaves the explorer at ``defaults``.
    """
    control = explorer.controls[key]
    explorer.set(**defaults)
    png, text = explorer.image.value, explorer.alt_text
    seen = []
    try:
        for value in other_values(control, defaults[key]):
            explorer.set(**{key: value})
            assert explorer.last_error is None, f"{explorer.name} {key}={value!r}: {explorer.last_error}"
            png_moved = explorer.image.value != png
            text_moved = explorer.alt_text != text
            assert html.escape(explorer.alt_text) in explorer.readout.value, "readout out of step"
            if png_moved and text_moved:
                return value
            seen.append(f"{value!r}: figure {'changed' if png_moved else 'unchanged'}, "
                        f"finding {'changed' if text_moved else 'unchanged'}")
    finally:
        explorer.set(**defaults)
    raise AssertionError(f"{explorer.name}: control {key!r} moved alone does not change both the "
                         f"figure and the finding ({'; '.join(seen)})")


def disconnect(monkeypatch, cls, key, value):
    """Mutation: make explorer class ``cls`` draw as if control ``key`` always stood at ``value``."""
    original = cls.draw

    def draw_ignoring_control(self, plot, **values):
        values[key] = value
        return original(self, plot, **values)

    monkeypatch.setattr(cls, "draw", draw_ignoring_control)
