"""Explorers of lesson 3 (digital economy): build, set controls, figure data and readout move."""

import matplotlib.pyplot as plt
import numpy as np
import pytest

from explainer.widgets import all_explorers
from explainer.widgets.digital_economy import DataAccountingExplorer, DigitalEconomyExplorer
from explainer.widgets.distance_to_frontier import CatchUpExplorer
from explainer.widgets.nonrival_data import DataSharingExplorer
from explainer.widgets.quiz import quiz
from explainer.widgets.scaling_laws import ScalingExplorer
from explainer.widgets.structural_change import StructuralChangeExplorer

LESSON_EXPLORERS = [StructuralChangeExplorer, DataSharingExplorer, ScalingExplorer,
                    CatchUpExplorer, DigitalEconomyExplorer, DataAccountingExplorer]


def _line_data(explorer):
    return [np.asarray(line.get_ydata(), dtype=float).copy()
            for ax in explorer.figure.axes for line in ax.get_lines()]


def _patch_data(explorer):
    return [(p.get_x(), p.get_width(), p.get_height())
            for ax in explorer.figure.axes for p in ax.patches]


@pytest.fixture(autouse=True)
def no_new_pyplot_figures():
    before = set(plt.get_fignums())
    yield
    assert set(plt.get_fignums()) == before


def test_explorers_are_registered_with_unique_names():
    found = all_explorers()
    for cls in LESSON_EXPLORERS:
        assert found[cls.name] is cls


@pytest.mark.parametrize("cls, change", [
    (StructuralChangeExplorer, {"sigma": 1.2, "g_tertiary": 6.0}),
    (DataSharingExplorer, {"share": 0.9, "kappa_per_mille": 3.0}),
    (ScalingExplorer, {"log10_compute": 25.0, "log10_tokens": 10.0}),
    (CatchUpExplorer, {"switch_at": 0.6, "eta1": 0.2}),
    (DataAccountingExplorer, {"gamma": 0.08, "g_data": 30.0}),
])
def test_setting_controls_moves_lines_or_bars_and_readout(cls, change):
    explorer = cls()
    assert explorer.last_error is None and explorer.alt_text
    lines, patches, text = _line_data(explorer), _patch_data(explorer), explorer.alt_text
    explorer.set(**change)
    assert explorer.last_error is None
    assert explorer.alt_text != text
    assert explorer.alt_text in explorer.readout.value or "&#x27;" in explorer.readout.value
    new_lines, new_patches = _line_data(explorer), _patch_data(explorer)
    moved = any(a.shape != b.shape or not np.allclose(a, b, equal_nan=True)
                for a, b in zip(lines, new_lines)) or patches != new_patches
    assert moved
    explorer.close()


def test_digital_economy_toggle_changes_bars_and_readout():
    explorer = DigitalEconomyExplorer()
    heights = [p.get_height() for p in explorer.figure.axes[0].patches]
    assert max(heights) == pytest.approx(42.8)
    explorer.set(measure="size")
    heights = [p.get_height() for p in explorer.figure.axes[0].patches]
    assert max(heights) == pytest.approx(53.9)
    assert "53.9" in explorer.alt_text and "12.8" in explorer.alt_text


def test_structural_change_readout_numbers():
    explorer = StructuralChangeExplorer()
    assert "'321'" in explorer.alt_text and "2009" in explorer.alt_text
    explorer.set(sigma=1.0)  # unit elasticity: the 1978 structure never changes
    assert "'213'" in explorer.alt_text
    tertiary = explorer.figure.axes[0].get_lines()[2].get_ydata()
    assert np.allclose(tertiary, tertiary[0])


def test_data_sharing_best_share_marker():
    explorer = DataSharingExplorer()
    best = explorer.figure.axes[0].get_lines()[4]  # axhline, gross, net, chosen, best
    assert best.get_xdata()[0] == pytest.approx(0.610, abs=1e-3)
    assert "61%" in explorer.alt_text


def test_scaling_cap_marker_hidden_when_data_suffice():
    explorer = ScalingExplorer()
    capped = explorer.plot.capped
    assert capped.get_visible()
    explorer.set(log10_tokens=14.0)
    assert not capped.get_visible()
    assert "enough" in explorer.alt_text


def test_catch_up_trap_message():
    explorer = CatchUpExplorer()
    assert "too late" in explorer.alt_text and "0.926" in explorer.alt_text
    explorer.set(switch_at=0.88)
    assert "too late" not in explorer.alt_text


@pytest.mark.parametrize("cls", LESSON_EXPLORERS)
def test_every_control_extreme_gives_finite_output(cls):
    explorer = cls()
    for key, control in explorer.controls.items():
        values = ([o[1] if isinstance(o, tuple) else o for o in control.options]
                  if hasattr(control, "options") else [control.min, control.max])
        for value in values:
            explorer.set(**{key: value})
            assert explorer.last_error is None, explorer.last_error
            assert "nan" not in explorer.alt_text.lower()
            for data in _line_data(explorer):
                assert np.all(np.isfinite(data))
    explorer.close()


def test_quiz_loads_and_scores():
    q = quiz("digital_economy")
    assert len(q.questions) >= 3
    for i, question in enumerate(q.questions):
        q.answer(i, question["answer"])
    assert q.correct == len(q.questions)


def test_tfp_estimates_table_has_no_nan_and_keeps_the_numbers():
    from explainer import data
    from explainer.plots.digital_economy import tfp_estimates_table
    shown = tfp_estimates_table(data.load("china_tfp_estimates"))
    rates = shown["TFP growth (% a year)"]
    assert rates["Wu (2016)"] == "0.8" and rates["Cao, Ho, Jorgenson, Ren, Sun & Yue (2009)"] == "2.5"
    assert rates["Wu (2014), The Conference Board"] == "no figure checked"
    assert "nan" not in shown.to_string().lower()
