"""Explorer for the data element market: transaction costs and who holds the right.

One move makes one validated call, :func:`explainer.models.data_rights.data_rights_model`, and
hands its curves and outcome to :class:`explainer.plots.data_rights.DataRightsPlot`. Control
and option labels are translated with :func:`explainer.i18n._`.
"""

from __future__ import annotations

from ..i18n import _
from ..models.data_rights import data_rights_model
from ..plots.data_rights import DataRightsPlot
from .base import Explorer
from .controls import slider, toggle


class DataRightsExplorer(Explorer):
    """Coase (1960) for data: lower trading costs and well-placed rights unlock deals.

    Under subject rights a user buys a licence at cost ``T``; under user rights the data
    subjects must organise a buy-off, which may cost them more (``user_cost`` times ``T``).
    Model: :mod:`explainer.models.data_rights`.
    """

    name = "data_rights"

    def __init__(self, T=0.8, m=0.5, sd=1.0, rights="subject", user_cost=1.0):
        controls = {
            "T": slider(_("Transaction cost per deal T"), T, 0.0, 2.0, 0.05),
            "user_cost": slider(_("Deal cost under user rights (× T)"), user_cost, 0.5, 3.0,
                                0.25),
            "m": slider(_("Average net value of a data use m"), m, -1.0, 1.0, 0.1),
            "sd": slider(_("Spread of net values"), sd, 0.3, 2.0, 0.1),
            "rights": toggle(_("Right held by"), [(_("data subject"), "subject"),
                                                  (_("data user"), "user")], rights),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return DataRightsPlot(axes[0], axes[1])

    def draw(self, plot, T, m, sd, rights, user_cost):
        curves, outcome = data_rights_model(T, m, sd, rights, user_cost_ratio=user_cost)
        return plot.update(curves, outcome)
