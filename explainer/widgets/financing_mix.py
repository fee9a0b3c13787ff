"""Explorer for China's financing mix: how much of the real economy's financing is loans, bonds and equity.

The PBoC table is read and summed once, when the explorer is built
(:func:`explainer.models.venture_finance.financing_mix_model`); a move only redraws
:class:`explainer.plots.financing_mix.FinancingMixPlot`. Control and option labels are
translated with :func:`explainer.i18n._`.
"""

from __future__ import annotations

from ..data import load
from ..i18n import _
from ..models.venture_finance import financing_mix_model
from ..plots.financing_mix import FinancingMixPlot
from .base import Explorer
from .controls import toggle


class FinancingMixExplorer(Explorer):
    """China's financing mix: the stock of aggregate financing to the real economy (PBoC).

    Model: :func:`explainer.models.venture_finance.financing_mix_model`, called once when the
    explorer is built (the table is read and summed then); a move only redraws.
    """

    name = "financing_mix"
    sources = ("afre_financing_mix",)

    def __init__(self, date="2025-03-31"):
        self.mix = financing_mix_model(load("afre_financing_mix"))
        self.date_labels = {"2020-12-31": _("end-2020"), "2025-03-31": _("end-March 2025")}
        options = [(label, day) for day, label in self.date_labels.items()]
        controls = {"date": toggle(_("Date"), options, date)}
        super().__init__(controls, figsize=(7.2, 2.9))

    def make_plot(self, axes):
        return FinancingMixPlot(axes[0])

    def draw(self, plot, date):
        return plot.update(self.mix[date], self.date_labels[date])

