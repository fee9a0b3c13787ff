"""Figure for the upgrading record: NEV market share with a logistic fit, and China's shipbuilding shares."""

from __future__ import annotations

import math

import numpy as np

from . import style

_MEASURES = (("completions", "completions", style.BLUE, ""),
             ("new_orders", "new orders", style.ORANGE, "//"),
             ("backlog", "order backlog", style.GREEN, ".."))


class UpgradingRecordPlot:
    """NEV share with a fitted S-curve (left) and shipbuilding world shares by year (right).

    Parameters
    ----------
    ax_nev, ax_ships : matplotlib.axes.Axes
    nev_years, nev_shares : numpy.ndarray
        Observed NEV share of new vehicle sales (percent).
    ship_table : pandas.DataFrame
        Columns ``year``, ``measure`` and ``world_share_pct``.
    """

    def __init__(self, ax_nev, ax_ships, nev_years, nev_shares, ship_table):
        self.ax_nev, self.ax_ships = ax_nev, ax_ships
        self.nev_years, self.nev_shares = np.asarray(nev_years), np.asarray(nev_shares)
        (self.fitted,) = ax_nev.plot([], [], color=style.BLUE, linestyle="-",
                                     label="logistic fit")
        (self.extrapolated,) = ax_nev.plot([], [], color=style.BLUE, linestyle=":",
                                           label="extrapolation")
        (self.used,) = ax_nev.plot([], [], color=style.BLACK, marker="o", linestyle="none",
                                   markersize=6, label="data used in fit")
        (self.held_out,) = ax_nev.plot([], [], color=style.VERMILLION, marker="s",
                                       linestyle="none", markersize=6, label="data held out")
        self.ceiling = ax_nev.axhline(0, color=style.GREY, linestyle="--", linewidth=1)
        ax_nev.legend(loc="upper left")
        ax_nev.set_ylim(0, 105)
        style.label_axes(ax_nev, "", "year", "NEV share of new vehicle sales (%)")

        years = sorted(ship_table["year"].unique())
        x = np.arange(len(years), dtype=float)
        for k, (key, label, colour, hatch) in enumerate(_MEASURES):
            rows = ship_table[ship_table["measure"] == key].set_index("year").loc[years]
            ax_ships.bar(x + (k - 1) * 0.27, rows["world_share_pct"].to_numpy(), width=0.26,
                         color=colour, hatch=hatch, edgecolor="white", label=label)
        ax_ships.axhline(50, color=style.GREY, linestyle="--", linewidth=1)
        ax_ships.set_xticks(x, [str(y) for y in years])
        ax_ships.set_ylim(0, 100)
        ax_ships.grid(axis="x", visible=False)
        ax_ships.legend(loc="upper left")
        last = ship_table[ship_table["year"] == years[-1]].set_index("measure")["world_share_pct"]
        self.ship_text = (f"China built {last['completions']:.1f}% of the world's ships by tonnage in "
                          f"{years[-1]}, took {last['new_orders']:.1f}% of new orders and held "
                          f"{last['backlog']:.1f}% of the backlog")
        style.label_axes(ax_ships, "Ships: China leads on all three", "year",
                         "China's share of world total (%, dwt)")

    def update(self, fit, last_year, curve_years, curve, prediction, actual, year_half):
        """Show the fitted S-curve; return the text alternative.

        Parameters
        ----------
        fit : explainer.models.diffusion.LogisticFit
        last_year : int
            Last year of data used in the fit.
        curve_years, curve : numpy.ndarray
            The fitted curve over the plotted years.
        prediction, actual : float or None
            Fitted share and observed share in the first held-out year (``None`` if none).
        year_half : float
            Year the curve reaches half of all sales.
        """
        used = self.nev_years <= last_year
        self.used.set_data(self.nev_years[used], self.nev_shares[used])
        self.held_out.set_data(self.nev_years[~used], self.nev_shares[~used])
        inside = curve_years <= last_year
        self.fitted.set_data(curve_years[inside], curve[inside])
        self.extrapolated.set_data(curve_years[curve_years >= last_year],
                                   curve[curve_years >= last_year])
        self.ceiling.set_ydata([fit.ceiling, fit.ceiling])
        self.ax_nev.set_xlim(float(curve_years[0]), float(curve_years[-1]))
        if np.isfinite(year_half):
            self.ax_nev.set_title(f"NEVs: half of sales by {math.ceil(year_half)}?")
            half = f"passes half of new vehicle sales in {math.ceil(year_half)}"
        else:
            self.ax_nev.set_title(f"NEVs: never half with a {fit.ceiling:.0f}% cap")
            half = "never reaches half of new vehicle sales"
        text = (f"Fitted to {self.nev_years[0]:.0f}-{last_year} with a ceiling of {fit.ceiling:.0f}%, "
                f"the S-curve grows at {fit.rate:.2f} a year (fit error {fit.rmse:.1f} points) and "
                f"{half}")
        if prediction is not None:
            text += (f"; it predicts {prediction:.1f}% for {last_year + 1} against "
                     f"{actual:.1f}% observed")
        return text + f"; meanwhile {self.ship_text}."
