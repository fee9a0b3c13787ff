"""Figure for patient capital: the J-curve of a venture fund and the investor's horizon.

:class:`PatientCapitalPlot` is created once on given Axes and moved in place by ``update``,
which takes the results of :func:`explainer.models.venture_finance.patient_capital_model` and
returns the figure's text alternative, also shown as the explorer's readout. Figure text is
translated with :func:`explainer.plots.style._` (English when no Chinese font is installed); the
readout with :func:`explainer.i18n.gettext`.
"""

from __future__ import annotations

from ..i18n import gettext
from . import style
from .style import _


class PatientCapitalPlot:
    """Cumulative net cash flow of a patient-capital fund, with the investor's horizon."""

    def __init__(self, ax):
        self.ax = ax
        ax.axhline(0, color=style.GREY, linewidth=1)
        (self.curve,) = ax.plot([], [], color=style.BLUE, label=_("cumulative net cash flow"))
        # from the bottom of the view up to the curve: clear of the legend above
        (self.horizon,) = ax.plot([], [], color=style.VERMILLION, linestyle="--", linewidth=1.5,
                                  label=_("investor needs money back"))
        (self.at_h,) = ax.plot([], [], marker="s", color=style.VERMILLION, linestyle="none",
                               markersize=7)
        (self.trough,) = ax.plot([], [], marker="v", color=style.BLACK, linestyle="none",
                                 markersize=7, label=_("trough"))
        (self.payback,) = ax.plot([], [], marker="o", color=style.GREEN, linestyle="none",
                                  markersize=8, label=_("capital paid back"))
        ax.legend(loc="upper left", fontsize=8, frameon=True, framealpha=0.9, edgecolor="none")
        style.label_axes(ax, "", _("years since the fund started"),
                         _("cash back minus cash in (per yuan)"))
        self.titles = {"all": _("A {years:.0f}-year investor sees all the value"),
                       "part": _("A {years:.0f}-year investor sees {share:.0%} of the value")}

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [self.curve, self.horizon, self.at_h, self.trough, self.payback,
                style.title_artist(self.ax)]

    def update(self, curve, outcome):
        """Show a new J-curve; return the figure's text alternative.

        Parameters
        ----------
        curve : JCurve
            From :func:`explainer.models.venture_finance.patient_capital_model`.
        outcome : PatientCapitalOutcome
            From the same call.
        """
        t, cash_flow = curve.t, curve.cash_flow
        self.curve.set_data(t, cash_flow)
        H = outcome.horizon
        self.at_h.set_data([H], [outcome.cash_flow_at_horizon])
        self.trough.set_data([outcome.trough_year], [outcome.trough])
        pb = outcome.payback_year
        if pb is None:
            self.payback.set_data([], [])
        else:
            self.payback.set_data([pb], [0.0])
        style.hold_limits(self.ax, "x", 0, float(t[-1]), floor=0, margin=0)
        low = style.hold_limits(self.ax, "y", min(-1.1, 1.1 * float(cash_flow.min())),
                                max(0.6, 1.15 * float(cash_flow.max())), margin=0)[0]
        self.horizon.set_data([H, H], [low, outcome.cash_flow_at_horizon])
        got = outcome.realised_share
        self.ax.set_title(self.titles["all" if got >= 1 else "part"].format(years=H, share=got))
        if pb is None:
            pb_text = gettext("the fund never pays back its capital")
        else:
            pb_text = gettext("the fund pays back its capital in year {year:.1f}").format(year=pb)
        if H == 1:
            template = gettext(
                "Cash goes out first: the curve bottoms at {trough:.2f} per yuan in year "
                "{trough_year:.0f} and {payback}; an investor who needs the money after "
                "{years:.0f} year has received {back:.2f} of the {multiple:.2f} the fund "
                "returns in the end ({share:.0%}).")
        else:
            template = gettext(
                "Cash goes out first: the curve bottoms at {trough:.2f} per yuan in year "
                "{trough_year:.0f} and {payback}; an investor who needs the money after "
                "{years:.0f} years has received {back:.2f} of the {multiple:.2f} the fund "
                "returns in the end ({share:.0%}).")
        return template.format(trough=outcome.trough, trough_year=outcome.trough_year,
                               payback=pb_text, years=H, back=outcome.cash_back_at_horizon,
                               multiple=outcome.multiple, share=got)

