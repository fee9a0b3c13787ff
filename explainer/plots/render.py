"""Fast redraws: keep what does not move as a cached picture, and draw only what moved.

A slider move changes a few artists of a figure (a curve, a marker, a label); the Axes, their
ticks and tick labels, the titles and the legends stay as they were. Drawing all of it again
costs most of a move. :class:`FastRenderer` draws the figure in full once per *layout state*,
keeps that picture (``canvas.copy_from_bbox``), and per move restores it and draws the moving
artists on top (``restore_region`` and ``Artist.draw``), as in matplotlib's blitting tutorial.

The picture is the same, pixel for pixel, as a full redraw of the same state, because:

- the layout state (:func:`layout_key`: which Axes are visible, their limits, their tick
  positions and tick labels, and which artists the figure holds) is compared before each move;
  when it differs, the figure is drawn in full again;
- every artist that is not declared as moving is checked for a change since the last full
  draw (matplotlib marks a changed artist *stale*); a change forces a full draw, so an artist
  that a plot forgets to declare costs speed, never correctness;
- artists are drawn in matplotlib's own order (by ``zorder`` within each Axes). A moving
  artist is drawn over the cached picture, so anything drawn *after* it in a full redraw that
  shares its pixels (an Axes' spines, a legend over a curve) is left out of the cached picture
  and drawn again after it, in the same order. If a moving artist reaches pixels of such a
  later artist that is in the cached picture, the figure is drawn in full again.

Texts, over the cached picture and in the fast path's own full draws, are drawn from glyph
pictures kept in memory (:mod:`explainer.plots.glyphs`): the same pixels as Agg's own text
drawing, at a fraction of its cost. The reference, :meth:`FastRenderer.draw_full`, is
matplotlib's own drawing throughout.

A state shown before over the same cached picture (a slider dragged back, a drop-down flipped
back) is served as the PNG made then, when every artist drawn over the picture looks the same
as then, compared by value (:meth:`FastRenderer.png`).

Plots declare their moving artists with a ``moving_artists()`` method; see
:meth:`explainer.widgets.base.Explorer.moving_artists`.
"""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.collections import Collection
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.spines import Spine
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from . import glyphs, style

#: How many layout states' pictures an explorer keeps (each about 1 MB at 720 x 360).
KEPT_PICTURES = 3

#: How many PNGs of states shown before an explorer keeps (about 50 kB each).
KEPT_FRAMES = 48

#: How many measured boxes of axis objects and spines an explorer keeps.
KEPT_MEASURES = 64

#: Pixels added around every artist's box (besides half its line width) before testing
#: whether two artists touch: anti-aliasing reaches a pixel beyond the geometry.
PAD_PX = 1.5


def draw_order(figure):
    """The artists a full draw of ``figure`` paints, in the order it paints them.

    Follows ``Figure.draw`` and ``Axes.draw``: the figure's children sorted by ``zorder``,
    each visible Axes expanded into its patch and its children sorted by ``zorder`` (spines
    only when the frame is on, the axis objects only when the axes are on). The figure's own
    background patch comes first and is left out.
    """
    order = []
    children = [c for c in figure.get_children() if c is not figure.patch]
    for artist in sorted(children, key=lambda a: a.get_zorder()):
        if isinstance(artist, Axes):
            if artist.get_visible():
                order.extend(_axes_order(artist))
        else:
            order.append(artist)
    return order


def _axes_order(ax):
    artists = ax.get_children()
    artists.remove(ax.patch)
    if not (ax.axison and ax._frameon):
        for spine in ax.spines.values():
            artists.remove(spine)
    if not ax.axison:
        for axis in ax._axis_map.values():
            artists.remove(axis)
    artists = sorted(artists, key=lambda a: a.get_zorder())
    if ax.axison and ax._frameon:
        artists = [ax.patch] + artists
    return artists


