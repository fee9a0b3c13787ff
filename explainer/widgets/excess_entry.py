"""Explorer for excess entry: how many firms a hot market attracts, and how many it needs."""

from __future__ import annotations

from ..i18n import _
from ..models.excess_entry import excess_entry_model
from ..plots.excess_entry import ExcessEntryPlot
from .base import Explorer
from .controls import slider


class ExcessEntryExplorer(Explorer):
    """Free entry versus the social optimum in a Cournot market, with a local entry subsidy.

    Model: :mod:`explainer.models.excess_entry` (Mankiw & Whinston 1986).
    """

    name = "excess_entry"

    def __init__(self, a=10.0, b=1.0, c=2.0, F=0.5, subsidy_share=0.0):
        controls = {
            "a": slider(_("Demand size a"), a, 5, 20, 0.5),
            "b": slider(_("Demand slope b"), b, 0.5, 2, 0.1),
            "c": slider(_("Marginal cost c"), c, 0, 4.5, 0.1),
            "F": slider(_("Entry cost F"), F, 0.1, 5, 0.1),
            "subsidy_share": slider(_("Entry subsidy (% of F)"), subsidy_share, 0, 90, 5,
                                    readout_format=".0f"),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return ExcessEntryPlot(axes[0], axes[1])

    def draw(self, plot, a, b, c, F, subsidy_share):
        subsidy = F * subsidy_share / 100.0
        curves, outcome = excess_entry_model(a, b, c, F, subsidy)
        return plot.update(curves, outcome)
