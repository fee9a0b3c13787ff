"""Text drawn from kept glyph pictures has the same pixels as Agg's own text drawing.

:mod:`explainer.plots.glyphs` draws the texts of a fast move from glyph pictures kept in
memory. These tests draw the same texts both ways (random strings in English and Chinese, at
random fractions of a pixel, rotated, bold, several sizes, with and without anti-aliasing) and
compare every pixel; the mutation shows the comparison fails when the cache reuses a glyph
picture made at another fraction of a pixel.
"""

from __future__ import annotations

import contextlib
import random

import matplotlib
import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from explainer.plots import glyphs, style

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 %.,:;()-+=/$"
CHINESE = "新质生产力数据要素市场全要素生产率传统产业升级耐心资本改革，。：（）"


def random_texts(rng, count, chinese):
    alphabet = LETTERS + (CHINESE * 2 if chinese else "")
    texts = []
    for _ in range(count):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24))).strip() or "x"
        if rng.random() < 0.15:
            s += "\nsecond line"
        texts.append(dict(
            x=rng.uniform(0.02, 0.9), y=rng.uniform(0.05, 0.95), s=s,
            fontsize=rng.choice([7, 8, 8.5, 9.5, 11, 13]),
            rotation=rng.choice([0, 0, 0, 90, 30]),
            fontweight=rng.choice(["normal", "bold"]),
            color=rng.choice(["#0072B2", "#D55E00", "black"]),
            alpha=rng.choice([None, 0.6]),
            antialiased=rng.random() > 0.2))
    return texts


def draw(specs, cache=None, family=("DejaVu Sans",)):
    """RGBA pixels of ``specs`` drawn on a new figure, by Agg or through ``cache``."""
    with matplotlib.rc_context({**style.RC, "font.family": list(family)}):
        figure = Figure(figsize=(4.0, 3.0), dpi=100)
        FigureCanvasAgg(figure)
        for spec in specs:
            figure.text(**spec)
        canvas = figure.canvas
        if cache is None:
            canvas.draw()
        else:
            # background first, then every text through the cache, as the fast path does
            for text in figure.texts:
                text.set_animated(True)
            canvas.draw()
            renderer = canvas.get_renderer()
            with cache.serving(renderer):
                for text in figure.texts:
                    text.draw(renderer)
        return np.asarray(canvas.buffer_rgba()).copy()


def families(chinese):
    return style.RC["font.family"] if chinese else ["DejaVu Sans"]


@pytest.mark.skipif(not glyphs.SUPPORTED, reason="this matplotlib draws text differently")
@pytest.mark.parametrize("chinese", [False, True])
def test_cached_text_has_the_same_pixels_as_agg(chinese):
    rng = random.Random(7 + chinese)
    cache = glyphs.GlyphCache()
    for round_ in range(4):
        # a text reused at other places, whole pixels and fractions away (the cache's hits)
        specs = random_texts(rng, 12, chinese)
        specs += [{**spec, "x": spec["x"] + rng.choice([0.01, 0.0125, 0.1])} for spec in specs]
        expected = draw(specs, family=families(chinese))
        got = draw(specs, cache, family=families(chinese))
        assert (got != expected).any(axis=2).sum() == 0, f"round {round_}"
    assert cache.rendered < cache.drawn  # glyphs were served from the cache, not only rendered


@pytest.mark.skipif(not glyphs.SUPPORTED, reason="this matplotlib draws text differently")
def test_mutation_a_glyph_reused_at_another_fraction_of_a_pixel_is_caught(monkeypatch):
    original = glyphs.GlyphCache._render

    def at_whole_pixels(self, ft_object, size, dpi, glyph, matrix, offset, flags, antialiased):
        return original(self, ft_object, size, dpi, glyph, matrix, (0, 0), flags, antialiased)

    monkeypatch.setattr(glyphs.GlyphCache, "_render", at_whole_pixels)
    specs = random_texts(random.Random(1), 12, chinese=False)
    differs = (draw(specs, glyphs.GlyphCache()) != draw(specs)).any(axis=2).sum()
    assert differs > 0


