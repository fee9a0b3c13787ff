"""Figure for China's financing mix: the stock of aggregate financing to the real economy (PBoC).

:class:`FinancingMixPlot` is created once on given Axes and moved in place by ``update``, which
takes a :class:`~explainer.models.venture_finance.FinancingMix` and returns the figure's text
alternative, also shown as the explorer's readout. Figure text is translated with
:func:`explainer.plots.style._` (English when no Chinese font is installed); the readout with
:func:`explainer.i18n.gettext`.
"""

from __future__ import annotations

import numpy as np

from ..i18n import gettext
from . import style
from .style import _


class FinancingMixPlot:
    """China's stock of aggregate financing to the real economy, by channel, as bars."""

    def __init__(self, ax):
        self.ax = ax
        labels = [_("loans and other\ncredit"), _("government\nbonds"), _("corporate\nbonds"),
                  _("equity")]
        y = np.arange(len(labels))[::-1]
        colours = [style.BLUE, style.SKY, style.ORANGE, style.GREEN]
        self.bars = ax.barh(y, [0] * len(y), color=colours, edgecolor="black", linewidth=0.6)
        for bar, hatch in zip(self.bars, ["", "..", "//", "xx"]):
            bar.set_hatch(hatch)
        self.labels = [ax.text(0, yi, "", va="center", fontsize=8.5) for yi in y]
        ax.set_yticks(y, labels)
        ax.set_xlim(0, 85)
        ax.grid(axis="y", visible=False)
        ax.set_axisbelow(True)  # grid lines behind the bars
        style.label_axes(ax, "", _("share of the outstanding stock (%)"), "")
        self.title = _("Loans dwarf equity: {credit:.0f}% vs {equity:.1f}%")

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [*self.bars, *self.labels, style.title_artist(self.ax)]

    def update(self, mix, date_label):
        """Show the shares of a :class:`~explainer.models.venture_finance.FinancingMix`.

        ``date_label`` is the date as the reader sees it (e.g. "end-2020"); returns the
        figure's text alternative.
        """
        shares = (mix.credit, mix.government_bonds, mix.corporate_bonds, mix.equity)
        for bar, label, v in zip(self.bars, self.labels, shares):
            bar.set_width(v)
            label.set_x(v + 1)
            label.set_text(f"{v:.1f}%")
        self.ax.set_title(self.title.format(credit=mix.credit, equity=mix.equity))
        return gettext(
            "At {date}, of the {total:.1f} trillion yuan that China's real economy had raised "
            "from banks and markets, loans and other intermediated credit made up {credit:.1f}%, "
            "government bonds {government:.1f}%, corporate bonds {corporate:.1f}% and firms' "
            "domestic equity only {equity:.1f}%."
        ).format(date=date_label, total=mix.total, credit=mix.credit,
                 government=mix.government_bonds, corporate=mix.corporate_bonds,
                 equity=mix.equity)

