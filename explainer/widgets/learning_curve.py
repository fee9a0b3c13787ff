"""Explorer for Wright's law: learning by doing in battery packs, next to BNEF price data."""

from __future__ import annotations

import numpy as np

from ..data import load
from ..models.learning_curve import (annual_cost_decline, cost_path, fit_annual_decline,
                                     wright_cost)
from ..plots.learning_curve import LearningCurvePlot
from .base import Explorer
from .controls import slider

_MULTIPLES = np.logspace(0, 10, 41, base=2.0)
_DOUBLINGS = 2.0 ** np.arange(11)
_YEARS = np.arange(2010, 2025, dtype=float)


def _battery_series():
    frame = load("battery_pack_prices")
    a = frame[frame["series"] == "bnef_2018_series"]
    b = frame[frame["series"] == "bnef_annual_headline"]
    return (a["year"].to_numpy(float), a["price_usd_per_kwh"].to_numpy(float),
            b["year"].to_numpy(float), b["price_usd_per_kwh"].to_numpy(float))


class LearningCurveExplorer(Explorer):
    """Battery pack cost under Wright's law, with a learning-rate and an output-growth control.

    Model: :mod:`explainer.models.learning_curve` (Wright 1936). Data: BNEF battery price
    surveys (:mod:`explainer.data`, ``battery_pack_prices``).
    """

    name = "learning_curve"
    sources = ("battery_pack_prices",)

    def __init__(self, learning_rate=18.0, cumulative_growth=80.0):
        self.data = _battery_series()
        self.data_decline = fit_annual_decline(self.data[0], self.data[1])
        controls = {
            "learning_rate": slider("Learning rate (% per doubling)", learning_rate, 5, 35, 1,
                                    readout_format=".0f"),
            "cumulative_growth": slider("Growth of cumulative output (%/yr)", cumulative_growth,
                                        10, 150, 5, readout_format=".0f"),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return LearningCurvePlot(axes[0], axes[1], *self.data)

    def draw(self, plot, learning_rate, cumulative_growth):
        lr, g = learning_rate / 100.0, cumulative_growth / 100.0
        cost = wright_cost(_MULTIPLES, 100.0, 1.0, lr)
        reference = wright_cost(_MULTIPLES, 100.0, 1.0, 0.18)
        at_doublings = wright_cost(_DOUBLINGS, 100.0, 1.0, lr)
        path = cost_path(_YEARS, float(self.data[1][0]), lr, g)
        decline = annual_cost_decline(lr, g)
        return plot.update(_MULTIPLES, cost, reference, _DOUBLINGS, at_doublings, _YEARS, path,
                           lr, g, decline, self.data_decline)
