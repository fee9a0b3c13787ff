"""Explorer for obsolescence of vintage capital: a plant behind the technology frontier, at a
slow or fast pace of iteration (Solow 1960; Salter 1960)."""

from __future__ import annotations

from ..i18n import _
from ..models.obsolescence import obsolescence_model
from ..plots.obsolescence import ObsolescencePlot
from .base import Explorer
from .controls import slider


class ObsolescenceExplorer(Explorer):
    """A plant behind the technology frontier loses more of its investment where technology moves fast.

    Model: :mod:`explainer.models.obsolescence` (the lesson's stylisation of the vintage-capital
    models of Solow 1960 and Salter 1960); one validated call of
    :func:`~explainer.models.obsolescence.obsolescence_model` per move.
    """

    name = "obsolescence"

    def __init__(self, pace=10, delay=1.0, investment=3.0):
        controls = {
            "pace": slider(_("Pace of iteration (% a year)"), pace, 1, 50, 1, integer=True),
            "delay": slider(_("Years the plant is behind the frontier"), delay, 0, 10, 0.5),
            "investment": slider(_("Capital intensity (investment per unit)"), investment, 1, 10,
                                 0.5),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return ObsolescencePlot(axes[0], axes[1])

    def draw(self, plot, pace, delay, investment):
        outcome = obsolescence_model(pace / 100.0, delay, investment, r=0.05, g_max=0.5,
                                     age_max=100.0, points=1001)
        return plot.update(outcome)
