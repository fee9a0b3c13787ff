"""Explorers for Hulten's theorem: why the traditional "base plate" carries aggregate productivity."""

from __future__ import annotations

import numpy as np

from ..models.hulten import (rundown_curve, rundown_outcome, two_sector_growth_curve,
                             two_sector_network, two_sector_tfp_growth)
from ..plots.hulten import NetworkPlot, TwoSectorPlot
from .base import Explorer
from .controls import slider

_G_EMERGING_GRID = np.linspace(0.0, 15.0, 61)
_CUTS = np.linspace(0.0, 0.30, 61)


class TwoSectorExplorer(Explorer):
    """Aggregate TFP growth from a large traditional sector and a small emerging one.

    Model: :func:`explainer.models.hulten.two_sector_tfp_growth` (Hulten 1978).
    """

    name = "hulten_two_sector"

    def __init__(self, traditional_share=0.8, g_traditional=1.0, g_emerging=5.0):
        controls = {
            "traditional_share": slider("Traditional share of value added", traditional_share,
                                        0.5, 0.95, 0.05, readout_format=".2f"),
            "g_traditional": slider("Traditional TFP growth (%/yr)", g_traditional, 0, 4, 0.25),
            "g_emerging": slider("Emerging TFP growth (%/yr)", g_emerging, 0, 15, 0.5),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return TwoSectorPlot(axes[0], axes[1])

    def draw(self, plot, traditional_share, g_traditional, g_emerging):
        result = two_sector_tfp_growth(traditional_share, g_traditional, g_emerging)
        with_base = two_sector_growth_curve(traditional_share, g_traditional, _G_EMERGING_GRID)
        without = two_sector_growth_curve(traditional_share, 0.0, _G_EMERGING_GRID)
        return plot.update(result, traditional_share, _G_EMERGING_GRID, with_base, without)


class NetworkExplorer(Explorer):
    """Domar weights in a two-sector input-output economy, and a run-down of the traditional base.

    Model: :func:`explainer.models.hulten.domar_weights` and
    :func:`explainer.models.hulten.rundown_outcome` (Hulten 1978; Domar 1961).
    """

    name = "hulten_network"

    def __init__(self, beta_traditional=0.75, traditional_own_use=0.4,
                 traditional_in_emerging=0.3, cut=10.0):
        controls = {
            "beta_traditional": slider("Traditional share of final spending", beta_traditional,
                                       0.5, 0.9, 0.05, readout_format=".2f"),
            "traditional_own_use": slider("Traditional inputs in traditional costs",
                                          traditional_own_use, 0, 0.6, 0.05, readout_format=".2f"),
            "traditional_in_emerging": slider("Traditional inputs in emerging costs",
                                              traditional_in_emerging, 0, 0.6, 0.05,
                                              readout_format=".2f"),
            "cut": slider("Fall in traditional productivity (%)", cut, 0, 30, 1,
                          readout_format=".0f"),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return NetworkPlot(axes[0], axes[1])

    def draw(self, plot, beta_traditional, traditional_own_use, traditional_in_emerging, cut):
        omega, beta = two_sector_network(beta_traditional, traditional_own_use,
                                         traditional_in_emerging)
        outcome = rundown_outcome(omega, beta, cut / 100.0)
        curves = rundown_curve(omega, beta, _CUTS)
        return plot.update(outcome, 100.0 * _CUTS, curves, cut)
