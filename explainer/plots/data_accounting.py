"""Figure for data in growth accounting: the Solow residual with data left out, and with data counted.

:class:`DataAccountingPlot` draws a :class:`~explainer.models.nonrival_data.DataGrowthAccount`
(from :func:`explainer.models.nonrival_data.data_accounting_model`) as two stacked bars and
returns the text alternative (also the explorer's readout). Figure text is translated with
:func:`explainer.plots.style._`, the readout with :func:`explainer.i18n.gettext`.
"""

from __future__ import annotations

import numpy as np

from ..i18n import gettext
from . import style
from .style import _


class DataAccountingPlot:
    """Two stacked bars: the Solow residual with data left out (income-share weights) and
    the model's split with known output elasticities, data counted as a factor."""

    PARTS = (("capital", style.BLUE, "//"), ("labour", style.SKY, ".."),
             ("data", style.ORANGE, "xx"), ("TFP", style.GREEN, ""))

    def __init__(self, ax):
        self.ax = ax
        self.bars = {}
        labels = {"capital": _("capital"), "labour": _("labour"), "data": _("data"), "TFP": _("TFP")}
        y = np.array([1.0, 0.0])
        for name, colour, hatch in self.PARTS:
            self.bars[name] = ax.barh(y, [0, 0], left=[0, 0], height=0.55, color=colour,
                                      hatch=hatch, edgecolor="white", label=labels[name])
        self.texts = [[ax.text(0, yy, "", ha="center", va="center", fontsize=8,
                               bbox={"boxstyle": "round,pad=0.15", "facecolor": "white",
                                     "edgecolor": "none", "alpha": 0.85})
                       for _ in self.PARTS] for yy in y]
        ax.set_yticks(y)
        ax.set_yticklabels([_("data left out\n(Solow residual)"), _("data counted\n(known elasticities)")])
        # under the bars (and so never drawn again over a moving one, nor the legend after it)
        ax.axvline(0, color=style.GREY, linewidth=1, zorder=0.9)
        ax.legend(loc="upper center", ncols=4, fontsize=8)
        ax.grid(axis="y", visible=False)
        ax.set_axisbelow(True)  # grid lines behind the bars
        ax.set_ylim(-0.5, 1.95)
        style.label_axes(ax, _("Leaving data out credits data's contribution to TFP"),
                         _("contribution to output growth (percentage points a year)"), "")

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [*(patch for bars in self.bars.values() for patch in bars.patches),
                *(text for row in self.texts for text in row)]

    def update(self, account):
        """Show a :class:`~explainer.models.nonrival_data.DataGrowthAccount`; return alt text."""
        rows = [
            {"capital": account.measured_capital, "labour": account.measured_labour,
             "data": 0.0, "TFP": account.solow_residual},
            {"capital": account.capital, "labour": account.labour, "data": account.data,
             "TFP": account.tfp},
        ]
        neg_low, pos_high = 0.0, 0.0
        for row_index, row in enumerate(rows):
            left_pos, left_neg = 0.0, 0.0
            for part_index, (name, _colour, _hatch) in enumerate(self.PARTS):
                value = row[name]
                patch = self.bars[name].patches[row_index]
                if value >= 0:
                    patch.set_x(left_pos)
                    left_pos += value
                else:
                    left_neg += value
                    patch.set_x(left_neg)
                patch.set_width(abs(value))
                text = self.texts[row_index][part_index]
                text.set_position((patch.get_x() + abs(value) / 2, patch.get_y() + patch.get_height() / 2))
                text.set_text(f"{value:.2f}" if abs(value) >= 0.3 else "")
            neg_low, pos_high = min(neg_low, left_neg), max(pos_high, left_pos)
        style.hold_limits(self.ax, "x", neg_low - 0.2, pos_high + 0.3, margin=0)
        return gettext(
            "Of {output:.1f}% output growth, capital explains {capital:.2f} and labour "
            "{labour:.2f} points; with data's elasticity known, data explain {data:.2f} points "
            "and the model's TFP growth is {tfp:.2f}; the Solow residual with data left out, "
            "{residual:.2f}, credits {error:.2f} points of data's contribution to TFP.").format(
            output=account.output, capital=account.capital, labour=account.labour,
            data=account.data, tfp=account.tfp, residual=account.solow_residual,
            error=account.residual_error)

