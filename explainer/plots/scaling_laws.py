"""Figure for neural scaling laws: the best split of compute between model size and data."""

from __future__ import annotations

import numpy as np
from matplotlib.ticker import FormatStrFormatter, FuncFormatter, MaxNLocator

from . import style


def _human(x, unit=""):
    """Format a large count with a short suffix (``1.2e11`` -> ``"120 B"``)."""
    if x >= 1e15:
        return f"{x:.1e}{unit}".replace("e+", "e")
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if x >= size:
            value = x / size
            text = f"{value:.0f}" if value >= 10 else f"{value:.1f}"
            return f"{text} {suffix}{unit}"
    return f"{x:.0f}{unit}"


class ScalingPlot:
    """Left: loss along one compute budget as the split between parameters and tokens changes.
    Right: the best loss against compute, with and without a cap on the data available."""

    def __init__(self, ax_split, ax_compute):
        self.ax_split, self.ax_compute = ax_split, ax_compute
        # Log scales are drawn as linear axes over log10 values with "10ⁿ" tick labels:
        # the same picture at a fraction of matplotlib's log-axis drawing cost.
        (self.iso,) = ax_split.plot([], [], color=style.BLUE, label="loss at this compute")
        (self.best,) = ax_split.plot([], [], marker="o", color=style.GREEN, linestyle="none",
                                     markersize=8, label="best split")
        (self.capped,) = ax_split.plot([], [], marker="s", color=style.VERMILLION, linestyle="none",
                                       markersize=8, label="best with data cap")
        self.legend = ax_split.legend(loc="upper center", fontsize=7.5)
        style.label_axes(ax_split, "Same compute: balance size and data",
                         "model size N (parameters)", "training loss (nats/token)")

        ax_compute.set_xlim(18, 27)
        (self.opt_line,) = ax_compute.plot([], [], color=style.GREEN, linestyle="-",
                                           label="enough data")
        (self.cap_line,) = ax_compute.plot([], [], color=style.VERMILLION, linestyle="--",
                                           label="data capped")
        self.now = ax_compute.axvline(20, color=style.GREY, linestyle=":", linewidth=1.2)
        ax_compute.axhline(1.69, color=style.GREY, linewidth=0.8)
        ax_compute.text(18.1, 1.71, "irreducible loss E = 1.69", fontsize=7, color=style.GREY,
                        va="bottom")
        ax_compute.legend(loc="upper right", fontsize=7.5)
        style.label_axes(ax_compute, "Data caps what compute buys",
                         "training compute C (FLOPs)", "best loss (nats/token)")
        for ax in (ax_split, ax_compute):
            ax.yaxis.set_major_formatter(FormatStrFormatter("%.2f"))
            ax.xaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
            ax.xaxis.set_major_formatter(FuncFormatter(_power_of_ten))

    def update(self, curves, outcome):
        """Show new curves; return the text alternative.

        Parameters
        ----------
        curves : dict
            From :func:`explainer.models.scaling_laws.scaling_curves`.
        outcome : ScalingOutcome
            From :func:`explainer.models.scaling_laws.scaling_outcome`.
        """
        N, iso = np.log10(curves["N"]), curves["isoflop_loss"]
        self.iso.set_data(N, iso)
        self.best.set_data([np.log10(outcome.params_opt)], [outcome.loss_opt])
        self.capped.set_data([np.log10(outcome.params_capped)], [outcome.loss_capped])
        self.capped.set_visible(outcome.cap_binds)
        self.legend.get_texts()[2].set_alpha(1.0 if outcome.cap_binds else 0.35)
        self.ax_split.set_xlim(float(N[0]), float(N[-1]))
        low = outcome.loss_opt
        high = min(float(iso.max()), low + 3.0)
        span = max(high - low, 0.1)
        self.ax_split.set_ylim(low - 0.08 * span, high + 0.25 * span)

        C = np.log10(curves["C_grid"])
        self.opt_line.set_data(C, curves["loss_opt"])
        self.cap_line.set_data(C, curves["loss_capped"])
        self.now.set_xdata([np.log10(outcome.compute)] * 2)
        self.ax_compute.set_xlim(float(C[0]), float(C[-1]))
        top = float(max(curves["loss_opt"].max(), curves["loss_capped"].max()))
        self.ax_compute.set_ylim(1.6, top + 0.1)

        text = (
            f"With 10^{_exp(outcome.compute)} FLOPs the best model has {_human(outcome.params_opt)} "
            f"parameters trained on {_human(outcome.tokens_opt)} tokens "
            f"({outcome.tokens_per_parameter:.0f} tokens per parameter), loss {outcome.loss_opt:.3f}"
        )
        if outcome.cap_binds:
            text += (
                f"; with only {_human(outcome.tokens_available)} tokens it must use "
                f"{_human(outcome.params_capped)} parameters and reaches {outcome.loss_capped:.3f}."
            )
        else:
            text += f"; the {_human(outcome.tokens_available)} tokens available are enough."
        return text


_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _power_of_ten(exponent, _pos=None):
    """Tick label ``10¹²`` for the tick at log10 value ``12``, in plain text."""
    if abs(exponent - round(exponent)) > 1e-6:
        return ""
    return "10" + str(int(round(exponent))).translate(_SUPERSCRIPT)


def _exp(C):
    import math

    return f"{math.log10(C):.1f}"
