"""Explorer for industrial policy (the lesson's policy lab): the social optimum, a planner that
knows some of the regions' fit, and free entry in the ecosystem."""

from __future__ import annotations

from ..i18n import _
from ..models.industrial_policy import industrial_policy_model
from ..plots.industrial_policy import IndustrialPolicyPlot
from .base import Explorer
from .controls import slider


class IndustrialPolicyExplorer(Explorer):
    """The same 31 regions under the social optimum, a planner and free entry (stylised).

    Model: :mod:`explainer.models.industrial_policy`; one validated call of
    :func:`~explainer.models.industrial_policy.industrial_policy_model` per move. The set-up
    cost saved by a better environment applies to all three policies alike.
    """

    name = "industrial_policy"

    def __init__(self, directed=31, information=0, fit_spread=4.0, F=1.0, cost_cut=0):
        controls = {
            "directed": slider(_("Regions told to build"), directed, 1, 31, 1, integer=True),
            "information": slider(_("What the planner knows about fit (%)"), information, 0, 100,
                                  10, integer=True),
            "fit_spread": slider(_("Cost gap, best vs worst-suited region"), fit_spread, 0, 7.5,
                                 0.5),
            "F": slider(_("Cost of building a plant"), F, 0.2, 4, 0.1),
            "cost_cut": slider(_("Set-up cost saved by a better environment (%)"), cost_cut, 0,
                               60, 5, integer=True),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return IndustrialPolicyPlot(axes[0], axes[1])

    def draw(self, plot, directed, information, fit_spread, F, cost_cut):
        comparison = industrial_policy_model(regions=31, directed=directed,
                                             information=information / 100.0, a=10.0, b=1.0,
                                             best_cost=2.0, fit_spread=fit_spread, F=F,
                                             cost_cut=cost_cut / 100.0)
        return plot.update(comparison, information / 100.0)


#: Old name, kept for one release so that lessons published before the rename still
#: import; removed in the next release.
PolicyLabExplorer = IndustrialPolicyExplorer
