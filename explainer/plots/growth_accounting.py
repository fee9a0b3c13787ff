"""Figure for Solow growth accounting: output growth split into capital, labour and TFP.

:class:`GrowthAccountingPlot` is built once on two Axes; :meth:`GrowthAccountingPlot.update`
takes the model's :class:`~explainer.models.growth_accounting.ResidualCurve` and
:class:`~explainer.models.growth_accounting.GrowthDecomposition`, moves the bars, the line and
the current point in place, and returns the text alternative (also the explorer's readout).
Figure text is translated with :func:`explainer.plots.style._`, the readout with
:func:`explainer.i18n.gettext`.
"""

from __future__ import annotations

import numpy as np
from matplotlib.ticker import MaxNLocator

from ..i18n import gettext
from . import style
from .style import _


class GrowthAccountingPlot:
    """Contributions to output growth (left) and the residual against capital's share (right)."""

    def __init__(self, ax_bars, ax_alpha):
        self.ax_bars, self.ax_alpha = ax_bars, ax_alpha
        colours = (style.GREY, style.BLUE, style.ORANGE, style.GREEN)
        hatches = ("", "//", "\\\\", "..")
        x = np.arange(4)
        self.bars = ax_bars.bar(x, np.zeros(4), width=0.65, color=colours, hatch=hatches,
                                edgecolor="white")
        ax_bars.set_xticks(x, [_("output"), _("capital"), _("labour"), _("TFP")])
        ax_bars.axhline(0, color=style.GREY, linewidth=1)
        ax_bars.grid(axis="x", visible=False)
        ax_bars.set_axisbelow(True)  # grid lines behind the bars
        self.texts = [ax_bars.text(xi, 0, "", ha="center", va="bottom", fontsize=8.5) for xi in x]
        style.label_axes(ax_bars, "", "", _("growth or contribution (% a year)"))

        ax_alpha.axhline(0, color=style.GREY, linewidth=1)
        # One line and the current point (black dot): no legend needed, which also saves time.
        (self.line,) = ax_alpha.plot([], [], color=style.GREEN, linestyle="-")
        (self.point,) = ax_alpha.plot([], [], marker="o", color=style.BLACK, linestyle="none",
                                      markersize=7)
        # How far the line swings is in the readout; the title says what the panel shows.
        style.label_axes(ax_alpha, _("\u03b1 alone moves the residual"),
                         _("capital share of income \u03b1 (\u25cf = current)"),
                         _("TFP growth, Solow residual (% a year)"))
        for ax in (ax_bars, ax_alpha):
            # ticks at 1, 2 or 5 times a power of ten: short labels ("15", not "17.5")
            ax.yaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 5, 10]))
            # The axis label stays where the layout put room for it, clear of tick labels as
            # wide as "\u221210" (the layout is made once, for the default settings).
            ax.yaxis.set_label_coords(-0.15, 0.5)

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [*self.bars, *self.texts, self.line, self.point,
                style.title_artist(self.ax_bars)]

    def update(self, curve, parts):
        """Show the decomposition and the residual line; return the text alternative.

        Parameters
        ----------
        curve : ResidualCurve
            From :func:`explainer.models.growth_accounting.growth_accounting_model`.
        parts : GrowthDecomposition
            The split at the current capital share, from the same call.
        """
        values = [parts.output, parts.capital, parts.labour, parts.tfp]
        lo, hi = min(0.0, *values), max(0.5, *values)
        span = hi - lo
        for bar, text, v in zip(self.bars, self.texts, values):
            bar.set_height(v)
            text.set_text(f"{v:.2f}")
            text.set_y(max(v, 0.0) + 0.02 * span)
        # room above the bars for their labels
        style.hold_limits(self.ax_bars, "y", lo, hi + 0.12 * span, floor=None if lo < 0 else 0.0,
                          room=0.6)
        share = parts.tfp_share
        if share is None:
            self.ax_bars.set_title(_("No output growth to split"))
            share_text = gettext("undefined, because output did not grow")
        elif 0 <= share <= 100:
            self.ax_bars.set_title(_("TFP is {share:.0f}% of {growth:.1f}% growth").format(
                share=share, growth=parts.output))
            share_text = gettext("{share:.0f}% of the total").format(share=share)
        elif share < 0:
            self.ax_bars.set_title(_("Inputs grew faster than output"))
            share_text = gettext("negative because inputs alone would give more growth than observed")
        else:
            self.ax_bars.set_title(_("TFP outgrew output itself"))
            share_text = gettext("more than all of output growth because inputs shrank")

        alphas, residuals = curve.alphas, curve.residuals
        self.line.set_data(alphas, residuals)
        self.point.set_data([parts.capital_share], [parts.tfp])
        self.ax_alpha.set_xlim(float(alphas[0]) - 0.01, float(alphas[-1]) + 0.01)
        rlo, rhi = float(residuals.min()), float(residuals.max())
        pad = max(0.25, 0.15 * (rhi - rlo))
        style.hold_limits(self.ax_alpha, "y", min(rlo, 0.0) - pad, max(rhi, 0.0) + pad, margin=0,
                          room=0.6)
        return gettext(
            "Output grows {output:.1f}% a year: capital adds {capital:.2f} points, labour "
            "{labour:.2f} and TFP (the residual) {tfp:.2f}, {share_text}; over capital shares "
            "from {alpha_low:.1f} to {alpha_high:.1f} the residual ranges from {low:.2f} to "
            "{high:.2f} points.").format(
                output=parts.output, capital=parts.capital, labour=parts.labour, tfp=parts.tfp,
                share_text=share_text, alpha_low=alphas[0], alpha_high=alphas[-1], low=rlo, high=rhi)
