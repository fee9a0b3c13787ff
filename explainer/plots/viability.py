"""Figure for industry viability by endowment (Lin 2011)."""

from __future__ import annotations

from .. import i18n
from . import style
from .style import _


class ViabilityPlot:
    """Subsidy each industry needs (% of its price) against the region's wage-rental ratio.

    Create it once with the constant curves (``ViabilityCurves``, drawn here once); call
    :meth:`update` with a ``ViabilityOutcome`` to move the region's marker, the title and the
    box with the yearly subsidy bill.
    """

    def __init__(self, ax, industries, curves):
        self.ax = ax
        self.industries = list(industries)  # English names; figure and readout translate them
        for i, (name, curve) in enumerate(zip(self.industries, curves.subsidy_pct)):
            ax.plot(curves.omega, curve, color=style.CYCLE[i], linestyle=style.LINESTYLES[i],
                    label=_(name))
        self.region_line = ax.axvline(1.0, color=style.BLACK, linewidth=1,
                                      zorder=style.MARKER_ZORDER)
        (self.chosen,) = ax.plot([], [], marker="o", color=style.BLACK, linestyle="none",
                                 markersize=8, label=_("industry the region is told to build"))
        ax.set_xscale("log")
        ax.set_xticks([0.2, 0.5, 1, 2, 5], labels=["0.2", "0.5", "1", "2", "5"])
        ax.minorticks_off()
        ax.set_xlim(curves.omega[0], curves.omega[-1])
        ax.set_ylim(-5, max(100.0, float(curves.subsidy_pct.max())) * 1.25)
        ax.legend(loc="upper center", ncols=2)
        # The yearly bill for the planned sales, written inside the view under the legend
        # (the curves stay below 40% of the height on the right), so the sales control moves
        # the picture as well as the sentence.
        self.bill = ax.text(0.98, 0.72, "", transform=ax.transAxes, ha="right", va="top",
                            fontsize=9, bbox={"facecolor": "white", "edgecolor": style.GREY,
                                              "boxstyle": "round,pad=0.3"})
        style.label_axes(ax, "", _("region's wage-rental ratio w/r (log scale; low = labour-abundant)"),
                         _("subsidy needed (% of price)"))

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [self.region_line, self.chosen, self.bill, style.title_artist(self.ax)]

    def update(self, outcome):
        """Move the region's marker and the bill to ``outcome``; return the text alternative."""
        omega = outcome.omega
        self.region_line.set_xdata([omega, omega])
        self.chosen.set_data([omega], [outcome.subsidy_pct])
        if outcome.subsidy <= 1e-9:
            bill = _("Subsidy bill: 0 a year\non planned sales of {sales:.0f}")
        else:
            bill = _("Subsidy bill: {bill:.1f} a year\non planned sales of {sales:.0f}")
        self.bill.set_text(bill.format(bill=outcome.bill, sales=outcome.planned_sales))
        name, best = self.industries[outcome.chosen], self.industries[outcome.best]
        said, said_best = i18n.gettext(name), i18n.gettext(best)
        if outcome.subsidy <= 1e-9:
            self.ax.set_title(_("{industry} suits this endowment: no subsidy needed").format(
                industry=_(name)))
            return i18n.gettext(
                "At w/r = {omega:.2f} the region's best industry is {best}, so building "
                "{industry} needs no subsidy: planned sales of {sales:.0f} a year cost the budget "
                "nothing.").format(omega=omega, best=said_best, industry=said, sales=outcome.planned_sales)
        self.ax.set_title(_("{industry} here needs a {share:.0%} subsidy").format(
            industry=_(name), share=outcome.subsidy))
        return i18n.gettext(
            "At w/r = {omega:.2f} the viable industry is {best}; forcing {industry} needs a "
            "subsidy of {share:.0%} of its price, {bill:.1f} a year on sales of {sales:.0f}.").format(
            omega=omega, best=said_best, industry=said, share=outcome.subsidy, bill=outcome.bill,
            sales=outcome.planned_sales)
