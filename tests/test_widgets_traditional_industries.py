"""Explorers of lesson 2 (traditional industries): build, respond to controls, stay finite."""

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.lines import Line2D

from explainer.widgets.diffusion import UpgradingRecordExplorer
from explainer.widgets.growth_accounting import GrowthAccountingExplorer
from explainer.widgets.hulten import NetworkExplorer, TwoSectorExplorer
from explainer.widgets.learning_curve import LearningCurveExplorer
from explainer.widgets.quiz import quiz

EXPLORERS = [TwoSectorExplorer, NetworkExplorer, GrowthAccountingExplorer,
             LearningCurveExplorer, UpgradingRecordExplorer]


def _line_data(explorer):
    data = []
    for ax in explorer.figure.axes:
        for line in ax.get_lines():
            x, y = line.get_data()
            data.append((np.asarray(x, float).copy(), np.asarray(y, float).copy()))
    return data


def _assert_finite(explorer):
    assert explorer.last_error is None, explorer.last_error
    assert "nan" not in explorer.alt_text.lower()
    for ax in explorer.figure.axes:
        for line in ax.get_lines():
            assert isinstance(line, Line2D)
            x, y = line.get_data()
            assert np.all(np.isfinite(np.asarray(x, float)))
            assert np.all(np.isfinite(np.asarray(y, float)))


@pytest.mark.parametrize("cls", EXPLORERS)
def test_builds_without_pyplot_figure(cls):
    before = plt.get_fignums()
    explorer = cls()
    assert plt.get_fignums() == before
    assert explorer.name and explorer.alt_text.endswith(".")
    assert explorer.image.value[:8] == b"\x89PNG\r\n\x1a\n"
    _assert_finite(explorer)


@pytest.mark.parametrize("cls", EXPLORERS)
def test_every_control_over_its_range(cls):
    explorer = cls()
    for key, control in explorer.controls.items():
        low, high = control.min, control.max
        for value in np.linspace(low, high, 9):
            value = int(round(value)) if isinstance(control.value, int) else float(value)
            explorer.set(**{key: value})
            _assert_finite(explorer)
        explorer.set(**{key: cls().controls[key].value})


@pytest.mark.parametrize("cls", EXPLORERS)
def test_random_combinations_stay_finite(cls):
    explorer = cls()
    rng = np.random.default_rng(7)
    for _ in range(40):
        values = {}
        for key, control in explorer.controls.items():
            v = rng.uniform(control.min, control.max)
            values[key] = int(round(v)) if isinstance(control.value, int) else float(v)
        explorer.set(**values)
        _assert_finite(explorer)


def test_two_sector_readout_and_bars_move():
    e = TwoSectorExplorer()
    assert "1.80%" in e.alt_text and "4.0 points" in e.alt_text
    bars = [p.get_width() for p in e.plot.bars]
    e.controls["g_traditional"].value = 2.0
    assert "2.60%" in e.alt_text
    assert [p.get_width() for p in e.plot.bars] != bars
    assert e.plot.point.get_data()[1][0] == pytest.approx(2.6)


def test_network_readout_and_curve_move():
    e = NetworkExplorer()
    assert "14.0%" in e.alt_text and "1.43 times GDP" in e.alt_text
    before = _line_data(e)
    e.set(traditional_in_emerging=0.0, traditional_own_use=0.0)
    after = _line_data(e)
    assert not np.allclose(before[1][1], after[1][1])  # the Domar curve moved
    assert "0.75 times GDP" in e.alt_text


def test_growth_accounting_readout_moves():
    e = GrowthAccountingExplorer()
    assert "TFP (the residual) 1.25" in e.alt_text
    e.set(capital_share=0.3)
    assert "TFP (the residual) 2.55" in e.alt_text
    assert e.plot.point.get_data()[0][0] == pytest.approx(0.3)


def test_learning_curve_moves_with_learning_rate():
    e = LearningCurveExplorer()
    path_before = e.plot.path.get_ydata().copy()
    e.controls["learning_rate"].value = 25
    assert "learning rate of 25%" in e.alt_text
    assert e.plot.path.get_ydata()[-1] < path_before[-1]
    # the data series are drawn once and never joined to each other
    markers = [line for line in e.figure.axes[1].get_lines() if line.get_linestyle() == "None"]
    assert len(markers) == 2


def test_upgrading_record_holds_out_data():
    e = UpgradingRecordExplorer()
    assert "46.6% for 2024 against 40.9% observed" in e.alt_text
    assert len(e.plot.held_out.get_xdata()) == 1
    e.set(last_year=2024, ceiling=60)
    assert "predicts" not in e.alt_text
    assert len(e.plot.held_out.get_xdata()) == 0
    assert e.plot.ceiling.get_ydata()[0] == 60


def test_quiz_loads_and_scores():
    q = quiz("traditional_industries")
    assert len(q.questions) >= 3
    for i, question in enumerate(q.questions):
        q.answer(i, question["answer"])
    assert q.correct == len(q.questions)


@pytest.mark.parametrize("cls", EXPLORERS)
def test_layout_is_frozen_without_an_engine_after_first_draw(cls):
    e = cls()
    positions = [ax.get_position().bounds for ax in e.figure.axes]
    key, control = next(iter(e.controls.items()))
    control.value = control.max
    assert e.figure.get_layout_engine() is None
    assert [ax.get_position().bounds for ax in e.figure.axes] == positions
