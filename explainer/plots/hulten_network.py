"""Figure for Hulten's theorem in a network: Domar weights and a run-down of the traditional base.

:class:`HultenNetworkPlot` is built once on two Axes; ``update(curves, outcome)`` takes the
frozen dataclasses of :func:`explainer.models.hulten.hulten_network_model`, moves the artists
in place and returns the text alternative (also the explorer's readout). Figure text is
translated with :func:`explainer.plots.style._`, the readout with :func:`explainer.i18n.gettext`.
"""

from __future__ import annotations

import numpy as np

from ..i18n import gettext
from . import style
from .style import _


class HultenNetworkPlot:
    """Domar weights next to value-added shares (left) and GDP after a fall in the base's productivity (right)."""

    def __init__(self, ax_weights, ax_rundown):
        self.ax_weights, self.ax_rundown = ax_weights, ax_rundown
        x = np.array([0.0, 1.0])
        self.va_bars = ax_weights.bar(x - 0.2, [0, 0], width=0.38, color=style.SKY,
                                      edgecolor=style.BLUE, hatch="//",
                                      label=_("value-added share (= jobs share)"))
        self.domar_bars = ax_weights.bar(x + 0.2, [0, 0], width=0.38, color=style.BLUE,
                                         label=_("Domar weight (sales / GDP)"))
        ax_weights.set_xticks(x, [_("traditional"), _("emerging")])
        ax_weights.grid(axis="x", visible=False)
        ax_weights.set_axisbelow(True)  # grid lines behind the bars
        self.va_text = [ax_weights.text(xi - 0.2, 0, "", ha="center", va="bottom", fontsize=8)
                        for xi in x]
        self.domar_text = [ax_weights.text(xi + 0.2, 0, "", ha="center", va="bottom", fontsize=8)
                           for xi in x]
        ax_weights.legend(loc="upper right")
        style.label_axes(ax_weights, "", "", _("share of GDP"))

        ax_rundown.axhline(0, color=style.GREY, linewidth=1)
        (self.domar_line,) = ax_rundown.plot([], [], color=style.BLUE, linestyle="-",
                                             label=_("Domar weight (Hulten)"))
        (self.va_line,) = ax_rundown.plot([], [], color=style.ORANGE, linestyle="--",
                                          label=_("value-added share (measures mixed)"))
        (self.point,) = ax_rundown.plot([], [], marker="o", color=style.VERMILLION,
                                        linestyle="none", markersize=7, label=_("current fall"))
        # a band below the lowest point of the lines (see update) keeps the legend clear of them
        ax_rundown.legend(loc="lower left")
        style.label_axes(ax_rundown, "", _("fall in traditional productivity (%)"),
                         _("change in real GDP and real wages (%)"))

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [*self.va_bars, *self.domar_bars, *self.va_text, *self.domar_text,
                style.title_artist(self.ax_weights), self.domar_line, self.va_line, self.point,
                style.title_artist(self.ax_rundown)]

    def update(self, curves, outcome):
        """Show weights and the run-down curves; return the text alternative.

        Parameters
        ----------
        curves : RundownCurves
            From :func:`explainer.models.hulten.hulten_network_model` (sector 0 = traditional).
        outcome : RundownOutcome
            From the same call.
        """
        cuts_pct, cut_pct = curves.cuts_pct, outcome.cut_pct
        lam, va = outcome.domar, outcome.value_added
        for bar, text, v in zip(self.va_bars, self.va_text, va):
            bar.set_height(v)
            text.set_text(f"{v:.2f}")
            text.set_y(v + 0.02)
        for bar, text, v in zip(self.domar_bars, self.domar_text, lam):
            bar.set_height(v)
            text.set_text(f"{v:.2f}")
            text.set_y(v + 0.02)
        # headroom above the labelled bars for the two-line legend
        style.hold_limits(self.ax_weights, "y", 0,
                          max(2.0, 1.5 * (float(max(lam.max(), va.max())) + 0.1)), floor=0, margin=0)
        self.ax_weights.set_title(_("Domar weights sum to {total:.2f}, not 1").format(
            total=outcome.domar_sum))

        self.domar_line.set_data(cuts_pct, curves.domar)
        self.va_line.set_data(cuts_pct, curves.value_added_only)
        self.point.set_data([cut_pct], [outcome.gdp_change])
        self.ax_rundown.set_xlim(-0.5, 1.03 * float(cuts_pct[-1]))
        low = min(float(curves.domar.min()), float(curves.value_added_only.min()), -1.0)
        # room below the lines for the legend
        style.hold_limits(self.ax_rundown, "y", 1.5 * low, 0.08 * abs(low), margin=0)
        loss = -outcome.gdp_change
        self.ax_rundown.set_title(
            _("{cut:.0f}% less base TFP: GDP \u2212{loss:.1f}%").format(cut=cut_pct, loss=loss)
            if cut_pct > 0 else _("Cut base TFP with the slider"))
        return gettext(
            "Traditional industry is {share:.0f}% of value added and jobs but its sales are "
            "{domar:.2f} times GDP, so a {cut:.0f}% fall in its gross-output productivity (per "
            "unit of all inputs) lowers real GDP and every real wage by {loss:.1f}%. Its value-added "
            "share times the same fall gives {naive:.1f}%, which mixes two measures of "
            "productivity.").format(share=100 * va[0], domar=lam[0], cut=cut_pct, loss=loss,
                               naive=-outcome.gdp_change_value_added_only)

