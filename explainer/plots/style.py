"""One colour-blind-safe look for every figure in the lessons.

Colours are the Okabe-Ito palette (Okabe & Ito 2008, "Color Universal Design"), which stays
distinguishable under the common forms of colour-vision deficiency. Lines are also told apart
by style or marker, never by colour alone. Figures are made with ``matplotlib.figure.Figure``
and an Agg canvas, never with pyplot, so that no global figure list grows.
"""

from __future__ import annotations

import functools
import io
import warnings

from cycler import cycler
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from .. import i18n

#: Okabe-Ito colours by name.
BLUE = "#0072B2"
ORANGE = "#E69F00"
GREEN = "#009E73"
VERMILLION = "#D55E00"
SKY = "#56B4E9"
PURPLE = "#CC79A7"
YELLOW = "#F0E442"
BLACK = "#000000"
GREY = "#7F7F7F"

CYCLE = [BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY, BLACK]
LINESTYLES = ["-", "--", ":", "-."]
MARKERS = ["o", "s", "^", "D", "v", "P"]

RC = {
    "axes.prop_cycle": cycler(color=CYCLE),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 10.5,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9.5,
    "xtick.labelsize": 8.5,
    "ytick.labelsize": 8.5,
    "legend.fontsize": 8.5,
    "legend.frameon": False,
    "font.size": 9.5,
    "lines.linewidth": 2.0,
    "figure.facecolor": "white",
    "axes.facecolor": "white",
    "axes.grid": True,
    "grid.color": "#E5E5E5",
    "grid.linewidth": 0.6,
    "svg.fonttype": "none",
}

#: Fonts with Chinese glyphs, most common first (Linux, Adobe, macOS, Windows, older Linux).
CJK_FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
             "SimHei", "WenQuanYi Zen Hei")

#: How to get a Chinese font, said once when Chinese figures are asked for without one.
CJK_FONT_HINT = ("Chinese figure text needs a font with Chinese glyphs, and none of {fonts} is "
                 "installed, so figures keep their English labels. On Debian or Ubuntu run "
                 "'sudo apt-get install fonts-noto-cjk' (Binder installs it from binder/apt.txt); "
                 "on macOS and Windows a Chinese font comes with the system. Then restart the kernel.")


@functools.lru_cache(maxsize=None)
def cjk_font():
    """The first installed font of :data:`CJK_FONTS`, or ``None`` if there is none."""
    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FONTS if name in installed), None)


_warned = []


def figure_language():
    """The language figure text is drawn in: Chinese only if a Chinese font is installed."""
    language = i18n.get_language()
    if language == "zh" and cjk_font() is None:
        if not _warned:
            _warned.append(True)
            warnings.warn(CJK_FONT_HINT.format(fonts=", ".join(CJK_FONTS)), stacklevel=2)
        return "en"
    return language


def _(message):
    """Translate figure text (titles, axis labels, legends, annotations) if it can be drawn.

    Like :func:`explainer.i18n._`, except that without a Chinese font the English is kept, so a
    figure never shows empty boxes.
    """
    return i18n.gettext(message, figure_language())


def pgettext(context, message):
    """:func:`_` for a ``message`` whose meaning depends on ``context``."""
    return i18n.pgettext(context, message, figure_language())


def year(value):
    """A year as figure text, in the language figures are drawn in (:func:`explainer.i18n.year`)."""
    return i18n.year(value, figure_language())


def number(value, decimals=0):
    """A number with thousands separators (``12,345``), the same in both languages."""
    return f"{value:,.{decimals}f}"


if cjk_font() is not None:
    # matplotlib takes each glyph from the first font in the list that has it: Latin letters
    # and digits stay in DejaVu Sans, Chinese characters come from the CJK font.
    RC["font.family"] = ["DejaVu Sans", cjk_font()]

#: Figure size in inches and resolution used for explorers (a 720 x 360 pixel image).
FIGSIZE = (7.2, 3.6)
DPI = 100


def new_figure(nrows=1, ncols=1, figsize=FIGSIZE, dpi=DPI):
    """Return a Figure with an Agg canvas and an ``nrows`` x ``ncols`` grid of Axes.

    The figure does not belong to pyplot, so creating it never adds to ``plt.get_fignums()``.
    """
    import matplotlib

    with matplotlib.rc_context(RC):  # the Axes' title and label artists take the style's fonts
        figure = Figure(figsize=figsize, dpi=dpi, layout="constrained")
        # Explorers keep the layout computed for their default settings; extra horizontal
        # padding leaves room for tick labels that grow by a digit or a minus sign elsewhere.
        figure.get_layout_engine().set(w_pad=12 / 72, h_pad=4 / 72)
        FigureCanvasAgg(figure)
        figure.subplots(nrows, ncols, squeeze=False)
    return figure


def png_bytes(figure, dpi=None):
    """Render ``figure`` to PNG bytes with fast compression.

    At the figure's own resolution this draws the Agg canvas once and encodes its buffer
    directly, which is about a quarter faster than ``savefig``; another ``dpi`` uses ``savefig``.
    """
    buffer = io.BytesIO()
    if dpi is None or dpi == figure.dpi:
        from PIL import Image

        canvas = figure.canvas
        canvas.draw()
        width, height = canvas.get_width_height(physical=True)
        image = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
        image.save(buffer, format="png", compress_level=1)
    else:
        figure.savefig(buffer, format="png", dpi=dpi, pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


def label_axes(ax, title, xlabel, ylabel):
    """Set a finding-style title and axis labels (with units) on ``ax``."""
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return ax
