"""One colour-blind-safe look for every figure in the lessons.

Colours are the Okabe-Ito palette (Okabe & Ito 2008, "Color Universal Design"), which stays
distinguishable under the common forms of colour-vision deficiency. Lines are also told apart
by style or marker, never by colour alone. Figures are made with ``matplotlib.figure.Figure``
and an Agg canvas, never with pyplot, so that no global figure list grows.
"""

from __future__ import annotations

import contextlib
import functools
import io
import math
import struct
import warnings
import zlib

import numpy as np

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
    # Titles stay where they are put: matplotlib would otherwise measure every y tick label of
    # an Axes on each draw to see whether an offset text ("1e7") or top ticks push its title
    # up, about an eighth of a full draw. No figure here has either; the layout test would
    # catch a title that an offset text then runs into.
    "axes.titley": 1.0,
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


def rc():
    """:data:`RC` for a figure made now, in the language of :func:`figure_language`.

    English figures use DejaVu Sans alone: every text draws about a quarter faster without a
    second font to fall back on, and they hold no Chinese glyph. Chinese figures fall back
    on the CJK font for Chinese characters.
    """
    if figure_language() == "zh":
        return RC
    return {**RC, "font.family": ["DejaVu Sans"]}

#: Z-order of thin lines that mark a control's current value (a chosen rate, a threshold):
#: above legends and notes, so that a move redraws the line alone rather than the text it
#: crosses (see :mod:`explainer.plots.render`).
MARKER_ZORDER = 5.5

#: Figure size in inches and resolution used for explorers (a 720 x 360 pixel image).
FIGSIZE = (7.2, 3.6)
DPI = 100


def new_figure(nrows=1, ncols=1, figsize=FIGSIZE, dpi=DPI):
    """Return a Figure with an Agg canvas and an ``nrows`` x ``ncols`` grid of Axes.

    The figure does not belong to pyplot, so creating it never adds to ``plt.get_fignums()``.
    """
    import matplotlib

    with matplotlib.rc_context(rc()):  # the Axes' title and label artists take the style's fonts
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
    if dpi is None or dpi == figure.dpi:
        figure.canvas.draw()
        return encode_png(figure.canvas)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


def encode_png(canvas):
    """PNG bytes of what ``canvas`` (an Agg canvas) holds now, without drawing anything."""
    width, height = canvas.get_width_height(physical=True)
    return png_from_rgba(np.asarray(canvas.buffer_rgba()).reshape(height, width, 4))


def _png_chunk(tag, data):
    return (struct.pack(">I", len(data)) + tag + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))


def png_from_rgba(rgba, level=1):
    """Encode an ``(height, width, 4)`` ``uint8`` array as PNG bytes, losslessly.

    Each row is stored as its difference from the row above (PNG filter "up"; a figure's rows
    repeat a lot) and compressed with zlib at ``level`` 1. On the explorers' figures this is
    about twice as fast as Pillow's fastest setting for a payload of 40-70 kB; the measurement
    is in ``docs/teaching.md`` ("How fast a move is").
    """
    height, width, _ = rgba.shape
    flat = np.ascontiguousarray(rgba).reshape(height, 4 * width)
    rows = np.empty((height, 1 + 4 * width), dtype=np.uint8)
    rows[:, 0] = 2  # filter type "up": each byte minus the byte above it (modulo 256)
    rows[0, 1:] = flat[0]
    np.subtract(flat[1:], flat[:-1], out=rows[1:, 1:])
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header)
            + _png_chunk(b"IDAT", zlib.compress(rows, level)) + _png_chunk(b"IEND", b""))


#: Round numbers (times a power of ten) that axis limits are rounded to.
ROUND_STEPS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_ceiling(value, steps=ROUND_STEPS):
    """The smallest round number (one of ``steps`` times a power of ten) at least ``value``."""
    if not value > 0 or not math.isfinite(value):
        raise ValueError(f"value must be a finite number > 0; got {value!r}")
    power = 10.0 ** math.floor(math.log10(value))
    return _tidy(next(step * power for step in steps if step * power >= value * (1 - 1e-12)))


def fit_limits(low, high, *, floor=None, ceiling=None, margin=0.05, room=0.25):
    """Round axis limits for data from ``low`` to ``high``, with room for the data to move.

    The data range is widened by ``margin`` of its span on each free side (so that no curve
    runs along the frame) and by ``room`` of it (split between the free sides), then rounded
    outwards: away from zero to a round number (:data:`ROUND_STEPS`) when it includes zero,
    otherwise to whole multiples of a round unit of about a quarter of the span. A bound given
    as ``floor`` or ``ceiling`` is used as it is (a share that starts at 0, a probability that
    ends at 1). The data then fill about half to four fifths of the view.

    Returns
    -------
    (float, float)
    """
    low, high = float(min(low, high)), float(max(low, high))
    if not (math.isfinite(low) and math.isfinite(high)):
        raise ValueError(f"low and high must be finite; got {low!r}, {high!r}")
    span = high - low
    if span <= 0:
        span = abs(high) if high != 0 else 1.0
    free = (floor is None) + (ceiling is None)
    extra = margin + (room / free if free else 0.0)
    lo = float(floor) if floor is not None else low - extra * span
    hi = float(ceiling) if ceiling is not None else high + extra * span
    if lo <= 0 <= hi:
        if floor is None and lo < 0:
            lo = -nice_ceiling(-lo)
        if ceiling is None and hi > 0:
            hi = nice_ceiling(hi)
        return _tidy(lo), _tidy(hi)
    unit = nice_ceiling((hi - lo) / 4, steps=(1.0, 2.0, 5.0, 10.0))
    if floor is None:
        lo = math.floor(lo / unit + 1e-9) * unit
    if ceiling is None:
        hi = math.ceil(hi / unit - 1e-9) * unit
    return _tidy(lo), _tidy(hi)


