"""Tests specific to one explorer: its numbers, markers and messages at chosen settings.

What every explorer must do (build, sweep, random use, each control live) is tested once for
all of them in ``test_explorers.py``; this file holds only what is particular to one.
"""

import numpy as np
import pytest

from explainer.widgets import all_explorers
from explainer.widgets.data_accounting import DataAccountingExplorer
from explainer.widgets.data_rights import DataRightsExplorer
from explainer.widgets.data_sharing import DataSharingExplorer
from explainer.widgets.debt_vs_equity import DebtVsEquityExplorer
from explainer.widgets.diffusion import DiffusionExplorer
from explainer.widgets.ai_productivity import AiProductivityExplorer
from explainer.widgets.digital_economy import DigitalEconomyExplorer
from explainer.widgets.distance_to_frontier import DistanceToFrontierExplorer
from explainer.widgets.financing_mix import FinancingMixExplorer
from explainer.widgets.growth_accounting import GrowthAccountingExplorer
from explainer.widgets.hulten_network import HultenNetworkExplorer
from explainer.widgets.hulten_two_sector import HultenTwoSectorExplorer
from explainer.widgets.idea_production import IdeaProductionExplorer
from explainer.widgets.learning_curve import LearningCurveExplorer
from explainer.widgets.misallocation import MisallocationExplorer
from explainer.widgets.patient_capital import PatientCapitalExplorer
from explainer.widgets.revenue_sharing import RevenueSharingExplorer
from explainer.widgets.scaling_laws import ScalingLawsExplorer
from explainer.widgets.structural_change import StructuralChangeExplorer

EXPLORERS = all_explorers()


@pytest.mark.parametrize("cls", [
    StructuralChangeExplorer, DataSharingExplorer, ScalingLawsExplorer, DistanceToFrontierExplorer,
    DigitalEconomyExplorer, DataAccountingExplorer, RevenueSharingExplorer, DataRightsExplorer,
    DebtVsEquityExplorer, PatientCapitalExplorer, FinancingMixExplorer, IdeaProductionExplorer,
    HultenTwoSectorExplorer, HultenNetworkExplorer, GrowthAccountingExplorer, LearningCurveExplorer,
    DiffusionExplorer, MisallocationExplorer, AiProductivityExplorer])
def test_explorer_is_registered_under_its_name(cls):
    assert EXPLORERS[cls.name] is cls


def _line_data(explorer):
    data = []
    for ax in explorer.figure.axes:
        for line in ax.get_lines():
            x, y = line.get_data()
            data.append((np.asarray(x, float).copy(), np.asarray(y, float).copy()))
    return data


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
    explorer = EXPLORERS["industrial_policy"]()
    explorer.set(directed=5)
    # rows: social optimum, planner, free entry
    planner = explorer.plot.ok_bars[1].get_width() + explorer.plot.loss_bars[1].get_width()
    assert planner == pytest.approx(5)
    assert explorer.plot.ok_bars[0].get_width() + explorer.plot.loss_bars[0].get_width() == 3
    assert explorer.plot.ok_bars[2].get_width() + explorer.plot.loss_bars[2].get_width() == 5


def test_policy_lab_planner_with_full_knowledge_of_fit_reaches_the_optimum():
    explorer = EXPLORERS["industrial_policy"]()
    explorer.set(directed=3, information=0)
    blind = explorer.plot.surplus_bars[1].get_height()
    explorer.set(information=100)
    informed = explorer.plot.surplus_bars[1].get_height()
    assert blind < explorer.plot.surplus_bars[2].get_height() < informed
    assert informed == pytest.approx(explorer.plot.surplus_bars[0].get_height())
    assert "knowing 100% of their fit" in explorer.alt_text


def test_viability_explorer_no_subsidy_for_best_industry():
    explorer = EXPLORERS["viability"]()
    explorer.set(omega=0.3, industry="textiles")
    assert "no subsidy" in explorer.alt_text
    explorer.set(industry="chips")
    assert "subsidy of" in explorer.alt_text


