"""Explorer for Solow growth accounting: how much of output growth is TFP."""

from __future__ import annotations

import numpy as np

from ..models.growth_accounting import growth_decomposition, residual_by_capital_share
from ..plots.growth_accounting import GrowthAccountingPlot
from .base import Explorer
from .controls import slider

_ALPHAS = np.linspace(0.3, 0.6, 31)


class GrowthAccountingExplorer(Explorer):
    """Output growth split into capital, labour and the Solow residual.

    Model: :mod:`explainer.models.growth_accounting` (Solow 1957).
    """

    name = "growth_accounting"

    def __init__(self, g_output=5.0, g_capital=7.0, g_labour=0.5, capital_share=0.5):
        controls = {
            "g_output": slider("Output growth (%/yr)", g_output, 0.5, 12, 0.25),
            "g_capital": slider("Capital growth (%/yr)", g_capital, 0, 15, 0.25),
            "g_labour": slider("Labour growth (%/yr)", g_labour, -2, 3, 0.25),
            "capital_share": slider("Capital share \u03b1", capital_share, 0.3, 0.6, 0.01,
                                    readout_format=".2f"),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return GrowthAccountingPlot(axes[0], axes[1])

    def draw(self, plot, g_output, g_capital, g_labour, capital_share):
        parts = growth_decomposition(g_output, g_capital, g_labour, capital_share)
        residuals = residual_by_capital_share(g_output, g_capital, g_labour, _ALPHAS)
        return plot.update(parts, _ALPHAS, residuals, capital_share)
