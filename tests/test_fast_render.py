"""The fast render path shows the same picture as a full redraw, pixel for pixel.

An explorer draws its figure in full once per layout state and, per move, only the artists its
plot declares as moving, over a cached picture of the rest (:mod:`explainer.plots.render`).
These tests drive controls through seeded random sequences and compare every picture with a
full redraw of the same state. The comparison is exact (no tolerance): both pictures come from
the same Agg renderer drawing the same artists in the same order.

The mutations show that the comparison can fail: a plot that forgets to declare a moving
artist while the check for changed artists is switched off, a fast path that draws the
moving artists without the artists a full redraw paints over them, and a comparison of
states that misses a change (an old picture served from memory).
"""

from __future__ import annotations

import random

import numpy as np
import pytest
from support.explorers import EXPLORERS
from support.fast_render import (compare_with_full_redraw, difference, full_redraw_png,
                                 random_moves)

from explainer.plots import render
from explainer.widgets.base import Explorer
from explainer.widgets.controls import slider


class Lines(Explorer):
    """A curve that moves under a legend and over the frame, and a label that follows it."""

    name = ""  # not listed among the lessons' explorers

    def __init__(self, declare=True):
        self.declare = declare
        super().__init__({"level": slider("Level", 0.5, 0.0, 1.0, 0.05),
                          "tilt": slider("Tilt", 0.0, -1.0, 1.0, 0.1)}, figsize=(3.6, 2.4))

    def make_plot(self, axes):
        ax = axes[0]
        (curve,) = ax.plot([], [], color="C0", linewidth=3, label="a curve")
        (dot,) = ax.plot([], [], "o", color="C1", markersize=9)
        label = ax.text(0, 0, "", fontsize=8)
        ax.legend(loc="upper right", frameon=True)
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        self.parts = (curve, dot, label)
        return self.parts

    def moving_artists(self):
        return list(self.parts) if self.declare else list(self.parts[1:])

    def draw(self, plot, level, tilt):
        curve, dot, label = plot
        curve.set_data([0, 1], [level - tilt / 2, level + tilt / 2])
        dot.set_data([0.5], [level])
        label.set_position((0.52, level))
        label.set_text(f"level {level:.2f}")
        return f"The level is {level:.2f} and the tilt {tilt:.1f}."


def sweep(explorer, moves=30, seed=3):
    """Random moves; the differences from a full redraw found along the way."""
    found = []
    for key, value in random_moves(explorer, random.Random(seed), moves):
        problem = compare_with_full_redraw(explorer)
        if problem:
            found.append(f"{key}={value!r}: {problem}")
    return found


def test_moves_take_the_fast_path_and_match_a_full_redraw():
    explorer = Lines()
    try:
        assert sweep(explorer) == []
        assert explorer.renderer.fast_draws > 20
    finally:
        explorer.close()


def test_an_undeclared_change_draws_in_full_and_still_matches():
    explorer = Lines(declare=False)
    try:
        assert sweep(explorer) == []
        assert explorer.renderer.last_full_reason.startswith("undeclared artist changed")
    finally:
        explorer.close()


def test_mutation_an_undeclared_artist_without_the_change_check_is_caught(monkeypatch):
    """The comparison fails when the curve is left out and nothing notices that it moved."""
    monkeypatch.setattr(render.FastRenderer, "_watched_changed", lambda self: "")
    explorer = Lines(declare=False)
    try:
        found = sweep(explorer)
    finally:
        explorer.close()
    assert found and "pixels differ" in found[0]


def test_mutation_drawing_only_the_moving_artists_on_top_is_caught(monkeypatch):
    """Without drawing again what a full redraw paints over a moving curve (the frame, the
    legend), the picture differs where they meet."""
    original = render.FastRenderer._plan

    def moving_only(self, order, key):
        overlay, later = original(self, order, key)
        moving = [a for a in overlay if any(a is m for m in self.moving)]
        return moving, {artist: boxes[:0] for artist, boxes in later.items()}

    monkeypatch.setattr(render.FastRenderer, "_plan", moving_only)
    explorer = Lines()
    try:
        found = sweep(explorer)
    finally:
        explorer.close()
    assert found and "pixels differ" in found[0]


def test_an_axis_is_measured_again_when_its_ticks_change():
    """The plan keeps the measured boxes of axis objects per axis state: wider tick labels
    give a wider box, and the state seen before gives its box back."""
    explorer = Lines()
    try:
        figure, renderer = explorer.figure, explorer.figure.canvas.get_renderer()
        ax = figure.axes[0]

        def y_axis_box():
            explorer.renderer._states = render.axis_states(figure)
            return explorer.renderer._geometry(ax.yaxis, renderer, figure.bbox)[0]

        narrow = y_axis_box()
        ax.set_ylim(0, 100000)
        wide = y_axis_box()
        assert wide[0] < narrow[0] - 10  # "100000" reaches further left than "1.0"
        ax.set_ylim(0, 1)
        assert y_axis_box() == narrow
    finally:
        explorer.close()