def test_viability_explorer_shows_the_yearly_bill_in_the_figure():
    explorer = EXPLORERS["viability"]()
    explorer.set(omega=0.5, industry="chips", output_value=100)
    subsidy = float(explorer.plot.chosen.get_ydata()[0]) / 100
    assert f"{subsidy * 100:.1f} a year" in explorer.plot.bill.get_text()
    explorer.set(output_value=200)
    assert f"{subsidy * 200:.1f} a year" in explorer.plot.bill.get_text()
    assert f"{subsidy * 200:.1f} a year on sales of 200" in explorer.alt_text
    assert explorer.plot.bill.get_visible()
    # Inside the view: the box lies within the Axes.
    figure = explorer.figure
    box = explorer.plot.bill.get_window_extent(figure.canvas.get_renderer())
    axes_box = explorer.plot.ax.get_window_extent()
    assert axes_box.x0 <= box.x0 and box.x1 <= axes_box.x1
    assert axes_box.y0 <= box.y0 and box.y1 <= axes_box.y1
    explorer.set(omega=0.3, industry="textiles")
    assert "Subsidy bill: 0 a year" in explorer.plot.bill.get_text()


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
    explorer = ScalingLawsExplorer()
    capped = explorer.plot.capped
    assert capped.get_visible()
    explorer.set(log10_tokens=14.0)
    assert not capped.get_visible()
    assert "enough" in explorer.alt_text


def test_scaling_repeated_data_line_lies_between_capped_and_unlimited():
    from explainer.models.scaling_laws import scaling_laws_model

    explorer = ScalingLawsExplorer(log10_compute=24.0, log10_tokens=11.0)
    plot = explorer.plot
    curves, _outcome = scaling_laws_model(1e24, 1e11)
    repeated = plot.repeat_line.get_ydata()
    assert np.allclose(repeated, curves["loss_repeated"])
    assert np.all(repeated <= plot.cap_line.get_ydata() + 1e-12)
    assert np.all(repeated >= plot.opt_line.get_ydata() - 1e-12)
    assert repeated[-1] < plot.cap_line.get_ydata()[-1] - 0.1   # repetition lowers the floor


def test_misallocation_readout_and_markers_follow_the_model():
    from explainer.models.misallocation import misallocation_outcome

    explorer = MisallocationExplorer()
    o = misallocation_outcome(6, 0.5, 0.5, 0.5)
    assert explorer.plot.before.get_xydata()[0] == pytest.approx([0.5, 100 * o.without_data.tfp_ratio])
    assert explorer.plot.after.get_xydata()[0] == pytest.approx([0.25, 100 * o.with_data.tfp_ratio])
    assert "70.5%" in explorer.alt_text and "92.7%" in explorer.alt_text and "31.5%" in explorer.alt_text
    # each firm's share of inputs: efficient, with the wedges, with data; each sums to 100%
    for line in (explorer.plot.efficient, explorer.plot.without, explorer.plot.with_data):
        assert len(line.get_ydata()) == 6 and sum(line.get_ydata()) == pytest.approx(100)
    assert explorer.plot.without.get_ydata()[0] == pytest.approx(100 * o.without_data.labour_shares[0])


def test_misallocation_more_data_raise_tfp_at_the_same_inputs():
    explorer = MisallocationExplorer()
    gains = []
    for cut in (0, 25, 50, 75, 100):
        explorer.set(data_cut_pct=cut)
        gains.append(explorer.plot.after.get_ydata()[0])
    assert gains[0] == pytest.approx(explorer.plot.before.get_ydata()[0])
    assert all(b > a for a, b in zip(gains, gains[1:]))
    assert gains[-1] == pytest.approx(100.0)
    assert "a gain of 41.9%" in explorer.alt_text


