"""Figures for financing innovators: loans versus equity, the J-curve, China's financing mix."""

from __future__ import annotations

import numpy as np

from . import style


class DebtEquityPlot:
    """Bank's expected repayment against the loan rate (left) and how concentrated the
    portfolio's payoffs are (right). Create once on two Axes; :meth:`update` moves artists."""

    def __init__(self, ax_rate, ax_top):
        self.ax_rate, self.ax_top = ax_rate, ax_top
        (self.bank,) = ax_rate.plot([], [], color=style.BLUE)
        (self.bank_plain,) = ax_rate.plot([], [], color=style.BLUE, linestyle=":")
        self.equity = ax_rate.axhline(0, color=style.GREEN, linestyle="--")
        self.cost = ax_rate.axhline(1.03, color=style.GREY, linewidth=1)
        (self.point,) = ax_rate.plot([], [], marker="o", color=style.BLUE, linestyle="none",
                                     markersize=8)
        self.bank_label = ax_rate.text(98, 0, "", color=style.BLUE, fontsize=8.5, ha="right",
                                       va="bottom")
        self.plain_label = ax_rate.text(98, 0, "", color=style.BLUE, fontsize=8.5, ha="right",
                                        va="top")
        self.equity_label = ax_rate.text(2, 0, "", color=style.GREEN, fontsize=8.5, va="bottom")
        ax_rate.text(24, 1.03, "bank's cost of funds", color=style.GREY, fontsize=8,
                     ha="center", va="bottom")
        ax_rate.set_xlim(0, 100)
        style.label_axes(ax_rate, "", "loan interest rate (%)",
                         "expected money back per yuan")

        (self.curve,) = ax_top.plot([], [], color=style.VERMILLION)
        ax_top.plot([0, 100], [0, 100], color=style.GREY, linestyle="--", linewidth=1)
        ax_top.text(60, 38, "if every venture\nearned the same", color=style.GREY, fontsize=8)
        (self.top10,) = ax_top.plot([], [], marker="D", color=style.VERMILLION,
                                    linestyle="none", markersize=7)
        self.top10_label = ax_top.text(12, 0, "", fontsize=8.5, color=style.VERMILLION,
                                       va="top")
        ax_top.set_xlim(0, 100)
        ax_top.set_ylim(0, 105)
        self.top_title = ax_top.set_title("")
        ax_top.set_xlabel("best ventures, ranked (% of all)")
        ax_top.set_ylabel("share of all payoffs (%)")

    def update(self, curves, outcome):
        """Show new curves; return the figure's text alternative.

        Parameters
        ----------
        curves : dict
            From :func:`explainer.models.venture_finance.financing_curves`.
        outcome : FinancingOutcome
            From :func:`explainer.models.venture_finance.financing_outcome`.
        """
        rate = 100 * curves["rate"]
        self.bank.set_data(rate, curves["bank"])
        self.bank_plain.set_data(rate, curves["bank_no_collateral"])
        self.point.set_data([100 * outcome.rate], [outcome.bank_repayment])
        eq = outcome.equity_multiple
        top = max(1.25 * float(curves["bank"].max()), 1.3, min(1.15 * eq, 3.5))
        self.ax_rate.set_ylim(0, top)
        shown = min(eq, 0.97 * top)
        self.equity.set_ydata([shown, shown])
        self.equity_label.set_y(shown)
        self.equity_label.set_text(f"equity owner: {eq:.2f}" + (" (off scale)" if eq > top else ""))
        with_c, without_c = float(curves["bank"][-1]), float(curves["bank_no_collateral"][-1])
        self.bank_label.set_y(with_c + 0.02 * top)
        if with_c - without_c > 0.08 * top:
            self.bank_label.set_text("bank, with collateral")
            self.plain_label.set_y(without_c - 0.07 * top)
            self.plain_label.set_text("bank, no collateral")
        else:
            self.bank_label.set_text("bank")
            self.plain_label.set_text("")
        r_be = outcome.breakeven_rate
        if r_be is None:
            self.ax_rate.set_title("No loan rate up to 100% breaks even")
        else:
            self.ax_rate.set_title(f"The bank breaks even from {100 * r_be:.0f}%")

        self.curve.set_data(100 * curves["top_fraction"], 100 * curves["top_share"])
        s10 = 100 * outcome.top10_share
        self.top10.set_data([10], [s10])
        self.top10_label.set_position((13, s10 - 2))
        self.top10_label.set_text(f"top 10% earn {s10:.0f}%")
        self.top_title.set_text(f"A few winners make {s10:.0f}% of it")

        bank_text = ("no rate up to 100% lets the bank cover its 3% cost of funds"
                     if r_be is None else
                     f"the bank covers its 3% cost of funds from a {100 * r_be:.0f}% rate")
        return (
            f"At a {100 * outcome.rate:.0f}% loan rate the bank expects "
            f"{outcome.bank_repayment:.2f} back per yuan ({outcome.bank_repayment_no_collateral:.2f} "
            f"without collateral) while an equity owner expects {eq:.2f}; {bank_text}, and the "
            f"best 10% of ventures earn {s10:.0f}% of all payoffs."
        )


