"""Explorer for big data, big compute, big models: the compute-optimal split under a data cap.

Each slider move makes one validated model call
(:func:`explainer.models.scaling_laws.scaling_laws_model`). Control labels are translated with
:func:`explainer.i18n._`.
"""

from __future__ import annotations

from ..i18n import _
from ..models.scaling_laws import scaling_laws_model
from ..plots.scaling_laws import ScalingLawsPlot
from .base import Explorer
from .controls import slider


class ScalingLawsExplorer(Explorer):
    """Hoffmann et al. (2022): split a compute budget between parameters and training tokens.

    Both sliders move in powers of ten (a log scale): 23 means 10^23.
    Model: :mod:`explainer.models.scaling_laws`.
    """

    name = "scaling_laws"

    def __init__(self, log10_compute=23.0, log10_tokens=11.5):
        controls = {
            "log10_compute": slider(_("Compute, 10^x FLOPs"), log10_compute, 18, 27, 0.1,
                                    readout_format=".1f"),
            "log10_tokens": slider(_("Data available, 10^x tokens"), log10_tokens, 9, 14, 0.1,
                                   readout_format=".1f"),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return ScalingLawsPlot(axes[0], axes[1])

    def draw(self, plot, log10_compute, log10_tokens):
        C, D_max = 10.0 ** log10_compute, 10.0 ** log10_tokens
        curves, outcome = scaling_laws_model(C, D_max)
        return plot.update(curves, outcome)


#: Old name, kept for one release so that lessons published before the rename still
#: import; removed in the next release.
ScalingExplorer = ScalingLawsExplorer
