"""Explorers for the digital economy in data and for data in growth accounting.

The data explorer loads its table once and only switches the measure on a move; the
accounting explorer makes one validated model call per move
(:func:`explainer.models.nonrival_data.growth_accounting_with_data`). Control labels and option
labels are translated with :func:`explainer.i18n._`.
"""

from __future__ import annotations

from .. import data
from ..i18n import _
from ..models.nonrival_data import ILLUSTRATIVE_GROWTH, growth_accounting_with_data
from ..plots.digital_economy import DataAccountingPlot, DigitalEconomyPlot
from .base import Explorer
from .controls import slider, toggle


class DigitalEconomyExplorer(Explorer):
    """China's digital economy by year: CAICT's broad estimate and the NBS core count."""

    name = "digital_economy_data"
    sources = ("china_digital_economy",)

    def __init__(self, measure="share"):
        self.table = data.load("china_digital_economy")
        controls = {
            "measure": toggle(_("Show"), [(_("size"), "size"), (_("share of GDP"), "share")], measure),
        }
        super().__init__(controls, figsize=(7.2, 3.4))

    def make_plot(self, axes):
        return DigitalEconomyPlot(axes[0], self.table)

    def draw(self, plot, measure):
        return plot.update(measure)


#: Illustrative growth rates of output, capital and labour (percent a year), from the model.
G_OUTPUT, G_CAPITAL, G_LABOUR = ILLUSTRATIVE_GROWTH


class DataAccountingExplorer(Explorer):
    """Growth accounting with data as a factor, ``Y = A K^a L^(1-a) D^g``.

    Model: :func:`explainer.models.nonrival_data.growth_accounting_with_data`. The sliders
    set the output elasticities, assumed known (returns to scale ``1 + gamma``); capital and
    labour are paid their marginal products and data nothing, so the Solow residual uses
    weights ``alpha`` and ``1 - alpha``. Output, capital and labour growth are fixed
    illustrative values (5%, 7%, 0.5% a year).
    """

    name = "data_growth_accounting"
    sources = ("china_data_production",)

    def __init__(self, alpha=0.5, gamma=0.03, g_data=22.7):
        controls = {
            "alpha": slider(_("Capital elasticity α"), alpha, 0.3, 0.6, 0.01, readout_format=".2f"),
            "gamma": slider(_("Data elasticity γ"), gamma, 0.0, 0.1, 0.005, readout_format=".3f"),
            "g_data": slider(_("Growth of data used (%/yr)"), g_data, 0, 40, 0.1, readout_format=".1f"),
        }
        super().__init__(controls, figsize=(7.2, 3.0))

    def make_plot(self, axes):
        return DataAccountingPlot(axes[0])

    def draw(self, plot, alpha, gamma, g_data):
        account = growth_accounting_with_data(G_OUTPUT, G_CAPITAL, G_LABOUR, g_data, alpha, gamma)
        return plot.update(account)
