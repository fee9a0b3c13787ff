"""Figure for the digital economy in data, and the table of published TFP estimates.

:class:`DigitalEconomyPlot` reads its two series from the ``china_digital_economy`` table once,
when it is built, and switches between size and share of GDP in place; it returns the text
alternative (also the explorer's readout). Figure text is translated with
:func:`explainer.plots.style._`, the readout with :func:`explainer.i18n.gettext`; years take 年
in Chinese (:func:`explainer.i18n.year`). (Data in growth accounting is drawn by
:mod:`explainer.plots.data_accounting`.)
"""

from __future__ import annotations

from matplotlib.ticker import FormatStrFormatter

from .. import data, i18n
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
        ax.set_axisbelow(True)  # grid lines behind the bars
        ax.set_xlim(2011.2, 2023.8)
        ticks = [2012, 2014, 2016, 2018, 2020, 2022]
        ax.set_xticks(ticks, [style.year(t) for t in ticks])
        ax.yaxis.set_major_formatter(FormatStrFormatter("%.0f"))
        style.label_axes(ax, "", _("year"), "")
        self.size_ylabel = _("value added (trillion yuan, current prices)")
        self.share_ylabel = _("share of GDP (%)")

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [*self.broad_bars.patches, *self.core_bars.patches, *self.labels, self.core_label,
                style.title_artist(self.ax)]

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
            .set_index("study")
            .pipe(data.labelled))
