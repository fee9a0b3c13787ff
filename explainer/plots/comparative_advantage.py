"""Figure for industry viability by endowment (Lin 2011)."""

from __future__ import annotations

from . import style


class ViabilityPlot:
    """Subsidy each industry needs (% of its price) against the region's wage-rental ratio."""

    def __init__(self, ax, industries):
        self.ax = ax
        self.industries = list(industries)
        self.lines = []
        for i, name in enumerate(self.industries):
            (line,) = ax.plot([], [], color=style.CYCLE[i], linestyle=style.LINESTYLES[i], label=name)
            self.lines.append(line)
        self.region_line = ax.axvline(1.0, color=style.BLACK, linewidth=1)
        (self.chosen,) = ax.plot([], [], marker="o", color=style.BLACK, linestyle="none",
                                 markersize=8, label="industry the region is told to build")
        ax.set_xscale("log")
        ax.set_xticks([0.2, 0.5, 1, 2, 5], labels=["0.2", "0.5", "1", "2", "5"])
        ax.minorticks_off()
        ax.legend(loc="upper center", ncols=2)
        # The yearly bill for the planned sales, written inside the view under the legend
        # (the curves stay below 40% of the height on the right), so the sales control moves
        # the picture as well as the sentence.
        self.bill = ax.text(0.98, 0.72, "", transform=ax.transAxes, ha="right", va="top",
                            fontsize=9, bbox={"facecolor": "white", "edgecolor": style.GREY,
                                              "boxstyle": "round,pad=0.3"})
        style.label_axes(ax, "", "region's wage-rental ratio w/r (log scale; low = labour-abundant)",
                         "subsidy needed (% of price)")

    def update(self, omega_grid, subsidies, omega, chosen, chosen_subsidy, best, output_value):
        """Redraw the curves and the region's position; return the text alternative."""
        for line, curve in zip(self.lines, subsidies):
            line.set_data(omega_grid, 100 * curve)
        self.region_line.set_xdata([omega, omega])
        self.chosen.set_data([omega], [100 * chosen_subsidy])
        self.ax.set_xlim(omega_grid[0], omega_grid[-1])
        self.ax.set_ylim(-5, max(100.0, 100 * float(subsidies.max())) * 1.25)
        name = self.industries[chosen]
        if chosen_subsidy <= 1e-9:
            self.ax.set_title(f"{name} suits this endowment: no subsidy needed")
            self.bill.set_text(f"Subsidy bill: 0 a year\non planned sales of {output_value:.0f}")
            return (f"At w/r = {omega:.2f} the region's best industry is {self.industries[best]}, "
                    f"so building {name} needs no subsidy: planned sales of "
                    f"{output_value:.0f} a year cost the budget nothing.")
        bill = chosen_subsidy * output_value
        self.bill.set_text(f"Subsidy bill: {bill:.1f} a year\non planned sales of {output_value:.0f}")
        self.ax.set_title(f"Forcing {name} here costs {chosen_subsidy:.0%} of its sales in subsidy")
        return (f"At w/r = {omega:.2f} the viable industry is {self.industries[best]}; forcing "
                f"{name} needs a subsidy of {chosen_subsidy:.0%} of its price, {bill:.1f} a year "
                f"on sales of {output_value:.0f}.")
