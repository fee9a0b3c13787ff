"""Figures of real capacity-utilisation data (NBS)."""

from __future__ import annotations

import numpy as np

from . import style


def plot_capacity_utilisation(ax_years, ax_industries, annual, by_industry):
    """National rate by year (left) and by industry in 2023 Q4 (right); return alt text.

    Parameters
    ----------
    annual : pandas.DataFrame
        Columns ``year`` and ``utilisation_pct``.
    by_industry : pandas.DataFrame
        Columns ``industry``, ``utilisation_pct`` and ``level`` (total, sector, industry).
    """
    ax_years.plot(annual["year"], annual["utilisation_pct"], marker="o", color=style.BLUE)
    for year, value in zip(annual["year"], annual["utilisation_pct"]):
        ax_years.annotate(f"{value:.1f}", (year, value), xytext=(0, 6), textcoords="offset points",
                          ha="center", fontsize=8)
    ax_years.set_xticks(annual["year"])
    ax_years.set_ylim(70, 80)
    style.label_axes(ax_years, "About a quarter of capacity idle",
                     "year", "capacity utilisation (%)")

    rows = by_industry[by_industry["level"] == "industry"].sort_values("utilisation_pct")
    total = float(by_industry.loc[by_industry["level"] == "total", "utilisation_pct"].iloc[0])
    y = np.arange(len(rows))
    colours = [style.VERMILLION if v == rows["utilisation_pct"].min() else style.SKY
               for v in rows["utilisation_pct"]]
    ax_industries.barh(y, rows["utilisation_pct"], color=colours)
    ax_industries.axvline(total, color=style.BLACK, linestyle="--", linewidth=1,
                          label=f"all industry {total:.1f}%")
    ax_industries.set_yticks(y, labels=rows["industry"], fontsize=7)
    ax_industries.set_xlim(50, 85)
    ax_industries.legend(loc="lower right")
    ax_industries.grid(axis="y", visible=False)
    style.label_axes(ax_industries, "By industry, 2023 Q4", "capacity utilisation (%)", "")
    low = rows.iloc[0]
    return (f"China's industrial capacity utilisation was {annual['utilisation_pct'].iloc[-1]:.1f}% "
            f"in {int(annual['year'].iloc[-1])}; in 2023 Q4 it ranged from {low['utilisation_pct']:.1f}% "
            f"in {low['industry'].lower()} to {rows['utilisation_pct'].max():.1f}%.")
