"""Explorer for the switch from imitation ("follow-style") to innovation ("leading-style").

Each slider move makes one validated model call
(:func:`explainer.models.distance_to_frontier.distance_to_frontier_model`). Control labels are
translated with :func:`explainer.i18n._`.
"""

from __future__ import annotations

from ..i18n import _
from ..models.distance_to_frontier import distance_to_frontier_model
from ..plots.distance_to_frontier import DistanceToFrontierPlot
from .base import Explorer
from .controls import slider


class DistanceToFrontierExplorer(Explorer):
    """Distance to the frontier under imitation and innovation strategies (after AAZ 2006).

    Model: :mod:`explainer.models.distance_to_frontier`. The innovation strategy is fixed at
    ``eta0 = 0.10, gamma0 = 0.92`` and the imitation strategy's own-innovation weight at
    ``gamma1 = 0.75``; the frontier grows 2% a year.
    """

    name = "distance_to_frontier"

    def __init__(self, a0=0.3, eta1=0.25, switch_at=0.95):
        controls = {
            "a0": slider(_("Starting level (share of frontier)"), a0, 0.1, 0.9, 0.05,
                         readout_format=".2f"),
            "eta1": slider(_("Imitation gain η₁"), eta1, 0.12, 0.27, 0.01, readout_format=".2f"),
            "switch_at": slider(_("Switch to innovation at"), switch_at, 0.3, 1.0, 0.01,
                                readout_format=".2f"),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return DistanceToFrontierPlot(axes[0], axes[1])

    def draw(self, plot, a0, eta1, switch_at):
        return plot.update(distance_to_frontier_model(a0, eta1, switch_at, periods=60))


#: Old name, kept for one release so that lessons published before the rename still
#: import; removed in the next release.
CatchUpExplorer = DistanceToFrontierExplorer
