"""Explorer for information cascades: regions that follow earlier regions into a hot industry."""

from __future__ import annotations

from ..i18n import _
from ..models.cascades import cascades_model
from ..plots.cascades import CascadesPlot
from .base import Explorer
from .controls import slider


class CascadesExplorer(Explorer):
    """How often a sequence of regions herds the wrong way, and what a public assessment does.

    Model: :mod:`explainer.models.cascades` (Bikhchandani, Hirshleifer & Welch 1992), one
    validated call of :func:`~explainer.models.cascades.cascades_model` per move. The lines
    are exact probabilities; the markers are shares of 2,000 simulated sequences (fixed seed).
    The single public assessment before the first region is an extension of BHW, who show
    that repeated public releases lead to the right cascade (their Proposition 3).
    """

    name = "cascades"
    simulated_paths = 2000

    def __init__(self, p=0.6, regions=20, public_precision=0.5):
        controls = {
            "p": slider(_("Private signal right (share)"), p, 0.51, 0.95, 0.01,
                        readout_format=".2f"),
            "regions": slider(_("Regions deciding"), regions, 2, 40, 1, integer=True),
            "public_precision": slider(_("Public assessment right (0.5 = none)"),
                                       public_precision, 0.5, 0.95, 0.01, readout_format=".2f"),
        }
        super().__init__(controls)

    def make_plot(self, axes):
        return CascadesPlot(axes[0])

    def draw(self, plot, p, regions, public_precision):
        curves, outcome = cascades_model(p, regions, public_precision,
                                         paths=self.simulated_paths, seed=1)
        return plot.update(curves, outcome)


#: Old name, kept for one release so that lessons published before the rename still
#: import; removed in the next release.
CascadeExplorer = CascadesExplorer
