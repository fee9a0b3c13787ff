"""Figure for nonrival data: gains from sharing data across firms.

:class:`DataSharingPlot` is built once on two Axes; ``update(curves, outcome)`` takes the
frozen dataclasses of :func:`explainer.models.nonrival_data.data_sharing_model`, moves the
artists in place and returns the text alternative (also the explorer's readout). Figure text
is translated with :func:`explainer.plots.style._`, the readout with
:func:`explainer.i18n.gettext`. (Data in growth accounting is drawn by
:mod:`explainer.plots.data_accounting`.)
"""

from __future__ import annotations

from matplotlib.ticker import FormatStrFormatter, MaxNLocator

from ..i18n import gettext
from . import style
from .style import _


class DataSharingPlot:
    """Left: output gain against the share of data shared (gross and net of privacy costs).
    Right: the gain from full sharing against the number of firms that share. Both on one
    output scale (no sharing = 1)."""

    def __init__(self, ax_share, ax_firms):
        self.ax_share, self.ax_firms = ax_share, ax_firms
        ax_share.axhline(1.0, color=style.GREY, linewidth=1)
        (self.gross,) = ax_share.plot([], [], color=style.BLUE, linestyle="--",
                                      label=_("before privacy costs"))
        (self.net,) = ax_share.plot([], [], color=style.ORANGE, label=_("net of privacy costs"))
        (self.chosen,) = ax_share.plot([], [], marker="s", color=style.VERMILLION, linestyle="none",
                                       markersize=8, label=_("your share"))
        (self.best,) = ax_share.plot([], [], marker="o", color=style.GREEN, linestyle="none",
                                     markersize=8, label=_("best share"))
        self.legend = ax_share.legend(loc="upper left", fontsize=7.5)
        # The best share is in the title, which a move redraws anyway, not in the legend.
        style.label_axes(ax_share, "", _("share of its data each firm shares"),
                         _("output per firm (no sharing = 1)"))
        self.title = _("Sharing raises output; best share {share:.0f}%")
        ax_share.set_xlim(0, 1)
        # Fixed-width tick labels keep the layout fixed at the first draw valid for all values.
        for ax in (ax_share, ax_firms):
            ax.yaxis.set_major_formatter(FormatStrFormatter("%.2f"))

        (self.by_n,) = ax_firms.plot([], [], color=style.PURPLE, linestyle="-",
                                     label=_("all data shared"))
        (self.current_n,) = ax_firms.plot([], [], marker="D", color=style.BLACK, linestyle="none",
                                          markersize=7, label=_("your number of firms"))
        ax_firms.legend(loc="upper left", fontsize=7.5)
        ax_firms.xaxis.set_major_locator(MaxNLocator(integer=True))
        style.label_axes(ax_firms, _("More users, bigger gain"),
                         _("number of firms sharing"),
                         _("output with full sharing (none = 1)"))

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [self.gross, self.net, self.chosen, self.best, style.title_artist(self.ax_share),
                self.by_n, self.current_n]

    def update(self, curves, outcome):
        """Show new curves; return the figure's text alternative.

        Parameters
        ----------
        curves : SharingCurves
            From :func:`explainer.models.nonrival_data.data_sharing_model`.
        outcome : SharingOutcome
            From the same call.
        """
        s, N = curves.s, curves.firms
        gross, net = curves.output, curves.net_output
        self.gross.set_data(s, gross)
        self.net.set_data(s, net)
        self.chosen.set_data([outcome.share], [1 + outcome.net_gain])
        self.best.set_data([outcome.best_share], [1 + outcome.best_net_gain])
        self.ax_share.set_title(self.title.format(share=100 * outcome.best_share))
        top = float(gross.max())
        bottom = min(float(net.min()), 1.0)
        span = max(top - bottom, 0.1)
        # room above the curves for the legend
        share_need = (bottom - 0.05 * span, top + 0.45 * span)

        n, by_n = curves.n, curves.full_sharing_by_n
        self.by_n.set_data(n, by_n)
        self.current_n.set_data([N], [1 + outcome.full_gain])
        self.ax_firms.set_xlim(0, 1.04 * float(n[-1]))
        span = max(float(by_n.max()) - 1.0, 0.1)
        firms_need = (1.0 - 0.05 * span, float(by_n.max()) + 0.3 * span)
        # Both panels measure output against no sharing = 1: one scale lets the two gains be
        # compared by eye, and the two axes rescale together (one full redraw, not two).
        low, high = min(share_need[0], firms_need[0]), max(share_need[1], firms_need[1])
        for ax in (self.ax_share, self.ax_firms):
            style.hold_limits(ax, "y", low, high, margin=0)

        return gettext(
            "If each of {firms} firms shares {share:.0f}% of its data, every firm's output rises "
            "{gain:.0f}% ({net:.0f}% after privacy costs); full sharing would give {full:.0f}%, "
            "and the best share is {best:.0f}% with a net gain of {best_net:.0f}%.").format(
            firms=N, share=100 * outcome.share, gain=100 * outcome.gain, net=100 * outcome.net_gain,
            full=100 * outcome.full_gain, best=100 * outcome.best_share,
            best_net=100 * outcome.best_net_gain)
