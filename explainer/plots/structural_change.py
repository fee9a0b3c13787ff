"""Figure for structural change: model sector shares over time next to NBS data.

:class:`StructuralChangePlot` draws the NBS observations once, when it is built;
``update(path, outcome)`` takes the model's
:class:`~explainer.models.structural_change.StructuralPath` and
:class:`~explainer.models.structural_change.StructuralOutcome`, moves the three lines and the
overtaking marker in place and returns the text alternative (also the explorer's readout).
Figure text is translated with :func:`explainer.plots.style._`, the readout with
:func:`explainer.i18n.gettext`.
"""

from __future__ import annotations

from .. import i18n
from ..i18n import N_, gettext
from . import style
from .style import _

#: Colour, line style, data marker and (untranslated) legend label of each sector (colour is
#: never the only cue).
SECTOR_STYLE = {
    "primary": (style.GREEN, ":", "^", N_("model: primary (agriculture)")),
    "secondary": (style.BLUE, "--", "s", N_("model: secondary (industry)")),
    "tertiary": (style.VERMILLION, "-", "o", N_("model: tertiary (services)")),
}


class StructuralChangePlot:
    """Model shares of GDP by sector (lines) with NBS observations (markers).

    Filled markers are values as NBS releases published them in 2019-2024; hollow markers
    are shares derived from the 2010 Statistical Yearbook, a superseded vintage. The two
    vintages are never joined.
    """

    def __init__(self, ax, data=None):
        self.ax = ax
        self.lines = {}
        for sector, (colour, ls, marker, label) in SECTOR_STYLE.items():
            (self.lines[sector],) = ax.plot([], [], color=colour, linestyle=ls, label=_(label))
        if data is not None:
            for sector, (colour, ls, marker, label) in SECTOR_STYLE.items():
                rows = data[data["sector"] == sector]
                old = rows[rows["vintage"] == "yearbook_2010"]
                new = rows[rows["vintage"] != "yearbook_2010"]
                ax.plot(new["year"], new["share_pct"], linestyle="none", marker=marker,
                        color=colour, markersize=6)
                ax.plot(old["year"], old["share_pct"], linestyle="none", marker=marker,
                        markerfacecolor="white", markeredgecolor=colour, markersize=6)
        # Legend entries for the two data vintages, in neutral grey.
        ax.plot([], [], linestyle="none", marker="o", color=style.GREY, label=_("NBS releases 2019-24"))
        ax.plot([], [], linestyle="none", marker="o", markerfacecolor="white",
                markeredgecolor=style.GREY, label=_("NBS Yearbook 2010 (older vintage)"))
        self.overtake = ax.axvline(2000, color=style.GREY, linestyle="-.", linewidth=1)
        self.overtake_label = ax.text(0, 0, "", fontsize=8, color=style.BLACK, ha="right", va="bottom")
        ax.legend(loc="upper left", ncols=2, fontsize=7.5, frameon=True, facecolor="white",
                  edgecolor="none", framealpha=0.85)
        ax.set_xlim(1950, 2036)
        ax.set_ylim(0, 100)
        style.label_axes(ax, "", _("year"), _("share of GDP (%)"))

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        # the title names the case, which a growth slider crosses
        return [*self.lines.values(), self.overtake, self.overtake_label,
                style.title_artist(self.ax)]

    def update(self, path, outcome):
        """Show a model path; return the text alternative.

        Parameters
        ----------
        path : explainer.models.structural_change.StructuralPath
        outcome : explainer.models.structural_change.StructuralOutcome
            Shares and structure code ("321", "231", ...) in the year the readout reports.
        """
        for i, sector in enumerate(SECTOR_STYLE):
            self.lines[sector].set_data(path.years, 100 * path.shares[:, i])
        year = path.services_overtake_year
        shares = outcome.shares_pct
        if year is None:
            self.overtake.set_visible(False)
            self.overtake_label.set_text("")
            title = _("In this model industry stays larger than services")
            when = gettext("services never overtake industry before {end}").format(
                end=i18n.year(path.years[-1]))
        elif year <= path.years[0]:
            self.overtake.set_visible(False)
            self.overtake_label.set_text("")
            title = _("Services lead from the start")
            when = gettext("services are larger than industry from the start")
        else:
            self.overtake.set_visible(True)
            self.overtake.set_xdata([year, year])
            self.overtake_label.set_position((year - 0.8, 53))
            self.overtake_label.set_text(_("model: services\novertake {year:.0f}").format(year=year))
            # the year is on the label by the line; the title changes only with the case
            title = _("Uneven productivity growth: services overtake industry")
            when = gettext("services overtake industry in {year} (NBS data: {data_year})").format(
                year=i18n.year(round(year)), data_year=i18n.year(2012))
        style.title_artist(self.ax).set_text(title)
        return gettext(
            "In the model {when}; in {year} the shares are {primary:.0f}% primary, "
            "{secondary:.0f}% secondary and {tertiary:.0f}% tertiary, a '{code}' structure "
            "(NBS {data_year}: 7.1%, 38.3%, 54.6%, '321').").format(
            when=when, year=i18n.year(outcome.report_year), primary=shares[0],
            secondary=shares[1], tertiary=shares[2], code=outcome.code,
            data_year=i18n.year(2023))
