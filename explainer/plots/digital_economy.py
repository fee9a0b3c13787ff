"""Figures for the digital economy in data and for data in growth accounting.

:class:`DigitalEconomyPlot` reads its two series from the ``china_digital_economy`` table once,
when it is built, and switches between size and share of GDP in place;
:class:`DataAccountingPlot` draws a
:class:`~explainer.models.nonrival_data.DataGrowthAccount`. Both return the text alternative
(also the explorer's readout). Figure text is translated with :func:`explainer.plots.style._`,
the readout with :func:`explainer.i18n.gettext`; years take 年 in Chinese.
"""

from __future__ import annotations

import numpy as np
from matplotlib.ticker import FormatStrFormatter

from .. import i18n
from ..i18n import gettext
from . import style
from .style import _


class DigitalEconomyPlot:
    """China's digital economy by year (CAICT broad measure), as size or as share of GDP,
    with the NBS count of core digital industries for 2023 beside it."""

    def __init__(self, ax, table):
        self.ax = ax
        broad = table[table["measure"] == "caict_broad"]
        core = table[table["measure"] == "nbs_core_industries"]
        self.years = broad["year"].to_numpy()
        self.size = broad["size_trillion_yuan"].to_numpy()
        self.share = broad["share_of_gdp_pct"].to_numpy()
        self.core_year = float(core["year"].iloc[0])
        self.core_size = float(core["size_trillion_yuan"].iloc[0])
        self.core_share = float(core["share_of_gdp_pct"].iloc[0])
        # Bars, not a line: years without a published figure stay visibly empty.
        self.broad_bars = ax.bar(self.years - 0.2, self.size, width=0.4, color=style.BLUE,
                                 label=_("CAICT broad estimate"))
        self.core_bars = ax.bar([self.core_year + 0.2], [self.core_size], width=0.4,
                                color=style.ORANGE, hatch="//", edgecolor="white",
                                label=_("NBS core digital industries"))
        self.labels = [ax.text(x - 0.2, 0, "", fontsize=7.5, ha="center", va="bottom")
                       for x in self.years]
        self.core_label = ax.text(self.core_year + 0.2, 0, "", fontsize=7.5, ha="center",
                                  va="bottom")
        ax.legend(loc="upper left", fontsize=7.5)
        ax.set_xlim(2011.2, 2023.8)
        ticks = [2012, 2014, 2016, 2018, 2020, 2022]
        ax.set_xticks(ticks, [style.year(t) for t in ticks])
        ax.yaxis.set_major_formatter(FormatStrFormatter("%.0f"))
        style.label_axes(ax, "", _("year"), "")
        self.size_ylabel = _("value added (trillion yuan, current prices)")
        self.share_ylabel = _("share of GDP (%)")

    def update(self, measure):
        """Show ``measure`` ("size" or "share"); return the text alternative."""
        if measure == "size":
            values, core, fmt = self.size, self.core_size, "{:.1f}"
            self.ax.set_ylabel(self.size_ylabel)
            self.ax.set_title(_("Digital economy: {first:.0f} to {last:.0f} trillion yuan, "
                                "{start}-{end}").format(
                first=values[0], last=values[-1], start=style.year(self.years[0]),
                end=style.year(self.years[-1])))
            template = gettext(
                "By CAICT's broad measure China's digital economy grew from {first:.1f} trillion "
                "yuan in {start} to {last:.1f} trillion yuan in {end}; the NBS count of core "
                "digital industries for {core_year} is {core:.1f} trillion yuan.")
        else:
            values, core, fmt = self.share, self.core_share, "{:.1f}%"
            self.ax.set_ylabel(self.share_ylabel)
            self.ax.set_title(_("Digital economy: {first:.0f}% to {last:.0f}% of GDP, "
                                "but core only {core:.0f}%").format(
                first=values[0], last=values[-1], core=core))
            template = gettext(
                "By CAICT's broad measure China's digital economy grew from {first:.1f}% of GDP "
                "in {start} to {last:.1f}% in {end}; the NBS count of core digital industries "
                "for {core_year} is {core:.1f}% of GDP.")
        for bar, value in zip(self.broad_bars.patches, values):
            bar.set_height(value)
        self.core_bars.patches[0].set_height(core)
        top = float(values.max()) * 1.25
        for text, x, y in zip(self.labels, self.years, values):
            text.set_position((x, y + 0.02 * top))
            text.set_text(fmt.format(y))
        self.core_label.set_position((self.core_year + 0.2, core + 0.02 * top))
        self.core_label.set_text(fmt.format(core))
        self.ax.set_ylim(0, top)
        return template.format(first=values[0], last=values[-1], start=i18n.year(self.years[0]),
                               end=i18n.year(self.years[-1]), core_year=i18n.year(self.core_year),
                               core=core)


