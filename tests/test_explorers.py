"""Every explorer, found automatically: builds, sweeps each control, survives random use.

These tests run over ``all_explorers()``, so a new explorer is covered as soon as it exists.
"""

import html
import importlib
import inspect
import pkgutil
import random
import sys

import matplotlib.pyplot as plt
import pytest
from support.explorers import (EXPLORERS, assert_control_is_live, assert_sound, disconnect,
                              explorer_controls, shared_explorer, shows_nan)

from explainer.bench import control_values
from explainer.plots.render import FastRenderer
from explainer.widgets.base import Explorer

CONTROLS = explorer_controls()


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


def test_explorers_exist():
    assert {"excess_entry", "cascades", "viability", "industrial_policy", "obsolescence"} <= set(EXPLORERS)
    for name, cls in EXPLORERS.items():
        assert issubclass(cls, Explorer) and cls.name == name


def test_one_name_per_explorer_across_module_class_plot_and_model():
    """An explorer's name is its widget module, its plot module and its catalog; its class is
    CamelCase(name) + "Explorer", its plot CamelCase(name) + "Plot"; its model entry point, if it
    has a model, is ``<name>_model`` in its family module."""
    import explainer.models

    assert len(EXPLORERS) == 24
    families = [importlib.import_module(f"explainer.models.{m.name}")
                for m in pkgutil.iter_modules(explainer.models.__path__)]
    data_explorers = {"digital_economy"}  # data only: no model runs
    for name, cls in EXPLORERS.items():
        camel = "".join(word.capitalize() for word in name.split("_"))
        assert cls.__module__ == f"explainer.widgets.{name}"
        assert cls.__name__ == f"{camel}Explorer"
        plot = importlib.import_module(f"explainer.plots.{name}")
        assert inspect.isclass(getattr(plot, f"{camel}Plot", None)), f"no {camel}Plot in {plot.__name__}"
        owners = [f.__name__ for f in families
                  if getattr(getattr(f, f"{name}_model", None), "__module__", None) == f.__name__]
        assert len(owners) == (name not in data_explorers), (name, owners)
        if owners:
            source = inspect.getsource(sys.modules[cls.__module__])
            assert f"{name}_model(" in source, f"{cls.__name__} does not call {name}_model"


def test_constructor_keywords_are_the_control_keys():
    for name, cls in EXPLORERS.items():
        keywords = set(inspect.signature(cls.__init__).parameters) - {"self"}
        explorer, _defaults = shared_explorer(name)
        assert keywords == set(explorer.controls), name


def test_title_is_the_first_line_of_the_docstring_else_the_name():
    for cls in EXPLORERS.values():
        assert cls.title() == cls.__doc__.strip().splitlines()[0].strip()

    class Untitled(Explorer):
        name = "made_up_name"

    assert Untitled.title() == "Made up name"


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


@pytest.mark.slow
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


@pytest.mark.parametrize("name, key", CONTROLS, ids=[f"{n}-{k}" for n, k in CONTROLS])
def test_each_control_alone_changes_the_figure_and_the_finding(name, key):
    explorer, defaults = shared_explorer(name)
    count = explorer.update_count
    assert_control_is_live(explorer, defaults, key)
    assert explorer.update_count > count


@pytest.mark.parametrize("name, key", CONTROLS, ids=[f"{n}-{k}" for n, k in CONTROLS])
def test_the_per_control_check_catches_a_disconnected_control(name, key, monkeypatch):
    """Mutation: the explorer ignores this one control; the check above must then fail."""
    explorer, defaults = shared_explorer(name)
    disconnect(monkeypatch, EXPLORERS[name], key, defaults[key])
    with pytest.raises(AssertionError, match="does not change both"):
        assert_control_is_live(explorer, defaults, key)
    monkeypatch.undo()
    explorer.set(**defaults)


def test_nan_check_catches_nan_written_any_way():
    for text in ("a share of nan%", "NaN% of sales", "costs nan.", "(nan)", "-inf a year",
                 "inf", "rises to inf%"):
        assert shows_nan(text), text
    for text in ("financing", "infrastructure", "nanny", "information", "Nanjing", "12.5%"):
        assert not shows_nan(text), text


@pytest.mark.slow
@pytest.mark.parametrize("name", EXPLORERS)
def test_one_thousand_random_changes(name, monkeypatch):
    """1,000 random control changes through the real observers: after every one, no error, no
    NaN in the finding or the figure's numbers, the readout in step, and no pyplot figure.
    Pixels are rendered for every 25th change (the sweep test above renders every position);
    the other changes run the model and move the artists."""
    real_png = FastRenderer.png
    calls = {"n": 0}

    def sometimes_render(renderer, full=False):
        calls["n"] += 1
        if calls["n"] % 25 == 0:
            return real_png(renderer, full=full)
        return b"\x89PNG\r\n\x1a\n"

    # An explorer's picture comes from its FastRenderer: skip 24 of every 25 drawings.
    monkeypatch.setattr(FastRenderer, "png", sometimes_render)
    rng = random.Random(20240)
    explorer = EXPLORERS[name]()
    figures = plt.get_fignums()
    keys = list(explorer.controls)
    for i in range(1000):
        key = rng.choice(keys)
        control = explorer.controls[key]
        count = explorer.update_count
        control.value = rng.choice(control_values(control, 25))
        context = f"random change {i} ({key}={control.value!r})"
        assert_sound(explorer, context)
        assert explorer.update_count in (count, count + 1), context
        assert html.escape(explorer.alt_text) in explorer.readout.value, context
        assert plt.get_fignums() == figures, context
    assert explorer.update_count >= 500
    assert calls["n"] >= 500, "the pictures must come from FastRenderer.png for the skip to apply"
    explorer.close()


def test_set_rejects_unknown_control():
    explorer = EXPLORERS["excess_entry"]()
    with pytest.raises(ValueError, match="unknown control"):
        explorer.set(nonsense=1)


@pytest.mark.parametrize("name", EXPLORERS)
def test_layout_is_frozen_after_the_first_draw(name):
    """The layout is computed once for the defaults, then kept (CONTRIBUTING.md, Speed)."""
    explorer = EXPLORERS[name]()
    positions = [ax.get_position().bounds for ax in explorer.figure.axes]
    key, control = next(iter(explorer.controls.items()))
    control.value = next(v for v in reversed(control_values(control, 3)) if v != control.value)
    assert explorer.figure.get_layout_engine() is None
    assert [ax.get_position().bounds for ax in explorer.figure.axes] == positions
    explorer.close()


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
