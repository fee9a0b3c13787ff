"""Every explorer, found automatically: builds, sweeps each control, survives random use.

These tests run over ``all_explorers()``, so a new explorer is covered as soon as it exists.
"""

import math
import random
import re

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.patches import Rectangle

from explainer.bench import control_values
from explainer.plots import style
from explainer.widgets import all_explorers
from explainer.widgets.base import Explorer

EXPLORERS = all_explorers()
NAN_WORD = re.compile(r"\bnan\b|\binf\b", re.IGNORECASE)


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


def clipped_labels(explorer, tolerance=2.0):
    """Axis labels, tick labels and titles drawn partly outside the figure (after a render)."""
    figure = explorer.figure
    width, height = figure.canvas.get_width_height()
    renderer = figure.canvas.get_renderer()
    out = []
    for ax in figure.axes:
        if not ax.get_visible():
            continue
        texts = [ax.title, ax.xaxis.label, ax.yaxis.label]
        (x0, x1), (y0, y1) = sorted(ax.get_xlim()), sorted(ax.get_ylim())
        # Only ticks inside the view are drawn; the locator may label some beyond it.
        texts += [t for t in ax.get_xticklabels() if x0 <= t.get_position()[0] <= x1]
        texts += [t for t in ax.get_yticklabels() if y0 <= t.get_position()[1] <= y1]
        for text in texts:
            if not text.get_text() or not text.get_visible():
                continue
            box = text.get_window_extent(renderer)
            if box.x0 < -tolerance or box.y0 < -tolerance or box.x1 > width + tolerance \
                    or box.y1 > height + tolerance:
                out.append(text.get_text())
    return out


def assert_sound(explorer, context=""):
    assert explorer.last_error is None, f"{explorer.name} {context}: {explorer.last_error}"
    assert explorer.alt_text and not NAN_WORD.search(explorer.alt_text), \
        f"{explorer.name} {context}: readout {explorer.alt_text!r}"
    bad = [v for v in figure_numbers(explorer) if not math.isfinite(v)]
    assert not bad, f"{explorer.name} {context}: non-finite values drawn"


def test_explorers_exist():
    assert {"excess_entry", "cascades", "viability", "policy_lab"} <= set(EXPLORERS)
    for name, cls in EXPLORERS.items():
        assert issubclass(cls, Explorer) and cls.name == name


@pytest.mark.parametrize("name", EXPLORERS)
def test_builds_with_figure_and_readout(name):
    before = plt.get_fignums()
    explorer = EXPLORERS[name]()
    assert_sound(explorer, "default")
    assert explorer.image.value[:8] == b"\x89PNG\r\n\x1a\n"
    assert 5 <= len(explorer.alt_text.split()) <= 90, "the readout should be one sentence"
    data, metadata = explorer._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in data
    assert data["image/png"] and metadata["image/png"]["alt"] == explorer.alt_text
    for control in explorer.controls.values():
        assert control.description, "every control needs a visible label"
    assert plt.get_fignums() == before, "explorers must not open pyplot figures"
    explorer.close()


@pytest.mark.parametrize("name", EXPLORERS)
def test_every_control_position_gives_a_sound_result(name):
    explorer = EXPLORERS[name]()
    defaults = explorer.values()
    for key, control in explorer.controls.items():
        count = 0
        for value in control_values(control, 15):
            control.value = value
            count += 1
            assert_sound(explorer, f"{key}={value!r}")
            clipped = clipped_labels(explorer)
            assert not clipped, f"{name} {key}={value!r}: labels cut off at the edge: {clipped}"
        assert count > 0
        explorer.set(**{key: defaults[key]})
    # Extremes of all controls together.
    for pick in (0, -1):
        extremes = {k: control_values(c, 2)[pick] for k, c in explorer.controls.items()}
        explorer.set(**extremes)
        assert_sound(explorer, f"all controls at {'min' if pick == 0 else 'max'}")
    explorer.close()


