"""Explorer for data in growth accounting: what leaving data out does to measured TFP.

One slider move makes one validated model call
(:func:`explainer.models.nonrival_data.data_accounting_model`). Control labels are translated
with :func:`explainer.i18n._`.
"""

from __future__ import annotations

from ..i18n import _
from ..models.nonrival_data import ILLUSTRATIVE_GROWTH, data_accounting_model
from ..plots.data_accounting import DataAccountingPlot
from .base import Explorer
from .controls import slider

#: Illustrative growth rates of output, capital and labour (percent a year), from the model.
G_OUTPUT, G_CAPITAL, G_LABOUR = ILLUSTRATIVE_GROWTH


class DataAccountingExplorer(Explorer):
    """Growth accounting with data as a factor, ``Y = A K^a L^(1-a) D^g``.

    Model: :func:`explainer.models.nonrival_data.data_accounting_model`. The sliders
    set the output elasticities, assumed known (returns to scale ``1 + gamma``); capital and
    labour are paid their marginal products and data nothing, so the Solow residual uses
    weights ``alpha`` and ``1 - alpha``. Output, capital and labour growth are fixed
    illustrative values (5%, 7%, 0.5% a year).
    """

    name = "data_accounting"
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
        account = data_accounting_model(G_OUTPUT, G_CAPITAL, G_LABOUR, g_data, alpha, gamma)
        return plot.update(account)

