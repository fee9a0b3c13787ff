"""Explorer for Hulten's theorem with two sectors: why traditional industries, the "basic plate"
(基本盘) in the interview's translation, carry aggregate productivity.

Each slider move makes one validated model call
(:func:`explainer.models.hulten.hulten_two_sector_model`); the grid of the curve belongs to the
model. Control labels are translated with :func:`explainer.i18n._`.
"""

from __future__ import annotations

from ..i18n import _
from ..models.hulten import hulten_two_sector_model
from ..plots.hulten_two_sector import HultenTwoSectorPlot
from .base import Explorer
from .controls import slider


class HultenTwoSectorExplorer(Explorer):
    """Aggregate TFP growth from a large traditional sector and a small emerging one.

    Model: :func:`explainer.models.hulten.hulten_two_sector_model` (Hulten 1978).
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
        return HultenTwoSectorPlot(axes[0], axes[1])

    def draw(self, plot, traditional_share, g_traditional, g_emerging):
        return plot.update(*hulten_two_sector_model(traditional_share, g_traditional, g_emerging))
