"""Figure for financing innovators: what a lender and an equity investor expect from a venture.

:class:`DebtVsEquityPlot` is created once on two Axes and moved in place by ``update``, which
takes the results of :func:`explainer.models.venture_finance.debt_vs_equity_model` (frozen
dataclasses) and returns the figure's text alternative, also shown as the explorer's readout.
Figure text is translated with :func:`explainer.plots.style._` (English when no Chinese font is
installed); the readout with :func:`explainer.i18n.gettext`.
"""

from __future__ import annotations

from ..i18n import gettext
from . import style
from .style import _


class DebtVsEquityPlot:
    """Bank's expected repayment against the loan rate (left) and how concentrated the
    portfolio's payoffs are (right). Create once on two Axes; :meth:`update` moves artists."""

    def __init__(self, ax_rate, ax_top):
        self.ax_rate, self.ax_top = ax_rate, ax_top
        (self.bank,) = ax_rate.plot([], [], color=style.BLUE)
        (self.bank_plain,) = ax_rate.plot([], [], color=style.BLUE, linestyle=":")
        self.equity = ax_rate.axhline(0, color=style.GREEN, linestyle="--")
        # under the moving curves, so that it stays in the cached picture
        self.cost = ax_rate.axhline(0, color=style.GREY, linewidth=1, zorder=1.9)
        (self.point,) = ax_rate.plot([], [], marker="o", color=style.BLUE, linestyle="none",
                                     markersize=8)
        self.bank_label = ax_rate.text(98, 0, "", color=style.BLUE, fontsize=8.5, ha="right",
                                       va="bottom")
        self.plain_label = ax_rate.text(98, 0, "", color=style.BLUE, fontsize=8.5, ha="right",
                                        va="top")
        self.equity_label = ax_rate.text(2, 0, "", color=style.GREEN, fontsize=8.5, va="bottom")
        self.cost_label = ax_rate.text(24, 0, _("bank's cost of funds"), color=style.GREY,
                                       fontsize=8, ha="center", va="bottom")
        self.texts = {
            "equity": _("equity owner: {multiple:.2f}"),
            "equity_off": _("equity owner: {multiple:.2f} (off scale)"),
            "bank_collateral": _("bank, with collateral"),
            "bank_plain": _("bank, no collateral"),
            "bank": _("bank"),
            "no_breakeven": _("No loan rate up to 100% breaks even"),
            "breakeven": _("The bank breaks even from {rate:.0f}%"),
            "top10": _("top 10% earn {share:.0f}%"),
            "top_title": _("A few winners make {share:.0f}% of it"),
        }
        ax_rate.set_xlim(0, 100)
        style.label_axes(ax_rate, "", _("loan interest rate (%)"),
                         _("expected money back per yuan"))

        (self.curve,) = ax_top.plot([], [], color=style.VERMILLION)
        ax_top.plot([0, 100], [0, 100], color=style.GREY, linestyle="--", linewidth=1)
        ax_top.text(60, 38, _("if every venture\nearned the same"), color=style.GREY, fontsize=8)
        (self.top10,) = ax_top.plot([], [], marker="D", color=style.VERMILLION,
                                    linestyle="none", markersize=7)
        self.top10_label = ax_top.text(12, 0, "", fontsize=8.5, color=style.VERMILLION,
                                       va="top")
        ax_top.set_xlim(0, 100)
        ax_top.set_ylim(0, 105)
        self.top_title = ax_top.set_title("")
        ax_top.set_xlabel(_("best ventures, ranked (% of all)"))
        ax_top.set_ylabel(_("share of all payoffs (%)"))

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [self.bank, self.bank_plain, self.equity, self.point, self.bank_label,
                self.plain_label, self.equity_label, self.cost_label,
                style.title_artist(self.ax_rate), self.curve, self.top10, self.top10_label,
                self.top_title]

    def update(self, curves, outcome):
        """Show new curves; return the figure's text alternative.

        Parameters
        ----------
        curves : FinancingCurves
            From :func:`explainer.models.venture_finance.debt_vs_equity_model` (rates and shares
            in percent).
        outcome : FinancingOutcome
            From the same call.
        """
        self.bank.set_data(curves.rate_pct, curves.bank)
        self.bank_plain.set_data(curves.rate_pct, curves.bank_no_collateral)
        self.point.set_data([100 * outcome.rate], [outcome.bank_repayment])
        eq = outcome.equity_multiple
        wanted = max(1.25 * float(curves.bank.max()), 1.3, min(1.15 * eq, 3.5))
        top = style.hold_limits(self.ax_rate, "y", 0, wanted, floor=0, margin=0)[1]
        # The cost of funds does not move with the controls: its line is set only when it
        # changes and stays in the cached picture (its label moves to make way for the equity
        # label's).
        break_even = 1.0 + outcome.funding_cost
        if self.cost_label.get_position()[1] != break_even:
            self.cost.set_ydata([break_even, break_even])
            self.cost_label.set_y(break_even)
        shown = min(eq, 0.97 * top)
        self.equity.set_ydata([shown, shown])
        self.equity_label.set_y(shown)
        # When the equity line comes close to the cost-of-funds line, put the two labels on
        # the far sides of their lines so that they never overlap.
        near = abs(shown - break_even) < 0.12 * top
        self.equity_label.set_verticalalignment("top" if near and shown <= break_even
                                                else "bottom")
        cost_va = "top" if near and shown > break_even else "bottom"
        if self.cost_label.get_verticalalignment() != cost_va:
            self.cost_label.set_verticalalignment(cost_va)
        self.equity_label.set_text(self.texts["equity_off" if eq > top else "equity"]
                                   .format(multiple=eq))
        with_c, without_c = float(curves.bank[-1]), float(curves.bank_no_collateral[-1])
        self.bank_label.set_y(with_c + 0.02 * top)
        if with_c - without_c > 0.08 * top:
            self.bank_label.set_text(self.texts["bank_collateral"])
            # below its curve's end, but never below the data area (onto the tick labels)
            self.plain_label.set_y(max(without_c - 0.07 * top, 0.07 * top))
            self.plain_label.set_text(self.texts["bank_plain"])
        else:
            self.bank_label.set_text(self.texts["bank"])
            self.plain_label.set_text("")
        r_be = outcome.breakeven_rate
        if r_be is None:
            self.ax_rate.set_title(self.texts["no_breakeven"])
        else:
            self.ax_rate.set_title(self.texts["breakeven"].format(rate=100 * r_be))

        self.curve.set_data(curves.top_fraction_pct, curves.top_share_pct)
        s10 = 100 * outcome.top10_share
        self.top10.set_data([10], [s10])
        self.top10_label.set_position((13, s10 - 2))
        self.top10_label.set_text(self.texts["top10"].format(share=s10))
        self.top_title.set_text(self.texts["top_title"].format(share=s10))

        cost = 100 * outcome.funding_cost
        if r_be is None:
            bank_text = gettext("no rate up to 100% lets the bank cover its {cost:.0f}% cost of "
                                "funds").format(cost=cost)
        else:
            bank_text = gettext("the bank covers its {cost:.0f}% cost of funds from a {rate:.0f}% "
                                "rate").format(cost=cost, rate=100 * r_be)
        return gettext(
            "At a {rate:.0f}% loan rate the bank expects {bank:.2f} back per yuan ({plain:.2f} "
            "without collateral) while an equity owner expects {equity:.2f}; {bank_text}, and the "
            "best 10% of ventures earn {top:.0f}% of all payoffs."
        ).format(rate=100 * outcome.rate, bank=outcome.bank_repayment,
                 plain=outcome.bank_repayment_no_collateral, equity=eq, bank_text=bank_text,
                 top=s10)