def test_an_error_message_replaces_the_axes_and_goes_away():
    class Fragile(Lines):
        def draw(self, plot, level, tilt):
            if level > 0.9:
                raise ValueError("level must be at most 0.9")
            return super().draw(plot, level, tilt)

    explorer = Fragile()
    try:
        explorer.controls["level"].value = 0.95
        assert explorer.last_error == "level must be at most 0.9"
        assert compare_with_full_redraw(explorer) is None
        explorer.controls["level"].value = 0.6
        assert explorer.last_error is None and explorer.figure.axes[0].get_visible()
        assert compare_with_full_redraw(explorer) is None
        explorer.controls["level"].value = 0.65
        assert compare_with_full_redraw(explorer) is None
    finally:
        explorer.close()


class Scales(Explorer):
    """A drop-down that switches the y axis between two scales, and a note that a second
    drop-down rewrites without declaring it as moving."""

    name = ""

    def __init__(self, level=0.5):
        from explainer.widgets.controls import dropdown

        super().__init__({"scale": dropdown("Scale", [("small", 1.0), ("large", 10.0)], 1.0),
                          "note": dropdown("Note", ["first", "second"], "first"),
                          "level": slider("Level", level, 0.0, 1.0, 0.05)}, figsize=(3.6, 2.4))

    def make_plot(self, axes):
        ax = axes[0]
        (curve,) = ax.plot([], [], linewidth=2)
        note = ax.text(0.05, 0.9, "", transform=ax.transAxes)
        ax.set_xlim(0, 1)
        return curve, note

    def moving_artists(self):
        return [self.plot[0]]

    def draw(self, plot, scale, note, level):
        curve, text = plot
        curve.set_data([0, 1], [0, level * scale])
        text.set_text(note)
        self.axes[0].set_ylim(0, scale)
        return f"Scale {scale}, note {note}, level {level}."


def test_a_layout_seen_before_is_drawn_fast_again_until_something_else_changes():
    explorer = Scales()
    try:
        controls = explorer.controls
        renderer = explorer.renderer
        controls["scale"].value = 10.0  # a new layout state: drawn in full
        assert renderer.last_full_reason == "layout state changed"
        fast = renderer.fast_draws
        controls["scale"].value = 1.0   # the first one again: its picture was kept
        controls["scale"].value = 10.0  # and the second
        assert renderer.fast_draws == fast + 2, "a kept picture was not used"
        assert compare_with_full_redraw(explorer) is None
        controls["note"].value = "second"  # not declared: the kept pictures are dropped
        assert renderer.last_full_reason.startswith("undeclared artist changed")
        assert compare_with_full_redraw(explorer) is None
        full = renderer.full_draws
        controls["scale"].value = 1.0  # its old picture shows the old note: not used
        assert renderer.full_draws == full + 1
        assert compare_with_full_redraw(explorer) is None
    finally:
        explorer.close()


class Crossing(Scales):
    """A level line that crosses the note at the small scale and misses it at the large one:
    the note is drawn over one layout state's picture and kept inside the other's."""

    def __init__(self):
        super().__init__(level=0.95)

    def draw(self, plot, scale, note, level):
        line, text = plot
        line.set_data([0, 1], [level, level])
        text.set_text(note)
        self.axes[0].set_ylim(0, scale)
        return f"Scale {scale}, note {note}, level {level}."


def crossing_sequence(explorer):
    """Switch scales, change the note where the line crosses it, switch back; the pictures'
    differences from a full redraw, and whether the kept picture was used fast."""
    controls, renderer = explorer.controls, explorer.renderer
    found = []
    controls["scale"].value = 10.0  # the line misses the note: it stays in the cached picture
    found.append(compare_with_full_redraw(explorer))
    fast = renderer.fast_draws
    controls["scale"].value = 1.0   # the line crosses it: drawn over the kept first picture
    reused = renderer.fast_draws == fast + 1
    assert explorer.plot[1] in renderer._overlay, "the line misses the note: the test shows nothing"
    found.append(compare_with_full_redraw(explorer))
    controls["note"].value = "second"  # redrawn over this picture; the other one holds "first"
    found.append(compare_with_full_redraw(explorer))
    controls["scale"].value = 10.0
    found.append(compare_with_full_redraw(explorer))
    return [problem for problem in found if problem], reused


def test_pictures_whose_overlays_differ_are_kept_and_dropped_when_a_redrawn_artist_changes():
    explorer = Crossing()
    try:
        problems, reused = crossing_sequence(explorer)
        assert reused, "the kept picture of the first scale was not used"
        assert explorer.renderer.last_full_reason == "layout state changed"
        assert problems == []
    finally:
        explorer.close()


def test_mutation_keeping_pictures_after_a_redrawn_artist_changed_is_caught(monkeypatch):
    """If the other scale's picture were kept, it would show the old note."""
    monkeypatch.setattr(render.FastRenderer, "_keep_only", lambda self, key: None)
    explorer = Crossing()
    try:
        problems, _ = crossing_sequence(explorer)
    finally:
        explorer.close()
    assert problems and "pixels differ" in problems[-1]


