"""Real data figure: China's industrial capacity utilisation (NBS)."""

from __future__ import annotations

from .. import data
from ..plots.capacity import plot_capacity_utilisation
from .base import StaticFigure

SOURCES = ("capacity_utilisation_annual", "capacity_utilisation_by_industry_2023q4")


def capacity_utilisation_figure():
    """National capacity utilisation by year and by industry in 2023 Q4, with sources."""
    annual = data.load(SOURCES[0])
    by_industry = data.load(SOURCES[1])
    return StaticFigure(
        lambda axes: plot_capacity_utilisation(axes[0], axes[1], annual, by_industry),
        ncols=2, figsize=(8.4, 3.8), sources=SOURCES,
    )
