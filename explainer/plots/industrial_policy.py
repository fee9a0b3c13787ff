"""Figure for the policy lab: direct allocation versus a better ecosystem."""

from __future__ import annotations

import numpy as np

from matplotlib.ticker import MaxNLocator

from . import style

REGIMES = ["Direct allocation", "Better ecosystem"]


class PolicyLabPlot:
    """Plants built (left, split by whether they cover their cost) and surplus vs money lost."""

    def __init__(self, ax_plants, ax_money):
        self.ax_plants, self.ax_money = ax_plants, ax_money
        y = np.arange(2)
        self.ok_bars = ax_plants.barh(y, [0, 0], color=style.GREEN, label="covers its cost")
        self.loss_bars = ax_plants.barh(y, [0, 0], left=[0, 0], color=style.VERMILLION,
                                        hatch="//", edgecolor="white", label="runs at a loss")
        ax_plants.set_yticks(y, labels=REGIMES)
        ax_plants.invert_yaxis()
        ax_plants.legend(loc="lower right")
        ax_plants.grid(axis="y", visible=False)
        ax_plants.xaxis.set_major_locator(MaxNLocator(integer=True))
        style.label_axes(ax_plants, "Plants built", "number of plants", "")

        width = 0.38
        self.surplus_bars = ax_money.bar(y - width / 2, [0, 0], width, color=style.BLUE,
                                         label="total surplus")
        self.lost_bars = ax_money.bar(y + width / 2, [0, 0], width, color=style.ORANGE,
                                      hatch="..", edgecolor="white", label="public money lost")
        ax_money.axhline(0, color=style.GREY, linewidth=1)
        # Two-line tick labels: side by side, the one-line names run into each other.
        ax_money.set_xticks(y, labels=[r.replace(" ", "\n", 1) for r in REGIMES])
        ax_money.set_xlim(-0.6, 1.6)
        ax_money.legend(loc="upper right", fontsize=7.5)
        ax_money.grid(axis="x", visible=False)
        style.label_axes(ax_money, "Surplus and losses", "", "money units per year")

    def update(self, outcomes):
        """Show ``{"allocation": PolicyOutcome, "ecosystem": PolicyOutcome}``; return alt text."""
        rows = [outcomes["allocation"], outcomes["ecosystem"]]
        for bar_ok, bar_loss, o in zip(self.ok_bars, self.loss_bars, rows):
            covering = o.plants - o.loss_making
            bar_ok.set_width(covering)
            bar_loss.set_x(covering)
            bar_loss.set_width(o.loss_making)
        self.ax_plants.set_xlim(0, max(1, max(o.plants for o in rows)) * 1.1)
        for bar_s, bar_l, o in zip(self.surplus_bars, self.lost_bars, rows):
            bar_s.set_height(o.surplus)
            bar_l.set_height(o.money_lost)
        values = [v for o in rows for v in (o.surplus, o.money_lost)]
        low, high = min(0.0, min(values)), max(1.0, max(values))
        pad = 0.12 * (high - low)
        # headroom above the tallest bar for the two-row legend
        self.ax_money.set_ylim(low - (pad if low < 0 else 0), high + 4 * pad)
        alloc, eco = rows
        return (f"Direct allocation builds {alloc.plants} plants, {alloc.loss_making} of them at a "
                f"loss, losing {alloc.money_lost:.1f} of public money for a surplus of "
                f"{alloc.surplus:.1f}; the better ecosystem attracts {eco.plants} plants with "
                f"{eco.loss_making} at a loss and a surplus of {eco.surplus:.1f}.")
