"""Figure for Hulten's theorem with two sectors: contributions to aggregate productivity growth.

:class:`HultenTwoSectorPlot` is built once on two Axes; ``update(curves, outcome)`` takes the
frozen dataclasses of :func:`explainer.models.hulten.hulten_two_sector_model`, moves the artists
in place and returns the text alternative (also the explorer's readout). Figure text is translated with
:func:`explainer.plots.style._`, the readout with :func:`explainer.i18n.gettext`.
"""

from __future__ import annotations

import numpy as np

from ..i18n import gettext
from . import style
from .style import _


class HultenTwoSectorPlot:
    """Contributions to aggregate TFP growth (left) and aggregate growth against emerging growth (right)."""

    def __init__(self, ax_bars, ax_lines):
        self.ax_bars, self.ax_lines = ax_bars, ax_lines
        colours = (style.BLUE, style.ORANGE, style.GREY)
        hatches = ("", "//", "..")
        self.bars = ax_bars.barh([2, 1, 0], [0, 0, 0], height=0.6, color=colours,
                                 edgecolor="white", hatch=hatches)
        for bar, colour in zip(self.bars, colours):
            bar.set_edgecolor(colour if colour != style.GREY else "#444444")
            bar.set_facecolor(colour)
            bar.set_alpha(0.9)
        ax_bars.set_yticks([2, 1, 0], [_("traditional"), _("emerging"), _("whole economy")])
        ax_bars.axvline(0, color=style.GREY, linewidth=1)
        ax_bars.grid(axis="y", visible=False)
        ax_bars.set_axisbelow(True)  # grid lines behind the bars
        self.bar_labels = [ax_bars.text(0, y, "", va="center", ha="left", fontsize=8.5)
                           for y in (2, 1, 0)]
        style.label_axes(ax_bars, "", _("contribution to TFP growth (pp a year)"), "")

        (self.line_with,) = ax_lines.plot([], [], color=style.BLUE, linestyle="-",
                                          label=_("base upgrading"))
        (self.line_without,) = ax_lines.plot([], [], color=style.ORANGE, linestyle="--",
                                             label=_("base stagnant (g_T = 0)"))
        (self.point,) = ax_lines.plot([], [], marker="o", color=style.BLACK, linestyle="none",
                                      markersize=7, label=_("current settings"))
        (self.match,) = ax_lines.plot([], [], marker="s", color=style.VERMILLION,
                                      linestyle="none", markersize=7,
                                      label=_("same total, stagnant base"))
        ax_lines.legend(loc="upper left")
        style.label_axes(ax_lines, "", _("emerging TFP growth g_E (% a year)"),
                         _("aggregate TFP growth (% a year)"))

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [*self.bars, *self.bar_labels, style.title_artist(self.ax_bars), self.line_with,
                self.line_without, self.point, self.match, style.title_artist(self.ax_lines)]

    def update(self, curves, result):
        """Show the contributions and the two growth lines; return the text alternative.

        Parameters
        ----------
        curves : TwoSectorCurves
            From :func:`explainer.models.hulten.hulten_two_sector_model`.
        result : TwoSectorGrowth
            From the same call.
        """
        share = curves.traditional_share
        g_emerging_grid, curve_with, curve_without = (curves.g_emerging, curves.with_base,
                                                      curves.without_base)
        values = (result.traditional, result.emerging, result.aggregate)
        lo = min(0.0, *values)
        hi = max(0.1, *values)
        span = hi - lo
        for bar, label, v in zip(self.bars, self.bar_labels, values):
            bar.set_width(v)
            label.set_text(f"{v:.2f}")
            label.set_position((max(v, 0.0) + 0.02 * span, label.get_position()[1]))
        # room right of the bars for their labels
        style.hold_limits(self.ax_bars, "x", lo, hi + 0.2 * span, floor=None if lo < 0 else 0.0,
                          room=0.6)
        # the base's share is on its slider; the title keeps to what the bars add up to
        self.ax_bars.set_title(_("The base adds {base:.2f} of {total:.2f} pp").format(
            base=values[0], total=values[2]))

        g_e = result.g_emerging
        self.line_with.set_data(g_emerging_grid, curve_with)
        self.line_without.set_data(g_emerging_grid, curve_without)
        self.point.set_data([g_e], [values[2]])
        needed = g_e + result.emerging_needed
        top_x = float(g_emerging_grid[-1])
        if np.isfinite(needed) and needed <= top_x:
            self.match.set_data([needed], [values[2]])
        else:
            self.match.set_data([], [])
        ymax = max(float(np.max(curve_with)), float(np.max(curve_without)), 0.1)
        ymin = min(float(np.min(curve_with)), float(np.min(curve_without)), 0.0)
        pad = 0.03 * (top_x - float(g_emerging_grid[0]))
        self.ax_lines.set_xlim(float(g_emerging_grid[0]) - pad, top_x + pad)
        # room above the lines for the legend
        style.hold_limits(self.ax_lines, "y", ymin, ymax * 1.3, floor=0.0 if ymin == 0 else None,
                          margin=0, room=0.6)
        extra = result.emerging_needed
        if np.isfinite(extra):
            self.ax_lines.set_title(_("Stagnant base: g_E +{extra} pts").format(
                extra=f"{extra:.{0 if extra >= 10 else 1}f}"))
            tail = gettext("; without the base's gain, emerging TFP growth would have to rise by "
                           "{extra:.1f} points to give the same total").format(extra=extra)
        else:
            self.ax_lines.set_title(_("No emerging sector: only the base"))
            tail = ""
        return gettext("Aggregate TFP growth is {total:.2f}% a year: the traditional base "
                       "({share:.0f}% of value added) contributes {base:.2f} points and the "
                       "emerging sector {emerging:.2f}{tail}.").format(
            total=values[2], share=100 * share, base=values[0], emerging=values[1], tail=tail)