def axis_state(axis):
    """What an axis object's drawing depends on: its Axes' place and its own limits, scale,
    label and major and minor tick positions and labels."""
    ax = axis.axes
    parts = [tuple(ax.bbox.extents), tuple(axis.get_view_interval()), axis.get_scale(),
             axis.label.get_text(), axis.label.get_visible()]
    for ticker in (axis.major, axis.minor):
        locs = ticker.locator()
        parts.append(tuple(locs))
        parts.append(tuple(ticker.formatter.format_ticks(locs)) if len(locs) else ())
    return tuple(parts)


def layout_key(figure, order, states=None):
    """What must stay the same for the cached picture to stay valid.

    Which artists are drawn (by identity, in order; an Axes hidden or an error text added
    changes it) and, for each visible Axes, its limits, scales, axis labels and major and
    minor tick positions and labels (:func:`axis_state`; the axis objects are drawn in the
    cached picture). ``states`` maps axis objects to their states when already computed.
    """
    parts = [tuple(id(a) for a in order)]
    for ax in figure.axes:
        if not ax.get_visible():
            parts.append(None)
            continue
        parts.append((ax.get_xlim(), ax.get_ylim(), ax.get_xscale(), ax.get_yscale()))
        for axis in (ax.xaxis, ax.yaxis):
            parts.append(states[axis] if states is not None else axis_state(axis))
    return tuple(parts)


def axis_states(figure):
    """:func:`axis_state` of every axis object of the figure's visible Axes."""
    return {axis: axis_state(axis) for ax in figure.axes if ax.get_visible()
            for axis in (ax.xaxis, ax.yaxis)}


def _box(artist, renderer, figure_box):
    """``(x0, y0, x1, y1)``: the pixels ``artist`` may paint, padded by ``PAD_PX`` and its
    line width, and cut to its clip box."""
    try:
        if isinstance(artist, Axis):
            ax = artist.axes
            boxes = [ax.bbox]
            tight = artist.get_tightbbox(renderer)
            if tight is not None:
                boxes.append(tight)
            box = Bbox.union(boxes)
        elif isinstance(artist, Spine):
            box = _spine_line(artist)
        else:
            box = artist.get_window_extent(renderer)
        x0, y0, x1, y1 = box.extents
    except Exception:  # noqa: BLE001 - an artist that cannot say: assume it paints everywhere
        x0, y0, x1, y1 = figure_box.extents
    if not np.all(np.isfinite([x0, y0, x1, y1])):
        x0, y0, x1, y1 = figure_box.extents
    pad = PAD_PX + _line_width_px(artist) / 2
    box = (x0 - pad, y0 - pad, x1 + pad, y1 + pad)
    limit = _clip_limit(artist)
    return box if limit is None else _clip_box(box, limit)


def _spine_line(spine):
    """The box of the line ``spine`` draws, in pixels.

    ``Spine.get_window_extent`` adds room for the tick marks (for laying a figure out), which
    means working out every tick: about a sixth of a full draw. The tick marks are drawn, and
    measured, with their axis object; a spine paints only its line.
    """
    try:
        spine._adjust_location()  # the path follows the view limits, as when it is drawn
    except AttributeError:  # pragma: no cover - a matplotlib without it
        return spine.get_window_extent()
    return spine.get_transform().transform_path(spine.get_path()).get_extents()


def _parts(artist, renderer, box):
    """Boxes that together cover what ``artist`` paints: for an axis, the Axes' data area (its
    grid lines) and each of its labels; for anything else, ``box`` alone."""
    if not isinstance(artist, Axis):
        return [box]
    texts = [*artist.get_majorticklabels(), *artist.get_minorticklabels(), artist.label,
             artist.get_offset_text()]
    parts = [tuple(artist.axes.bbox.extents)]
    for text in texts:
        if _paints(text):
            x0, y0, x1, y1 = text.get_window_extent(renderer).extents
            parts.append((x0 - PAD_PX, y0 - PAD_PX, x1 + PAD_PX, y1 + PAD_PX))
    return parts


def _clip_limit(artist):
    """The box ``artist`` is clipped to (with a pixel for anti-aliasing), or ``None``."""
    if isinstance(artist, (Axis, Legend)) or not artist.get_clip_on():
        return None
    clip = artist.get_clip_box()
    if clip is None:
        return None
    x0, y0, x1, y1 = clip.extents
    return (x0 - 1.0, y0 - 1.0, x1 + 1.0, y1 + 1.0)