class DataAccountingPlot:
    """Two stacked bars: the Solow residual with data left out (income-share weights) and
    the model's split with known output elasticities, data counted as a factor."""

    PARTS = (("capital", style.BLUE, "//"), ("labour", style.SKY, ".."),
             ("data", style.ORANGE, "xx"), ("TFP", style.GREEN, ""))

    def __init__(self, ax):
        self.ax = ax
        self.bars = {}
        labels = {"capital": _("capital"), "labour": _("labour"), "data": _("data"), "TFP": _("TFP")}
        y = np.array([1.0, 0.0])
        for name, colour, hatch in self.PARTS:
            self.bars[name] = ax.barh(y, [0, 0], left=[0, 0], height=0.55, color=colour,
                                      hatch=hatch, edgecolor="white", label=labels[name])
        self.texts = [[ax.text(0, yy, "", ha="center", va="center", fontsize=8,
                               bbox={"boxstyle": "round,pad=0.15", "facecolor": "white",
                                     "edgecolor": "none", "alpha": 0.85})
                       for _ in self.PARTS] for yy in y]
        ax.set_yticks(y)
        ax.set_yticklabels([_("data left out\n(Solow residual)"), _("data counted\n(known elasticities)")])
        ax.axvline(0, color=style.GREY, linewidth=1)
        ax.legend(loc="upper center", ncols=4, fontsize=8)
        ax.grid(axis="y", visible=False)
        ax.set_ylim(-0.5, 1.95)
        style.label_axes(ax, _("Leaving data out credits data's contribution to TFP"),
                         _("contribution to output growth (percentage points a year)"), "")

    def update(self, account):
        """Show a :class:`~explainer.models.nonrival_data.DataGrowthAccount`; return alt text."""
        rows = [
            {"capital": account.measured_capital, "labour": account.measured_labour,
             "data": 0.0, "TFP": account.solow_residual},
            {"capital": account.capital, "labour": account.labour, "data": account.data,
             "TFP": account.tfp},
        ]
        neg_low, pos_high = 0.0, 0.0
        for row_index, row in enumerate(rows):
            left_pos, left_neg = 0.0, 0.0
            for part_index, (name, _colour, _hatch) in enumerate(self.PARTS):
                value = row[name]
                patch = self.bars[name].patches[row_index]
                if value >= 0:
                    patch.set_x(left_pos)
                    left_pos += value
                else:
                    left_neg += value
                    patch.set_x(left_neg)
                patch.set_width(abs(value))
                text = self.texts[row_index][part_index]
                text.set_position((patch.get_x() + abs(value) / 2, patch.get_y() + patch.get_height() / 2))
                text.set_text(f"{value:.2f}" if abs(value) >= 0.3 else "")
            neg_low, pos_high = min(neg_low, left_neg), max(pos_high, left_pos)
        self.ax.set_xlim(neg_low - 0.2, pos_high + 0.3)
        return gettext(
            "Of {output:.1f}% output growth, capital explains {capital:.2f} and labour "
            "{labour:.2f} points; with data's elasticity known, data explain {data:.2f} points "
            "and the model's TFP growth is {tfp:.2f}; the Solow residual with data left out, "
            "{residual:.2f}, credits {error:.2f} points of data's contribution to TFP.").format(
            output=account.output, capital=account.capital, labour=account.labour,
            data=account.data, tfp=account.tfp, residual=account.solow_residual,
            error=account.residual_error)


def tfp_estimates_table(table):
    """Published estimates of China's TFP growth as a display table, one row per study.

    ``table`` is the ``china_tfp_estimates`` dataset. Rows where only a qualitative finding
    could be checked show "no figure checked" instead of a number, so no NaN reaches the
    reader. The rows come from different methods and data and are not a series.
    """
    missing = gettext("no figure checked")
    rates = table["tfp_growth_pct"].map(lambda v: missing if v != v else f"{v:.1f}")
    return (table.assign(tfp_growth_pct=rates)
            [["study", "period", "tfp_growth_pct", "finding", "status"]]
            .rename(columns={"tfp_growth_pct": gettext("TFP growth (% a year)")})
            .set_index("study"))
