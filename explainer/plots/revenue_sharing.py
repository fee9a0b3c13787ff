"""Figure for revenue sharing: the unit's Laffer curve in the researcher's share.

:class:`RevenueSharingPlot` is created once on two Axes and moved in place by
``update(curves, reform)`` with the results of
:func:`explainer.models.revenue_sharing.revenue_sharing_model` (revenues already on an index
where the unit's best is 100); it returns the figure's text alternative (also the explorer's
readout). Figure text is translated with :func:`explainer.plots.style._`, the readout with
:func:`explainer.i18n.gettext`.
"""

from __future__ import annotations

from ..i18n import gettext
from . import style
from .style import _


class RevenueSharingPlot:
    """Revenue against the researcher's share (left) and before/after bars (right).

    Create it once on two Axes; :meth:`update` moves the artists in place.
    """

    def __init__(self, ax_curve, ax_bars):
        self.ax_curve, self.ax_bars = ax_curve, ax_bars
        (self.unit_line,) = ax_curve.plot([], [], color=style.BLUE, label=_("unit keeps"))
        self.best_line = ax_curve.axvline(0, color=style.GREEN, linestyle=":", linewidth=1.5,
                                          zorder=style.MARKER_ZORDER)
        self.best_label = ax_curve.text(0, 0, "", color=style.GREEN, fontsize=8.5,
                                        ha="center", va="bottom")
        (self.before_point,) = ax_curve.plot([], [], marker="s", color=style.VERMILLION,
                                             linestyle="none", markersize=7, label=_("before"))
        (self.after_point,) = ax_curve.plot([], [], marker="o", color=style.BLUE,
                                            linestyle="none", markersize=8, label=_("after"))
        # One row above the curve (the index never passes 100) and above the "best for unit"
        # label: no move redraws it.
        ax_curve.legend(loc="upper center", ncols=3, handlelength=1.5, columnspacing=1.0)
        ax_curve.set_xlim(0, 100)
        ax_curve.set_ylim(0, 132)
        ax_curve.set_yticks([0, 20, 40, 60, 80, 100])
        style.label_axes(ax_curve, "", _("researcher's share s (%)"),
                         _("unit's revenue (index, best = 100)"))

        self.bars = ax_bars.bar([0, 1, 3, 4], [0, 0, 0, 0], width=0.8,
                                color=[style.VERMILLION, style.BLUE, style.VERMILLION, style.BLUE],
                                edgecolor="black", linewidth=0.6)
        for bar, hatch in zip(self.bars, ["//", "", "//", ""]):
            bar.set_hatch(hatch)
        self.bar_labels = [ax_bars.text(x, 0, "", ha="center", va="bottom", fontsize=8.5)
                           for x in (0, 1, 3, 4)]
        ax_bars.set_xticks([0.5, 3.5], [_("unit"), _("researcher")])
        ax_bars.legend([self.bars[0], self.bars[1]], [_("before"), _("after")],
                       loc="upper center", ncols=2)
        ax_bars.set_xlim(-0.7, 4.7)
        ax_bars.grid(axis="x", visible=False)
        ax_bars.set_axisbelow(True)  # grid lines behind the bars
        self.bars_title = ax_bars.set_title("")
        ax_bars.set_ylabel(_("revenue (index)"))
        self.texts = {
            "peak": _("Unit revenue peaks at a middle share"),
            "best": _("best for unit: {share:.0f}%"),
            "ratio": _("Unit's revenue ×{ratio:.2f} after"),
            "from_nothing": _("Unit's revenue: none before"),
        }

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [self.unit_line, self.best_line, self.best_label, self.before_point,
                self.after_point, *self.bars, *self.bar_labels,
                self.bars_title]

    def update(self, curves, reform):
        """Show new curves and a reform; return the figure's text alternative.

        Parameters
        ----------
        curves : SharingCurves
            From :func:`explainer.models.revenue_sharing.revenue_sharing_model`.
        reform : SharingReform
            From the same call; its ``unit_ratio`` is ``None`` when the unit had no revenue
            before the reform, which the title and the text say in words.
        """
        self.unit_line.set_data(curves.share_pct, curves.unit_index)
        best = 100 * reform.share_optimal
        # the best share's number is on the label by its line; the title stays
        style.title_artist(self.ax_curve).set_text(self.texts["peak"])
        self.best_line.set_xdata([best, best])
        self.best_label.set_position((min(max(best, 12), 88), 107))
        self.best_label.set_text(self.texts["best"].format(share=best))
        s0, s1 = 100 * reform.share_before, 100 * reform.share_after
        self.before_point.set_data([s0], [reform.unit_before_index])
        self.after_point.set_data([s1], [reform.unit_after_index])

        values = [reform.unit_before_index, reform.unit_after_index,
                  reform.researcher_before_index, reform.researcher_after_index]
        for bar, label, v in zip(self.bars, self.bar_labels, values):
            bar.set_height(v)
            label.set_y(v)
            label.set_text(f"{v:.0f}")
        # headroom above the labelled bars for the one-row legend
        # at least 0-1 on this index (best = 100): bars of nothing need no scientific ticks
        style.hold_limits(self.ax_bars, "y", 0, 1.35 * max(max(values), 1.0), floor=0, margin=0)
        ratio = reform.unit_ratio
        if ratio is None:
            self.bars_title.set_text(self.texts["from_nothing"])
            template = gettext(
                "Moving the researcher's share from {before:.0f}% to {after:.0f}%, the unit, "
                "which had no revenue before the reform, now earns {unit_after:.0f} on an index "
                "where its best is 100, and the researcher goes from {res_before:.0f} to "
                "{res_after:.0f}; the unit earns most when the researcher keeps {best:.0f}%.")
        else:
            self.bars_title.set_text(self.texts["ratio"].format(ratio=ratio))
            if ratio > 1:
                template = gettext(
                    "Moving the researcher's share from {before:.0f}% to {after:.0f}%, the "
                    "unit's revenue rises (×{ratio:.2f}, from {unit_before:.0f} to "
                    "{unit_after:.0f} on an index where its best is 100) and the researcher's "
                    "from {res_before:.0f} to {res_after:.0f}; the unit earns most when the "
                    "researcher keeps {best:.0f}%.")
            elif ratio < 1:
                template = gettext(
                    "Moving the researcher's share from {before:.0f}% to {after:.0f}%, the "
                    "unit's revenue falls (×{ratio:.2f}, from {unit_before:.0f} to "
                    "{unit_after:.0f} on an index where its best is 100) and the researcher's "
                    "from {res_before:.0f} to {res_after:.0f}; the unit earns most when the "
                    "researcher keeps {best:.0f}%.")
            else:
                template = gettext(
                    "Moving the researcher's share from {before:.0f}% to {after:.0f}%, the "
                    "unit's revenue stays the same (×{ratio:.2f}, from {unit_before:.0f} to "
                    "{unit_after:.0f} on an index where its best is 100) and the researcher's "
                    "from {res_before:.0f} to {res_after:.0f}; the unit earns most when the "
                    "researcher keeps {best:.0f}%.")
        return template.format(before=s0, after=s1, ratio=ratio, unit_before=values[0],
                               unit_after=values[1], res_before=values[2],
                               res_after=values[3], best=best)
