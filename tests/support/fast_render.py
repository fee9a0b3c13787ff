"""Helpers for the fast-render tests: compare what a move shows with a full redraw of that state.

``compare_with_full_redraw`` renders the explorer's current state in full (every artist drawn
by ``canvas.draw()``, nothing cached) and compares its pixels with the PNG the fast path gave
the student. ``random_moves`` drives controls the way a student does (the benchmark's
:func:`explainer.bench.student_value`: mostly one to three steps of a slider, sometimes a jump,
sometimes another option).
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from explainer.bench import student_value
from explainer.plots import style


def pixels(png):
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGBA"))


def full_redraw_png(explorer):
    """PNG of ``explorer``'s current state drawn in full, without the cached picture."""
    explorer.renderer.draw_full()
    return style.encode_png(explorer.figure.canvas)


def difference(fast_png, full_png):
    """``None`` if the two PNGs show the same pixels; otherwise how many differ, and where."""
    if fast_png == full_png:
        return None
    a, b = pixels(fast_png), pixels(full_png)
    if a.shape != b.shape:
        return f"sizes differ: {a.shape} vs {b.shape}"
    differs = np.any(a != b, axis=2)
    if not differs.any():
        return None
    rows, cols = np.nonzero(differs)
    return (f"{int(differs.sum())} pixels differ (up to {int(np.abs(a.astype(int) - b).max())} "
            f"levels), in x {cols.min()}-{cols.max()}, y {rows.min()}-{rows.max()} (from the top)")


def compare_with_full_redraw(explorer):
    """Difference between the picture the student sees now and a full redraw of the state."""
    return difference(explorer.image.value, full_redraw_png(explorer))


def random_moves(explorer, rng, count):
    """Yield ``(key, value)`` after moving a random control of ``explorer``, ``count`` times."""
    keys = list(explorer.controls)
    for _ in range(count):
        key = rng.choice(keys)
        control = explorer.controls[key]
        value = student_value(control, rng)
        control.value = value
        yield key, value
