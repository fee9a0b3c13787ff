"""Figures for nonrival data: gains from sharing, and data in growth accounting."""

from __future__ import annotations

from matplotlib.ticker import FormatStrFormatter

from . import style


class DataSharingPlot:
    """Left: output gain against the share of data shared (gross and net of privacy costs).
    Right: the gain from full sharing against the number of firms that share."""

    def __init__(self, ax_share, ax_firms):
        self.ax_share, self.ax_firms = ax_share, ax_firms
        ax_share.axhline(1.0, color=style.GREY, linewidth=1)
        (self.gross,) = ax_share.plot([], [], color=style.BLUE, linestyle="--",
                                      label="before privacy costs")
        (self.net,) = ax_share.plot([], [], color=style.ORANGE, label="net of privacy costs")
        (self.chosen,) = ax_share.plot([], [], marker="s", color=style.VERMILLION, linestyle="none",
                                       markersize=8, label="your share")
        (self.best,) = ax_share.plot([], [], marker="o", color=style.GREEN, linestyle="none",
                                     markersize=8, label="best share")
        self.legend = ax_share.legend(loc="upper left", fontsize=7.5)
        style.label_axes(ax_share, "Sharing data raises every firm's output",
                         "share of its data each firm shares",
                         "output per firm (no sharing = 1)")
        ax_share.set_xlim(0, 1)
        # Fixed-width tick labels keep the layout fixed at the first draw valid for all values.
        for ax in (ax_share, ax_firms):
            ax.yaxis.set_major_formatter(FormatStrFormatter("%.2f"))

        (self.by_n,) = ax_firms.plot([], [], color=style.PURPLE, linestyle="-",
                                     label="all data shared")
        (self.current_n,) = ax_firms.plot([], [], marker="D", color=style.BLACK, linestyle="none",
                                          markersize=7, label="your number of firms")
        ax_firms.legend(loc="upper left", fontsize=7.5)
        style.label_axes(ax_firms, "More users, bigger gain",
                         "number of firms sharing",
                         "output with full sharing (none = 1)")

    def update(self, curves, outcome, N):
        """Show new curves; return the figure's text alternative.

        Parameters
        ----------
        curves : dict
            From :func:`explainer.models.nonrival_data.sharing_curves`.
        outcome : SharingOutcome
            From :func:`explainer.models.nonrival_data.sharing_outcome`.
        N : int
            Number of firms.
        """
        s = curves["s"]
        gross, net = curves["output"], curves["net_output"]
        self.gross.set_data(s, gross)
        self.net.set_data(s, net)
        self.chosen.set_data([outcome.share], [1 + outcome.net_gain])
        self.best.set_data([outcome.best_share], [1 + outcome.best_net_gain])
        labels = self.legend.get_texts()
        labels[2].set_text(f"your share: {outcome.share:.0%}")
        labels[3].set_text(f"best share: {outcome.best_share:.0%}")
        top = float(gross.max())
        bottom = min(float(net.min()), 1.0)
        span = max(top - bottom, 0.1)
        self.ax_share.set_ylim(bottom - 0.05 * span, top + 0.45 * span)

        n, by_n = curves["n"], curves["full_sharing_by_n"]
        self.by_n.set_data(n, by_n)
        self.current_n.set_data([N], [1 + outcome.full_gain])
        self.ax_firms.set_xlim(0, 1.04 * float(n[-1]))
        span = max(float(by_n.max()) - 1.0, 0.1)
        self.ax_firms.set_ylim(1.0 - 0.05 * span, float(by_n.max()) + 0.3 * span)

        return (
            f"If each of {N} firms shares {outcome.share:.0%} of its data, every firm's output "
            f"rises {outcome.gain:.0%} ({outcome.net_gain:.0%} after privacy costs); full sharing "
            f"would give {outcome.full_gain:.0%}, and the best share is {outcome.best_share:.0%} "
            f"with a net gain of {outcome.best_net_gain:.0%}."
        )
