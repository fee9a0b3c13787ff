"""Explorer for the upgrading record: a logistic fit to the NEV share, next to shipbuilding shares."""

from __future__ import annotations

import numpy as np

from ..data import load
from ..models.diffusion import fit_logistic_share, logistic_share, year_share_reached
from ..plots.diffusion import UpgradingRecordPlot
from .base import Explorer
from .controls import slider

_CURVE_YEARS = np.arange(2018, 2036, 0.25)


class UpgradingRecordExplorer(Explorer):
    """NEV market share with an S-curve a student can fit and extrapolate; shipbuilding shares.

    Model: :mod:`explainer.models.diffusion` (Griliches 1957). Data: ``nev_china`` and
    ``shipbuilding_china`` in :mod:`explainer.data`.
    """

    name = "upgrading_record"
    sources = ("nev_china", "shipbuilding_china")

    def __init__(self, ceiling=80.0, last_year=2023):
        nev = load("nev_china")
        self.years = nev["year"].to_numpy(int)
        self.shares = nev["share_of_vehicle_sales_pct"].to_numpy(float)
        self.ships = load("shipbuilding_china")
        controls = {
            "ceiling": slider("Long-run ceiling K (% of sales)", ceiling, 45, 100, 1,
                              readout_format=".0f"),
            "last_year": slider("Fit data up to year", last_year, int(self.years[0]) + 2,
                                int(self.years[-1]), 1, integer=True),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return UpgradingRecordPlot(axes[0], axes[1], self.years, self.shares, self.ships)

    def draw(self, plot, ceiling, last_year):
        used = self.years <= last_year
        fit = fit_logistic_share(self.years[used], self.shares[used], ceiling)
        curve = logistic_share(_CURVE_YEARS, fit.ceiling, fit.rate, fit.midpoint)
        if last_year < self.years[-1]:
            nxt = last_year + 1
            prediction = float(logistic_share([nxt], fit.ceiling, fit.rate, fit.midpoint)[0])
            actual = float(self.shares[self.years == nxt][0])
        else:
            prediction = actual = None
        year_half = year_share_reached(fit, 50.0)
        return plot.update(fit, int(last_year), _CURVE_YEARS, curve, prediction, actual, year_half)
