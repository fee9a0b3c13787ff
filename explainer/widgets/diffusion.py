"""Explorer for diffusion (the lesson's upgrading record): a logistic fit to the NEV share, next
to shipbuilding shares."""

from __future__ import annotations

from ..data import load
from ..i18n import _
from ..models.diffusion import diffusion_model
from ..plots.diffusion import DiffusionPlot
from .base import Explorer
from .controls import slider


class DiffusionExplorer(Explorer):
    """NEV market share with an S-curve a student can fit and extrapolate; shipbuilding shares.

    Model: :mod:`explainer.models.diffusion` (Griliches 1957), one validated call of
    :func:`~explainer.models.diffusion.diffusion_model` per move. Data: ``nev_china`` and
    ``shipbuilding_china`` in :mod:`explainer.data`, read once.
    """

    name = "diffusion"
    sources = ("nev_china", "shipbuilding_china")

    def __init__(self, ceiling=80.0, last_year=2023):
        nev = load("nev_china")
        self.years = nev["year"].to_numpy(int)
        self.shares = nev["share_of_vehicle_sales_pct"].to_numpy(float)
        self.ships = load("shipbuilding_china")  # read by make_plot, which the base class calls
        controls = {
            "ceiling": slider(_("Long-run ceiling K (% of sales)"), ceiling, 45, 100, 1,
                              readout_format=".0f"),
            "last_year": slider(_("Fit data up to year"), last_year, int(self.years[0]) + 2,
                                int(self.years[-1]), 1, integer=True),
        }
        super().__init__(controls, ncols=2)

    def make_plot(self, axes):
        return DiffusionPlot(axes[0], axes[1], self.ships)

    def draw(self, plot, ceiling, last_year):
        curves, outcome = diffusion_model(self.years, self.shares, ceiling, last_year,
                                          curve_start=2018, curve_end=2035)
        return plot.update(curves, outcome)


#: Old name, kept for one release so that lessons published before the rename still
#: import; removed in the next release.
UpgradingRecordExplorer = DiffusionExplorer