def test_ai_productivity_readout_and_point_follow_the_formula():
    explorer = AiProductivityExplorer()
    assert explorer.plot.point.get_xydata()[0] == pytest.approx([4.6, 14.4])
    assert "0.66%" in explorer.alt_text and "56% to 90%" in explorer.alt_text
    explorer.set(task_share_pct=50.0, cost_saving_pct=20.0)
    assert "10.00% over the ten years" in explorer.alt_text
    assert "40% to 65%" in explorer.alt_text
    explorer.set(task_share_pct=50.0, cost_saving_pct=5.0)
    assert "not even every task" in explorer.alt_text


def test_catch_up_trap_message():
    explorer = DistanceToFrontierExplorer()
    assert "too late" in explorer.alt_text and "0.926" in explorer.alt_text
    explorer.set(switch_at=0.88)
    assert "too late" not in explorer.alt_text


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


def test_tfp_estimates_table_has_no_nan_and_keeps_the_numbers():
    from explainer import data
    from explainer.plots.digital_economy import tfp_estimates_table
    shown = tfp_estimates_table(data.load("china_tfp_estimates"))
    rates = shown["TFP growth (% a year)"]
    assert rates["Wu (2016)"] == "0.8" and rates["Cao, Ho, Jorgenson, Ren, Sun & Yue (2009)"] == "2.5"
    assert rates["Wu (2014), The Conference Board"] == "no figure checked"
    assert "nan" not in shown.to_string().lower()


def test_debt_equity_readout_numbers():
    e = DebtVsEquityExplorer()
    assert "0.31" in e.alt_text and "1.50" in e.alt_text and "74%" in e.alt_text
    e.set(collateral=1.0)
    assert "from a 12% rate" in e.alt_text


def test_financing_mix_shows_data():
    e = FinancingMixExplorer()
    assert "2.8%" in e.alt_text and "422.96" not in e.alt_text and "423.0" in e.alt_text
    widths = sorted(p.get_width() for p in e.figure.axes[0].patches)
    assert widths == pytest.approx(sorted([66.6, 20.1, 7.7, 2.8]))
    assert any(t.get_gid() == "source-line" for t in e.figure.texts)


def test_two_sector_readout_and_bars_move():
    e = HultenTwoSectorExplorer()
    assert "1.80%" in e.alt_text and "4.0 points" in e.alt_text
    bars = [p.get_width() for p in e.plot.bars]
    e.controls["g_traditional"].value = 2.0
    assert "2.60%" in e.alt_text
    assert [p.get_width() for p in e.plot.bars] != bars
    assert e.plot.point.get_data()[1][0] == pytest.approx(2.6)


def test_network_readout_and_curve_move():
    e = HultenNetworkExplorer()
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
    e = DiffusionExplorer()
    assert "46.6% for 2024 against 40.9% observed" in e.alt_text
    assert len(e.plot.held_out.get_xdata()) == 1
    e.set(last_year=2024, ceiling=60)
    assert "predicts" not in e.alt_text
    assert len(e.plot.held_out.get_xdata()) == 0
    assert e.plot.ceiling.get_ydata()[0] == 60


def test_obsolescence_explorer_a_lag_costs_more_where_technology_moves_fast():
    from explainer.models.obsolescence import investment_lost

    explorer = EXPLORERS["obsolescence"]()
    explorer.set(pace=2, delay=1.0, investment=3.0)
    slow = explorer.plot.now.get_ydata()[0]
    explorer.set(pace=30)
    fast = explorer.plot.now.get_ydata()[0]
    assert slow == pytest.approx(investment_lost(0.02, 1.0, 3.0) / 3.0)
    assert fast == pytest.approx(investment_lost(0.3, 1.0, 3.0) / 3.0)
    assert fast > 4 * slow
    assert "loses 1.04 of its investment (35%)" in explorer.alt_text
    explorer.set(delay=4.0)  # longer than a best-practice plant's life at 30% a year
    assert "never covers its operating cost" in explorer.alt_text
    assert explorer.plot.now.get_ydata()[0] == pytest.approx(1.0)
