"""Figures for Hulten's theorem: sector contributions to aggregate productivity growth.

Each plot is built once on two Axes; ``update(curves, outcome)`` takes the frozen dataclasses
of :func:`explainer.models.hulten.two_sector_model` or
:func:`explainer.models.hulten.network_model`, moves the artists in place and returns the text
alternative (also the explorer's readout). Figure text is translated with
:func:`explainer.plots.style._`, the readout with :func:`explainer.i18n.gettext`.
"""

from __future__ import annotations

import numpy as np

from ..i18n import gettext
from . import style
from .style import _


class TwoSectorPlot:
    """Contributions to aggregate TFP growth (left) and aggregate growth against emerging growth (right)."""

    def __init__(self, ax_bars, ax_lines):
        self.ax_bars, self.ax_lines = ax_bars, ax_lines
        colours = (style.BLUE, style.ORANGE, style.GREY)
        hatches = ("", "//", "..")
        self.bars = ax_bars.barh([2, 1, 0], [0, 0, 0], height=0.6, color=colours,
                                 edgecolor="white", hatch=hatches)
        for bar, colour in zip(self.bars, colours):
            bar.set_edgecolor(colour if colour != style.GREY else "#444444")
            bar.set_facecolor(colour)
            bar.set_alpha(0.9)
        ax_bars.set_yticks([2, 1, 0], [_("traditional"), _("emerging"), _("whole economy")])
        ax_bars.axvline(0, color=style.GREY, linewidth=1)
        ax_bars.grid(axis="y", visible=False)
        self.bar_labels = [ax_bars.text(0, y, "", va="center", ha="left", fontsize=8.5)
                           for y in (2, 1, 0)]
        style.label_axes(ax_bars, "", _("contribution to TFP growth (pp a year)"), "")

        (self.line_with,) = ax_lines.plot([], [], color=style.BLUE, linestyle="-",
                                          label=_("base upgrading"))
        (self.line_without,) = ax_lines.plot([], [], color=style.ORANGE, linestyle="--",
                                             label=_("base stagnant (g_T = 0)"))
        (self.point,) = ax_lines.plot([], [], marker="o", color=style.BLACK, linestyle="none",
                                      markersize=7, label=_("current settings"))
        (self.match,) = ax_lines.plot([], [], marker="s", color=style.VERMILLION,
                                      linestyle="none", markersize=7,
                                      label=_("same total, stagnant base"))
        ax_lines.legend(loc="upper left")
        style.label_axes(ax_lines, "", _("emerging TFP growth g_E (% a year)"),
                         _("aggregate TFP growth (% a year)"))

    def update(self, curves, result):
        """Show the contributions and the two growth lines; return the text alternative.

        Parameters
        ----------
        curves : TwoSectorCurves
            From :func:`explainer.models.hulten.two_sector_model`.
        result : TwoSectorGrowth
            From the same call.
        """
        share = curves.traditional_share
        g_emerging_grid, curve_with, curve_without = (curves.g_emerging, curves.with_base,
                                                      curves.without_base)
        values = (result.traditional, result.emerging, result.aggregate)
        lo = min(0.0, *values)
        hi = max(0.1, *values)
        span = hi - lo
        for bar, label, v in zip(self.bars, self.bar_labels, values):
            bar.set_width(v)
            label.set_text(f"{v:.2f}")
            label.set_position((max(v, 0.0) + 0.02 * span, label.get_position()[1]))
        self.ax_bars.set_xlim(lo - 0.05 * span, hi + 0.25 * span)
        self.ax_bars.set_title(_("The {share:.0f}% base adds {base:.2f} of {total:.2f} pp").format(
            share=100 * share, base=values[0], total=values[2]))

        g_e = result.g_emerging
        self.line_with.set_data(g_emerging_grid, curve_with)
        self.line_without.set_data(g_emerging_grid, curve_without)
        self.point.set_data([g_e], [values[2]])
        needed = g_e + result.emerging_needed
        top_x = float(g_emerging_grid[-1])
        if np.isfinite(needed) and needed <= top_x:
            self.match.set_data([needed], [values[2]])
        else:
            self.match.set_data([], [])
        ymax = max(float(np.max(curve_with)), float(np.max(curve_without)), 0.1)
        ymin = min(float(np.min(curve_with)), float(np.min(curve_without)), 0.0)
        pad = 0.03 * (top_x - float(g_emerging_grid[0]))
        self.ax_lines.set_xlim(float(g_emerging_grid[0]) - pad, top_x + pad)
        self.ax_lines.set_ylim(ymin, ymax * 1.3)
        extra = result.emerging_needed
        if np.isfinite(extra):
            self.ax_lines.set_title(_("Stagnant base: g_E +{extra} pts").format(
                extra=f"{extra:.{0 if extra >= 10 else 1}f}"))
            tail = gettext("; without the base's gain, emerging TFP growth would have to rise by "
                           "{extra:.1f} points to give the same total").format(extra=extra)
        else:
            self.ax_lines.set_title(_("No emerging sector: only the base"))
            tail = ""
        return gettext("Aggregate TFP growth is {total:.2f}% a year: the traditional base "
                       "({share:.0f}% of value added) contributes {base:.2f} points and the "
                       "emerging sector {emerging:.2f}{tail}.").format(
            total=values[2], share=100 * share, base=values[0], emerging=values[1], tail=tail)


