"""Explorer for AI's gain in aggregate TFP: Hulten's theorem over tasks (Acemoglu 2025).

Each slider move makes one validated model call
(:func:`explainer.models.ai_productivity.ai_productivity_model`). Control labels are translated
with :func:`explainer.i18n._`.
"""

from __future__ import annotations

from ..i18n import _
from ..models.ai_productivity import ACEMOGLU, ai_productivity_model
from ..plots.ai_productivity import AiProductivityPlot
from .base import Explorer
from .controls import slider


class AiProductivityExplorer(Explorer):
    """Acemoglu (2025): AI's ten-year TFP gain is the share of tasks it affects times the saving.

    A first-order Hulten argument over tasks; the band shows the settings that would give
    Aghion & Bunel's 0.8 to 1.3 points a year for ten years.
    Model: :mod:`explainer.models.ai_productivity`.
    """

    name = "ai_productivity"

    def __init__(self, task_share_pct=4.6, cost_saving_pct=14.4):
        controls = {
            "task_share_pct": slider(_("Share of tasks AI affects (%)"), task_share_pct, 1, 100,
                                     0.1, readout_format=".1f"),
            "cost_saving_pct": slider(_("Average cost saving on them (%)"), cost_saving_pct, 1,
                                      100, 0.1, readout_format=".1f"),
        }
        super().__init__(controls, figsize=(7.2, 3.6))

    def make_plot(self, axes):
        return AiProductivityPlot(axes[0], ACEMOGLU)

    def draw(self, plot, task_share_pct, cost_saving_pct):
        curves, outcome = ai_productivity_model(task_share_pct, cost_saving_pct)
        return plot.update(curves, outcome)
