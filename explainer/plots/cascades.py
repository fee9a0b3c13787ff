"""Figure for information cascades (Bikhchandani, Hirshleifer & Welch 1992)."""

from __future__ import annotations

from matplotlib.ticker import MaxNLocator

from . import style


class CascadePlot:
    """Probability of a right cascade, a wrong cascade and no cascade, region by region.

    Lines are the exact probabilities; markers are the shares of simulated sequences.
    """

    def __init__(self, ax):
        self.ax = ax
        spec = [("correct", style.GREEN, "-", "o", "locked into the right choice"),
                ("wrong", style.VERMILLION, "--", "s", "locked into the wrong choice"),
                ("none", style.GREY, ":", "^", "still deciding on own signals")]
        self.lines, self.dots = {}, {}
        for key, colour, ls, marker, label in spec:
            (self.lines[key],) = ax.plot([], [], color=colour, linestyle=ls, label=label)
            (self.dots[key],) = ax.plot([], [], color=colour, marker=marker, linestyle="none",
                                        markersize=5, markerfacecolor="white")
        (legend_dot,) = ax.plot([], [], color=style.BLACK, marker="o", linestyle="none",
                                markersize=5, markerfacecolor="white", label="simulated share")
        ax.set_ylim(0, 1.02)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.legend(loc="upper right", ncols=2)
        style.label_axes(ax, "", "regions that have decided", "probability")

    def update(self, exact, simulated, p, public_precision, wrong_without_assessment):
        """Draw the exact path and the simulated shares; return the text alternative."""
        every = max(1, len(exact.regions) // 15)
        for key in ("correct", "wrong", "none"):
            self.lines[key].set_data(exact.regions, getattr(exact, key))
            self.dots[key].set_data(simulated.regions[::every], getattr(simulated, key)[::every])
        n = int(exact.regions[-1])
        self.ax.set_xlim(0, n)
        wrong = exact.wrong[-1]
        self.ax.set_title(f"{wrong:.0%} of sequences herd the wrong way")
        text = (f"With private signals right {p:.0%} of the time, {wrong:.0%} of sequences of {n} "
                f"regions lock into the wrong choice (simulated: {simulated.wrong[-1]:.0%}) and "
                f"{exact.correct[-1]:.0%} into the right one")
        if public_precision > 0.5:
            text += (f"; a public assessment right {public_precision:.0%} of the time changes the "
                     f"wrong share from {wrong_without_assessment:.0%} without it")
        return text + "."
