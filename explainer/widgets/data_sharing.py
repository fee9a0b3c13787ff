"""Explorer for nonrival data: how much output rises when firms share data, net of privacy costs.

Each slider move makes one validated model call
(:func:`explainer.models.nonrival_data.data_sharing_model`, which also converts the privacy
cost from thousandths). Control labels are translated with :func:`explainer.i18n._`.
"""

from __future__ import annotations

from ..i18n import _
from ..models.nonrival_data import data_sharing_model
from ..plots.data_sharing import DataSharingPlot
from .base import Explorer
from .controls import slider


class DataSharingExplorer(Explorer):
    """Stylised adaptation of Jones & Tonetti (2020): nonrival data shared across firms.

    Model: :mod:`explainer.models.nonrival_data`.
    """

    name = "data_sharing"

    def __init__(self, share=0.3, firms=100, eta=0.05, kappa_per_mille=1.0):
        controls = {
            "share": slider(_("Share of data shared"), share, 0, 1, 0.05, readout_format=".2f"),
            "firms": slider(_("Number of firms N"), firms, 2, 200, 1, integer=True),
            "eta": slider(_("Returns to data η"), eta, 0.02, 0.3, 0.01, readout_format=".2f"),
            "kappa_per_mille": slider(_("Privacy cost per use κ (‰)"), kappa_per_mille, 0, 5, 0.1,
                                      readout_format=".1f"),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return DataSharingPlot(axes[0], axes[1])

    def draw(self, plot, share, firms, eta, kappa_per_mille):
        return plot.update(*data_sharing_model(share, firms, eta, kappa_per_mille))
