"""Figure for AI's gain in aggregate TFP by Hulten's theorem: task share times cost saving.

:class:`AiProductivityPlot` is built once on one Axes; ``update(curves, outcome)`` takes the
results of :func:`explainer.models.ai_productivity.ai_productivity_model`, moves the current
setting in place and returns the text alternative (also the explorer's readout). Both axes are
logarithmic with fixed limits, so lines of equal gain are parallel straight lines; they and the
band of Aghion & Bunel's estimates do not depend on the controls and are drawn once. Figure text
is translated with :func:`explainer.plots.style._`, the readout with
:func:`explainer.i18n.gettext`.
"""

from __future__ import annotations

import numpy as np
from matplotlib.ticker import FixedLocator, FuncFormatter, NullLocator

from ..i18n import gettext
from . import style
from .style import _

#: Both axes run from 1% to 100%.
LIMITS = (1.0, 100.0)
TICKS = (1, 2, 5, 10, 20, 50, 100)


class AiProductivityPlot:
    """Task share affected by AI (x) against the cost saving on those tasks (y): lines of
    equal ten-year TFP gain, the band of Aghion & Bunel's estimates, Acemoglu's point and the
    current setting."""

    def __init__(self, ax, acemoglu):
        self.ax = ax
        self.acemoglu = acemoglu
        self.drawn_once = False
        self.iso_lines = []
        self.band = None
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlim(*LIMITS)
        ax.set_ylim(*LIMITS)
        for axis in (ax.xaxis, ax.yaxis):
            axis.set_major_locator(FixedLocator(TICKS))
            axis.set_minor_locator(NullLocator())
            axis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:g}%"))
        ax.plot([], [], color=style.GREY, linestyle=":", linewidth=1,
                label=_("equal ten-year TFP gain"))
        ax.fill_between([], [], [], color=style.ORANGE, alpha=0.3, linewidth=0,
                        label=_("Aghion & Bunel: 0.8-1.3 pp a year"))
        ax.plot([100 * acemoglu["task_share"]], [100 * acemoglu["cost_saving"]], marker="D",
                color=style.BLUE, markerfacecolor="none", markeredgewidth=2, linestyle="none",
                markersize=13, label=_("Acemoglu (US)"))
        (self.point,) = ax.plot([], [], marker="o", color=style.VERMILLION, linestyle="none",
                                markersize=9, label=_("your setting"),
                                zorder=style.MARKER_ZORDER)
        ax.legend(loc="lower left", fontsize=7.5)
        style.label_axes(ax, _("AI's TFP gain = task share × cost saving"),
                         _("share of tasks AI affects within ten years"),
                         _("average cost saving on them"))

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [self.point]

    def _draw_fixed(self, curves):
        """The lines of equal gain, their labels and the band: the same at every setting."""
        share = 100 * curves["task_share"]
        for gain, saving in curves["iso"].items():
            (line,) = self.ax.plot(share, 100 * saving, color=style.GREY, linestyle=":",
                                   linewidth=1, zorder=1.5)
            self.iso_lines.append(line)
            # labelled where the line crosses the diagonal (task share = cost saving)
            at = 100 * np.sqrt(gain)
            self.ax.text(at * 1.06, at * 1.06, f"{100 * gain:g}%", fontsize=7,
                         color="#555555", ha="left", va="bottom")
        self.band = self.ax.fill_between(share, 100 * curves["aghion_bunel_low"],
                                         100 * curves["aghion_bunel_high"], color=style.ORANGE,
                                         alpha=0.3, linewidth=0, zorder=1)
        self.drawn_once = True

    def update(self, curves, outcome):
        """Show the current setting; return the text alternative.

        Parameters
        ----------
        curves : dict
            From :func:`explainer.models.ai_productivity.ai_productivity_model`.
        outcome : AIProductivityOutcome
            From the same call.
        """
        if not self.drawn_once:
            self._draw_fixed(curves)
        share = min(max(100 * outcome.task_share, LIMITS[0]), LIMITS[1])
        saving = min(max(100 * outcome.cost_saving, LIMITS[0]), LIMITS[1])
        self.point.set_data([share], [saving])

        text = gettext(
            "If AI affects {share:.1%} of tasks within ten years and cuts their cost by "
            "{saving:.1%}, TFP rises by {gain:.2%} over the ten years, {per_year:.3f} points a "
            "year ({times:.1f} times Acemoglu's 0.66%)").format(
            share=outcome.task_share, saving=outcome.cost_saving, gain=outcome.tfp_gain,
            per_year=100 * outcome.per_year, times=outcome.times_acemoglu)
        low, high = outcome.share_for_aghion_bunel
        if high <= 1:
            text += gettext("; Aghion & Bunel's 0.8 to 1.3 points a year would need {low:.0%} to "
                            "{high:.0%} of all tasks at this cost saving.").format(low=low,
                                                                                 high=high)
        elif low <= 1:
            text += gettext("; Aghion & Bunel's 0.8 points a year would need {low:.0%} of all "
                            "tasks at this cost saving, and 1.3 points more than all of "
                            "them.").format(low=low)
        else:
            text += gettext("; at this cost saving not even every task would give Aghion & "
                            "Bunel's 0.8 points a year.")
        return text
