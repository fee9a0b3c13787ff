"""Explorer for idea production: what more (or better) researchers do to ideas' growth."""

from __future__ import annotations

from ..models.idea_production import idea_path
from ..plots.idea_production import IdeaProductionPlot
from .base import Explorer
from .controls import slider, toggle

JUMP_YEAR = 10.0
ROMER_START_GROWTH = 0.015


class IdeaProductionExplorer(Explorer):
    """Romer (1990) and Jones (1995): level effects, growth effects and harder-to-find ideas.

    Model: :mod:`explainer.models.idea_production`.
    """

    name = "idea_production"

    def __init__(self, model="jones", n=1.0, lam=0.75, phi=0.5, talent=2.0, productivity=1.0):
        controls = {
            "model": toggle("Model", [("Jones (φ < 1)", "jones"), ("Romer (λ = φ = 1)", "romer")],
                            model),
            "n": slider("Research workforce growth (%/yr)", n, 0.5, 2.0, 0.1),
            "lam": slider("Returns to more researchers λ", lam, 0.3, 1.0, 0.05),
            "phi": slider("Help from past ideas φ", phi, -0.5, 0.8, 0.1),
            "talent": slider("Researchers after opening (×)", talent, 1.0, 3.0, 0.1),
            "productivity": slider("Productivity per researcher (×)", productivity, 1.0, 2.0, 0.1),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return IdeaProductionPlot(axes[0], axes[1])

    def draw(self, plot, model, n, lam, phi, talent, productivity):
        if model == "romer":
            kw = dict(n=n / 100, lam=1.0, phi=1.0, g0=ROMER_START_GROWTH)
        else:
            kw = dict(n=n / 100, lam=lam, phi=phi)
        base = idea_path(**kw, jump_year=JUMP_YEAR)
        reform = idea_path(**kw, talent_jump=talent, productivity_jump=productivity,
                           jump_year=JUMP_YEAR)
        return plot.update(base, reform, JUMP_YEAR, model == "romer")
