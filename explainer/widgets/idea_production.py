"""Explorer for idea production: what more (or better) researchers do to ideas' growth.

One move makes one validated call,
:func:`explainer.models.idea_production.idea_production_model` (paths without and with the
reform), and hands its curves and outcome to
:class:`explainer.plots.idea_production.IdeaProductionPlot`. Control and option labels are
translated with :func:`explainer.i18n._`.
"""

from __future__ import annotations

from ..i18n import _
from ..models.idea_production import idea_production_model
from ..plots.idea_production import IdeaProductionPlot
from .base import Explorer
from .controls import slider, toggle

#: Year of the reform in the explorer.
JUMP_YEAR = 10.0
#: Idea growth at year 0 in Romer's case, which has no balanced growth path to start on.
ROMER_START_GROWTH = 0.015


class IdeaProductionExplorer(Explorer):
    """Romer (1990) and Jones (1995): level effects, growth effects and harder-to-find ideas.

    In Romer's case the λ and φ sliders are set aside (λ = φ = 1) and idea growth starts at
    1.5% a year. Model: :mod:`explainer.models.idea_production`.
    """

    name = "idea_production"

    def __init__(self, model="jones", n=1.0, lam=0.75, phi=0.5, talent=2.0, productivity=1.0):
        controls = {
            "model": toggle(_("Model"), [(_("Jones (φ < 1)"), "jones"),
                                         (_("Romer (λ = φ = 1)"), "romer")], model),
            "n": slider(_("Research workforce growth (%/yr)"), n, 0.5, 2.0, 0.1),
            "lam": slider(_("Returns to more researchers λ"), lam, 0.3, 1.0, 0.05),
            "phi": slider(_("Help from past ideas φ"), phi, -0.5, 0.8, 0.1),
            "talent": slider(_("Researchers after opening (×)"), talent, 1.0, 3.0, 0.1),
            "productivity": slider(_("Productivity per researcher (×)"), productivity, 1.0, 2.0,
                                   0.1),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return IdeaProductionPlot(axes[0], axes[1])

    def draw(self, plot, model, n, lam, phi, talent, productivity):
        if model == "romer":
            lam, phi, g0 = 1.0, 1.0, ROMER_START_GROWTH
        else:
            g0 = None
        curves, outcome = idea_production_model(n / 100, lam, phi, talent, productivity,
                                                jump_year=JUMP_YEAR, g0=g0)
        return plot.update(curves, outcome)
