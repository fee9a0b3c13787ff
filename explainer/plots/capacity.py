"""Figures of real capacity-utilisation data (NBS), with titles and labels in the reader's language."""

from __future__ import annotations

import numpy as np

from .. import i18n
from . import style
from .style import _


def plot_capacity_utilisation(ax_years, ax_industries, annual, by_industry):
    """National rate by year (left) and by industry in 2023 Q4 (right); return alt text.

    Industry names come from the table: ``industry`` in English, ``industry_zh`` (the NBS
    names) when figure text, or the alt text, is Chinese.

    Parameters
    ----------
    annual : pandas.DataFrame
        Columns ``year`` and ``utilisation_pct``.
    by_industry : pandas.DataFrame
        Columns ``industry``, ``industry_zh``, ``utilisation_pct`` and ``level`` (total,
        sector, industry).
    """
    chinese_figure = style.figure_language() == "zh"
    ax_years.plot(annual["year"], annual["utilisation_pct"], marker="o", color=style.BLUE)
    for year, value in zip(annual["year"], annual["utilisation_pct"]):
        ax_years.annotate(f"{value:.1f}", (year, value), xytext=(0, 6), textcoords="offset points",
                          ha="center", fontsize=8)
    ax_years.set_xticks(annual["year"], labels=[style.year(y) for y in annual["year"]])
    ax_years.set_ylim(70, 80)
    style.label_axes(ax_years, _("About a quarter of capacity idle"),
                     _("year"), _("capacity utilisation (%)"))

    rows = by_industry[by_industry["level"] == "industry"].sort_values("utilisation_pct")
    total = float(by_industry.loc[by_industry["level"] == "total", "utilisation_pct"].iloc[0])
    y = np.arange(len(rows))
    colours = [style.VERMILLION if v == rows["utilisation_pct"].min() else style.SKY
               for v in rows["utilisation_pct"]]
    ax_industries.barh(y, rows["utilisation_pct"], color=colours)
    ax_industries.axvline(total, color=style.BLACK, linestyle="--", linewidth=1,
                          label=_("all industry {rate:.1f}%").format(rate=total))
    names = rows["industry_zh"] if chinese_figure else rows["industry"]
    ax_industries.set_yticks(y, labels=names, fontsize=7)
    ax_industries.set_xlim(50, 85)
    ax_industries.legend(loc="lower right")
    ax_industries.grid(axis="y", visible=False)
    style.label_axes(ax_industries, _("By industry, 2023 Q4"), _("capacity utilisation (%)"), "")
    low = rows.iloc[0]
    low_name = low["industry_zh"] if i18n.is_chinese() else low["industry"].lower()
    return i18n.gettext(
        "China's industrial capacity utilisation was {rate:.1f}% in {year}; in 2023 Q4 it ranged "
        "from {low:.1f}% in {industry} to {high:.1f}%.").format(
        rate=annual["utilisation_pct"].iloc[-1], year=i18n.year(annual["year"].iloc[-1]),
        low=low["utilisation_pct"], industry=low_name, high=rows["utilisation_pct"].max())
