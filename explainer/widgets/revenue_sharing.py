"""Explorer for sharing the revenue of a scientific achievement (the 70/30 reform).

One move makes one validated call,
:func:`explainer.models.revenue_sharing.revenue_sharing_model`, and hands its curve and reform
to :class:`explainer.plots.revenue_sharing.RevenueSharingPlot`. Control labels are translated
with :func:`explainer.i18n._`.
"""

from __future__ import annotations

from ..i18n import _
from ..models.revenue_sharing import revenue_sharing_model
from ..plots.revenue_sharing import RevenueSharingPlot
from .base import Explorer
from .controls import slider


class RevenueSharingExplorer(Explorer):
    """The unit's revenue first rises, then falls, with the researcher's share.

    Model: :mod:`explainer.models.revenue_sharing` (incentive model; evidence in Lach &
    Schankerman 2008).
    """

    name = "revenue_sharing"

    def __init__(self, share_before=20, share_after=70, beta=0.7, gamma=1.0):
        controls = {
            "share_before": slider(_("Researcher's share before (%)"), share_before, 5, 95, 5,
                                   readout_format=".0f"),
            "share_after": slider(_("Researcher's share after (%)"), share_after, 5, 95, 5,
                                  readout_format=".0f"),
            "beta": slider(_("How much revenue rides on effort β"), beta, 0.1, 0.9, 0.05),
            "gamma": slider(_("How fast effort gets costly γ"), gamma, 1.0, 3.0, 0.1),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return RevenueSharingPlot(axes[0], axes[1])

    def draw(self, plot, share_before, share_after, beta, gamma):
        curves, reform = revenue_sharing_model(share_before / 100, share_after / 100, beta,
                                               gamma)
        return plot.update(curves, reform)
