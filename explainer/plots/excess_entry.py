"""Figure for excess entry (Mankiw & Whinston 1986): profit per entrant and total welfare."""

from __future__ import annotations

import numpy as np
from matplotlib.ticker import FormatStrFormatter, MaxNLocator

from .. import i18n
from . import style
from .style import _


class ExcessEntryPlot:
    """Profit per firm (left) and welfare (right) against the number of firms.

    Create it once on two Axes; call :meth:`update` with new model results to move the
    artists in place.
    """

    def __init__(self, ax_profit, ax_welfare):
        self.ax_profit, self.ax_welfare = ax_profit, ax_welfare
        ax_profit.axhline(0.0, color=style.GREY, linewidth=1)
        (self.profit_plain,) = ax_profit.plot([], [], color=style.BLUE, linestyle="--",
                                              label=_("without subsidy"))
        (self.profit_subsidised,) = ax_profit.plot([], [], color=style.ORANGE,
                                                   label=_("with entry subsidy"))
        self.entry_line = ax_profit.axvline(0, color=style.VERMILLION, linestyle=":", linewidth=1.5,
                                            zorder=style.MARKER_ZORDER)
        # x in data, y in Axes fractions: the label stays inside the view at every setting
        self.entry_label = ax_profit.text(0, 0.42, "", color=style.VERMILLION, fontsize=8.5,
                                          va="bottom", transform=ax_profit.get_xaxis_transform())
        ax_profit.legend(loc="upper right")
        # One decimal always, so tick labels keep the width the layout was made for.
        ax_profit.yaxis.set_major_formatter(FormatStrFormatter("%.1f"))
        ax_profit.xaxis.set_major_locator(MaxNLocator(integer=True))
        style.label_axes(ax_profit, _("Firms enter until profit is zero"),
                         _("number of firms n"), _("profit per firm (money units)"))

        (self.welfare_curve,) = ax_welfare.plot([], [], color=style.BLUE, label=_("total surplus"))
        (self.optimum,) = ax_welfare.plot([], [], marker="o", color=style.GREEN, linestyle="none",
                                          markersize=8, label=_("best for society"))
        (self.free_entry,) = ax_welfare.plot([], [], marker="s", color=style.VERMILLION,
                                             linestyle="none", markersize=8, label=_("free entry"))
        (self.loss_bar,) = ax_welfare.plot([], [], color=style.VERMILLION, linewidth=2.5)
        self.legend = ax_welfare.legend(loc="lower center")
        ax_welfare.xaxis.set_major_locator(MaxNLocator(integer=True))
        style.label_axes(ax_welfare, "", _("number of firms n"), _("total surplus W (money units)"))
        self.titles = {"fewer": _("Surplus peaks at {best} firms, not {firms}"),
                       "same": _("Free entry is best here: {firms} firms")}

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [self.profit_plain, self.profit_subsidised, self.entry_line, self.entry_label,
                self.welfare_curve, self.optimum, self.free_entry, self.loss_bar,
                style.title_artist(self.ax_welfare)]

    def update(self, curves, outcome):
        """Show new curves and outcome; return the figure's text alternative.

        Parameters
        ----------
        curves : dict
            From :func:`explainer.models.excess_entry.excess_entry_curves`.
        outcome : ExcessEntryOutcome
            From :func:`explainer.models.excess_entry.excess_entry_outcome`.
        """
        n = curves["n"]
        n_e, n_opt = outcome.firms_free_entry, outcome.firms_optimal
        self.profit_plain.set_data(n, curves["profit_unsubsidised"])
        self.profit_subsidised.set_data(n, curves["profit"])
        self.entry_line.set_xdata([n_e, n_e])
        # Show profits from a little below zero up to the profit with two firms, so that the
        # zero crossing (where entry stops) stays visible.
        top = float(np.interp(2.0, n, curves["profit"]))
        bottom = float(min(curves["profit_unsubsidised"].min(), -0.05 * top))
        self.ax_profit.set_xlim(0, n[-1])  # the model's grid ends on a round number
        style.hold_limits(self.ax_profit, "y", bottom * 1.1, top * 1.05, margin=0)
        # Label to the right of the free-entry line, or to its left near the right edge.
        right_side = n_e < 0.7 * n[-1]
        self.entry_label.set_horizontalalignment("left" if right_side else "right")
        self.entry_label.set_position((n_e + (0.02 if right_side else -0.02) * n[-1], 0.42))
        self.entry_label.set_text(_("free entry:\n{firms} firms").format(firms=n_e))

        self.welfare_curve.set_data(n, curves["welfare"])
        self.optimum.set_data([n_opt], [outcome.welfare_optimal])
        self.free_entry.set_data([n_e], [outcome.welfare_free_entry])
        self.loss_bar.set_data([n_e, n_e], [outcome.welfare_free_entry, outcome.welfare_optimal])
        title = self.titles["same" if n_e == n_opt else "fewer"]
        self.ax_welfare.set_title(title.format(best=n_opt, firms=n_e))
        w = curves["welfare"]
        self.ax_welfare.set_xlim(0, n[-1])
        low = min(0.0, float(w.min()))
        style.hold_limits(self.ax_welfare, "y", low, 1.08 * max(float(w.max()), 1e-9),
                          floor=0.0 if low == 0 else None, margin=0)

        numbers = dict(firms=n_e, best=n_opt, utilisation=outcome.utilisation,
                       lost=outcome.welfare_lost_share, bill=outcome.subsidy_bill)
        if outcome.subsidy_bill > 0:
            return i18n.gettext(
                "Free entry brings in {firms} firms where {best} would be best; each firm sells "
                "{utilisation:.0%} of what a firm sells at the optimum and {lost:.0%} of the "
                "attainable surplus is lost, while entry subsidies cost {bill:.1f}.").format(**numbers)
        return i18n.gettext(
            "Free entry brings in {firms} firms where {best} would be best; each firm sells "
            "{utilisation:.0%} of what a firm sells at the optimum and {lost:.0%} of the "
            "attainable surplus is lost.").format(**numbers)