def _tidy(value):
    """``value`` without binary rounding noise (``0.6000000000000001`` -> ``0.6``)."""
    return float(f"{value:.12g}")


_fitting = []


@contextlib.contextmanager
def fitting_axes():
    """Within this block :func:`hold_limits` fits every axis afresh to its data.

    :meth:`explainer.widgets.base.Explorer.set` and a new explorer draw inside it, so a state
    asked for by name always shows the same picture; a slider move does not, so the axes hold
    still while a student explores.
    """
    _fitting.append(True)
    try:
        yield
    finally:
        _fitting.pop()


def hold_limits(ax, which, low, high, *, floor=None, ceiling=None, margin=0.05, fill=1 / 3,
                room=0.25, log=False):
    """Keep ``ax``'s ``which`` ("x" or "y") limits while data from ``low`` to ``high`` fit them.

    The rule every plot follows (``CONTRIBUTING.md``, "Axes that hold still"): the limits stay
    as they are while the data (widened by ``margin`` of their span on each free side) stay
    inside them and fill at least ``fill`` of them; otherwise they are set to
    :func:`fit_limits`, which leaves ``room`` for the data to move again (more for data that
    swing widely from one move to the next). Limits that hold still
    show what a move did, and keep the cached picture of the axes valid (see
    :mod:`explainer.plots.render`). Inside :func:`fitting_axes` the limits are always fitted
    afresh. On a log axis (``log=True``) spans and fills are measured in powers of ten and the
    limits are round numbers. Returns the limits now in force.
    """
    get, set_ = (ax.get_xlim, ax.set_xlim) if which == "x" else (ax.get_ylim, ax.set_ylim)
    low, high = float(min(low, high)), float(max(low, high))
    if log:
        if not low > 0:
            raise ValueError(f"low must be > 0 on a log axis; got {low!r}")
        c0, c1 = get()
        keep = (not _fitting and c0 > 0 and (floor is None or c0 == floor)
                and (ceiling is None or c1 == ceiling))
        if keep:
            c0, c1 = (c0, c1)
            low_log, high_log = math.log10(low), math.log10(high)
            span = max(high_log - low_log, 1e-12)
            need = (math.log10(floor) if floor is not None else low_log - margin * span,
                    math.log10(ceiling) if ceiling is not None else high_log + margin * span)
            have = (math.log10(c0), math.log10(c1))
            keep = (have[0] <= need[0] and need[1] <= have[1]
                    and need[1] - need[0] >= fill * (have[1] - have[0]))
        if not keep:
            c0 = float(floor) if floor is not None else nice_floor(low / 10 ** (0.25 + margin))
            c1 = float(ceiling) if ceiling is not None else nice_ceiling(high * 10 ** (0.25 + margin),
                                                                          steps=(1.0, 2.0, 5.0, 10.0))
            set_(c0, c1)
        return c0, c1
    span = max(high - low, 1e-12 * max(1.0, abs(high)))
    need_lo = float(floor) if floor is not None else low - margin * span
    need_hi = float(ceiling) if ceiling is not None else high + margin * span
    c0, c1 = get()
    keep = (not _fitting and c0 <= need_lo and need_hi <= c1
            and (floor is None or c0 == floor) and (ceiling is None or c1 == ceiling)
            and (need_hi - need_lo) >= fill * (c1 - c0))
    if not keep:
        c0, c1 = fit_limits(low, high, floor=floor, ceiling=ceiling, margin=margin, room=room)
        set_(c0, c1)
    return c0, c1


def nice_floor(value, steps=(1.0, 2.0, 5.0, 10.0)):
    """The largest round number (one of ``steps`` times a power of ten) at most ``value``."""
    if not value > 0 or not math.isfinite(value):
        raise ValueError(f"value must be a finite number > 0; got {value!r}")
    power = 10.0 ** math.floor(math.log10(value))
    return _tidy(max(step * power for step in steps if step * power <= value * (1 + 1e-12)))


def title_artist(ax):
    """The text that ``ax.set_title(...)`` writes to: the left-hand title in this style.

    A plot whose title changes with the controls declares it as a moving artist.
    """
    return {"left": ax._left_title, "right": ax._right_title}.get(RC["axes.titlelocation"], ax.title)


def label_axes(ax, title, xlabel, ylabel):
    """Set a finding-style title and axis labels (with units) on ``ax``."""
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return ax
