"""Benchmark: how fast each explorer redraws, next to a naive new-figure-per-update baseline.

An update is what a student waits for after moving a control: the model, the in-place redraw
and the PNG the browser receives. The baseline draws the same content on a new pyplot figure
each time and closes it, as plain ``ipywidgets.interact`` with the inline backend does.
Numbers are wall-clock milliseconds on this machine; run ``explainer bench`` to see them.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time

import numpy as np

TARGET_P95_MS = 100.0
TARGET_IMPORT_S = 0.3


def control_values(control, steps):
    """Values that sweep a control across its range (every option for a choice control)."""
    options = getattr(control, "options", None)
    if options is not None and not hasattr(control, "min"):
        labels = [o[1] if isinstance(o, tuple) else o for o in options]
        return [labels[i % len(labels)] for i in range(max(steps, len(labels)))]
    values = np.linspace(control.min, control.max, steps)
    if isinstance(control.value, int) and not isinstance(control.value, bool):
        return [int(round(v)) for v in values]
    return [float(v) for v in values]


def _sweep(explorer, steps):
    """Yield ``(control, value)`` pairs: each control swept while the others stay at default."""
    defaults = explorer.values()
    for key, control in explorer.controls.items():
        for value in control_values(control, steps):
            yield key, value
        yield key, defaults[key]


def naive_update(explorer):
    """Draw ``explorer``'s current settings the way plain ``interact`` does: a new pyplot figure.

    The baseline of the benchmark: the figure is built, laid out, rendered and closed.
    """
    import matplotlib
    import matplotlib.pyplot as plt

    from .plots import style
    from .widgets.base import add_source_line

    nrows, ncols = explorer._grid_shape
    with matplotlib.rc_context(style.RC):
        fig, axes = plt.subplots(nrows, ncols, figsize=explorer.figsize, squeeze=False,
                                 layout="constrained")
        try:
            plot = explorer.make_plot(list(axes.ravel()))
            try:
                explorer.draw(plot, **explorer.values())
            except ValueError as err:
                fig.text(0.05, 0.5, f"These settings cannot be computed: {err}.", wrap=True)
            add_source_line(fig, explorer.sources)
            style.png_bytes(fig)
        finally:
            plt.close(fig)


def _set_quietly(explorer, key, value):
    """Set one control without the observer redrawing (the baseline redraws instead)."""
    control = explorer.controls[key]
    control.unobserve(explorer._on_change, names="value")
    try:
        control.value = value
    finally:
        control.observe(explorer._on_change, names="value")


def _percentile(values, q):
    return float(np.percentile(np.asarray(values) * 1000.0, q))


def measure_explorer(cls, steps=40, baseline_steps=10):
    """Time in-place updates over a sweep and the naive baseline over a shorter one."""
    explorer = cls()
    updates = []
    for key, value in _sweep(explorer, steps):
        control = explorer.controls[key]
        if control.value == value:
            continue
        start = time.perf_counter()
        control.value = value  # the observer runs the model, redraws and renders the PNG
        updates.append(time.perf_counter() - start)
    baseline = []
    pairs = list(_sweep(explorer, max(2, baseline_steps)))
    for key, value in pairs[:: max(1, len(pairs) // max(1, baseline_steps))]:
        _set_quietly(explorer, key, value)
        start = time.perf_counter()
        naive_update(explorer)
        baseline.append(time.perf_counter() - start)
    explorer.close()
    return {
        "updates": len(updates),
        "median_ms": round(_percentile(updates, 50), 1),
        "p95_ms": round(_percentile(updates, 95), 1),
        "max_ms": round(_percentile(updates, 100), 1),
        "baseline_updates": len(baseline),
        "baseline_median_ms": round(_percentile(baseline, 50), 1),
        "baseline_p95_ms": round(_percentile(baseline, 95), 1),
        "within_target": _percentile(updates, 95) <= TARGET_P95_MS,
    }


def import_seconds(module="explainer", repeats=3):
    """Seconds a fresh interpreter takes to import ``module`` (best of ``repeats``)."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    times = []
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip()))
    return min(times)


def run_benchmark(steps=40, baseline_steps=10, only=None):
    """Measure every explorer; return a JSON-ready report."""
    import matplotlib

    from .widgets import all_explorers

    explorers = all_explorers()
    if only:
        unknown = set(only) - set(explorers)
        if unknown:
            raise ValueError(f"only must name explorers among {sorted(explorers)}; got {sorted(unknown)}")
        explorers = {k: v for k, v in explorers.items() if k in only}
    results = {name: measure_explorer(cls, steps, baseline_steps) for name, cls in explorers.items()}
    top_import = import_seconds("explainer")
    return {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "matplotlib": matplotlib.__version__, "platform": platform.platform()},
        "target_p95_ms": TARGET_P95_MS,
        "import_explainer_s": round(top_import, 3),
        "import_explainer_widgets_s": round(import_seconds("explainer.widgets.base"), 3),
        "import_within_target": top_import <= TARGET_IMPORT_S,
        "explorers": results,
        "median_of_medians_ms": round(statistics.median(r["median_ms"] for r in results.values()), 1)
        if results else None,
        "all_within_target": all(r["within_target"] for r in results.values())
        and top_import <= TARGET_IMPORT_S,
    }
