"""Explorer for the data element market: transaction costs and who holds the right."""

from __future__ import annotations

from ..models.data_rights import data_market_curves, data_market_outcome
from ..plots.data_rights import DataRightsPlot
from .base import Explorer
from .controls import slider, toggle


class DataRightsExplorer(Explorer):
    """Coase (1960) for data: lower trading costs and well-placed rights unlock deals.

    Model: :mod:`explainer.models.data_rights`.
    """

    name = "data_rights"

    def __init__(self, T=0.8, m=0.5, sd=1.0, rights="subject", user_cost=1.0):
        controls = {
            "T": slider("Transaction cost per deal T", T, 0.0, 2.0, 0.05),
            "user_cost": slider("Deal cost under user rights (× T)", user_cost, 0.5, 3.0, 0.25),
            "m": slider("Average net value of a data use m", m, -1.0, 1.0, 0.1),
            "sd": slider("Spread of net values", sd, 0.3, 2.0, 0.1),
            "rights": toggle("Right held by", [("data subject", "subject"),
                                               ("data user", "user")], rights),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return DataRightsPlot(axes[0], axes[1])

    def draw(self, plot, T, m, sd, rights, user_cost):
        # Under subject rights a user buys a licence at cost T; under user rights the data
        # subjects must organise a buy-off, which may cost them more (user_cost times T).
        curves = data_market_curves(m, sd, T_max=2.0, user_cost_ratio=user_cost)
        outcome = data_market_outcome(T, m, sd, T_user=user_cost * T)
        return plot.update(curves, outcome, rights)
