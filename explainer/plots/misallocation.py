"""Figure for misallocation: where wedges send capital and labour, and what that costs in TFP.

:class:`MisallocationPlot` is built once on two Axes; ``update(curves, outcome)`` takes the
results of :func:`explainer.models.misallocation.misallocation_model`, moves the artists in
place and returns the text alternative (also the explorer's readout). The right-hand Axes keep
fixed limits (TFP is a share of its efficient level, the spread is the slider's range); the
left-hand ones hold still while the shares fit. Figure text is translated with
:func:`explainer.plots.style._`, the readout with :func:`explainer.i18n.gettext`.
"""

from __future__ import annotations

import numpy as np
from matplotlib.ticker import FixedLocator, FuncFormatter

from ..i18n import gettext
from . import style
from .style import _

#: Largest spread of log TFPR on the right-hand Axes (the slider's range).
SPREAD_MAX = 1.5


class MisallocationPlot:
    """Left: each firm's share of the industry's inputs, efficient, with the wedges and with
    data. Right: aggregate TFP against the spread of the wedges, before and after data."""

    def __init__(self, ax_firms, ax_tfp):
        self.ax_firms, self.ax_tfp = ax_firms, ax_tfp
        (self.efficient,) = ax_firms.plot([], [], color=style.GREY, linestyle=":", marker="o",
                                          markerfacecolor="white", markersize=5,
                                          label=_("efficient"))
        (self.without,) = ax_firms.plot([], [], color=style.VERMILLION, linestyle="--", marker="s",
                                        markersize=5, label=_("with wedges"))
        (self.with_data,) = ax_firms.plot([], [], color=style.GREEN, linestyle="-", marker="^",
                                          markersize=5, label=_("with data"))
        ax_firms.legend(loc="upper center", ncols=3, fontsize=7.5, handlelength=1.6,
                        columnspacing=0.8)
        # firms are placed from the least (0) to the most productive (1), whatever their number
        ax_firms.set_xlim(-0.12, 1.12)
        ax_firms.xaxis.set_major_locator(FixedLocator([0.0, 1.0]))
        ax_firms.xaxis.set_major_formatter(FuncFormatter(
            lambda x, _pos: _("least") if x < 0.5 else _("most")))
        # no share is above 100%: the space above is the legend's
        ax_firms.yaxis.set_major_formatter(FuncFormatter(
            lambda y, _pos: f"{y:.0f}%" if y <= 100.5 else ""))
        style.label_axes(ax_firms, _("Wedges misdirect inputs"),
                         _("firms, least to most productive"), _("share of capital and labour"))

        (self.curve,) = ax_tfp.plot([], [], color=style.BLUE, linestyle="-",
                                    label=_("this industry"))
        (self.lognormal,) = ax_tfp.plot([], [], color=style.GREY, linestyle="--",
                                        label=_("many firms, lognormal"))
        (self.gain,) = ax_tfp.plot([], [], color=style.GREEN, linestyle="-", linewidth=4,
                                   alpha=0.45, solid_capstyle="butt", label=_("gain from data"))
        (self.before,) = ax_tfp.plot([], [], color=style.VERMILLION, marker="s", linestyle="none",
                                     markersize=8, label=_("with wedges"))
        (self.after,) = ax_tfp.plot([], [], color=style.GREEN, marker="^", linestyle="none",
                                    markersize=9, label=_("with data"))
        ax_tfp.legend(loc="upper right", fontsize=7.5)
        ax_tfp.set_xlim(0.0, SPREAD_MAX * 1.03)
        ax_tfp.set_ylim(0.0, 105.0)
        ax_tfp.yaxis.set_major_formatter(FuncFormatter(lambda y, _pos: f"{y:.0f}%"))
        style.label_axes(ax_tfp, _("Smaller wedges, higher TFP"),
                         _("spread of the wedges (s.d. of log TFPR)"),
                         _("aggregate TFP, % of efficient"))

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [self.efficient, self.without, self.with_data, self.curve, self.lognormal,
                self.gain, self.before, self.after]

    def update(self, curves, outcome):
        """Show the industry without and with data; return the text alternative.

        Parameters
        ----------
        curves : dict
            From :func:`explainer.models.misallocation.misallocation_model`: ``spread``,
            ``tfp_ratio`` and ``lognormal_ratio``.
        outcome : MisallocationOutcome
            From the same call.
        """
        before, after = outcome.without_data, outcome.with_data
        firms = len(outcome.productivity)
        x = np.linspace(0.0, 1.0, firms)
        shares = [100 * before.efficient_shares, 100 * before.labour_shares,
                  100 * after.labour_shares]
        for line, y in zip((self.efficient, self.without, self.with_data), shares):
            line.set_data(x, y)
        top = max(float(np.max(y)) for y in shares)
        # room above the points for the legend
        style.hold_limits(self.ax_firms, "y", 0.0, top * 1.35, floor=0.0, margin=0, room=0.1)

        spread, ratio = curves["spread"], 100 * curves["tfp_ratio"]
        self.curve.set_data(spread, ratio)
        self.lognormal.set_data(spread, 100 * curves["lognormal_ratio"])
        low, high = outcome.wedge_spread_with_data, outcome.wedge_spread
        inside = (spread > low) & (spread < high)
        self.gain.set_data(np.concatenate([[low], spread[inside], [high]]),
                           np.concatenate([[100 * after.tfp_ratio], ratio[inside],
                                           [100 * before.tfp_ratio]]))
        self.before.set_data([high], [100 * before.tfp_ratio])
        self.after.set_data([low], [100 * after.tfp_ratio])

        return gettext(
            "With {firms} firms and a spread of the wedges of {spread:.2f}, aggregate TFP is "
            "{before:.1%} of its efficient level; data that remove {cut:.0%} of every wedge "
            "raise it to {after:.1%}, a gain of {gain:.1%} from the same capital and labour, "
            "with no firm's productivity changed.").format(
            firms=firms, spread=outcome.wedge_spread, before=before.tfp_ratio,
            cut=outcome.data_cut, after=after.tfp_ratio, gain=outcome.data_gain)
