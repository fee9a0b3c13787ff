"""Figure for Solow growth accounting: output growth split into capital, labour and TFP."""

from __future__ import annotations

import numpy as np

from . import style


class GrowthAccountingPlot:
    """Contributions to output growth (left) and the residual against capital's share (right)."""

    LABELS = ("output", "capital", "labour", "TFP")

    def __init__(self, ax_bars, ax_alpha):
        self.ax_bars, self.ax_alpha = ax_bars, ax_alpha
        colours = (style.GREY, style.BLUE, style.ORANGE, style.GREEN)
        hatches = ("", "//", "\\\\", "..")
        x = np.arange(4)
        self.bars = ax_bars.bar(x, np.zeros(4), width=0.65, color=colours, hatch=hatches,
                                edgecolor="white")
        ax_bars.set_xticks(x, self.LABELS)
        ax_bars.axhline(0, color=style.GREY, linewidth=1)
        ax_bars.grid(axis="x", visible=False)
        self.texts = [ax_bars.text(xi, 0, "", ha="center", va="bottom", fontsize=8.5) for xi in x]
        style.label_axes(ax_bars, "", "", "growth or contribution (% a year)")

        ax_alpha.axhline(0, color=style.GREY, linewidth=1)
        # One line and the current point (black dot): no legend needed, which also saves time.
        (self.line,) = ax_alpha.plot([], [], color=style.GREEN, linestyle="-")
        (self.point,) = ax_alpha.plot([], [], marker="o", color=style.BLACK, linestyle="none",
                                      markersize=7)
        style.label_axes(ax_alpha, "", "capital share of income \u03b1 (\u25cf = current)",
                         "TFP growth, Solow residual (% a year)")

    def update(self, parts, alphas, residuals, alpha):
        """Show the decomposition and the residual line; return the text alternative.

        Parameters
        ----------
        parts : dict
            From :func:`explainer.models.growth_accounting.growth_decomposition`.
        alphas, residuals : numpy.ndarray
            Capital shares and the residual at each.
        alpha : float
            Current capital share.
        """
        values = [parts["output"], parts["capital"], parts["labour"], parts["tfp"]]
        lo, hi = min(0.0, *values), max(0.5, *values)
        span = hi - lo
        for bar, text, v in zip(self.bars, self.texts, values):
            bar.set_height(v)
            text.set_text(f"{v:.2f}")
            text.set_y(max(v, 0.0) + 0.02 * span)
        self.ax_bars.set_ylim(lo - 0.05 * span, hi + 0.15 * span)
        share = parts["tfp_share"]
        if share is None:
            self.ax_bars.set_title("No output growth to split")
            share_text = "undefined, because output did not grow"
        elif 0 <= share <= 100:
            self.ax_bars.set_title(f"TFP is {share:.0f}% of {parts['output']:.1f}% growth")
            share_text = f"{share:.0f}% of the total"
        elif share < 0:
            self.ax_bars.set_title("Inputs grew faster than output")
            share_text = "negative because inputs alone would give more growth than observed"
        else:
            self.ax_bars.set_title("TFP outgrew output itself")
            share_text = "more than all of output growth because inputs shrank"

        self.line.set_data(alphas, residuals)
        self.point.set_data([alpha], [parts["tfp"]])
        self.ax_alpha.set_xlim(float(alphas[0]) - 0.01, float(alphas[-1]) + 0.01)
        rlo, rhi = float(residuals.min()), float(residuals.max())
        pad = max(0.25, 0.15 * (rhi - rlo))
        self.ax_alpha.set_ylim(min(rlo, 0.0) - pad, max(rhi, 0.0) + pad)
        swing = abs(float(residuals[-1] - residuals[0]))
        self.ax_alpha.set_title(f"\u03b1 alone moves TFP by {swing:.2f} pts")
        return (f"Output grows {parts['output']:.1f}% a year: capital adds {parts['capital']:.2f} "
                f"points, labour {parts['labour']:.2f} and TFP (the residual) {parts['tfp']:.2f}, "
                f"{share_text}; over capital shares from "
                f"{alphas[0]:.1f} to {alphas[-1]:.1f} the residual ranges from "
                f"{residuals.min():.2f} to {residuals.max():.2f} points.")
