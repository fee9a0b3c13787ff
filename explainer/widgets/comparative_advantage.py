"""Explorer for industry viability: what a region's endowment can support without subsidy."""

from __future__ import annotations

import numpy as np

from ..models.comparative_advantage import prices_with_switch_points, viability_subsidies
from ..plots.comparative_advantage import ViabilityPlot
from .base import Explorer
from .controls import dropdown, slider

#: Illustrative industries and capital shares (labour-intensive to capital-intensive).
INDUSTRIES = ("textiles", "autos", "chips")
CAPITAL_SHARES = (0.3, 0.5, 0.8)
#: World prices set so that textiles give way to autos at w/r = 0.8 and autos to chips at 2.5.
SWITCH_POINTS = (0.8, 2.5)


class ViabilityExplorer(Explorer):
    """Subsidy needed to force an industry that the region's endowment does not support.

    Model: :mod:`explainer.models.comparative_advantage` (Lin 2011).
    """

    name = "viability"

    def __init__(self, omega=0.5, industry="chips", output_value=100.0):
        self.prices = prices_with_switch_points(CAPITAL_SHARES, SWITCH_POINTS)
        self.grid = np.geomspace(0.2, 5.0, 120)
        controls = {
            "omega": slider("Region's wage-rental ratio w/r", omega, 0.2, 5.0, 0.05,
                            readout_format=".2f"),
            "industry": dropdown("Industry the region is told to build",
                                 list(INDUSTRIES), industry),
            "output_value": slider("Planned sales per year (money units)", output_value,
                                   10, 200, 10, readout_format=".0f"),
        }
        super().__init__(controls)

    def make_plot(self, axes):
        return ViabilityPlot(axes[0], INDUSTRIES)

    def draw(self, plot, omega, industry, output_value):
        curves = viability_subsidies(CAPITAL_SHARES, self.prices, self.grid)
        here = viability_subsidies(CAPITAL_SHARES, self.prices, omega)
        chosen = INDUSTRIES.index(industry)
        return plot.update(self.grid, curves, omega, chosen, float(here[chosen]),
                           int(np.argmin(here)), output_value)
