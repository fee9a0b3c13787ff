"""Figure for structural change: model sector shares over time next to NBS data."""

from __future__ import annotations

from . import style

#: Colour, line style and data marker of each sector (colour is never the only cue).
SECTOR_STYLE = {
    "primary": (style.GREEN, ":", "^", "primary (agriculture)"),
    "secondary": (style.BLUE, "--", "s", "secondary (industry)"),
    "tertiary": (style.VERMILLION, "-", "o", "tertiary (services)"),
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
            (self.lines[sector],) = ax.plot([], [], color=colour, linestyle=ls, label=f"model: {label}")
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
        ax.plot([], [], linestyle="none", marker="o", color=style.GREY, label="NBS releases 2019-24")
        ax.plot([], [], linestyle="none", marker="o", markerfacecolor="white",
                markeredgecolor=style.GREY, label="NBS Yearbook 2010 (older vintage)")
        self.overtake = ax.axvline(2000, color=style.GREY, linestyle="-.", linewidth=1)
        self.overtake_label = ax.text(0, 0, "", fontsize=8, color=style.BLACK, ha="right", va="bottom")
        ax.legend(loc="upper left", ncols=2, fontsize=7.5, frameon=True, facecolor="white",
                  edgecolor="none", framealpha=0.85)
        ax.set_xlim(1950, 2036)
        ax.set_ylim(0, 100)
        style.label_axes(ax, "", "year", "share of GDP (%)")

    def update(self, path, code_end, end_year):
        """Show a model path; return the text alternative.

        Parameters
        ----------
        path : explainer.models.structural_change.StructuralPath
        code_end : str
            Structure code ("321", "231", ...) of the model in ``end_year``.
        end_year : int
            Year the readout reports.
        """
        for i, sector in enumerate(SECTOR_STYLE):
            self.lines[sector].set_data(path.years, 100 * path.shares[:, i])
        year = path.services_overtake_year
        shares = 100 * path.at(end_year)
        if year is None:
            self.overtake.set_visible(False)
            self.overtake_label.set_text("")
            title = "In this model industry stays larger than services"
            when = "services never overtake industry before 2035"
        elif year <= path.years[0]:
            self.overtake.set_visible(False)
            self.overtake_label.set_text("")
            title = "Services lead from the start"
            when = "services are larger than industry from the start"
        else:
            self.overtake.set_visible(True)
            self.overtake.set_xdata([year, year])
            self.overtake_label.set_position((year - 0.8, 53))
            self.overtake_label.set_text(f"model: services\novertake {year:.0f}")
            title = f"Uneven productivity growth: services overtake industry in {year:.0f}"
            when = f"services overtake industry in {year:.0f} (NBS data: 2012)"
        self.ax.set_title(title)
        return (
            f"In the model {when}; in {end_year} the shares are {shares[0]:.0f}% primary, "
            f"{shares[1]:.0f}% secondary and {shares[2]:.0f}% tertiary, a '{code_end}' structure "
            f"(NBS 2023: 7.1%, 38.3%, 54.6%, '321')."
        )
