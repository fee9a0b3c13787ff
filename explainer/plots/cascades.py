"""Figure for information cascades (Bikhchandani, Hirshleifer & Welch 1992)."""

from __future__ import annotations

from matplotlib.ticker import MaxNLocator

from .. import i18n
from . import style
from .style import _


class CascadesPlot:
    """Probability of a right cascade, a wrong cascade and no cascade, region by region.

    Lines are the exact probabilities; markers are the shares of simulated sequences. Create
    it once; :meth:`update` takes the model's ``CascadeCurves`` and ``CascadeOutcome``.
    """

    def __init__(self, ax):
        self.ax = ax
        spec = [("correct", style.GREEN, "-", "o", _("locked into the right choice")),
                ("wrong", style.VERMILLION, "--", "s", _("locked into the wrong choice")),
                ("none", style.GREY, ":", "^", _("still deciding on own signals"))]
        self.lines, self.dots = {}, {}
        for key, colour, ls, marker, label in spec:
            (self.lines[key],) = ax.plot([], [], color=colour, linestyle=ls, label=label)
            (self.dots[key],) = ax.plot([], [], color=colour, marker=marker, linestyle="none",
                                        markersize=5, markerfacecolor="white")
        ax.plot([], [], color=style.BLACK, marker="o", linestyle="none", markersize=5,
                markerfacecolor="white", label=_("simulated share"))
        # Headroom above 1 for the legend: the probabilities never reach it, so the legend's
        # text is never redrawn over a moving curve. Ticks stop at 1.
        ax.set_ylim(0, 1.3)
        ax.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.legend(loc="upper right", ncols=2)
        style.label_axes(ax, "", _("regions that have decided"), _("probability"))

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [*self.lines.values(), *self.dots.values(), style.title_artist(self.ax)]

    def update(self, curves, outcome):
        """Draw the exact path and the simulated shares; return the text alternative."""
        exact, simulated = curves.exact, curves.simulated
        every = max(1, len(exact.regions) // 15)
        for key in ("correct", "wrong", "none"):
            self.lines[key].set_data(exact.regions, getattr(exact, key))
            self.dots[key].set_data(simulated.regions[::every], getattr(simulated, key)[::every])
        style.hold_limits(self.ax, "x", 0, outcome.regions, floor=0, margin=0)
        self.ax.set_title(_("{wrong:.0%} of sequences herd the wrong way").format(
            wrong=outcome.wrong))
        numbers = dict(p=outcome.p, wrong=outcome.wrong, regions=outcome.regions,
                       simulated=outcome.simulated_wrong, correct=outcome.correct,
                       public=outcome.public_precision, before=outcome.wrong_without_assessment)
        if outcome.public_precision > 0.5:
            return i18n.gettext(
                "With private signals right {p:.0%} of the time, {wrong:.0%} of sequences of "
                "{regions} regions lock into the wrong choice (simulated: {simulated:.0%}) and "
                "{correct:.0%} into the right one; a public assessment right {public:.0%} of the "
                "time changes the wrong share from {before:.0%} without it.").format(**numbers)
        return i18n.gettext(
            "With private signals right {p:.0%} of the time, {wrong:.0%} of sequences of "
            "{regions} regions lock into the wrong choice (simulated: {simulated:.0%}) and "
            "{correct:.0%} into the right one.").format(**numbers)
