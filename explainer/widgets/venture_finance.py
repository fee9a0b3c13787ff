"""Explorers for financing innovators: loans versus equity, patient capital, China's mix.

Each explorer makes one validated model call per move
(:func:`~explainer.models.venture_finance.debt_equity_model`,
:func:`~explainer.models.venture_finance.patient_capital_model`; the financing mix is read once
when the explorer is built) and hands the results to its plot. Control labels and option
labels are translated with :func:`explainer.i18n._`.
"""

from __future__ import annotations

from ..data import load
from ..i18n import _
from ..models.venture_finance import (FinancingMix, debt_equity_model, financing_channels,
                                      patient_capital_model)
from ..plots.venture_finance import DebtEquityPlot, FinancingMixPlot, JCurvePlot
from .base import Explorer
from .controls import slider, toggle


class DebtEquityExplorer(Explorer):
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
        return DebtEquityPlot(axes[0], axes[1])

    def draw(self, plot, fail, alpha, x_m, collateral, rate):
        curves, outcome = debt_equity_model(rate / 100, fail / 100, alpha, x_m, collateral)
        return plot.update(curves, outcome)


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
        return JCurvePlot(axes[0])

    def draw(self, plot, horizon, k, tau_min, window, multiple):
        curve, outcome = patient_capital_model(horizon, k, tau_min, tau_min + window, multiple)
        return plot.update(curve, outcome)


class FinancingMixExplorer(Explorer):
    """China's financing mix: the stock of aggregate financing to the real economy (PBoC).

    The table is read and summed once, when the explorer is built; a move only redraws.
    """

    name = "financing_mix"
    sources = ("afre_financing_mix",)

    def __init__(self, date="2025-03-31"):
        self.mix = {day: FinancingMix.from_channels(day, entry)
                    for day, entry in financing_channels(load("afre_financing_mix")).items()}
        self.date_labels = {"2020-12-31": _("end-2020"), "2025-03-31": _("end-March 2025")}
        options = [(label, day) for day, label in self.date_labels.items()]
        controls = {"date": toggle(_("Date"), options, date)}
        super().__init__(controls, figsize=(7.2, 2.9))

    def make_plot(self, axes):
        return FinancingMixPlot(axes[0])

    def draw(self, plot, date):
        return plot.update(self.mix[date], self.date_labels[date])
