"""Figure for industrial policy (the lesson's policy lab): direct allocation versus a better
ecosystem."""

from __future__ import annotations

import numpy as np
from matplotlib.ticker import MaxNLocator

from . import style
from .style import _


class IndustrialPolicyPlot:
    """Plants built (left, split by whether they cover their cost) and surplus vs money lost.

    Create it once on two Axes; :meth:`update` takes a
    :class:`explainer.models.industrial_policy.PolicyComparison` and moves the bars in place.
    """

    def __init__(self, ax_plants, ax_money):
        self.ax_plants, self.ax_money = ax_plants, ax_money
        y = np.arange(2)
        self.ok_bars = ax_plants.barh(y, [0, 0], color=style.GREEN, label=_("covers its cost"))
        self.loss_bars = ax_plants.barh(y, [0, 0], left=[0, 0], color=style.VERMILLION,
                                        hatch="//", edgecolor="white", label=_("runs at a loss"))
        ax_plants.set_yticks(y, labels=[_("Direct allocation"), _("Better ecosystem")])
        ax_plants.invert_yaxis()
        ax_plants.legend(loc="lower right")
        ax_plants.grid(axis="y", visible=False)
        ax_plants.set_axisbelow(True)  # grid lines behind the bars
        ax_plants.xaxis.set_major_locator(MaxNLocator(integer=True))
        style.label_axes(ax_plants, _("Plants built"), _("number of plants"), "")

        width = 0.38
        self.surplus_bars = ax_money.bar(y - width / 2, [0, 0], width, color=style.BLUE,
                                         label=_("total surplus"))
        self.lost_bars = ax_money.bar(y + width / 2, [0, 0], width, color=style.ORANGE,
                                      hatch="..", edgecolor="white", label=_("public money lost"))
        ax_money.axhline(0, color=style.GREY, linewidth=1)
        # Two-line tick labels: side by side, the one-line names run into each other.
        ax_money.set_xticks(y, labels=[_("Direct\nallocation"), _("Better\necosystem")])
        ax_money.set_xlim(-0.6, 1.6)
        ax_money.legend(loc="upper right", fontsize=7.5)
        ax_money.grid(axis="x", visible=False)
        ax_money.set_axisbelow(True)
        style.label_axes(ax_money, _("Surplus and losses"), "", _("money units per year"))

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [*self.ok_bars, *self.loss_bars, *self.surplus_bars, *self.lost_bars]

    def update(self, comparison):
        """Show a ``PolicyComparison`` (``allocation`` and ``ecosystem``); return the alt text."""
        rows = [comparison.allocation, comparison.ecosystem]
        for bar_ok, bar_loss, o in zip(self.ok_bars, self.loss_bars, rows):
            covering = o.plants - o.loss_making
            bar_ok.set_width(covering)
            bar_loss.set_x(covering)
            bar_loss.set_width(o.loss_making)
        style.hold_limits(self.ax_plants, "x", 0, max(1, max(o.plants for o in rows)), floor=0)
        for bar_s, bar_l, o in zip(self.surplus_bars, self.lost_bars, rows):
            bar_s.set_height(o.surplus)
            bar_l.set_height(o.money_lost)
        values = [v for o in rows for v in (o.surplus, o.money_lost)]
        low, high = min(0.0, min(values)), max(1.0, max(values))
        pad = 0.12 * (high - low)
        # headroom above the tallest bar for the two-row legend
        style.hold_limits(self.ax_money, "y", low - (pad if low < 0 else 0), high + 4 * pad,
                          floor=None if low < 0 else 0.0, margin=0)
        alloc, eco = rows
        return _("Direct allocation builds {plants} plants, {losing} of them at a loss, losing "
                 "{lost:.1f} of public money for a surplus of {surplus:.1f}; the better ecosystem "
                 "attracts {eco_plants} plants with {eco_losing} at a loss and a surplus of "
                 "{eco_surplus:.1f}.").format(
            plants=alloc.plants, losing=alloc.loss_making, lost=alloc.money_lost,
            surplus=alloc.surplus, eco_plants=eco.plants, eco_losing=eco.loss_making,
            eco_surplus=eco.surplus)
