"""Explorers for Hulten's theorem: why the traditional "base plate" carries aggregate productivity.

Each slider move makes one validated model call (:func:`explainer.models.hulten.two_sector_model`
or :func:`explainer.models.hulten.network_model`); the grids of the curves belong to the model.
Control labels are translated with :func:`explainer.i18n._`.
"""

from __future__ import annotations

from ..i18n import _
from ..models.hulten import network_model, two_sector_model
from ..plots.hulten import NetworkPlot, TwoSectorPlot
from .base import Explorer
from .controls import slider


class TwoSectorExplorer(Explorer):
    """Aggregate TFP growth from a large traditional sector and a small emerging one.

    Model: :func:`explainer.models.hulten.two_sector_model` (Hulten 1978).
    """

    name = "hulten_two_sector"

    def __init__(self, traditional_share=0.8, g_traditional=1.0, g_emerging=5.0):
        controls = {
            "traditional_share": slider(_("Traditional share of value added"), traditional_share,
                                        0.5, 0.95, 0.05, readout_format=".2f"),
            "g_traditional": slider(_("Traditional TFP growth (%/yr)"), g_traditional, 0, 4, 0.25),
            "g_emerging": slider(_("Emerging TFP growth (%/yr)"), g_emerging, 0, 15, 0.5),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return TwoSectorPlot(axes[0], axes[1])

    def draw(self, plot, traditional_share, g_traditional, g_emerging):
        return plot.update(*two_sector_model(traditional_share, g_traditional, g_emerging))


class NetworkExplorer(Explorer):
    """Domar weights in a two-sector input-output economy, and a run-down of the traditional base.

    Model: :func:`explainer.models.hulten.network_model` (Domar weights and a run-down of
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
        return NetworkPlot(axes[0], axes[1])

    def draw(self, plot, beta_traditional, traditional_own_use, traditional_in_emerging, cut):
        return plot.update(*network_model(beta_traditional, traditional_own_use,
                                          traditional_in_emerging, cut))
