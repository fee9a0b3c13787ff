"""Figure for obsolescence of vintage capital: why a late or wrong plant costs more when
technology moves fast (Solow 1960; Salter 1960)."""

from __future__ import annotations

from matplotlib.ticker import FixedLocator, FuncFormatter

from .. import i18n
from . import style
from .style import _

_PERCENT = FuncFormatter(lambda v, _pos: f"{v:.0%}")


class ObsolescencePlot:
    """The price against a plant's age with two plants' operating costs (left); the share of the
    investment and of the economic life a lag takes away, against the pace of iteration (right).

    Create it once on two Axes; :meth:`update` takes an
    :class:`explainer.models.obsolescence.ObsolescenceOutcome`.
    """

    def __init__(self, ax_life, ax_pace):
        self.ax_life, self.ax_pace = ax_life, ax_pace
        (self.price,) = ax_life.plot([], [], color=style.BLUE, linestyle="-",
                                     label=_("price"))
        self.frontier_cost = ax_life.axhline(1.0, color=style.ORANGE, linestyle="--",
                                             label=_("cost, plant at frontier"))
        (self.late_cost,) = ax_life.plot([], [], color=style.VERMILLION, linestyle=":",
                                         linewidth=2, label=_("cost, plant behind"))
        (self.scrapped,) = ax_life.plot([], [], color=style.BLACK, marker="o", linestyle="none",
                                        markersize=6, zorder=style.MARKER_ZORDER,
                                        label=_("scrapped"))
        # Fixed: the price starts at 1 and falls. A late plant whose cost is above 1 never covers
        # it (its line may leave the view at the top). The band above 1.05 holds the legend.
        ax_life.set_ylim(0, 1.75)
        ax_life.yaxis.set_major_locator(FixedLocator([0, 0.25, 0.5, 0.75, 1.0]))
        ax_life.legend(loc="upper right", fontsize=7.5)
        style.label_axes(ax_life, "", _("age of the plant (years)"),
                         _("per unit (today's price = 1)"))

        (self.lost_curve,) = ax_pace.plot([], [], color=style.VERMILLION, linestyle="-",
                                          label=_("share of the investment lost"))
        (self.life_curve,) = ax_pace.plot([], [], color=style.GREEN, linestyle="--",
                                          label=_("share of economic life lost"))
        self.pace_line = ax_pace.axvline(0.1, color=style.GREY, linewidth=1,
                                         zorder=style.MARKER_ZORDER)
        (self.now,) = ax_pace.plot([], [], color=style.BLACK, marker="o", linestyle="none",
                                   markersize=6, zorder=style.MARKER_ZORDER)
        # Fixed: both shares lie between 0 and 1 at every setting; the band above 1 holds the
        # legend.
        ax_pace.set_ylim(0, 1.32)
        ax_pace.yaxis.set_major_locator(FixedLocator([0, 0.25, 0.5, 0.75, 1.0]))
        ax_pace.yaxis.set_major_formatter(_PERCENT)
        ax_pace.xaxis.set_major_formatter(_PERCENT)
        ax_pace.legend(loc="upper left", fontsize=7.5)
        style.label_axes(ax_pace, "", _("pace of iteration g (per year)"), _("share lost"))

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [self.price, self.frontier_cost, self.late_cost, self.scrapped, self.lost_curve,
                self.life_curve, self.pace_line, self.now, style.title_artist(self.ax_life),
                style.title_artist(self.ax_pace)]

    def update(self, outcome):
        """Show an ``ObsolescenceOutcome``; return the text alternative."""
        o = outcome
        # In units of today's price: the price starts at 1, the frontier plant's cost is 1/m.
        unit = o.margin
        self.price.set_data(o.ages, o.price / unit)
        self.frontier_cost.set_ydata([o.frontier_cost / unit] * 2)
        self.late_cost.set_data([o.ages[0], o.ages[-1]], [o.late_cost / unit] * 2)
        if o.late_life > 0:
            self.scrapped.set_data([o.life, o.late_life], [o.frontier_cost / unit, o.late_cost / unit])
        else:
            self.scrapped.set_data([o.life], [o.frontier_cost / unit])
        style.hold_limits(self.ax_life, "x", 0, 1.3 * o.life, floor=0)
        style.title_artist(self.ax_life).set_text(
            _("Life {life:.1f} yr; {late:.1f} yr if behind").format(life=o.life, late=o.late_life))

        self.lost_curve.set_data(o.paces, o.lost_by_pace / o.investment)
        self.life_curve.set_data(o.paces, o.life_lost_by_pace)
        self.ax_pace.set_xlim(0, float(o.paces[-1]))
        self.pace_line.set_xdata([o.g, o.g])
        self.now.set_data([o.g, o.g], [o.lost_share, min(1.0, o.delay / o.life)])
        style.title_artist(self.ax_pace).set_text(
            _("Lag {delay:g} yr: {share:.0%} lost").format(delay=o.delay,
                                                                    share=o.lost_share))
        if o.late_life <= 0:
            return i18n.gettext(
                "Where best practice improves {g:.0%} a year and a plant costs {I:g} per unit of "
                "yearly capacity, a plant at the frontier lives {life:.1f} years; a plant {delay:g} "
                "yr behind never covers its operating cost and loses its whole "
                "investment.").format(g=o.g, I=o.investment, life=o.life, delay=o.delay)
        return i18n.gettext(
            "Where best practice improves {g:.0%} a year and a plant costs {I:g} per unit of "
            "yearly capacity, a plant at the frontier lives {life:.1f} years; a plant {delay:g} "
            "yr behind lives {late:.1f} years and loses {lost:.2f} of its investment "
            "({share:.0%}).").format(g=o.g, I=o.investment, life=o.life, delay=o.delay,
                                     late=o.late_life, lost=o.lost, share=o.lost_share)
