"""Figure for data rights and transaction costs (Coase 1960).

:class:`DataRightsPlot` is created once on two Axes and moved in place by ``update(curves,
outcome)`` with the results of :func:`explainer.models.data_rights.data_rights_model`; it returns
the figure's text alternative (also the explorer's readout). Figure text is translated with
:func:`explainer.plots.style._`, the readout with :func:`explainer.i18n.gettext`.
"""

from __future__ import annotations

from ..i18n import gettext
from . import style
from .style import _


class DataRightsPlot:
    """Surplus lost (left) and deals struck (right) against the transaction cost.

    Create it once on two Axes; :meth:`update` moves the artists in place. The chosen
    assignment of rights is drawn thicker.
    """

    def __init__(self, ax_loss, ax_volume):
        self.ax_loss, self.ax_volume = ax_loss, ax_volume
        self.lines = {}
        for ax, key in ((ax_loss, "loss"), (ax_volume, "traded")):
            (subj,) = ax.plot([], [], color=style.BLUE, label=_("rights with data subject"))
            (user,) = ax.plot([], [], color=style.ORANGE, linestyle="--",
                              label=_("rights with data user"))
            (dot_s,) = ax.plot([], [], marker="o", color=style.BLUE, linestyle="none",
                               markersize=8)
            (dot_u,) = ax.plot([], [], marker="s", color=style.ORANGE, linestyle="none",
                               markersize=7)
            cost = ax.axvline(0, color=style.GREY, linestyle=":", linewidth=1.2,
                              zorder=style.MARKER_ZORDER)
            self.lines[key] = (subj, user, dot_s, dot_u, cost)
        ax_loss.legend(loc="upper left")
        style.label_axes(ax_loss, "", _("transaction cost per deal T (licence)"),
                         _("surplus lost (% of value at stake)"))
        style.label_axes(ax_volume, _("Dearer deals, thinner trading"),
                         _("transaction cost per deal T (licence)"),
                         _("deals struck (% of potential deals)"))
        ax_volume.set_ylim(0, 100)
        self.titles = {"either": _("Free deals: rights do not matter"),
                       "subject": _("Less is lost with subject rights"),
                       "user": _("Less is lost with user rights")}

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        # the title names the better assignment: a cost slider crosses where that changes
        return [*(line for lines in self.lines.values() for line in lines),
                style.title_artist(self.ax_loss)]

    def update(self, curves, outcome):
        """Show new curves and the outcome at the chosen cost; return the text alternative.

        Parameters
        ----------
        curves : DataMarketCurves
            From :func:`explainer.models.data_rights.data_rights_model` (percentages).
        outcome : DataMarketOutcome
            From the same call; ``outcome.rights`` is the assignment drawn thicker.

        The horizontal axis is the cost of a licence (subject rights); the user-rights curves
        are drawn at the matching buy-off cost, ``curves.cost_user``.
        """
        T = curves.cost
        T0 = outcome.cost_subject
        rights = outcome.rights
        series = {
            "loss": (curves.loss_pct_subject, curves.loss_pct_user,
                     100 * outcome.loss_share_subject, 100 * outcome.loss_share_user),
            "traded": (curves.traded_pct_subject, curves.traded_pct_user,
                       100 * outcome.traded_subject, 100 * outcome.traded_user),
        }
        for key, (ys, yu, ps, pu) in series.items():
            subj, user, dot_s, dot_u, cost = self.lines[key]
            subj.set_data(T, ys)
            user.set_data(T, yu)
            subj.set_linewidth(3.0 if rights == "subject" else 1.5)
            user.set_linewidth(3.0 if rights == "user" else 1.5)
            dot_s.set_data([T0], [ps])
            dot_u.set_data([T0], [pu])
            cost.set_xdata([T0, T0])
        for ax in (self.ax_loss, self.ax_volume):
            ax.set_xlim(0, float(T[-1]))
        top = max(float(curves.loss_pct_subject.max()), float(curves.loss_pct_user.max()), 5.0)
        style.hold_limits(self.ax_loss, "y", 0, min(1.15 * top, 100.0), floor=0, margin=0)
        style.title_artist(self.ax_loss).set_text(self.titles[outcome.better_rights])

        if abs(outcome.cost_user - T0) > 1e-9:
            costs = gettext("At a transaction cost of {licence:.2f} for a licence and "
                            "{buyoff:.2f} for a buy-off").format(licence=T0,
                                                                 buyoff=outcome.cost_user)
        else:
            costs = gettext("At a transaction cost of {cost:.2f}").format(cost=T0)
        if rights == "subject":
            template = gettext(
                "{costs}, with rights held by the data subject, {lost:.0%} of the value at "
                "stake is lost and {traded:.0%} of potential deals are struck as licences to "
                "use data; with rights held by the other side the loss would be {other:.0%}.")
        else:
            template = gettext(
                "{costs}, with rights held by the data user, {lost:.0%} of the value at stake "
                "is lost and {traded:.0%} of potential deals are struck as payments to stop a "
                "use; with rights held by the other side the loss would be {other:.0%}.")
        return template.format(costs=costs, lost=outcome.chosen_loss_share,
                               traded=outcome.chosen_traded, other=outcome.other_loss_share)
