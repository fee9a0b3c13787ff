"""Figure for catch-up and the switch from imitation to innovation.

:class:`DistanceToFrontierPlot` is built once on two Axes; ``update(comparison)`` takes a
:class:`~explainer.models.distance_to_frontier.CatchUpComparison`, moves the paths in place and
returns the text alternative (also the explorer's readout). Figure text is translated with
:func:`explainer.plots.style._`, the readout with :func:`explainer.i18n.gettext`.
"""

from __future__ import annotations

from matplotlib.ticker import FormatStrFormatter

from ..i18n import gettext
from . import style
from .style import _


class DistanceToFrontierPlot:
    """Left: proximity to the frontier over time under three switching rules.
    Right: technology on the policy path relative to the growth-maximising path."""

    def __init__(self, ax_path, ax_gap):
        self.ax_path, self.ax_gap = ax_path, ax_gap
        (self.best,) = ax_path.plot([], [], color=style.GREEN, label=_("switch at best point"))
        (self.policy,) = ax_path.plot([], [], color=style.VERMILLION, linestyle="--",
                                      label=_("your switch point"))
        (self.never,) = ax_path.plot([], [], color=style.BLUE, linestyle=":", label=_("never switch"))
        # The best switch point is named in the legend, not next to its line, where the text
        # would run into the legend when a* is low.
        self.threshold = ax_path.axhline(0.5, color=style.GREY, linestyle="-.", linewidth=1,
                                         label=_("best switch point a*"))
        self.legend = ax_path.legend(loc="lower right", fontsize=7.5)
        ax_path.set_ylim(0, 1.05)
        # The numbers are in the title, which a move redraws anyway, not in the legend.
        style.label_axes(ax_path, "", _("period (years)"), _("technology / world frontier"))
        self.path_title = _("Best switch point: a* = {value:.2f}")

        ax_gap.axhline(100.0, color=style.GREY, linewidth=1)
        (self.gap,) = ax_gap.plot([], [], color=style.VERMILLION, linestyle="--")
        # one of four verdicts, which a move often changes: declared as moving
        self.gap_title = ax_gap.set_title("")
        style.label_axes(ax_gap, "", _("period (years)"), _("your path / best path (%)"))
        for ax in (ax_path, ax_gap):
            ax.yaxis.set_major_formatter(FormatStrFormatter("%.2f" if ax is ax_path else "%.1f"))

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [self.best, self.policy, self.never, self.threshold,
                style.title_artist(self.ax_path), self.gap, self.gap_title]

    def update(self, comparison):
        """Show a comparison; return the text alternative.

        Parameters
        ----------
        comparison : CatchUpComparison
            From :func:`explainer.models.distance_to_frontier.compare_switching`; its
            ``switch_at`` is the policy threshold.
        """
        c = comparison
        switch_at = c.switch_at
        t = c.best.t
        self.best.set_data(t, c.best.proximity)
        self.policy.set_data(t, c.policy.proximity)
        self.never.set_data(t, c.never.proximity)
        self.threshold.set_ydata([c.best_threshold] * 2)
        self.ax_path.set_xlim(0, float(t[-1]))
        self.ax_path.set_title(self.path_title.format(value=c.best_threshold))

        rel = 100 * c.relative_level
        self.gap.set_data(t, rel)
        self.ax_gap.set_xlim(0, float(t[-1]))
        # Always show 95-101% at least: a gap of a few tenths of a point reads as the near-zero
        # it is, and the axis holds still over the many settings that give one.
        low, high = min(float(rel.min()), 95.0), max(float(rel.max()), 101.0)
        span = high - low
        style.hold_limits(self.ax_gap, "y", low - 0.1 * span, high + 0.1 * span, margin=0)

        end_best, end_policy = c.best.proximity[-1], c.policy.proximity[-1]
        if c.trapped:
            self.gap_title.set_text(_("Too late: stuck below the frontier"))
            return gettext(
                "Switching at {switch:.2f} comes too late: imitation alone stalls at "
                "{stall:.3f} of the frontier, so after {years} years the economy is at "
                "{policy:.3f} while switching at a* = {best_at:.3f} reaches {best:.3f}.").format(
                switch=switch_at, stall=c.steady_imitation, years=t[-1], policy=end_policy,
                best_at=c.best_threshold, best=end_best)
        if c.policy.switch_period is not None and switch_at < c.best_threshold - 1e-9:
            self.gap_title.set_text(_("Too early: a dip on the way"))
        elif abs(switch_at - c.best_threshold) <= 0.005:
            self.gap_title.set_text(_("You switch at the best point"))
        else:
            self.gap_title.set_text(_("Late, but still catching up"))
        lowest = float(rel.min())
        when = (gettext("in year {year}").format(year=c.policy.switch_period)
                if c.policy.switch_period is not None
                else gettext("not within {years} years").format(years=t[-1]))
        return gettext(
            "Switching at {switch:.2f} ({when}) instead of at a* = {best_at:.3f} leaves "
            "technology at worst {gap:.1f}% below the growth-maximising path; after {years} "
            "years it is at {policy:.3f} of the frontier against {best:.3f}.").format(
            switch=switch_at, when=when, best_at=c.best_threshold, gap=100 - lowest, years=t[-1],
            policy=end_policy, best=end_best)
