"""Explorer for Solow growth accounting: how much of output growth is TFP.

One slider move makes one validated model call
(:func:`explainer.models.growth_accounting.growth_accounting_model`); the capital-share grid
of the right panel belongs to the model. Control labels are translated with
:func:`explainer.i18n._`.
"""

from __future__ import annotations

from ..i18n import _
from ..models.growth_accounting import growth_accounting_model
from ..plots.growth_accounting import GrowthAccountingPlot
from .base import Explorer
from .controls import slider


class GrowthAccountingExplorer(Explorer):
    """Output growth split into capital, labour and the Solow residual.

    Model: :mod:`explainer.models.growth_accounting` (Solow 1957).
    """

    name = "growth_accounting"

    def __init__(self, g_output=5.0, g_capital=7.0, g_labour=0.5, capital_share=0.5):
        controls = {
            "g_output": slider(_("Output growth (%/yr)"), g_output, 0.5, 12, 0.25),
            "g_capital": slider(_("Capital growth (%/yr)"), g_capital, 0, 15, 0.25),
            "g_labour": slider(_("Labour growth (%/yr)"), g_labour, -2, 3, 0.25),
            "capital_share": slider(_("Capital share \u03b1"), capital_share, 0.3, 0.6, 0.01,
                                    readout_format=".2f"),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return GrowthAccountingPlot(axes[0], axes[1])

    def draw(self, plot, g_output, g_capital, g_labour, capital_share):
        return plot.update(*growth_accounting_model(g_output, g_capital, g_labour, capital_share))
