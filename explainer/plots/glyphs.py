"""Text drawn from glyph pictures kept in memory: the same pixels as Agg, without FreeType.

A move redraws a few texts over the cached picture (a title with a number, a label beside a
curve). Agg lays each string out with FreeType and renders every glyph again, which costs more
than the rest of a move. The glyphs repeat: the same letters, in the same font and size, at
the same fraction of a pixel. :class:`GlyphCache` keeps

- each string's layout (which glyph goes where), per font, size, resolution, hinting, font
  features and language; and
- each glyph's rendered coverage picture, per font, size, resolution, rotation, hinting,
  anti-aliasing and the position's fraction of a pixel (in FreeType's 1/64 units),

and draws a text by blending those pictures with the text's colour, exactly as
``RendererAgg.draw_text`` does. It also keeps each font's height metrics (ascent, descent and
line gap from its OS/2 or hhea table), which matplotlib looks up again for every text it lays
out: finding the font file and reading three of its tables each time is about a tenth of a
full draw. A glyph moved by whole pixels is the same picture moved by
those pixels, so the pixels are the same as Agg's own (a test compares them).

It serves the fast path only (:mod:`explainer.plots.render`): a full redraw is matplotlib's
own, the reference both for the pictures and for the benchmark. Math text and TeX, and any
matplotlib whose Agg text internals differ from those this follows (3.11), are drawn by
matplotlib as usual.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from contextlib import contextmanager

import matplotlib
import numpy as np
from matplotlib.backends import backend_agg
from matplotlib.font_manager import fontManager, get_font

try:
    from matplotlib.ft2font import FT2Font, RenderMode
except ImportError:  # pragma: no cover - an older matplotlib
    FT2Font = RenderMode = None

#: matplotlib versions (major, minor) whose Agg text drawing :class:`GlyphCache` follows;
#: widen after ``tests/test_glyphs.py`` and ``tests/test_fast_render.py --run-slow`` pass on
#: a new one.
FOLLOWED_VERSIONS = {(3, 11)}

#: Whether this matplotlib renders text the way :class:`GlyphCache` follows.
SUPPORTED = (tuple(int(part) for part in matplotlib.__version__.split(".")[:2]) in FOLLOWED_VERSIONS
             and RenderMode is not None
             and hasattr(backend_agg.RendererAgg, "_draw_text_glyphs_and_boxes")
             and hasattr(backend_agg.RendererAgg, "_prepare_font")
             and all(hasattr(FT2Font, name) for name in ("_layout", "_set_transform",
                                                          "_render_glyph")))

#: How many layouts and how many glyph pictures are kept (a glyph is a few hundred bytes).
KEPT_LAYOUTS = 2048
KEPT_GLYPHS = 8192
KEPT_FONT_HEIGHTS = 256

#: The settings ``FontManager.findfont`` resolves a font with, besides the font's properties.
FONT_SETTINGS = tuple(f"font.{key}" for key in (
    "family", "style", "variant", "weight", "stretch", "size",
    "serif", "sans-serif", "cursive", "fantasy", "monospace"))

#: Whether ``Text._get_layout`` asks the renderer for font height metrics and Agg has no such
#: method of its own: then :meth:`GlyphCache.serving` lends it the kept ones.
LENDS_FONT_HEIGHTS = SUPPORTED and not hasattr(backend_agg.RendererAgg, "_get_font_height_metrics")


def font_settings():
    """The current values of :data:`FONT_SETTINGS`, hashable."""
    params = matplotlib.rcParams
    return tuple(tuple(v) if isinstance(v, list) else v
                 for v in (params[name] for name in FONT_SETTINGS))


def _keep(store, key, value, limit):
    store[key] = value
    if len(store) > limit:
        store.popitem(last=False)
    return value


class GlyphCache:
    """Layouts and glyph pictures kept for drawing text again (see the module docstring).

    Attributes
    ----------
    drawn, rendered : int
        How many glyphs were drawn, and how many of them had to be rendered by FreeType.
    """

    def __init__(self):
        self._layouts = OrderedDict()
        self._glyphs = OrderedDict()
        self._heights = OrderedDict()
        self.drawn = 0
        self.rendered = 0

    @contextmanager
    def serving(self, renderer):
        """While the block runs, ``renderer`` (a ``RendererAgg``) draws text from this cache."""
        if not SUPPORTED or not isinstance(renderer, backend_agg.RendererAgg):
            yield
            return
        renderer.draw_text = self._drawer(renderer)
        if LENDS_FONT_HEIGHTS:
            # The font settings cannot change while a figure draws: read them once per block,
            # not for each of the ~200 texts a full draw lays out (1-1.5 ms of a 48 ms draw).
            settings = font_settings()
            renderer._get_font_height_metrics = (
                lambda prop: self.font_heights(prop, renderer.dpi, settings))
        try:
            yield
        finally:
            del renderer.draw_text
            if LENDS_FONT_HEIGHTS:
                del renderer._get_font_height_metrics

    def font_heights(self, prop, dpi, settings):
        """``(ascent, descent, line gap)`` in pixels of the font that ``prop`` finds at ``dpi``,
        read as ``Text._get_layout`` reads them (OS/2 table, else hhea), and kept.

        ``(None, None, None)`` for a font with neither table: matplotlib then measures it
        itself. The key is what the font search depends on: the properties (their own hash
        uses the same values) and the font settings (``settings``, from :func:`font_settings`),
        as ``FontManager.findfont`` keys its cache.
        """
        key = (tuple(prop.__dict__.values()), settings, dpi)
        kept = self._heights.get(key)
        if kept is not None:
            return kept
        font = get_font(fontManager._find_fonts_by_props(prop))
        heights = (None, None, None)
        for table_name, gap_key, ascent_key, descent_key in (
                ("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
                ("hhea", "lineGap", "ascent", "descent")):
            table = font.get_sfnt_table(table_name)
            if table is None:
                continue
            # the same arithmetic, in the same order, as Text._get_layout
            scale = 1 / font.get_sfnt_table("head")["unitsPerEm"] * prop.get_size_in_points() * dpi / 72
            heights = (table[ascent_key] * scale, -table[descent_key] * scale,
                       table[gap_key] * scale)
            break
        return _keep(self._heights, key, heights, KEPT_FONT_HEIGHTS)

    def _drawer(self, renderer):
        def draw_text(gc, x, y, s, prop, angle, ismath=False, mtext=None):
            if ismath:
                return backend_agg.RendererAgg.draw_text(renderer, gc, x, y, s, prop, angle,
                                                         ismath=ismath, mtext=mtext)
            return self.draw_text(renderer, gc, x, y, s, prop, angle, mtext)
        return draw_text

    def draw_text(self, renderer, gc, x, y, s, prop, angle, mtext=None):
        """Draw the string ``s`` as ``RendererAgg.draw_text`` does (``y`` downwards)."""
        flags = backend_agg.get_hinting_flag()
        font = renderer._prepare_font(prop)
        size = prop.get_size_in_points()
        dpi = renderer.dpi
        features = mtext.get_fontfeatures() if mtext is not None else None
        language = mtext.get_language() if mtext is not None else None
        layout_key = (s, font, size, dpi, flags, features, language)
        items = self._layouts.get(layout_key)
        if items is None:
            items = _keep(self._layouts, layout_key, tuple(
                (item.ft_object, item.glyph_index, item.x, item.y)
                for item in font._layout(s, flags=flags, features=features, language=language)),
                KEPT_LAYOUTS)
        cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        matrix = (0x10000 * np.array([[cos, -sin], [sin, cos]])).round().astype(int)
        turn = tuple(matrix.ravel().tolist())
        antialiased = bool(gc.get_antialiased())
        height = renderer.height
        for ft_object, glyph, dx, dy in items:  # dy is upwards
            # FreeType's origin in 1/64 pixel, y upwards: whole pixels and the fraction
            whole_x, part_x = divmod(round(0x40 * (x + dx * cos - dy * sin)), 0x40)
            whole_y, part_y = divmod(round(0x40 * (height - y + dx * sin + dy * cos)), 0x40)
            key = (ft_object, size, dpi, glyph, turn, part_x, part_y, flags, antialiased)
            picture = self._glyphs.get(key)
            if picture is None:
                picture = _keep(self._glyphs, key, self._render(
                    ft_object, size, dpi, glyph, matrix, (part_x, part_y), flags, antialiased),
                    KEPT_GLYPHS)
            else:
                self._glyphs.move_to_end(key)
            buffer, left, top = picture
            # draw_text_image's y is downwards and names the bitmap's bottom side
            renderer._renderer.draw_text_image(
                buffer, left + whole_x, int(height) - (top + whole_y) + buffer.shape[0], 0, gc)
            self.drawn += 1

    def _render(self, ft_object, size, dpi, glyph, matrix, offset, flags, antialiased):
        """The glyph's coverage picture at ``offset`` (1/64 pixel), and its left and top."""
        ft_object.set_size(size, dpi)
        ft_object._set_transform(matrix, list(offset))
        bitmap = ft_object._render_glyph(
            glyph, flags, RenderMode.NORMAL if antialiased else RenderMode.MONO)
        buffer = np.array(bitmap.buffer, copy=True)
        if not antialiased:
            buffer *= 0xFF
        self.rendered += 1
        return buffer, bitmap.left, bitmap.top


#: One cache for every explorer in the process: they share fonts and sizes.
CACHE = GlyphCache()
