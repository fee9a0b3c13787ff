"""Figure for idea production: growth of ideas and research productivity after a talent reform.

:class:`IdeaProductionPlot` is created once on two Axes and moved in place by
``update(curves, outcome)`` with the results of
:func:`explainer.models.idea_production.idea_production_model`; it returns the figure's text
alternative (also the explorer's readout). Figure text is translated with
:func:`explainer.plots.style._`, the readout with :func:`explainer.i18n.gettext`.
"""

from __future__ import annotations

from matplotlib.ticker import MaxNLocator

from ..i18n import gettext
from . import style
from .style import _


class IdeaProductionPlot:
    """Idea growth (left) and research productivity (right), with and without a reform.

    Create it once on two Axes; :meth:`update` moves the artists in place.
    """

    def __init__(self, ax_growth, ax_prod):
        self.ax_growth, self.ax_prod = ax_growth, ax_prod
        (self.g_base,) = ax_growth.plot([], [], color=style.GREY, linestyle="--",
                                        label=_("no reform"))
        (self.g_reform,) = ax_growth.plot([], [], color=style.BLUE,
                                          label=_("open talent system"))
        self.jump = ax_growth.axvline(0, color=style.VERMILLION, linestyle=":", linewidth=1.2,
                                      zorder=style.MARKER_ZORDER)
        ax_growth.legend(loc="upper right", fontsize=8)
        style.label_axes(ax_growth, "", _("years"), _("growth of ideas (% per year)"))
        (self.p_base,) = ax_prod.plot([], [], color=style.GREY, linestyle="--",
                                      label=_("no reform"))
        (self.p_reform,) = ax_prod.plot([], [], color=style.BLUE, label=_("open talent system"))
        ax_prod.legend(loc="upper right", fontsize=8)
        self.prod_title = ax_prod.set_title("")
        ax_prod.set_xlabel(_("years"))
        ax_prod.set_ylabel(_("idea growth per researcher (year 0 = 1)"))
        for ax in (ax_growth, ax_prod):
            # ticks at 1, 2 or 5 times a power of ten: short labels ("0.2", not "0.25")
            ax.yaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 5, 10]))
        self.titles = {
            "romer": (_("Romer: growth rises without limit"), _("Ideas per researcher hold up")),
            "jones": (_("The growth boost fades; the level stays"), _("Ideas get harder to find")),
        }

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [self.g_base, self.g_reform, self.jump, self.p_base, self.p_reform,
                style.title_artist(self.ax_growth), self.prod_title]

    def update(self, curves, outcome):
        """Show the paths without and with the reform; return the figure's text alternative.

        Parameters
        ----------
        curves : TalentReformCurves
            From :func:`explainer.models.idea_production.idea_production_model`.
        outcome : TalentReformOutcome
            From the same call; ``outcome.romer`` picks the wording.
        """
        t = curves.t
        gb, gr = curves.growth_pct_base, curves.growth_pct_reform
        self.g_base.set_data(t, gb)
        self.g_reform.set_data(t, gr)
        self.jump.set_xdata([outcome.jump_year, outcome.jump_year])
        self.ax_growth.set_xlim(0, float(t[-1]))
        # room above the curves for the legend
        style.hold_limits(self.ax_growth, "y", 0, 1.35 * max(float(gb.max()), float(gr.max())),
                          floor=0, margin=0)
        self.p_base.set_data(t, curves.productivity_base)
        self.p_reform.set_data(t, curves.productivity_reform)
        self.ax_prod.set_xlim(0, float(t[-1]))
        top = max(float(curves.productivity_base.max()), float(curves.productivity_reform.max()))
        style.hold_limits(self.ax_prod, "y", 0, 1.35 * top, floor=0, margin=0)

        growth_title, prod_title = self.titles["romer" if outcome.romer else "jones"]
        style.title_artist(self.ax_growth).set_text(growth_title)
        self.prod_title.set_text(prod_title)
        numbers = dict(before=outcome.growth_before, after=outcome.growth_after,
                       end_base=outcome.growth_end_base, end=outcome.growth_end_reform,
                       years=outcome.years_after)
        if outcome.romer:
            story = gettext(
                "in Romer's case idea growth jumps from {before:.1f}% to {after:.1f}% a year and "
                "then keeps rising with the research workforce, to {end:.1f}% after {years:.0f} "
                "years and without bound (a scale effect the data reject)").format(**numbers)
        else:
            story = gettext(
                "idea growth jumps from {before:.1f}% to {after:.1f}% a year and drifts back "
                "towards {end_base:.1f}% ({end:.1f}% after {years:.0f} years)").format(**numbers)
        ratio = outcome.ideas_ratio
        if ratio < 3:
            level = gettext("{percent:.0%} higher").format(percent=ratio - 1)
        else:
            level = gettext("{times:,.0f} times as high").format(times=ratio)
        return gettext(
            "With the reform in year {year:.0f}, {story}; the stock of ideas ends {level}, and "
            "without it growth per researcher ends at {productivity:.2f} of its starting value."
        ).format(year=outcome.jump_year, story=story, level=level,
                 productivity=outcome.productivity_end)
