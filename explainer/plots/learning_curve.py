"""Figure for Wright's law: battery cost against cumulative output, and against real price data."""

from __future__ import annotations

from matplotlib.ticker import FixedLocator, FuncFormatter, NullLocator

from . import style

_PLAIN = FuncFormatter(lambda v, _: f"{v:g}")


class LearningCurvePlot:
    """Cost against cumulative output on log axes (left); model path and BNEF prices by year (right)."""

    def __init__(self, ax_wright, ax_years, years_a, prices_a, years_b, prices_b):
        self.ax_wright, self.ax_years = ax_wright, ax_years
        ax_wright.set_xscale("log", base=2)
        ax_wright.set_yscale("log")
        (self.curve,) = ax_wright.plot([], [], color=style.BLUE, linestyle="-",
                                       label="chosen learning rate")
        (self.doublings,) = ax_wright.plot([], [], color=style.BLUE, marker="o", linestyle="none",
                                           markersize=4)
        (self.reference,) = ax_wright.plot([], [], color=style.ORANGE, linestyle="--",
                                           label="18% (BNEF estimate)")
        ax_wright.legend(loc="lower left")
        ax_wright.xaxis.set_major_locator(FixedLocator([1, 4, 16, 64, 256, 1024]))
        ax_wright.xaxis.set_major_formatter(_PLAIN)
        ax_wright.yaxis.set_major_locator(FixedLocator([1, 2, 5, 10, 20, 50, 100]))
        ax_wright.yaxis.set_major_formatter(_PLAIN)
        ax_wright.yaxis.set_minor_locator(NullLocator())
        style.label_axes(ax_wright, "", "cumulative output (multiple of start)",
                         "unit cost (start = 100)")

        ax_years.set_yscale("log")
        ax_years.plot(years_a, prices_a, color=style.BLACK, marker="o", linestyle="none",
                      markersize=5, label="BNEF 2018 series (2018 $)")
        ax_years.plot(years_b, prices_b, color=style.VERMILLION, marker="s", linestyle="none",
                      markersize=5, label="later surveys (own-year $)")
        (self.path,) = ax_years.plot([], [], color=style.BLUE, linestyle="-",
                                     label="Wright's law path")
        ax_years.legend(loc="lower left")
        ax_years.xaxis.set_major_locator(FixedLocator([2010, 2014, 2018, 2022]))
        ax_years.xaxis.set_major_formatter(_PLAIN)
        ax_years.yaxis.set_major_locator(FixedLocator([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]))
        ax_years.yaxis.set_major_formatter(_PLAIN)
        ax_years.yaxis.set_minor_locator(NullLocator())
        style.label_axes(ax_years, "", "year", "pack price (USD/kWh, log scale)")

    def update(self, multiples, cost, cost_reference, doubling_x, doubling_cost,
               years, path, learning_rate, growth, model_decline, data_decline):
        """Move the curves; return the text alternative.

        Parameters
        ----------
        multiples, cost, cost_reference : numpy.ndarray
            Cumulative output as a multiple of the start, cost at the chosen rate and at 18%.
        doubling_x, doubling_cost : numpy.ndarray
            The points at each doubling.
        years, path : numpy.ndarray
            The model's price path by year.
        learning_rate, growth, model_decline, data_decline : float
            Fractions: learning rate, growth of cumulative output, yearly cost fall of the
            model and of the 2010-2018 data.
        """
        self.curve.set_data(multiples, cost)
        self.reference.set_data(multiples, cost_reference)
        self.doublings.set_data(doubling_x, doubling_cost)
        self.ax_wright.set_xlim(float(multiples[0]), float(multiples[-1]))
        low = min(float(cost.min()), float(cost_reference.min()))
        self.ax_wright.set_ylim(0.8 * low, 130)
        self.ax_wright.set_title(f"Each doubling cuts cost {learning_rate:.0%}")

        self.path.set_data(years, path)
        self.ax_years.set_xlim(float(years[0]) - 0.5, float(years[-1]) + 0.5)
        self.ax_years.set_ylim(min(60.0, 0.8 * float(path.min())), 1600)
        self.ax_years.set_title(f"Model \u2212{model_decline:.0%}/yr, data \u2212{data_decline:.0%}/yr")
        return (f"With a learning rate of {learning_rate:.0%} and cumulative output growing "
                f"{growth:.0%} a year, Wright's law cuts the price {model_decline:.0%} a year, to "
                f"{path[-1]:.3g} USD/kWh by {years[-1]:.0f}; BNEF's 2010-2018 series fell "
                f"{data_decline:.0%} a year, from 1160 to 174 USD/kWh in 2018 dollars.")
