"""Figure for industrial policy (the lesson's policy lab): the social optimum, a planner and free
entry in the ecosystem."""

from __future__ import annotations

import numpy as np
from matplotlib.ticker import MaxNLocator

from .. import i18n
from . import style
from .style import _

#: The three policies, in the order of the bars (top to bottom, left to right).
POLICIES = ("optimum", "planner", "ecosystem")


class IndustrialPolicyPlot:
    """Plants built (left, split by whether they cover their cost) and surplus vs money lost.

    Create it once on two Axes; :meth:`update` takes a
    :class:`explainer.models.industrial_policy.PolicyComparison` and moves the bars in place.
    The planner's numbers are averages over its possible picks, so its bars need not end on a
    whole number.
    """

    def __init__(self, ax_plants, ax_money):
        self.ax_plants, self.ax_money = ax_plants, ax_money
        y = np.arange(len(POLICIES))
        zeros = [0] * len(POLICIES)
        self.ok_bars = ax_plants.barh(y, zeros, color=style.GREEN, label=_("covers its cost"))
        self.loss_bars = ax_plants.barh(y, zeros, left=zeros, color=style.VERMILLION,
                                        hatch="//", edgecolor="white", label=_("runs at a loss"))
        ax_plants.set_yticks(y, labels=[_("Social optimum"), _("Planner"), _("Free entry")])
        # An empty row under the bars keeps the legend clear of them.
        ax_plants.set_ylim(3.3, -0.6)
        ax_plants.legend(loc="lower right", ncols=2, fontsize=7.5)
        ax_plants.grid(axis="y", visible=False)
        ax_plants.set_axisbelow(True)  # grid lines behind the bars
        ax_plants.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax_plants.set_xlim(0, 32)  # fixed: at most 31 regions build
        style.label_axes(ax_plants, "", _("number of plants"), "")

        width = 0.38
        self.surplus_bars = ax_money.bar(y - width / 2, zeros, width, color=style.BLUE,
                                         label=_("total surplus"))
        self.lost_bars = ax_money.bar(y + width / 2, zeros, width, color=style.ORANGE,
                                      hatch="..", edgecolor="white", label=_("public money lost"))
        ax_money.axhline(0, color=style.GREY, linewidth=1)
        # Two-line tick labels: side by side, the one-line names run into each other.
        ax_money.set_xticks(y, labels=[_("Social\noptimum"), _("Planner"), _("Free\nentry")])
        ax_money.set_xlim(-0.6, 2.6)
        # One column, clear of the left spine: a moving bar never reaches it.
        ax_money.legend(loc="upper right", fontsize=7.5)
        ax_money.grid(axis="x", visible=False)
        ax_money.set_axisbelow(True)
        style.label_axes(ax_money, "", "", _("money units per year"))

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [*self.ok_bars, *self.loss_bars, *self.surplus_bars, *self.lost_bars,
                style.title_artist(self.ax_plants), style.title_artist(self.ax_money)]

    def update(self, comparison, information):
        """Show a ``PolicyComparison``; return the alt text.

        ``information`` (0 to 1) is what the planner knows about the regions' fit, for the
        title and the sentence.
        """
        rows = [comparison[key] for key in POLICIES]
        for bar_ok, bar_loss, o in zip(self.ok_bars, self.loss_bars, rows):
            covering = o.plants - o.loss_making
            bar_ok.set_width(covering)
            bar_loss.set_x(covering)
            bar_loss.set_width(o.loss_making)
        for bar_s, bar_l, o in zip(self.surplus_bars, self.lost_bars, rows):
            bar_s.set_height(o.surplus)
            bar_l.set_height(o.money_lost)
        values = [v for o in rows for v in (o.surplus, o.money_lost)]
        low, high = min(0.0, min(values)), max(1.0, max(values))
        pad = 0.12 * (high - low)
        # headroom above the tallest bar for the two-row legend
        style.hold_limits(self.ax_money, "y", low - (pad if low < 0 else 0), high + 4 * pad,
                          floor=None if low < 0 else 0.0, margin=0)
        best, plan, free = rows
        style.title_artist(self.ax_plants).set_text(
            _("Plants built (planner knows {known:.0%})").format(known=information))
        style.title_artist(self.ax_money).set_text(
            _("Surplus: plan {plan:.1f}, best {best:.1f}").format(
                best=best.surplus, plan=plan.surplus))
        return i18n.gettext(
            "The social optimum builds {best_plants} plants for a surplus of {best_surplus:.2f}; "
            "a planner that tells {plan_plants} regions to build, knowing {known:.0%} of their "
            "fit, has {plan_losing:.1f} plants at a loss on average, loses {plan_lost:.2f} of "
            "public money and reaches a surplus of {plan_surplus:.2f}; free entry builds "
            "{free_plants} plants, {free_losing:.0f} at a loss, for a surplus of "
            "{free_surplus:.2f}.").format(
            best_plants=best.plants, best_surplus=best.surplus, plan_plants=plan.plants,
            known=information, plan_losing=plan.loss_making, plan_lost=plan.money_lost,
            plan_surplus=plan.surplus, free_plants=free.plants, free_losing=free.loss_making,
            free_surplus=free.surplus)