class NetworkPlot:
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
        self.va_text = [ax_weights.text(xi - 0.2, 0, "", ha="center", va="bottom", fontsize=8)
                        for xi in x]
        self.domar_text = [ax_weights.text(xi + 0.2, 0, "", ha="center", va="bottom", fontsize=8)
                           for xi in x]
        ax_weights.legend(loc="upper right")
        style.label_axes(ax_weights, "", "", _("share of GDP"))

        ax_rundown.axhline(0, color=style.GREY, linewidth=1)
        (self.domar_line,) = ax_rundown.plot([], [], color=style.BLUE, linestyle="-",
                                             label=_("with input-output links (Hulten)"))
        (self.va_line,) = ax_rundown.plot([], [], color=style.ORANGE, linestyle="--",
                                          label=_("value-added share only"))
        (self.point,) = ax_rundown.plot([], [], marker="o", color=style.VERMILLION,
                                        linestyle="none", markersize=7, label=_("current fall"))
        ax_rundown.legend(loc="lower left")
        style.label_axes(ax_rundown, "", _("fall in traditional productivity (%)"),
                         _("change in real GDP and real wages (%)"))

    def update(self, curves, outcome):
        """Show weights and the run-down curves; return the text alternative.

        Parameters
        ----------
        curves : RundownCurves
            From :func:`explainer.models.hulten.network_model` (sector 0 = traditional).
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
        self.ax_weights.set_ylim(0, max(2.0, 1.5 * (float(max(lam.max(), va.max())) + 0.1)))
        self.ax_weights.set_title(_("Domar weights sum to {total:.2f}, not 1").format(
            total=outcome.domar_sum))

        self.domar_line.set_data(cuts_pct, curves.domar)
        self.va_line.set_data(cuts_pct, curves.value_added_only)
        self.point.set_data([cut_pct], [outcome.gdp_change])
        self.ax_rundown.set_xlim(-0.5, 1.03 * float(cuts_pct[-1]))
        low = min(float(curves.domar.min()), float(curves.value_added_only.min()), -1.0)
        self.ax_rundown.set_ylim(1.1 * low, 0.08 * abs(low))
        loss = -outcome.gdp_change
        self.ax_rundown.set_title(
            _("{cut:.0f}% less base TFP: GDP \u2212{loss:.1f}%").format(cut=cut_pct, loss=loss)
            if cut_pct > 0 else _("Cut base TFP with the slider"))
        return gettext(
            "Traditional industry is {share:.0f}% of value added and jobs but its sales are "
            "{domar:.2f} times GDP, so a {cut:.0f}% fall in its productivity lowers real GDP and "
            "every real wage by {loss:.1f}%, against {naive:.1f}% if only its value-added share "
            "counted.").format(share=100 * va[0], domar=lam[0], cut=cut_pct, loss=loss,
                               naive=-outcome.gdp_change_value_added_only)
