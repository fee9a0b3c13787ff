"""Figure for data rights and transaction costs (Coase 1960)."""

from __future__ import annotations

from . import style

_NAMES = {"subject": "data subject", "user": "data user"}


class DataRightsPlot:
    """Surplus lost (left) and deals struck (right) against the transaction cost.

    Create it once on two Axes; :meth:`update` moves the artists in place.
    """

    def __init__(self, ax_loss, ax_volume):
        self.ax_loss, self.ax_volume = ax_loss, ax_volume
        self.lines = {}
        for ax, key in ((ax_loss, "loss"), (ax_volume, "traded")):
            (subj,) = ax.plot([], [], color=style.BLUE, label="rights with data subject")
            (user,) = ax.plot([], [], color=style.ORANGE, linestyle="--",
                              label="rights with data user")
            (dot_s,) = ax.plot([], [], marker="o", color=style.BLUE, linestyle="none",
                               markersize=8)
            (dot_u,) = ax.plot([], [], marker="s", color=style.ORANGE, linestyle="none",
                               markersize=7)
            cost = ax.axvline(0, color=style.GREY, linestyle=":", linewidth=1.2)
            self.lines[key] = (subj, user, dot_s, dot_u, cost)
        ax_loss.legend(loc="upper left")
        style.label_axes(ax_loss, "", "transaction cost per deal T (licence)",
                         "surplus lost (% of value at stake)")
        style.label_axes(ax_volume, "Dearer deals, thinner trading",
                         "transaction cost per deal T (licence)",
                         "deals struck (% of potential deals)")
        ax_volume.set_ylim(0, 100)

    def update(self, curves, outcome, rights):
        """Show new curves and the outcome at the chosen cost; return the text alternative.

        Parameters
        ----------
        curves : dict
            From :func:`explainer.models.data_rights.data_market_curves`.
        outcome : DataMarketOutcome
            From :func:`explainer.models.data_rights.data_market_outcome`.
        rights : {"subject", "user"}
            The assignment the reader has chosen; it is drawn thicker.

        The horizontal axis is the cost of a licence (subject rights); the user-rights curves
        are drawn at the matching buy-off cost, ``curves["cost_user"]``.
        """
        T = curves["cost"]
        T0 = outcome.cost_subject
        series = {
            "loss": (100 * curves["loss_share_subject"], 100 * curves["loss_share_user"],
                     100 * outcome.loss_share_subject, 100 * outcome.loss_share_user),
            "traded": (100 * curves["traded_subject"], 100 * curves["traded_user"],
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
        top = max(float(series["loss"][0].max()), float(series["loss"][1].max()), 5.0)
        self.ax_loss.set_ylim(0, min(1.15 * top, 100.0))
        if outcome.better_rights == "either":
            self.ax_loss.set_title("Free deals: rights do not matter")
        else:
            self.ax_loss.set_title(f"Less is lost with {outcome.better_rights} rights")

        lost = outcome.loss_share_subject if rights == "subject" else outcome.loss_share_user
        traded = outcome.traded_subject if rights == "subject" else outcome.traded_user
        deal = "licences to use data" if rights == "subject" else "payments to stop a use"
        if abs(outcome.cost_user - T0) > 1e-9:
            costs = (f"At a transaction cost of {T0:.2f} for a licence and "
                     f"{outcome.cost_user:.2f} for a buy-off")
        else:
            costs = f"At a transaction cost of {T0:.2f}"
        return (
            f"{costs}, with rights held by the {_NAMES[rights]}, "
            f"{lost:.0%} of the value at stake is lost and {traded:.0%} of potential "
            f"deals are struck as {deal}; with rights held by the other side the loss would be "
            f"{(outcome.loss_share_user if rights == 'subject' else outcome.loss_share_subject):.0%}."
        )
