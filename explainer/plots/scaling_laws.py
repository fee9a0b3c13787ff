"""Figure for neural scaling laws: the best split of compute between model size and data.

:class:`ScalingLawsPlot` is built once on two Axes; ``update(curves, outcome)`` takes the results
of :func:`explainer.models.scaling_laws.scaling_laws_model`, moves the artists in place (log scales
are drawn as linear axes over log10 values) and returns the text alternative (also the
explorer's readout). Figure text is translated with :func:`explainer.plots.style._`, the
readout with :func:`explainer.i18n.gettext`; large counts read ``120 B`` in English and
``1200亿`` in Chinese.
"""

from __future__ import annotations

import numpy as np
from matplotlib.ticker import FormatStrFormatter, FuncFormatter, MaxNLocator

from .. import i18n
from ..i18n import gettext
from . import style
from .style import _


def _human(x, unit=""):
    """Format a large count with a short suffix (``1.2e11`` -> ``"120 B"``, or ``"1200亿"`` in
    Chinese, which counts in 万 = 10^4 and 亿 = 10^8)."""
    if i18n.is_chinese() and 1e4 <= x < 1e16:
        for size, suffix in ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")):
            if x >= size:
                value = x / size
                return (f"{value:.0f}" if value >= 10 else f"{value:.1f}") + suffix
    if x >= 1e15:
        return f"{x:.1e}{unit}".replace("e+", "e")
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if x >= size:
            value = x / size
            text = f"{value:.0f}" if value >= 10 else f"{value:.1f}"
            return f"{text} {suffix}{unit}"
    return f"{x:.0f}{unit}"


class ScalingLawsPlot:
    """Left: loss along one compute budget as the split between parameters and tokens changes.
    Right: the best loss against compute, with and without a cap on the data available, and
    with the capped data repeated for several epochs (Muennighoff et al. 2023)."""

    def __init__(self, ax_split, ax_compute):
        self.ax_split, self.ax_compute = ax_split, ax_compute
        # Log scales are drawn as linear axes over log10 values with "10ⁿ" tick labels:
        # the same picture at a fraction of matplotlib's log-axis drawing cost.
        (self.iso,) = ax_split.plot([], [], color=style.BLUE, label=_("loss at this compute"))
        (self.best,) = ax_split.plot([], [], marker="o", color=style.GREEN, linestyle="none",
                                     markersize=8, label=_("best split"))
        (self.capped,) = ax_split.plot([], [], marker="s", color=style.VERMILLION, linestyle="none",
                                       markersize=8, label=_("best with data cap"))
        self.legend = ax_split.legend(loc="upper center", fontsize=7.5)
        style.label_axes(ax_split, _("Same compute: balance size and data"),
                         _("model size N (parameters)"), _("training loss (nats/token)"))

        ax_compute.set_xlim(18, 27)
        (self.opt_line,) = ax_compute.plot([], [], color=style.GREEN, linestyle="-",
                                           label=_("enough data"))
        (self.cap_line,) = ax_compute.plot([], [], color=style.VERMILLION, linestyle="--",
                                           label=_("data capped"))
        (self.repeat_line,) = ax_compute.plot([], [], color=style.PURPLE, linestyle="-.",
                                              label=_("capped, data repeated"))
        self.now = ax_compute.axvline(20, color=style.GREY, linestyle=":", linewidth=1.2,
                                      zorder=style.MARKER_ZORDER)
        ax_compute.axhline(1.69, color=style.GREY, linewidth=0.8)
        ax_compute.text(18.25, 1.725, _("irreducible loss E = 1.69"), fontsize=7, color=style.GREY,
                        va="bottom")
        ax_compute.legend(loc="upper right", fontsize=7.5)
        style.label_axes(ax_compute, _("Data caps what compute buys"),
                         _("training compute C (FLOPs)"), _("best loss (nats/token)"))
        for ax in (ax_split, ax_compute):
            ax.yaxis.set_major_formatter(FormatStrFormatter("%.2f"))
            ax.xaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
            ax.xaxis.set_major_formatter(FuncFormatter(_power_of_ten))

    def moving_artists(self):
        """The artists :meth:`update` changes (drawn over a cached picture of the rest)."""
        return [self.iso, self.best, self.capped, self.opt_line, self.cap_line, self.repeat_line,
                self.now]

    def update(self, curves, outcome):
        """Show new curves; return the text alternative.

        Parameters
        ----------
        curves : dict
            From :func:`explainer.models.scaling_laws.scaling_laws_model` (see
            :func:`explainer.models.scaling_laws.scaling_curves` for the keys).
        outcome : ScalingOutcome
            From the same call.
        """
        N, iso = np.log10(curves["N"]), curves["isoflop_loss"]
        self.iso.set_data(N, iso)
        self.best.set_data([np.log10(outcome.params_opt)], [outcome.loss_opt])
        self.capped.set_data([np.log10(outcome.params_capped)], [outcome.loss_capped])
        self.capped.set_visible(outcome.cap_binds)
        self.legend.get_texts()[2].set_alpha(1.0 if outcome.cap_binds else 0.35)
        style.hold_limits(self.ax_split, "x", float(N[0]), float(N[-1]), margin=0)
        low = outcome.loss_opt
        high = min(float(iso.max()), low + 3.0)
        span = max(high - low, 0.1)
        # room above the curve for the legend
        style.hold_limits(self.ax_split, "y", low - 0.08 * span, high + 0.25 * span, margin=0)

        C = np.log10(curves["C_grid"])
        self.opt_line.set_data(C, curves["loss_opt"])
        self.cap_line.set_data(C, curves["loss_capped"])
        self.repeat_line.set_data(C, curves["loss_repeated"])
        self.now.set_xdata([np.log10(outcome.compute)] * 2)
        # Fixed: the compute grid is the slider's range, and the best loss stays below 3.7.
        self.ax_compute.set_xlim(float(C[0]), float(C[-1]))
        self.ax_compute.set_ylim(1.6, 3.8)

        text = gettext(
            "With 10^{exponent} FLOPs the best model has {params} parameters trained on {tokens} "
            "tokens ({ratio:.0f} tokens per parameter), loss {loss:.3f}").format(
            exponent=_exp(outcome.compute), params=_human(outcome.params_opt),
            tokens=_human(outcome.tokens_opt), ratio=outcome.tokens_per_parameter,
            loss=outcome.loss_opt)
        if outcome.cap_binds:
            text += gettext(
                "; with only {tokens} tokens it must use {params} parameters and reaches "
                "{loss:.3f}.").format(tokens=_human(outcome.tokens_available),
                                      params=_human(outcome.params_capped), loss=outcome.loss_capped)
        else:
            text += gettext("; the {tokens} tokens available are enough.").format(
                tokens=_human(outcome.tokens_available))
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
