"""Explorer for Hulten's theorem in a network: Domar weights, and a run-down of the traditional base.

Each slider move makes one validated model call
(:func:`explainer.models.hulten.hulten_network_model`); the grid of the curve belongs to the
model. Control labels are translated with :func:`explainer.i18n._`.
"""

from __future__ import annotations

from ..i18n import _
from ..models.hulten import hulten_network_model
from ..plots.hulten_network import HultenNetworkPlot
from .base import Explorer
from .controls import slider


class HultenNetworkExplorer(Explorer):
    """Domar weights in a two-sector input-output economy, and a run-down of the traditional base.

    Model: :func:`explainer.models.hulten.hulten_network_model` (Domar weights and a run-down of
    sector 0; Hulten 1978; Domar 1961).
    """

    name = "hulten_network"

    def __init__(self, beta_traditional=0.75, traditional_own_use=0.4,
                 traditional_in_emerging=0.3, cut=10.0):
        controls = {
            "beta_traditional": slider(_("Traditional share of final spending"), beta_traditional,
                                       0.5, 0.9, 0.05, readout_format=".2f"),
            "traditional_own_use": slider(_("Traditional inputs in traditional costs"),
                                          traditional_own_use, 0, 0.6, 0.05, readout_format=".2f"),
            "traditional_in_emerging": slider(_("Traditional inputs in emerging costs"),
                                              traditional_in_emerging, 0, 0.6, 0.05,
                                              readout_format=".2f"),
            "cut": slider(_("Fall in traditional productivity (%)"), cut, 0, 30, 1,
                          readout_format=".0f"),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return HultenNetworkPlot(axes[0], axes[1])

    def draw(self, plot, beta_traditional, traditional_own_use, traditional_in_emerging, cut):
        return plot.update(*hulten_network_model(beta_traditional, traditional_own_use,
                                                 traditional_in_emerging, cut))