def _line_width_px(artist):
    try:
        width = float(np.max(np.atleast_1d(artist.get_linewidth())))
    except (AttributeError, TypeError, ValueError):
        return 0.0
    figure = artist.get_figure(root=True)
    return width * (figure.dpi if figure is not None else 100) / 72.0 if np.isfinite(width) else 0.0


class Footprint:
    """Where an artist paints: a box, or for a line its path widened by ``pad`` pixels and cut
    to ``limit`` (its clip box).

    A curve's bounding box covers most of its Axes; its path tells whether it really passes
    over, say, a legend in a corner.
    """

    def __init__(self, box, points=None, pad=0.0, limit=None, parts=None):
        self.box = box
        self.points = points
        self.pad = pad
        self.limit = limit
        self.parts = parts  # boxes that cover the artist more closely than ``box``

    @classmethod
    def of(cls, artist, renderer, figure_box):
        box = _box(artist, renderer, figure_box)
        if not isinstance(artist, Line2D) or artist.get_drawstyle() != "default":
            return cls(box)
        points = artist.get_transform().transform(np.asarray(artist.get_xydata(), dtype=float))
        pad = PAD_PX + _line_width_px(artist) / 2
        if artist.get_marker() not in (None, "None", "none", "", " "):
            pad += (artist.get_markersize() * artist.get_figure(root=True).dpi / 72.0 / 2
                    + artist.get_markeredgewidth())
        return cls(box, points, pad, _clip_limit(artist))

    def touches(self, boxes):
        """Which rows of ``boxes`` (``(n, 4)`` array of ``x0, y0, x1, y1``) this one touches."""
        hits = _overlaps(self.box, boxes)
        if self.parts is not None and hits.any():
            boxes = np.asarray(boxes, dtype=float).reshape(-1, 4)
            for i in np.flatnonzero(hits):
                hits[i] = any(_overlaps(part, boxes[i:i + 1])[0] for part in self.parts)
            return hits
        if self.points is None or not hits.any():
            return hits
        for i in np.flatnonzero(hits):
            hits[i] = self._path_touches(boxes[i])
        return hits

    def _path_touches(self, box):
        if self.limit is not None:
            box = _clip_box(box, self.limit)
            if box[2] < box[0] or box[3] < box[1]:
                return False
        x0, y0, x1, y1 = box[0] - self.pad, box[1] - self.pad, box[2] + self.pad, box[3] + self.pad
        p = self.points
        if len(p) == 0:
            return False
        if len(p) == 1:
            p = np.vstack([p, p])
        start, end = p[:-1], p[1:]
        lo = np.zeros(len(start))
        hi = np.ones(len(start))
        with np.errstate(divide="ignore", invalid="ignore"):
            for axis, (a, b) in enumerate(((x0, x1), (y0, y1))):
                origin, delta = start[:, axis], end[:, axis] - start[:, axis]
                ta, tb = (a - origin) / delta, (b - origin) / delta
                flat = delta == 0
                inside = (origin >= a) & (origin <= b)
                t_in = np.where(flat, np.where(inside, -np.inf, np.inf), np.minimum(ta, tb))
                t_out = np.where(flat, np.where(inside, np.inf, -np.inf), np.maximum(ta, tb))
                lo, hi = np.maximum(lo, t_in), np.minimum(hi, t_out)
        drawn = np.isfinite(start).all(axis=1) & np.isfinite(end).all(axis=1)
        # A markers-only line paints its points: each point is a segment of length 0.
        return bool((drawn & (lo <= hi)).any())


def _clip_box(box, limit):
    """The part of ``box`` inside ``limit`` (may be empty: ``x1 < x0``)."""
    return (max(box[0], limit[0]), max(box[1], limit[1]), min(box[2], limit[2]),
            min(box[3], limit[3]))


