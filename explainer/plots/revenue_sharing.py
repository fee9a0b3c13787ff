"""Figure for revenue sharing: the unit's Laffer curve in the researcher's share."""

from __future__ import annotations

from . import style


class RevenueSharingPlot:
    """Revenue against the researcher's share (left) and before/after bars (right).

    Create it once on two Axes; :meth:`update` moves the artists in place.
    """

    def __init__(self, ax_curve, ax_bars):
        self.ax_curve, self.ax_bars = ax_curve, ax_bars
        (self.unit_line,) = ax_curve.plot([], [], color=style.BLUE, label="unit keeps")
        self.best_line = ax_curve.axvline(0, color=style.GREEN, linestyle=":", linewidth=1.5)
        self.best_label = ax_curve.text(0, 0, "", color=style.GREEN, fontsize=8.5,
                                        ha="center", va="bottom")
        (self.before_point,) = ax_curve.plot([], [], marker="s", color=style.VERMILLION,
                                             linestyle="none", markersize=7, label="before")
        (self.after_point,) = ax_curve.plot([], [], marker="o", color=style.BLUE,
                                            linestyle="none", markersize=8, label="after")
        # under the hump of the curve, clear of the "best for unit" label above it
        ax_curve.legend(loc="lower center")
        ax_curve.set_xlim(0, 100)
        style.label_axes(ax_curve, "", "researcher's share s (%)",
                         "unit's revenue (index, best = 100)")

        self.bars = ax_bars.bar([0, 1, 3, 4], [0, 0, 0, 0], width=0.8,
                                color=[style.VERMILLION, style.BLUE, style.VERMILLION, style.BLUE],
                                edgecolor="black", linewidth=0.6)
        for bar, hatch in zip(self.bars, ["//", "", "//", ""]):
            bar.set_hatch(hatch)
        self.bar_labels = [ax_bars.text(x, 0, "", ha="center", va="bottom", fontsize=8.5)
                           for x in (0, 1, 3, 4)]
        ax_bars.set_xticks([0.5, 3.5], ["unit", "researcher"])
        ax_bars.legend([self.bars[0], self.bars[1]], ["before", "after"], loc="upper center",
                       ncols=2)
        ax_bars.set_xlim(-0.7, 4.7)
        ax_bars.grid(axis="x", visible=False)
        self.bars_title = ax_bars.set_title("")
        ax_bars.set_ylabel("revenue (index)")

    def update(self, curves, reform):
        """Show new curves and a reform; return the figure's text alternative.

        Parameters
        ----------
        curves : dict
            From :func:`explainer.models.revenue_sharing.sharing_curves`.
        reform : SharingReform
            From :func:`explainer.models.revenue_sharing.sharing_reform`.
        """
        scale = 100.0 / reform.unit_best
        share = 100 * curves["share"]
        unit = scale * curves["unit"]
        self.unit_line.set_data(share, unit)
        top = 100.0
        self.ax_curve.set_ylim(0, 1.2 * top)
        best = 100 * reform.share_optimal
        self.ax_curve.set_title(f"Unit revenue peaks at a {best:.0f}% share")
        self.best_line.set_xdata([best, best])
        self.best_label.set_position((min(max(best, 12), 88), 1.07 * top))
        self.best_label.set_text(f"best for unit: {best:.0f}%")
        s0, s1 = 100 * reform.share_before, 100 * reform.share_after
        self.before_point.set_data([s0], [scale * reform.unit_before])
        self.after_point.set_data([s1], [scale * reform.unit_after])

        values = [scale * reform.unit_before, scale * reform.unit_after,
                  scale * reform.researcher_before, scale * reform.researcher_after]
        for bar, label, v in zip(self.bars, self.bar_labels, values):
            bar.set_height(v)
            label.set_y(v)
            label.set_text(f"{v:.0f}")
        # headroom above the labelled bars for the one-row legend
        self.ax_bars.set_ylim(0, 1.35 * max(max(values), 1e-9))
        ratio = reform.unit_ratio
        ratio_text = "from nothing" if ratio == float("inf") else f"×{ratio:.2f}"
        self.bars_title.set_text(f"Unit's revenue {ratio_text} after")

        change = "rises" if ratio > 1 else ("falls" if ratio < 1 else "stays the same")
        return (
            f"Moving the researcher's share from {s0:.0f}% to {s1:.0f}%, the unit's revenue "
            f"{change} ({ratio_text}, from {values[0]:.0f} to {values[1]:.0f} on an index where "
            f"its best is 100) and the researcher's from {values[2]:.0f} to {values[3]:.0f}; "
            f"the unit earns most when the researcher keeps {best:.0f}%."
        )
