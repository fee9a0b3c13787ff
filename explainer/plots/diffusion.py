"""Figure for diffusion (the lesson's upgrading record): NEV market share with a logistic fit,
and China's shipbuilding shares."""

from __future__ import annotations

import math

import numpy as np
from matplotlib.ticker import FuncFormatter, MaxNLocator

from .. import i18n
from ..i18n import N_
from . import style
from .style import _

#: Shipbuilding measures: column value, legend label (translated when drawn), colour, hatch.
_MEASURES = (("completions", N_("completions"), style.BLUE, ""),
             ("new_orders", N_("new orders"), style.ORANGE, "//"),
             ("backlog", N_("order backlog"), style.GREEN, ".."))


class DiffusionPlot:
    """NEV share with a fitted S-curve (left) and shipbuilding world shares by year (right).

    The shipbuilding bars are data and are drawn once; :meth:`update` moves the S-curve panel to
    the model's ``DiffusionCurves`` and ``DiffusionOutcome``.

    Parameters
    ----------
    ax_nev, ax_ships : matplotlib.axes.Axes
    ship_table : pandas.DataFrame
        Columns ``year``, ``measure`` and ``world_share_pct``.
    """

    def __init__(self, ax_nev, ax_ships, ship_table):
        self.ax_nev, self.ax_ships = ax_nev, ax_ships
        (self.fitted,) = ax_nev.plot([], [], color=style.BLUE, linestyle="-",
                                     label=_("logistic fit"))
        (self.extrapolated,) = ax_nev.plot([], [], color=style.BLUE, linestyle=":",
                                           label=_("extrapolation"))
        (self.used,) = ax_nev.plot([], [], color=style.BLACK, marker="o", linestyle="none",
                                   markersize=6, label=_("data used in fit"))
        (self.held_out,) = ax_nev.plot([], [], color=style.VERMILLION, marker="s",
                                       linestyle="none", markersize=6, label=_("data held out"))
        self.ceiling = ax_nev.axhline(0, color=style.GREY, linestyle="--", linewidth=1,
                                      zorder=style.MARKER_ZORDER)
        ax_nev.legend(loc="lower right")  # the S-curve rises through the upper left
        ax_nev.set_ylim(0, 105)
        style.label_axes(ax_nev, "", _("year"), _("NEV share of new vehicle sales (%)"))
        # whole years, written as the figure's language writes a year, as in the ships panel
        ax_nev.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
        ax_nev.xaxis.set_major_formatter(FuncFormatter(lambda value, position: style.year(value)))

        years = sorted(ship_table["year"].unique())
        x = np.arange(len(years), dtype=float)
        for k, (key, label, colour, hatch) in enumerate(_MEASURES):
            rows = ship_table[ship_table["measure"] == key].set_index("year").loc[years]
            ax_ships.bar(x + (k - 1) * 0.27, rows["world_share_pct"].to_numpy(), width=0.26,
                         color=colour, hatch=hatch, edgecolor="white", label=_(label))
        ax_ships.axhline(50, color=style.GREY, linestyle="--", linewidth=1)
        ax_ships.set_xticks(x, [style.year(y) for y in years])
        ax_ships.set_ylim(0, 100)
        ax_ships.grid(axis="x", visible=False)
        ax_ships.legend(loc="upper left")
        last = ship_table[ship_table["year"] == years[-1]].set_index("measure")["world_share_pct"]
        self.ship_year = int(years[-1])
        self.ship_shares = {key: float(last[key]) for key, *_rest in _MEASURES}
        style.label_axes(ax_ships, _("Ships: China leads on all three"), _("year"),
                         _("China's share of world total (%, dwt)"))

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [self.fitted, self.extrapolated, self.used, self.held_out, self.ceiling,
                style.title_artist(self.ax_nev)]

    def update(self, curves, outcome):
        """Show the fitted S-curve and the held-out data; return the text alternative."""
        fit = outcome.fit
        self.used.set_data(curves.used_years, curves.used_shares)
        self.held_out.set_data(curves.held_years, curves.held_shares)
        self.fitted.set_data(curves.fit_years, curves.fit_shares)
        self.extrapolated.set_data(curves.extrapolated_years, curves.extrapolated_shares)
        self.ceiling.set_ydata([fit.ceiling, fit.ceiling])
        self.ax_nev.set_xlim(float(curves.fit_years[0]), float(curves.extrapolated_years[-1]))
        if np.isfinite(outcome.year_half):
            year_half = math.ceil(outcome.year_half)
            self.ax_nev.set_title(_("NEVs: half of sales by {year}?").format(year=year_half))
            half = i18n.gettext("passes half of new vehicle sales in {year}").format(
                year=i18n.year(year_half))
        else:
            self.ax_nev.set_title(_("NEVs: never half with a {ceiling:.0f}% cap").format(
                ceiling=fit.ceiling))
            half = i18n.gettext("never reaches half of new vehicle sales")
        text = i18n.gettext(
            "Fitted to {first}-{last} with a ceiling of {ceiling:.0f}%, the S-curve grows at "
            "{rate:.2f} a year (fit error {rmse:.1f} points) and {half}").format(
            first=i18n.year(outcome.first_year), last=i18n.year(outcome.last_year),
            ceiling=fit.ceiling, rate=fit.rate, rmse=fit.rmse, half=half)
        if outcome.prediction is not None:
            text += i18n.gettext("; it predicts {predicted:.1f}% for {year} against {actual:.1f}% "
                                 "observed").format(predicted=outcome.prediction,
                                                    year=i18n.year(outcome.last_year + 1),
                                                    actual=outcome.actual)
        ships = i18n.gettext(
            "; meanwhile China built {completions:.1f}% of the world's ships by tonnage in {year}, "
            "took {orders:.1f}% of new orders and held {backlog:.1f}% of the backlog.").format(
            completions=self.ship_shares["completions"], year=i18n.year(self.ship_year),
            orders=self.ship_shares["new_orders"], backlog=self.ship_shares["backlog"])
        return text + ships
