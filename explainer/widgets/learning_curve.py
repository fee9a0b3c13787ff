"""Explorer for Wright's law: learning by doing in battery packs, next to BNEF price data."""

from __future__ import annotations

from ..data import load
from ..i18n import _
from ..models.learning_curve import fit_annual_decline, learning_curve_model
from ..plots.learning_curve import LearningCurvePlot
from .base import Explorer
from .controls import slider


def _battery_series():
    frame = load("battery_pack_prices")
    a = frame[frame["series"] == "bnef_2018_series"]
    b = frame[frame["series"] == "bnef_annual_headline"]
    return (a["year"].to_numpy(float), a["price_usd_per_kwh"].to_numpy(float),
            b["year"].to_numpy(float), b["price_usd_per_kwh"].to_numpy(float))


class LearningCurveExplorer(Explorer):
    """Battery pack cost under Wright's law, with a learning-rate and an output-growth control.

    Model: :mod:`explainer.models.learning_curve` (Wright 1936), one validated call of
    :func:`~explainer.models.learning_curve.learning_curve_model` per move. Data: BNEF battery
    price surveys (:mod:`explainer.data`, ``battery_pack_prices``); the data and their fitted
    yearly decline are read once, before the figure is built.
    """

    name = "learning_curve"
    sources = ("battery_pack_prices",)

    def __init__(self, learning_rate=18.0, cumulative_growth=80.0):
        self.data = _battery_series()  # read by make_plot, which the base class calls
        self.data_decline = fit_annual_decline(self.data[0], self.data[1])
        controls = {
            "learning_rate": slider(_("Learning rate (% per doubling)"), learning_rate, 5, 35, 1,
                                    readout_format=".0f"),
            "cumulative_growth": slider(_("Growth of cumulative output (%/yr)"), cumulative_growth,
                                        10, 150, 5, readout_format=".0f"),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return LearningCurvePlot(axes[0], axes[1], *self.data, self.data_decline)

    def draw(self, plot, learning_rate, cumulative_growth):
        curves, outcome = learning_curve_model(learning_rate / 100.0, cumulative_growth / 100.0,
                                               float(self.data[1][0]), start_year=2010,
                                               end_year=2024)
        return plot.update(curves, outcome)
