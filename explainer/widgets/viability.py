"""Explorer for industry viability: what a region's endowment can support without subsidy."""

from __future__ import annotations

from ..i18n import N_, _
from ..models.viability import (prices_with_switch_points, viability_curves,
                                            viability_model)
from ..plots.viability import ViabilityPlot
from .base import Explorer
from .controls import dropdown, slider

#: Illustrative industries (English names, translated when shown) and capital shares
#: (labour-intensive to capital-intensive).
INDUSTRIES = (N_("textiles"), N_("autos"), N_("chips"))
CAPITAL_SHARES = (0.3, 0.5, 0.8)
#: World prices set so that textiles give way to autos at w/r = 0.8 and autos to chips at 2.5.
SWITCH_POINTS = (0.8, 2.5)
PRICES = prices_with_switch_points(CAPITAL_SHARES, SWITCH_POINTS)


class ViabilityExplorer(Explorer):
    """Subsidy needed to force an industry that the region's endowment does not support.

    Model: :mod:`explainer.models.viability` (Lin 2011). The three subsidy
    curves do not depend on the controls: they are computed once (``viability_curves``) and
    drawn once; a move computes only the region's point and the yearly bill on the planned
    sales (``viability_model``), which the figure shows in a box.
    """

    name = "viability"

    def __init__(self, omega=0.5, industry="chips", output_value=100.0):
        controls = {
            "omega": slider(_("Region's wage-rental ratio w/r"), omega, 0.2, 5.0, 0.05,
                            readout_format=".2f"),
            "industry": dropdown(_("Industry the region is told to build"),
                                 [(_(name), name) for name in INDUSTRIES], industry),
            "output_value": slider(_("Planned sales per year (money units)"), output_value,
                                   10, 200, 10, readout_format=".0f"),
        }
        super().__init__(controls)

    def make_plot(self, axes):
        return ViabilityPlot(axes[0], INDUSTRIES, viability_curves(CAPITAL_SHARES, PRICES))

    def draw(self, plot, omega, industry, output_value):
        outcome = viability_model(CAPITAL_SHARES, PRICES, omega, INDUSTRIES.index(industry),
                                  output_value)
        return plot.update(outcome)
