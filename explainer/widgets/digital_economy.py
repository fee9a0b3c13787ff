"""Explorer for the digital economy in data: CAICT's broad estimate next to the NBS core count.

The explorer loads its table once and only switches the measure on a move (a data explorer:
no model runs). Control labels and option labels are translated with :func:`explainer.i18n._`.
"""

from __future__ import annotations

from .. import data
from ..i18n import _
from ..plots.digital_economy import DigitalEconomyPlot
from .base import Explorer
from .controls import toggle
# The data-accounting explorer lived here: its old import path is kept for one release so that
# lessons published before the move still import; removed in the next release.
from .data_accounting import DataAccountingExplorer  # noqa: F401


class DigitalEconomyExplorer(Explorer):
    """China's digital economy by year: CAICT's broad estimate and the NBS core count."""

    name = "digital_economy"
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
