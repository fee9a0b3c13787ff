"""Figure for idea production: growth of ideas and research productivity after a talent reform."""

from __future__ import annotations

from . import style


class IdeaProductionPlot:
    """Idea growth (left) and research productivity (right), with and without a reform.

    Create it once on two Axes; :meth:`update` moves the artists in place.
    """

    def __init__(self, ax_growth, ax_prod):
        self.ax_growth, self.ax_prod = ax_growth, ax_prod
        (self.g_base,) = ax_growth.plot([], [], color=style.GREY, linestyle="--",
                                        label="no reform")
        (self.g_reform,) = ax_growth.plot([], [], color=style.BLUE, label="open talent system")
        self.jump = ax_growth.axvline(0, color=style.VERMILLION, linestyle=":", linewidth=1.2)
        ax_growth.legend(loc="upper right", fontsize=8)
        style.label_axes(ax_growth, "", "years", "growth of ideas (% per year)")
        (self.p_base,) = ax_prod.plot([], [], color=style.GREY, linestyle="--", label="no reform")
        (self.p_reform,) = ax_prod.plot([], [], color=style.BLUE, label="open talent system")
        ax_prod.legend(loc="upper right", fontsize=8)
        self.prod_title = ax_prod.set_title("")
        ax_prod.set_xlabel("years")
        ax_prod.set_ylabel("idea growth per researcher (year 0 = 1)")

    def update(self, base, reform, jump_year, romer):
        """Show two paths; return the figure's text alternative.

        Parameters
        ----------
        base, reform : IdeaPath
            From :func:`explainer.models.idea_production.idea_path`, without and with the reform.
        jump_year : float
            Year of the reform.
        romer : bool
            Whether the paths use Romer's case (``lambda = phi = 1``), for the wording.
        """
        t = base.t
        gb, gr = 100 * base.growth, 100 * reform.growth
        self.g_base.set_data(t, gb)
        self.g_reform.set_data(t, gr)
        self.jump.set_xdata([jump_year, jump_year])
        self.ax_growth.set_xlim(0, float(t[-1]))
        self.ax_growth.set_ylim(0, 1.2 * max(float(gb.max()), float(gr.max())))
        self.p_base.set_data(t, base.research_productivity)
        self.p_reform.set_data(t, reform.research_productivity)
        self.ax_prod.set_xlim(0, float(t[-1]))
        top = max(float(base.research_productivity.max()),
                  float(reform.research_productivity.max()))
        self.ax_prod.set_ylim(0, 1.25 * top)

        i = int((t >= jump_year).argmax())
        ratio = reform.ideas[-1] / base.ideas[-1]
        level = (f"{ratio - 1:.0%} higher" if ratio < 3 else f"{ratio:,.0f} times as high")
        end_prod = float(base.research_productivity[-1])
        if romer:
            self.ax_growth.set_title("Romer: growth rises without limit")
            self.prod_title.set_text("Ideas per researcher hold up")
            story = (f"in Romer's case idea growth jumps from {gb[i - 1] if i else gb[0]:.1f}% "
                     f"to {gr[i]:.1f}% a year and then keeps rising with the research "
                     f"workforce, to {gr[-1]:.1f}% after {t[-1] - jump_year:.0f} years and "
                     f"without bound (a scale effect the data reject)")
        else:
            self.ax_growth.set_title("The growth boost fades; the level stays")
            self.prod_title.set_text("Ideas get harder to find")
            story = (f"idea growth jumps from {gb[i - 1] if i else gb[0]:.1f}% to {gr[i]:.1f}% a "
                     f"year and drifts back towards {gb[-1]:.1f}% ({gr[-1]:.1f}% after "
                     f"{t[-1] - jump_year:.0f} years)")
        return (
            f"With the reform in year {jump_year:.0f}, {story}; the stock of ideas ends "
            f"{level}, and without it growth per researcher ends at "
            f"{end_prod:.2f} of its starting value."
        )
