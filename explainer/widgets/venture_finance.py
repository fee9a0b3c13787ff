"""Explorers for financing innovators: loans versus equity, patient capital, China's mix."""

from __future__ import annotations

import numpy as np

from ..data import load
from ..models.venture_finance import (cumulative_cash_flow, financing_channels,
                                      financing_curves, financing_outcome,
                                      patient_capital_outcome)
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
            "fail": slider("Ventures that return nothing (%)", fail, 50, 95, 5,
                           readout_format=".0f"),
            "alpha": slider("Tail index α (lower = bigger winners)", alpha, 1.1, 3.0, 0.1),
            "x_m": slider("Smallest winner's multiple", x_m, 1.0, 4.0, 0.5),
            "collateral": slider("Collateral per yuan lent", collateral, 0.0, 1.2, 0.1),
            "rate": slider("Loan interest rate (%)", rate, 0, 100, 1, integer=True),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return DebtEquityPlot(axes[0], axes[1])

    def draw(self, plot, fail, alpha, x_m, collateral, rate):
        q = fail / 100
        curves = financing_curves(q, alpha, x_m, collateral)
        outcome = financing_outcome(rate / 100, q, alpha, x_m, collateral)
        return plot.update(curves, outcome)


class PatientCapitalExplorer(Explorer):
    """The J-curve of a venture fund and the horizon an investor needs to see its value.

    Model: :mod:`explainer.models.venture_finance` (fund structure as in Metrick & Yasuda 2010).
    """

    name = "patient_capital"

    def __init__(self, horizon=5, k=3, tau_min=5, window=7, multiple=2.5):
        controls = {
            "horizon": slider("Investor's horizon (years)", horizon, 1, 15, 1, integer=True),
            "k": slider("Years to invest the capital", k, 1, 5, 1, integer=True),
            "tau_min": slider("Year of the first exits", tau_min, 2, 10, 1, integer=True),
            "window": slider("Years over which exits come", window, 1, 8, 1, integer=True),
            "multiple": slider("Money back per yuan in the end", multiple, 0.5, 4.0, 0.1),
        }
        super().__init__(controls)

    def make_plot(self, axes):
        return JCurvePlot(axes[0])

    def draw(self, plot, horizon, k, tau_min, window, multiple):
        tau_max = tau_min + window
        t = np.linspace(0.0, 18.0, 181)
        cash = cumulative_cash_flow(t, k, tau_min, tau_max, multiple)
        outcome = patient_capital_outcome(horizon, k, tau_min, tau_max, multiple)
        return plot.update(t, cash, outcome, multiple)


class FinancingMixExplorer(Explorer):
    """China's financing mix: the stock of aggregate financing to the real economy (PBoC)."""

    name = "financing_mix"
    sources = ("afre_financing_mix",)

    def __init__(self, date="2025-03-31"):
        self.mix = financing_channels(load("afre_financing_mix"))
        options = [("end-2020", "2020-12-31"), ("end-March 2025", "2025-03-31")]
        controls = {"date": toggle("Date", options, date)}
        super().__init__(controls, figsize=(7.2, 2.9))

    def make_plot(self, axes):
        return FinancingMixPlot(axes[0])

    def draw(self, plot, date):
        shares = self.mix[date]
        label = {"2020-12-31": "end-2020", "2025-03-31": "end-March 2025"}[date]
        return plot.update(shares, label, shares["total"])
