"""Explorers and quiz of lesson 4 (the four reforms)."""

import subprocess
import sys

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from explainer.widgets import all_explorers  # noqa: E402
from explainer.widgets.data_rights import DataRightsExplorer  # noqa: E402
from explainer.widgets.idea_production import IdeaProductionExplorer  # noqa: E402
from explainer.widgets.quiz import quiz  # noqa: E402
from explainer.widgets.revenue_sharing import RevenueSharingExplorer  # noqa: E402
from explainer.widgets.venture_finance import (DebtEquityExplorer,  # noqa: E402
                                               FinancingMixExplorer, PatientCapitalExplorer)

LESSON = {
    "revenue_sharing": RevenueSharingExplorer,
    "data_rights": DataRightsExplorer,
    "debt_vs_equity": DebtEquityExplorer,
    "patient_capital": PatientCapitalExplorer,
    "financing_mix": FinancingMixExplorer,
    "idea_production": IdeaProductionExplorer,
}


def _line_data(explorer):
    out = []
    for ax in explorer.figure.axes:
        for line in ax.get_lines():
            out.append(np.asarray(line.get_ydata(), dtype=float).copy())
    return out


def _patches(explorer):
    return [p.get_width() * p.get_height() for ax in explorer.figure.axes for p in ax.patches]


def _styles(explorer):
    return [line.get_linewidth() for ax in explorer.figure.axes for line in ax.get_lines()]


def test_explorers_are_registered():
    found = all_explorers()
    for name, cls in LESSON.items():
        assert found[name] is cls


@pytest.mark.parametrize("name", sorted(LESSON))
def test_builds_without_error_or_pyplot_figure(name):
    before = plt.get_fignums()
    e = LESSON[name]()
    assert e.last_error is None
    assert e.image.value[:8] == b"\x89PNG\r\n\x1a\n"
    assert e.alt_text and "nan" not in e.alt_text.lower()
    assert plt.get_fignums() == before
    e.close()


@pytest.mark.parametrize("name, change", [
    ("revenue_sharing", {"share_after": 50}),
    ("revenue_sharing", {"beta": 0.5, "gamma": 2.0}),
    ("data_rights", {"T": 0.2}),
    ("data_rights", {"m": -0.5}),
    ("data_rights", {"rights": "user"}),
    ("data_rights", {"user_cost": 2.0}),
    ("debt_vs_equity", {"collateral": 1.0}),
    ("debt_vs_equity", {"fail": 90, "alpha": 1.2}),
    ("patient_capital", {"horizon": 12}),
    ("patient_capital", {"tau_min": 8, "multiple": 1.5}),
    ("financing_mix", {"date": "2020-12-31"}),
    ("idea_production", {"talent": 3.0}),
    ("idea_production", {"model": "romer"}),
])
def test_controls_change_figure_and_readout(name, change):
    e = LESSON[name]()
    lines, bars, widths = _line_data(e), _patches(e), _styles(e)
    text, png = e.alt_text, e.image.value
    e.set(**change)
    assert e.last_error is None
    assert e.alt_text != text
    assert e.image.value != png
    new_lines, new_bars = _line_data(e), _patches(e)
    changed = any(a.shape != b.shape or not np.allclose(a, b, equal_nan=True)
                  for a, b in zip(lines, new_lines)) or new_bars != bars or _styles(e) != widths
    assert changed


def test_revenue_sharing_readout_numbers():
    e = RevenueSharingExplorer()
    assert "×6.97" in e.alt_text and "70%" in e.alt_text
    e.set(share_before=50)
    assert "×1.32" in e.alt_text


def test_data_rights_readout_numbers():
    e = DataRightsExplorer()
    assert "14%" in e.alt_text and "38%" in e.alt_text and "8%." in e.alt_text
    e.set(T=0.0)
    assert "0% of the value at stake is lost" in e.alt_text
    # dispersed subjects paying twice as much to organise a buy-off: user rights now lose 18%
    e.set(T=0.8, user_cost=2.0)
    assert "1.60 for a buy-off" in e.alt_text and "loss would be 18%." in e.alt_text
    titles = {e.figure.axes[0].get_title(loc) for loc in ("left", "center", "right")}
    assert "Less is lost with subject rights" in titles


def test_idea_production_readout_romer_growth_explodes():
    e = IdeaProductionExplorer()
    assert "drifts back towards 1.5%" in e.alt_text and "2.1% after 50 years" in e.alt_text
    e.set(model="romer")
    assert "from 1.7% to 3.3%" in e.alt_text and "5.5% after 50 years" in e.alt_text
    assert "without bound" in e.alt_text and "stays higher" not in e.alt_text


def test_debt_equity_readout_numbers():
    e = DebtEquityExplorer()
    assert "0.31" in e.alt_text and "1.50" in e.alt_text and "74%" in e.alt_text
    e.set(collateral=1.0)
    assert "from a 12% rate" in e.alt_text


def test_financing_mix_shows_data():
    e = FinancingMixExplorer()
    assert "2.8%" in e.alt_text and "422.96" not in e.alt_text and "423.0" in e.alt_text
    widths = sorted(p.get_width() for p in e.figure.axes[0].patches)
    assert widths == pytest.approx(sorted([66.6, 20.1, 7.7, 2.8]))
    assert any(t.get_gid() == "source-line" for t in e.figure.texts)


@pytest.mark.parametrize("name", sorted(LESSON))
def test_every_control_position_is_valid(name):
    e = LESSON[name]()
    defaults = e.values()
    for key, control in e.controls.items():
        if hasattr(control, "min"):
            values = np.arange(control.min, control.max + control.step / 2, control.step)
        else:
            values = [o[1] if isinstance(o, tuple) else o for o in control.options]
        for v in values:
            control.value = v
            assert e.last_error is None, (key, v, e.last_error)
            assert "nan" not in e.alt_text.lower(), (key, v, e.alt_text)
            for y in _line_data(e):
                assert not np.any(np.isnan(y)), (key, v)
        control.value = defaults[key]


@pytest.mark.parametrize("name", sorted(LESSON))
def test_random_combinations_are_valid(name):
    rng = np.random.default_rng(4)
    e = LESSON[name]()
    for _ in range(60):
        key = list(e.controls)[rng.integers(len(e.controls))]
        c = e.controls[key]
        if hasattr(c, "min"):
            c.value = c.min + rng.random() * (c.max - c.min)
        else:
            o = c.options[rng.integers(len(c.options))]
            c.value = o[1] if isinstance(o, tuple) else o
        assert e.last_error is None, (e.values(), e.last_error)
        assert "nan" not in e.alt_text.lower(), e.values()


def test_quiz_loads_and_scores():
    q = quiz("four_reforms")
    assert len(q.questions) >= 3
    for i, question in enumerate(q.questions):
        q.answer(i, question["answer"])
    assert q.correct == len(q.questions)


def test_models_import_no_plotting_or_widgets():
    code = ("import sys, explainer.models.revenue_sharing, explainer.models.data_rights, "
            "explainer.models.venture_finance, explainer.models.idea_production; "
            "bad = [m for m in ('matplotlib', 'ipywidgets') if m in sys.modules]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)
