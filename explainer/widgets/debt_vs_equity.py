"""Explorer for financing innovators: what a lender and an equity investor expect from a venture.

Each move makes one validated model call
(:func:`explainer.models.venture_finance.debt_vs_equity_model`) and hands the results to
:class:`explainer.plots.debt_vs_equity.DebtVsEquityPlot`. Control labels are translated with
:func:`explainer.i18n._`.
"""

from __future__ import annotations

from ..i18n import _
from ..models.venture_finance import debt_vs_equity_model
from ..plots.debt_vs_equity import DebtVsEquityPlot
from .base import Explorer
from .controls import slider


class DebtVsEquityExplorer(Explorer):
    """What a lender and an equity investor expect from the same skewed venture.

    Model: :mod:`explainer.models.venture_finance` (Pareto payoffs; evidence in Hall &
    Woodward 2010 and Kerr, Nanda & Rhodes-Kropf 2014).
    """

    name = "debt_vs_equity"

    def __init__(self, fail=75, alpha=1.5, x_m=2.0, collateral=0.0, rate=24):
        controls = {
            "fail": slider(_("Ventures that return nothing (%)"), fail, 50, 95, 5,
                           readout_format=".0f"),
            "alpha": slider(_("Tail index α (lower = bigger winners)"), alpha, 1.1, 3.0, 0.1),
            "x_m": slider(_("Smallest winner's multiple"), x_m, 1.0, 4.0, 0.5),
            "collateral": slider(_("Collateral per yuan lent"), collateral, 0.0, 1.2, 0.1),
            "rate": slider(_("Loan interest rate (%)"), rate, 0, 100, 1, integer=True),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return DebtVsEquityPlot(axes[0], axes[1])

    def draw(self, plot, fail, alpha, x_m, collateral, rate):
        curves, outcome = debt_vs_equity_model(rate / 100, fail / 100, alpha, x_m, collateral)
        return plot.update(curves, outcome)
