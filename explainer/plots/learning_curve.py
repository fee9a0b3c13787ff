"""Figure for Wright's law: battery cost against cumulative output, and against real price data."""

from __future__ import annotations

from matplotlib.ticker import FixedLocator, FuncFormatter, NullLocator

from .. import i18n
from . import style
from .style import _

_PLAIN = FuncFormatter(lambda v, _pos: f"{v:g}")
_YEAR = FuncFormatter(lambda v, _pos: i18n.year(v) if style.figure_language() == "zh" else f"{v:g}")


class LearningCurvePlot:
    """Cost against cumulative output on log axes (left); model path and BNEF prices by year (right).

    Create it once with the price data and their fitted yearly decline (constant); call
    :meth:`update` with the model's ``LearningCurves`` and ``LearningOutcome``.
    """

    def __init__(self, ax_wright, ax_years, years_a, prices_a, years_b, prices_b, data_decline):
        self.ax_wright, self.ax_years = ax_wright, ax_years
        self.data_decline = data_decline
        ax_wright.set_xscale("log", base=2)
        ax_wright.set_yscale("log")
        (self.curve,) = ax_wright.plot([], [], color=style.BLUE, linestyle="-",
                                       label=_("chosen learning rate"))
        (self.doublings,) = ax_wright.plot([], [], color=style.BLUE, marker="o", linestyle="none",
                                           markersize=4)
        (self.reference,) = ax_wright.plot([], [], color=style.ORANGE, linestyle="--",
                                           label=_("18% (BNEF estimate)"))
        ax_wright.legend(loc="lower left")
        ax_wright.xaxis.set_major_locator(FixedLocator([1, 4, 16, 64, 256, 1024]))
        ax_wright.xaxis.set_major_formatter(_PLAIN)
        ax_wright.yaxis.set_major_locator(FixedLocator([1, 2, 5, 10, 20, 50, 100]))
        ax_wright.yaxis.set_major_formatter(_PLAIN)
        ax_wright.yaxis.set_minor_locator(NullLocator())
        style.label_axes(ax_wright, "", _("cumulative output (multiple of start)"),
                         _("unit cost (start = 100)"))

        ax_years.set_yscale("log")
        ax_years.plot(years_a, prices_a, color=style.BLACK, marker="o", linestyle="none",
                      markersize=5, label=_("BNEF 2018 series (2018 $)"))
        ax_years.plot(years_b, prices_b, color=style.VERMILLION, marker="s", linestyle="none",
                      markersize=5, label=_("later surveys (own-year $)"))
        (self.path,) = ax_years.plot([], [], color=style.BLUE, linestyle="-",
                                     label=_("Wright's law path"))
        ax_years.legend(loc="lower left")
        ax_years.xaxis.set_major_locator(FixedLocator([2010, 2014, 2018, 2022]))
        ax_years.xaxis.set_major_formatter(_YEAR)
        ax_years.yaxis.set_major_locator(FixedLocator([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]))
        ax_years.yaxis.set_major_formatter(_PLAIN)
        ax_years.yaxis.set_minor_locator(NullLocator())
        style.label_axes(ax_years, "", _("year"), _("pack price (USD/kWh, log scale)"))

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [self.curve, self.reference, self.doublings, self.path,
                style.title_artist(self.ax_wright), style.title_artist(self.ax_years)]

    def update(self, curves, outcome):
        """Move the curves to ``curves`` (``LearningCurves``); return the text alternative.

        ``outcome`` (``LearningOutcome``) gives the titles' and the sentence's numbers.
        """
        self.curve.set_data(curves.multiples, curves.cost)
        self.reference.set_data(curves.multiples, curves.reference_cost)
        self.doublings.set_data(curves.doublings, curves.doubling_cost)
        # Fixed: costs stay between 1 and 100 over the sliders' whole range.
        self.ax_wright.set_xlim(float(curves.multiples[0]), float(curves.multiples[-1]))
        self.ax_wright.set_ylim(1, 130)
        self.ax_wright.set_title(_("Each doubling cuts cost {rate:.0%}").format(
            rate=outcome.learning_rate))

        years, path = curves.years, curves.price_path
        self.path.set_data(years, path)
        self.ax_years.set_xlim(float(years[0]) - 0.5, float(years[-1]) + 0.5)
        style.hold_limits(self.ax_years, "y", min(75.0, float(path.min())), 1600, ceiling=1600,
                          log=True)
        self.ax_years.set_title(_("Model \u2212{model:.0%}/yr, data \u2212{data:.0%}/yr").format(
            model=outcome.annual_decline, data=self.data_decline))
        return i18n.gettext(
            "With a learning rate of {rate:.0%} and cumulative output growing {growth:.0%} a "
            "year, Wright's law cuts the price {decline:.0%} a year, to {price:.3g} USD/kWh by "
            "{year}; BNEF's 2010-2018 series fell {data:.0%} a year, from 1160 to 174 USD/kWh in "
            "2018 dollars.").format(
            rate=outcome.learning_rate, growth=outcome.cumulative_growth,
            decline=outcome.annual_decline, price=outcome.final_price,
            year=i18n.year(outcome.final_year), data=self.data_decline)