class JCurvePlot:
    """Cumulative net cash flow of a patient-capital fund, with the investor's horizon."""

    def __init__(self, ax):
        self.ax = ax
        ax.axhline(0, color=style.GREY, linewidth=1)
        (self.curve,) = ax.plot([], [], color=style.BLUE, label="cumulative net cash flow")
        self.horizon = ax.axvline(0, color=style.VERMILLION, linestyle="--", linewidth=1.5,
                                  label="investor needs money back")
        (self.at_h,) = ax.plot([], [], marker="s", color=style.VERMILLION, linestyle="none",
                               markersize=7)
        (self.trough,) = ax.plot([], [], marker="v", color=style.BLACK, linestyle="none",
                                 markersize=7, label="trough")
        (self.payback,) = ax.plot([], [], marker="o", color=style.GREEN, linestyle="none",
                                  markersize=8, label="capital paid back")
        ax.legend(loc="upper left", fontsize=8, frameon=True, framealpha=0.9, edgecolor="none")
        style.label_axes(ax, "", "years since the fund started",
                         "cash back minus cash in (per yuan)")

    def update(self, t, cash_flow, outcome, multiple):
        """Show a new J-curve; return the figure's text alternative.

        Parameters
        ----------
        t, cash_flow : array
            Years and cumulative net cash flow (from
            :func:`explainer.models.venture_finance.cumulative_cash_flow`).
        outcome : PatientCapitalOutcome
            From :func:`explainer.models.venture_finance.patient_capital_outcome`.
        multiple : float
            Money returned per unit invested, for the text.
        """
        self.curve.set_data(t, cash_flow)
        H = outcome.horizon
        self.horizon.set_xdata([H, H])
        self.at_h.set_data([H], [outcome.cash_flow_at_horizon])
        self.trough.set_data([outcome.trough_year], [outcome.trough])
        pb = outcome.payback_year
        if pb is None:
            self.payback.set_data([], [])
        else:
            self.payback.set_data([pb], [0.0])
        self.ax.set_xlim(0, float(t[-1]))
        self.ax.set_ylim(min(-1.1, 1.1 * float(cash_flow.min())),
                         max(0.6, 1.15 * float(cash_flow.max())))
        got = outcome.realised_share
        if got >= 1:
            self.ax.set_title(f"A {H:.0f}-year investor sees all the value")
        else:
            self.ax.set_title(f"A {H:.0f}-year investor sees {got:.0%} of the value")
        pb_text = ("the fund never pays back its capital" if pb is None
                   else f"the fund pays back its capital in year {pb:.1f}")
        return (
            f"Cash goes out first: the curve bottoms at {outcome.trough:.2f} per yuan in year "
            f"{outcome.trough_year:.0f} and {pb_text}; an investor who needs the money after "
            f"{H:.0f} year{'' if H == 1 else 's'} has received {outcome.cash_back_at_horizon:.2f} of the "
            f"{multiple:.2f} the fund returns in the end ({got:.0%})."
        )


class FinancingMixPlot:
    """China's stock of aggregate financing to the real economy, by channel, as bars."""

    def __init__(self, ax):
        self.ax = ax
        self.order = ["bank and other intermediated credit", "government bonds",
                      "corporate bonds", "equity"]
        labels = ["loans and other\ncredit", "government\nbonds", "corporate\nbonds", "equity"]
        y = np.arange(len(self.order))[::-1]
        colours = [style.BLUE, style.SKY, style.ORANGE, style.GREEN]
        self.bars = ax.barh(y, [0] * len(y), color=colours, edgecolor="black", linewidth=0.6)
        for bar, hatch in zip(self.bars, ["", "..", "//", "xx"]):
            bar.set_hatch(hatch)
        self.labels = [ax.text(0, yi, "", va="center", fontsize=8.5) for yi in y]
        ax.set_yticks(y, labels)
        ax.set_xlim(0, 85)
        ax.grid(axis="y", visible=False)
        style.label_axes(ax, "", "share of the outstanding stock (%)", "")

    def update(self, shares, date, total):
        """Show the shares (dict channel -> percent) at ``date``; return the text alternative."""
        for bar, label, key in zip(self.bars, self.labels, self.order):
            v = shares.get(key, 0.0)
            bar.set_width(v)
            label.set_x(v + 1)
            label.set_text(f"{v:.1f}%")
        credit, equity = shares[self.order[0]], shares["equity"]
        self.ax.set_title(f"Loans dwarf equity: {credit:.0f}% vs {equity:.1f}%")
        return (
            f"At {date}, of the {total:.1f} trillion yuan that China's real economy had raised "
            f"from banks and markets, "
            f"loans and other intermediated credit made up {credit:.1f}%, government bonds "
            f"{shares['government bonds']:.1f}%, corporate bonds "
            f"{shares['corporate bonds']:.1f}% and firms' domestic equity only {equity:.1f}%."
        )
