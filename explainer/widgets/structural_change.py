"""Explorer for structural change: sector shares as an outcome of uneven productivity growth.

The NBS table and the 1978 starting shares are read once, when the explorer is built; each
slider move makes one validated model call
(:func:`explainer.models.structural_change.structural_change_model`). Control labels are
translated with :func:`explainer.i18n._`.
"""

from __future__ import annotations

from .. import data
from ..i18n import _
from ..models.structural_change import structural_change_model
from ..plots.structural_change import StructuralChangePlot
from .base import Explorer
from .controls import slider

#: Shares of 1978 in the 2010 Yearbook vintage, the model's starting point (percent).
START_YEAR = 1978
END_YEAR = 2035
REPORT_YEAR = 2023


class StructuralChangeExplorer(Explorer):
    """Three-sector Baumol / Ngai-Pissarides model started from China's 1978 shares.

    Model: :mod:`explainer.models.structural_change`. Data: ``china_gdp_sector_shares``.
    """

    name = "structural_change"
    sources = ("china_gdp_sector_shares",)

    def __init__(self, sigma=0.25, g_primary=8.0, g_secondary=5.0, g_tertiary=2.0):
        self.table = data.load("china_gdp_sector_shares")
        start = self.table[self.table["year"] == START_YEAR].set_index("sector")["share_pct"]
        self.initial = [float(start[s]) for s in ("primary", "secondary", "tertiary")]
        controls = {
            "sigma": slider(_("Substitutability σ"), sigma, 0.05, 1.5, 0.05, readout_format=".2f"),
            "g_primary": slider(_("Productivity growth, agriculture (%/yr)"), g_primary, 0, 10, 0.5,
                                readout_format=".1f"),
            "g_secondary": slider(_("Productivity growth, industry (%/yr)"), g_secondary, 0, 10, 0.5,
                                  readout_format=".1f"),
            "g_tertiary": slider(_("Productivity growth, services (%/yr)"), g_tertiary, 0, 10, 0.5,
                                 readout_format=".1f"),
        }
        super().__init__(controls, figsize=(7.2, 3.8))

    def make_plot(self, axes):
        return StructuralChangePlot(axes[0], self.table)

    def draw(self, plot, sigma, g_primary, g_secondary, g_tertiary):
        return plot.update(*structural_change_model(
            self.initial, [g_primary, g_secondary, g_tertiary], sigma, START_YEAR, END_YEAR,
            REPORT_YEAR))