def test_a_state_shown_before_is_served_from_memory_and_matches():
    explorer = Lines()
    try:
        level = explorer.controls["level"]
        for value in (0.6, 0.5, 0.6, 0.5, 0.6):
            level.value = value
            assert compare_with_full_redraw(explorer) is None
        assert explorer.renderer.frames_reused >= 3
    finally:
        explorer.close()


def test_mutation_a_look_that_misses_a_change_is_caught(monkeypatch):
    """If artists that changed still looked the same, an old picture would be served."""
    monkeypatch.setattr(render, "_looks", lambda artist: ("looks the same",))
    explorer = Lines()
    try:
        found = sweep(explorer, moves=10)
    finally:
        explorer.close()
    assert found and "pixels differ" in found[0]


def test_difference_reports_where_pixels_differ():
    explorer = Lines()
    try:
        png = explorer.image.value
        explorer.controls["level"].value = 0.8
        problem = difference(png, full_redraw_png(explorer))
    finally:
        explorer.close()
    assert problem and "pixels differ" in problem


# -- every explorer -----------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(EXPLORERS))
def test_every_explorer_declares_what_moves_and_mostly_takes_the_fast_path(name):
    """Not a timing: a count. When most student-like moves (seeded) redraw the whole figure, a
    moving artist is not declared or the axes do not hold still. (A drop-down that switches
    between models, as in idea production, rescales the axes: at least half, not all.)"""
    explorer = EXPLORERS[name]()
    try:
        assert explorer.moving_artists(), f"{name}: its plot declares no moving artists"
        renderer = explorer.renderer
        before = renderer.fast_draws + renderer.full_draws
        fast = renderer.fast_draws
        for _ in random_moves(explorer, random.Random(7), 20):
            pass
        share = (renderer.fast_draws - fast) / (renderer.fast_draws + renderer.full_draws - before)
    finally:
        explorer.close()
    assert share >= 0.5, f"{name}: only {share:.0%} of moves took the fast path " \
                         f"(last full draw: {renderer.last_full_reason})"


def test_mutation_a_plot_that_leaves_out_its_title_fails_the_count(monkeypatch):
    from explainer.plots.excess_entry import ExcessEntryPlot

    declared = ExcessEntryPlot.moving_artists
    monkeypatch.setattr(ExcessEntryPlot, "moving_artists",
                        lambda self: [a for a in declared(self) if not isinstance(a, render.Text)])
    with pytest.raises(AssertionError, match="of moves took the fast path"):
        test_every_explorer_declares_what_moves_and_mostly_takes_the_fast_path("excess_entry")


def assert_same_as_full_redraw(name, language, in_language, moves):
    in_language(language)
    explorer = EXPLORERS[name]()
    try:
        problem = compare_with_full_redraw(explorer)
        found = [f"default: {problem}"] if problem else []
        found += sweep(explorer, moves=moves, seed=sum(map(ord, name + language)))
    finally:
        explorer.close()
    assert not found, f"{name} ({language}): " + "; ".join(found[:3])


@pytest.mark.parametrize("name", sorted(EXPLORERS))
def test_every_explorer_matches_a_full_redraw(name, in_language):
    """English, a few random moves of every explorer (the slow test below does more, and
    Chinese)."""
    assert_same_as_full_redraw(name, "en", in_language, moves=4)


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("name", sorted(EXPLORERS))
def test_every_explorer_matches_a_full_redraw_over_many_moves(name, language, in_language):
    assert_same_as_full_redraw(name, language, in_language, moves=16)


def _spine_pixels_outside_its_box(shrink=0.0):
    """Pixels each visible spine paints outside the box the fast path measures for it."""
    from explainer.plots import style

    figure = style.new_figure(1, 2)
    left, right = figure.axes
    left.plot([0, 1], [0, 1])
    left.spines["left"].set_position(("outward", 6))
    right.spines["bottom"].set_bounds(0.2, 0.8)
    right.spines["right"].set_visible(True)
    right.spines["right"].set_linewidth(3)
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    outside = {}
    for ax in figure.axes:
        for name, spine in ax.spines.items():
            if not spine.get_visible():
                continue
            x0, y0, x1, y1 = render._box(spine, renderer, figure.bbox)
            x0, y0, x1, y1 = x0 + shrink, y0 + shrink, x1 - shrink, y1 - shrink
            renderer.clear()
            spine.draw(renderer)
            alpha = np.asarray(renderer.buffer_rgba())[:, :, 3]
            rows, cols = np.nonzero(alpha)
            assert len(rows), f"spine {name} painted nothing: the check shows nothing"
            x, y = cols + 0.5, alpha.shape[0] - rows - 0.5  # pixel centres, y up
            count = int(((x < x0) | (x > x1) | (y < y0) | (y > y1)).sum())
            if count:
                outside[name] = count
    return outside


def test_a_spine_is_measured_by_the_line_it_draws():
    assert _spine_pixels_outside_its_box() == {}


def test_mutation_a_spine_box_two_pixels_short_is_caught():
    assert _spine_pixels_outside_its_box(shrink=2.0)