def _overlaps(box, boxes):
    """Which rows of ``boxes`` (an ``(n, 4)`` array) overlap ``box``."""
    boxes = np.asarray(boxes, dtype=float).reshape(-1, 4)
    x0, y0, x1, y1 = box
    if x1 <= x0 or y1 <= y0:
        return np.zeros(len(boxes), dtype=bool)
    return (boxes[:, 0] < x1) & (boxes[:, 2] > x0) & (boxes[:, 1] < y1) & (boxes[:, 3] > y0)


def _checked_for_change(artist):
    """The artists whose ``stale`` flag tells whether ``artist`` changed (legends: their texts)."""
    if isinstance(artist, Legend):
        return [artist, *artist.texts, *artist.legend_handles]
    return [artist]


def _looks(artist):
    """What decides how ``artist`` looks, compared by value and placed in pixels; ``None`` for
    kinds of artist that are not compared (a picture with one of them drawn over the cached
    one is never served from memory)."""
    common = (type(artist).__name__, artist.get_visible(), artist.get_alpha(),
              artist.get_zorder(), artist.get_clip_on())
    if isinstance(artist, Text):
        patch = artist.get_bbox_patch()
        place = tuple(np.round(artist.get_transform().transform(artist.get_position()), 6))
        return common + (artist.get_text(), place, str(artist.get_color()),
                         artist.get_horizontalalignment(), artist.get_verticalalignment(),
                         artist.get_rotation(), artist.get_fontsize(), str(artist.get_fontweight()),
                         artist.get_fontstyle(), tuple(artist.get_fontfamily()),
                         artist.get_linespacing(), artist.get_wrap(),
                         None if patch is None else (str(patch.get_facecolor()),
                                                     str(patch.get_edgecolor()),
                                                     patch.get_linewidth(),
                                                     str(patch.get_boxstyle())))
    if isinstance(artist, Line2D):
        points = artist.get_transform().transform(np.asarray(artist.get_xydata(), dtype=float))
        return common + (np.round(points, 6).tobytes(), str(artist.get_color()),
                         artist.get_linewidth(), str(artist.get_linestyle()),
                         artist.get_drawstyle(), str(artist.get_marker()), artist.get_markersize(),
                         str(artist.get_markerfacecolor()), str(artist.get_markeredgecolor()),
                         artist.get_markeredgewidth())
    if isinstance(artist, Spine):
        # Its path follows the Axes' limits (part of the layout state) when it is drawn.
        return common + (id(artist), artist.spine_type, artist.get_bounds(),
                         str(artist.get_edgecolor()), artist.get_linewidth(),
                         str(artist.get_linestyle()))
    if isinstance(artist, Rectangle):
        path = artist.get_path()
        points = artist.get_transform().transform(np.asarray(path.vertices, dtype=float))
        return common + (np.round(points, 6).tobytes(), str(artist.get_facecolor()),
                         str(artist.get_edgecolor()), artist.get_linewidth(),
                         str(artist.get_linestyle()), artist.get_hatch())
    return None


def _cheap(artist):
    """Whether drawing ``artist`` again costs next to nothing (no text to lay out)."""
    return isinstance(artist, (Line2D, Patch, Spine, Collection))


def _paints(artist):
    """Whether ``artist`` puts anything on the canvas (visible, and a text has text)."""
    if not artist.get_visible():
        return False
    return not isinstance(artist, Text) or bool(artist.get_text())


