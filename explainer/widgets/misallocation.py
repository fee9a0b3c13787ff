"""Explorer for misallocation: data that shrink the wedges raise TFP at the same inputs.

Each slider move makes one validated model call
(:func:`explainer.models.misallocation.misallocation_model`). Control labels are translated
with :func:`explainer.i18n._`.
"""

from __future__ import annotations

from ..i18n import _
from ..models.misallocation import misallocation_model
from ..plots.misallocation import MisallocationPlot
from .base import Explorer
from .controls import slider


class MisallocationExplorer(Explorer):
    """Hsieh & Klenow (2009): wedges between firms' marginal products lower aggregate TFP.

    One industry with given capital and labour; each firm's output wedge keeps its marginal
    revenue products apart from the others'. Data are assumed to remove a share of every
    wedge (the lesson's reading of the interview, not Hsieh & Klenow's). The elasticity of
    substitution is 3 and the most productive firms face the largest wedges.
    Model: :mod:`explainer.models.misallocation`.
    """

    name = "misallocation"

    def __init__(self, data_cut_pct=50.0, wedge_spread=0.5, productivity_spread=0.5, firms=6):
        controls = {
            "data_cut_pct": slider(_("Wedges removed by data (%)"), data_cut_pct, 0, 100, 1,
                                   readout_format=".0f"),
            "wedge_spread": slider(_("Spread of the wedges (s.d. of log TFPR)"), wedge_spread,
                                   0.0, 1.5, 0.05, readout_format=".2f"),
            "productivity_spread": slider(_("Spread of productivity (s.d. of log A)"),
                                          productivity_spread, 0.0, 1.5, 0.05,
                                          readout_format=".2f"),
            "firms": slider(_("Number of firms"), firms, 2, 30, 1, integer=True),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return MisallocationPlot(axes[0], axes[1])

    def draw(self, plot, data_cut_pct, wedge_spread, productivity_spread, firms):
        curves, outcome = misallocation_model(firms, productivity_spread, wedge_spread,
                                              data_cut_pct)
        return plot.update(curves, outcome)