@pytest.mark.parametrize("name", EXPLORERS)
def test_controls_change_the_figure_and_readout(name):
    explorer = EXPLORERS[name]()
    changed = 0
    for key, control in explorer.controls.items():
        before_png, before_text = explorer.image.value, explorer.alt_text
        before_numbers = figure_numbers(explorer)
        values = control_values(control, 3)
        control.value = next(v for v in reversed(values) if v != control.value)
        if explorer.image.value != before_png:
            changed += 1
            assert explorer.update_count >= 2
        if figure_numbers(explorer) != before_numbers or explorer.alt_text != before_text:
            changed += 1
    assert changed >= len(explorer.controls), f"{name}: some controls change nothing on screen"
    explorer.close()


@pytest.mark.parametrize("name", EXPLORERS)
def test_one_thousand_random_changes(name, monkeypatch):
    """1,000 random control changes through the real observers raise nothing, show no NaN and
    open no figure. Pixels are rendered for every 25th change (the sweep test above renders
    every position); the other changes run the model and move the artists."""
    real_png = style.png_bytes
    calls = {"n": 0}

    def sometimes_render(figure, dpi=None):
        calls["n"] += 1
        if calls["n"] % 25 == 0:
            return real_png(figure, dpi)
        return b"\x89PNG\r\n\x1a\n"

    monkeypatch.setattr(style, "png_bytes", sometimes_render)
    rng = random.Random(20240)
    explorer = EXPLORERS[name]()
    figures = plt.get_fignums()
    keys = list(explorer.controls)
    for i in range(1000):
        key = rng.choice(keys)
        control = explorer.controls[key]
        control.value = rng.choice(control_values(control, 25))
        if i % 50 == 0:
            assert_sound(explorer, f"random change {i}")
    assert_sound(explorer, "after 1,000 changes")
    assert plt.get_fignums() == figures
    assert explorer.update_count >= 500
    explorer.close()


def test_set_rejects_unknown_control():
    explorer = EXPLORERS["excess_entry"]()
    with pytest.raises(ValueError, match="unknown control"):
        explorer.set(nonsense=1)


def test_excess_entry_explorer_moves_with_subsidy():
    explorer = EXPLORERS["excess_entry"]()
    firms = explorer.plot.free_entry.get_xdata()[0]
    explorer.set(subsidy_share=60)
    assert explorer.plot.free_entry.get_xdata()[0] > firms
    assert "subsidies cost" in explorer.alt_text


def test_cascade_explorer_public_assessment_lowers_wrong_share():
    explorer = EXPLORERS["cascades"]()
    wrong_before = explorer.plot.lines["wrong"].get_ydata()[-1]
    explorer.set(public_precision=0.85)
    assert explorer.plot.lines["wrong"].get_ydata()[-1] < wrong_before
    assert "public assessment" in explorer.alt_text


def test_policy_lab_bars_follow_model():
    explorer = EXPLORERS["policy_lab"]()
    explorer.set(directed=5)
    widths = [bar.get_width() for bar in explorer.plot.ok_bars] + \
             [bar.get_width() for bar in explorer.plot.loss_bars]
    assert widths[0] + widths[2] == 5


def test_viability_explorer_no_subsidy_for_best_industry():
    explorer = EXPLORERS["viability"]()
    explorer.set(omega=0.3, industry="textiles")
    assert "no subsidy" in explorer.alt_text
    explorer.set(industry="chips")
    assert "subsidy of" in explorer.alt_text


def test_error_message_instead_of_traceback():
    class Broken(Explorer):
        def __init__(self):
            from explainer.widgets.controls import slider
            super().__init__({"x": slider("x", 1.0, 0.0, 2.0, 0.5)})

        def draw(self, plot, x):
            if x > 1.5:
                raise ValueError("x must be in [0, 1.5]")
            plot[0].plot([0, 1], [0, x])
            return f"x is {x}."

    explorer = Broken()
    explorer.controls["x"].value = 2.0
    assert explorer.last_error == "x must be in [0, 1.5]"
    assert "cannot be computed" in explorer.alt_text
    explorer.controls["x"].value = 0.5
    assert explorer.last_error is None and explorer.figure.axes[0].get_visible()
