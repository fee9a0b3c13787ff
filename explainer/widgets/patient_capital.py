"""Explorer for patient capital: the J-curve of a venture fund and the horizon an investor needs.

Each move makes one validated model call
(:func:`explainer.models.venture_finance.patient_capital_model`) and hands the results to
:class:`explainer.plots.patient_capital.PatientCapitalPlot`. Control labels are translated with
:func:`explainer.i18n._`.
"""

from __future__ import annotations

from ..i18n import _
from ..models.venture_finance import patient_capital_model
from ..plots.patient_capital import PatientCapitalPlot
from .base import Explorer
from .controls import slider


class PatientCapitalExplorer(Explorer):
    """The J-curve of a venture fund and the horizon an investor needs to see its value.

    Model: :mod:`explainer.models.venture_finance` (fund structure as in Metrick & Yasuda 2010).
    """

    name = "patient_capital"

    def __init__(self, horizon=5, k=3, tau_min=5, window=7, multiple=2.5):
        controls = {
            "horizon": slider(_("Investor's horizon (years)"), horizon, 1, 15, 1, integer=True),
            "k": slider(_("Years to invest the capital"), k, 1, 5, 1, integer=True),
            "tau_min": slider(_("Year of the first exits"), tau_min, 2, 10, 1, integer=True),
            "window": slider(_("Years over which exits come"), window, 1, 8, 1, integer=True),
            "multiple": slider(_("Money back per yuan in the end"), multiple, 0.5, 4.0, 0.1),
        }
        super().__init__(controls)

    def make_plot(self, axes):
        return PatientCapitalPlot(axes[0])

    def draw(self, plot, horizon, k, tau_min, window, multiple):
        curve, outcome = patient_capital_model(horizon, k, tau_min, tau_min + window, multiple)
        return plot.update(curve, outcome)

