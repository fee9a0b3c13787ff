"""Figure for catch-up and the switch from imitation to innovation."""

from __future__ import annotations

import numpy as np
from matplotlib.ticker import FormatStrFormatter

from . import style


class CatchUpPlot:
    """Left: proximity to the frontier over time under three switching rules.
    Right: technology on the policy path relative to the growth-maximising path."""

    def __init__(self, ax_path, ax_gap):
        self.ax_path, self.ax_gap = ax_path, ax_gap
        (self.best,) = ax_path.plot([], [], color=style.GREEN, label="switch at best point")
        (self.policy,) = ax_path.plot([], [], color=style.VERMILLION, linestyle="--",
                                      label="your switch point")
        (self.never,) = ax_path.plot([], [], color=style.BLUE, linestyle=":", label="never switch")
        # The best switch point is named in the legend, not next to its line, where the text
        # would run into the legend when a* is low.
        self.threshold = ax_path.axhline(0.5, color=style.GREY, linestyle="-.", linewidth=1,
                                         label="best switch point")
        self.legend = ax_path.legend(loc="lower right", fontsize=7.5)
        ax_path.set_ylim(0, 1.05)
        style.label_axes(ax_path, "Imitate to catch up, then innovate",
                         "period (years)", "technology / world frontier")

        ax_gap.axhline(100.0, color=style.GREY, linewidth=1)
        (self.gap,) = ax_gap.plot([], [], color=style.VERMILLION, linestyle="--")
        self.gap_title = ax_gap.set_title("")
        style.label_axes(ax_gap, "", "period (years)", "your path / best path (%)")
        for ax in (ax_path, ax_gap):
            ax.yaxis.set_major_formatter(FormatStrFormatter("%.2f" if ax is ax_path else "%.1f"))

    def update(self, comparison, switch_at):
        """Show a comparison; return the text alternative.

        Parameters
        ----------
        comparison : CatchUpComparison
            From :func:`explainer.models.distance_to_frontier.compare_switching`.
        switch_at : float
            The policy threshold.
        """
        c = comparison
        t = c.best.t
        self.best.set_data(t, c.best.proximity)
        self.policy.set_data(t, c.policy.proximity)
        self.never.set_data(t, c.never.proximity)
        self.threshold.set_ydata([c.best_threshold] * 2)
        self.ax_path.set_xlim(0, float(t[-1]))
        labels = self.legend.get_texts()
        labels[1].set_text(f"your switch point: {switch_at:.2f}")
        labels[3].set_text(f"best switch point a* = {c.best_threshold:.2f}")

        rel = 100 * c.relative_level
        self.gap.set_data(t, rel)
        self.ax_gap.set_xlim(0, float(t[-1]))
        low, high = float(rel.min()), float(rel.max())
        span = max(high - low, 2.0)
        self.ax_gap.set_ylim(low - 0.1 * span, high + 0.1 * span)

        end_best, end_policy = c.best.proximity[-1], c.policy.proximity[-1]
        if c.trapped:
            self.ax_gap.set_title("Too late: stuck below the frontier")
            return (
                f"Switching at {switch_at:.2f} comes too late: imitation alone stalls at "
                f"{c.steady_imitation:.3f} of the frontier, so after {t[-1]} years the economy is "
                f"at {end_policy:.3f} while switching at a* = {c.best_threshold:.3f} reaches "
                f"{end_best:.3f}."
            )
        if c.policy.switch_period is not None and switch_at < c.best_threshold - 1e-9:
            self.ax_gap.set_title("Too early: a dip on the way")
        elif abs(switch_at - c.best_threshold) <= 0.005:
            self.ax_gap.set_title("You switch at the best point")
        else:
            self.ax_gap.set_title("Late, but still catching up")
        lowest = float(rel.min())
        when = (f"in year {c.policy.switch_period}" if c.policy.switch_period is not None
                else f"not within {t[-1]} years")
        return (
            f"Switching at {switch_at:.2f} ({when}) instead of at a* = "
            f"{c.best_threshold:.3f} leaves technology at worst {100 - lowest:.1f}% below the "
            f"growth-maximising path; after {t[-1]} years it is at {end_policy:.3f} of the frontier "
            f"against {end_best:.3f}."
        )
