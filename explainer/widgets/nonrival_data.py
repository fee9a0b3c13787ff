"""Explorer for nonrival data: how much output rises when firms share data, net of privacy costs."""

from __future__ import annotations

from ..models.nonrival_data import sharing_curves, sharing_outcome
from ..plots.nonrival_data import DataSharingPlot
from .base import Explorer
from .controls import slider


class DataSharingExplorer(Explorer):
    """Stylised adaptation of Jones & Tonetti (2020): nonrival data shared across firms.

    Model: :mod:`explainer.models.nonrival_data`.
    """

    name = "data_sharing"

    def __init__(self, share=0.3, firms=100, eta=0.05, kappa_per_mille=1.0):
        controls = {
            "share": slider("Share of data shared", share, 0, 1, 0.05, readout_format=".2f"),
            "firms": slider("Number of firms N", firms, 2, 200, 1, integer=True),
            "eta": slider("Returns to data η", eta, 0.02, 0.3, 0.01, readout_format=".2f"),
            "kappa_per_mille": slider("Privacy cost per use κ (‰)", kappa_per_mille, 0, 5, 0.1,
                                      readout_format=".1f"),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return DataSharingPlot(axes[0], axes[1])

    def draw(self, plot, share, firms, eta, kappa_per_mille):
        kappa = kappa_per_mille / 1000.0
        outcome = sharing_outcome(share, firms, eta, kappa)
        curves = sharing_curves(firms, eta, kappa)
        return plot.update(curves, outcome, firms)