class FastRenderer:
    """Render a figure, drawing in full only when its layout state changes.

    Parameters
    ----------
    figure : matplotlib.figure.Figure
        A figure with an Agg canvas.

    Attributes
    ----------
    moving : list of matplotlib.artist.Artist
        The artists that change from one move to the next (see :meth:`set_moving`).
    full_draws, fast_draws : int
        How many renders drew the figure in full and how many took the fast path (drew only
        the moving artists, or found the state's PNG in memory).
    frames_reused : int
        How many of the fast ones served a PNG from memory (see :meth:`png`).
    last_full_reason : str
        Why the last full draw happened (for tests and the benchmark).

    Notes
    -----
    The pictures of the last few layout states are kept (:data:`KEPT_PICTURES`), so that a
    control that switches between a few layouts (a drop-down, axes that rescale at a
    threshold) finds its picture again, even when different artists are drawn over each. They
    stay valid because every artist outside the moving ones is watched: a change to one kept
    in the current picture drops them all, and a change to one drawn over it drops the others.
    """

    def __init__(self, figure, moving=()):
        self.figure = figure
        self.moving = []
        self.set_moving(moving)
        self.full_draws = 0
        self.fast_draws = 0
        self.frames_reused = 0
        self.last_full_reason = ""
        self.invalidate()

    def set_moving(self, artists):
        """Declare the artists that change from one move to the next; drops the cache."""
        self.moving = [a for a in artists if a is not None]
        self.invalidate()

    def invalidate(self):
        """Forget the cached pictures: the next :meth:`draw` draws the figure in full."""
        self._pictures = {}
        self._frames = {}
        self._background = None
        self._key = None
        self._overlay = []
        self._watched = []
        self._blank = []
        self._redrawn = []
        self._later = {}
        self._looked = None
        self._measured = {}
        self._states = {}

    # -- drawing -------------------------------------------------------------------------
    def png(self, full=False):
        """PNG bytes of the figure as it is now (see :meth:`draw`).

        A state shown before, over the same cached picture, is served from memory without
        drawing: every artist drawn over the picture looks as it did then (compared by value:
        data, text, position, colours), so the pixels are the same. Students drag a slider back
        and forth and flip drop-downs, so states come back often. ``full=True`` draws every
        artist (the reference picture, see :meth:`draw_full`). After a state served from
        memory the canvas may still hold the previous picture; the bytes are the current one.
        """
        if full:
            self.draw_full()
            return style.encode_png(self.figure.canvas)
        result = self._draw(shown_before=True)
        if isinstance(result, bytes):
            return result
        data = style.encode_png(self.figure.canvas)
        # a fast draw looked the state up already: nothing has changed since
        look = self._looked if result == "fast" else self._frame_look()
        if look is not None:
            self._frames.pop(look, None)
            self._frames[look] = data
            while len(self._frames) > KEPT_FRAMES:
                del self._frames[next(iter(self._frames))]
        return data

    def _frame_look(self):
        """Everything that decides the picture now, or ``None`` if it cannot be compared."""
        looks = tuple(_looks(a) for a in self._overlay)
        if self._key is None or any(look is None for look in looks):
            return None
        return (self._key, looks)

    def draw(self):
        """Bring the canvas up to date with the figure: fast when the layout state holds."""
        return self._draw(shown_before=False)

    def _draw(self, shown_before):
        canvas = self.figure.canvas
        if self.figure.get_layout_engine() is not None or not self.moving:
            # The first draw lays the figure out (the layout engine is then switched off by
            # the explorer); a figure without moving artists has nothing to gain.
            with glyphs.CACHE.serving(canvas.get_renderer()):
                canvas.draw()
            self.invalidate()
            self.full_draws += 1
            self.last_full_reason = "layout" if self.moving else "nothing declared as moving"
            return "full"
        order = draw_order(self.figure)
        self._states = axis_states(self.figure)
        key = layout_key(self.figure, order, self._states)
        reason = self._why_full(order, key)
        if reason:
            self._draw_full(order, key)
            self.full_draws += 1
            self.last_full_reason = reason
            return "full"
        if shown_before:
            self._looked = self._frame_look()
            data = self._frames.get(self._looked)
            if data is not None:
                self._settle(self._redrawn)  # they look as in that PNG
                self.fast_draws += 1
                self.frames_reused += 1
                return data
        canvas.restore_region(self._background)
        self._draw_overlay(canvas.get_renderer(), self._overlay)
        self._settle(self._redrawn)
        self.fast_draws += 1
        return "fast"

    @staticmethod
    def _draw_overlay(renderer, overlay):
        """Draw the overlay over the picture on the canvas, texts from kept glyph pictures
        (:mod:`explainer.plots.glyphs`: the same pixels as Agg's own, several times faster)."""
        with glyphs.CACHE.serving(renderer):
            for artist in overlay:
                artist.draw(renderer)

    def draw_full(self):
        """Draw every artist as a plain full redraw does (the reference for the fast path):
        matplotlib's own drawing, texts included.

        The cached picture is kept: nothing the fast path relies on changes.
        """
        self.figure.canvas.draw()

    def _why_full(self, order, key):
        if self._background is None:
            return "no cached picture"
        changed = self._watched_changed()
        if changed:
            self._pictures = {}
            self._frames = {}
            return changed
        if any(artist.stale for artist in self._redrawn):
            # Drawn over this picture on every move, so this one stays right; the other
            # pictures may hold it as it was.
            self._keep_only(self._key)
        if key != self._key:
            if key not in self._pictures:
                return "layout state changed"
            self._use(key)
        renderer = self.figure.canvas.get_renderer()
        figure_box = self.figure.bbox
        for artist, later in self._later.items():
            if len(later) and artist.get_visible() \
                    and Footprint.of(artist, renderer, figure_box).touches(later).any():
                return f"moving artist reached a later artist: {artist!r}"
        return ""

    def _use(self, key):
        """Make the kept picture of layout state ``key`` the current one."""
        picture = self._pictures[key]
        self._background, self._overlay = picture["background"], picture["overlay"]
        self._later, self._key = picture["later"], key
        self._watched, self._blank = picture["watched"], picture["blank"]
        self._redrawn = picture["redrawn"]

    def _keep_only(self, key):
        """Forget every kept picture but that of layout state ``key``, and their PNGs."""
        self._pictures = {k: v for k, v in self._pictures.items() if k == key}
        self._frames = {k: v for k, v in self._frames.items() if k[0] == key}

    @staticmethod
    def _settle(artists):
        """Mark ``artists`` as drawn: a later change to one sets its ``stale`` flag again."""
        for artist in artists:
            artist.stale = False

    def _watched_changed(self):
        """Why the cached picture no longer shows an artist that is not declared as moving."""
        for artist in self._watched:
            if artist.stale:
                return f"undeclared artist changed: {artist!r}"
        for artist in self._blank:
            if _paints(artist):
                return f"undeclared artist appeared: {artist!r}"
        return ""

    def _plan(self, order, key):
        """Which artists to draw over the cached picture, and what each moving one must avoid.

        Returns ``(overlay, later)``. The overlay holds, in draw order, the moving artists and
        every artist a full redraw paints after one of them where it may paint: cheap ones
        (lines, patches, spines) whenever a moving artist can reach them at all, costly ones
        (texts, legends, axes) only where a moving artist is now. ``later`` gives, for each
        moving artist, the boxes of the costly artists left in the cached picture that a
        full redraw paints after it and that it can reach: a move onto one of them needs a
        full draw.
        """
        renderer = self.figure.canvas.get_renderer()
        figure_box = self.figure.bbox
        moving = {id(a) for a in self.moving}
        # Keep the cheap artists drawn over the cached picture before (same layout state): one
        # that a curve swept over once is likely to be swept over again. Costly ones (text)
        # join only while a moving artist is on them.
        kept = {id(a) for a in self._overlay if _cheap(a)} if key == self._key else set()
        first = next((i for i, a in enumerate(order) if id(a) in moving or id(a) in kept),
                     len(order))
        boxes = [None] * len(order)
        overlay, painted, reach = [], [], []
        for i in range(first, len(order)):
            artist = order[i]
            if not _paints(artist):
                # Nothing to draw now; a static one is watched for starting to paint.
                if id(artist) in moving:
                    overlay.append(artist)
                continue
            box, parts = self._geometry(artist, renderer, figure_box)
            boxes[i] = box
            if id(artist) in moving:
                overlay.append(artist)
                painted.append(Footprint.of(artist, renderer, figure_box))
                limit = _clip_limit(artist)
                reach.append(box if limit is None else limit)
            elif (id(artist) in kept or any(f.touches(parts).any() for f in painted)
                  or (_cheap(artist) and any(_overlaps(r, [box])[0] for r in reach))):
                overlay.append(artist)
                footprint = Footprint.of(artist, renderer, figure_box)
                footprint.parts = parts if len(parts) > 1 else None
                painted.append(footprint)
            if len(parts) > 1:
                boxes[i] = parts
        in_overlay = {id(a) for a in overlay}
        later = {}
        for i, artist in enumerate(order):
            if id(artist) not in moving:
                continue
            limit = _clip_limit(artist)
            rest = [part for j in range(i + 1, len(order))
                    if boxes[j] is not None and id(order[j]) not in in_overlay
                    for part in (boxes[j] if isinstance(boxes[j], list) else [boxes[j]])
                    if limit is None or _overlaps(limit, [part])[0]]
            later[artist] = np.asarray(rest, dtype=float).reshape(-1, 4)
        return overlay, later

    def _geometry(self, artist, renderer, figure_box):
        """``(box, parts)`` of ``artist`` (see :func:`_box` and :func:`_parts`).

        An axis object or a spine is measured again only when its axis' state
        (:func:`axis_state`) or the spine's bounds have changed: measuring one lays out all its
        tick labels, which costs more than the rest of a plan, and a new layout state mostly
        changes one axis of one Axes.
        """
        if isinstance(artist, Axis):
            state = (self._states.get(artist),)
        elif isinstance(artist, Spine) and artist.axis is not None:
            state = (self._states.get(artist.axis), artist.get_bounds(), str(artist.get_position()),
                     artist.axes.get_xlim(), artist.axes.get_ylim())
        else:
            state = None
        if state is None or state[0] is None:
            box = _box(artist, renderer, figure_box)
            return box, _parts(artist, renderer, box)
        key = (id(artist), state)
        kept = self._measured.get(key)
        if kept is None or kept[0] is not artist:
            box = _box(artist, renderer, figure_box)
            kept = self._measured[key] = (artist, box, _parts(artist, renderer, box))
            while len(self._measured) > KEPT_MEASURES:
                del self._measured[next(iter(self._measured))]
        return kept[1], kept[2]

    def _draw_full(self, order, key):
        """Draw the figure without the overlay, keep that picture, then draw the overlay."""
        canvas = self.figure.canvas
        # Texts from kept glyph pictures and font heights here too, while planning (which
        # measures texts) and drawing: the same pixels. With the kept axis boxes of `_plan`,
        # a full draw of the fast path costs 0.5-0.7 of matplotlib's own (six explorers).
        with glyphs.CACHE.serving(canvas.get_renderer()):
            overlay, later = self._plan(order, key)
            for artist in overlay:
                artist.set_animated(True)
            try:
                canvas.draw()
            finally:
                for artist in overlay:
                    artist.set_animated(False)
        background = canvas.copy_from_bbox(self.figure.bbox)
        self._draw_overlay(canvas.get_renderer(), overlay)
        in_overlay = {id(a) for a in overlay}
        # Pictures kept for other layout states stay valid only if the figure holds the same
        # artists. Which of them each picture draws over itself may differ: every artist that
        # is not declared as moving is watched, in the picture (a change means a full draw)
        # or drawn over it (a change drops the other pictures, see `_why_full`).
        holds = frozenset(id(a) for a in order)
        if any(picture["holds"] != holds for picture in self._pictures.values()):
            self._pictures = {}
            self._frames = {}
        # What the cached picture holds is watched for changes (axis objects are covered by
        # the layout key: setting limits marks them changed even when the limits stay).
        # Artists that paint nothing (hidden, or a text without text) are watched for starting
        # to paint instead: a hidden artist's changed flag is not cleared by a draw.
        moving = {id(a) for a in self.moving}
        cached = [w for a in order if id(a) not in in_overlay and not isinstance(a, Axis)
                  for w in _checked_for_change(a)]
        redrawn = [w for a in overlay if id(a) not in moving and not isinstance(a, Axis)
                   for w in _checked_for_change(a)]
        self._pictures.pop(key, None)
        self._pictures[key] = {"background": background, "overlay": overlay, "later": later,
                               "holds": holds, "watched": [a for a in cached if _paints(a)],
                               "blank": [a for a in cached if not _paints(a)],
                               "redrawn": redrawn}
        while len(self._pictures) > KEPT_PICTURES:
            del self._pictures[next(iter(self._pictures))]
        self._use(key)
        self._settle(self._watched)
        self._settle(self._redrawn)