def test_math_text_is_left_to_matplotlib():
    specs = [dict(x=0.1, y=0.5, s=r"$\alpha^{0.35} K_t$ and text", fontsize=11),
             dict(x=0.1, y=0.2, s="plain", fontsize=11)]
    cache = glyphs.GlyphCache()
    assert (draw(specs, cache) == draw(specs)).all()
    assert cache.drawn == len("plain")  # a string with math goes to matplotlib's mathtext


def test_the_renderer_is_left_as_it_was():
    figure = Figure()
    canvas = FigureCanvasAgg(figure)
    renderer = canvas.get_renderer()
    with glyphs.GlyphCache().serving(renderer):
        assert "draw_text" in vars(renderer)
        assert ("_get_font_height_metrics" in vars(renderer)) == glyphs.LENDS_FONT_HEIGHTS
    assert "draw_text" not in vars(renderer)
    assert "_get_font_height_metrics" not in vars(renderer)


def test_the_fast_path_draws_its_texts_from_the_cache():
    from explainer.widgets import all_explorers

    explorer = all_explorers()["debt_vs_equity"]()
    try:
        drawn, rendered = glyphs.CACHE.drawn, glyphs.CACHE.rendered
        for rate in (40, 41, 42, 41, 40, 43):
            explorer.controls["rate"].value = rate
        assert glyphs.CACHE.drawn - drawn > 100
        assert glyphs.CACHE.rendered - rendered < (glyphs.CACHE.drawn - drawn) / 2
    finally:
        explorer.close()


def test_on_a_matplotlib_it_does_not_follow_text_is_drawn_as_usual(monkeypatch):
    monkeypatch.setattr(glyphs, "SUPPORTED", False)
    specs = random_texts(random.Random(2), 6, chinese=False)
    cache = glyphs.GlyphCache()
    assert (draw(specs, cache) == draw(specs)).all()
    assert cache.drawn == 0


# -- font heights: every text's layout as matplotlib computes it ----------------------------

def _flat(value):
    if hasattr(value, "bounds"):
        return tuple(value.bounds)
    if isinstance(value, (tuple, list)):
        return tuple(_flat(v) for v in value)
    return value


def layouts(specs, cache=None, family=("DejaVu Sans",), dpi=100):
    """Each text's layout (box, lines with their sizes and places), with the heights of
    ``cache`` lent to the renderer or, without one, as matplotlib finds them itself."""
    with matplotlib.rc_context({**style.RC, "font.family": list(family)}):
        figure = Figure(figsize=(4.0, 3.0), dpi=dpi)
        FigureCanvasAgg(figure)
        texts = [figure.text(**spec) for spec in specs]
        renderer = figure.canvas.get_renderer()
        with cache.serving(renderer) if cache is not None else contextlib.nullcontext():
            return [_flat(text._get_layout(renderer)) for text in texts]


def every_layout_pair(cache):
    """Layouts with and without ``cache`` for English and Chinese at two resolutions: one
    cache serves them all, so a key missing the font or the resolution shows."""
    rng = random.Random(11)
    pairs = []
    for chinese in (False, True):
        specs = random_texts(rng, 16, chinese)
        for dpi in (100, 150):
            family = families(chinese)
            pairs.append((layouts(specs, cache, family, dpi), layouts(specs, None, family, dpi)))
    return pairs


@pytest.mark.skipif(not glyphs.LENDS_FONT_HEIGHTS, reason="this matplotlib finds font heights otherwise")
def test_kept_font_heights_give_the_same_layout_as_matplotlib():
    cache = glyphs.GlyphCache()
    for lent, own in every_layout_pair(cache):
        assert lent == own
    assert len(cache._heights) >= 4  # sizes, weights, fonts and resolutions were kept apart


@pytest.mark.skipif(not glyphs.LENDS_FONT_HEIGHTS, reason="this matplotlib finds font heights otherwise")
def test_mutation_font_heights_kept_without_the_resolution_are_caught(monkeypatch):
    original = glyphs.GlyphCache.font_heights
    monkeypatch.setattr(glyphs.GlyphCache, "font_heights",
                        lambda self, prop, dpi, settings: original(self, prop, 100, settings))
    assert any(lent != own for lent, own in every_layout_pair(glyphs.GlyphCache()))
