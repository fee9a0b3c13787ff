"""Every explorer's figure keeps its text readable at every control setting.

For each explorer, each control is swept over a handful of positions (its extremes included)
while the others stay at their defaults. A second sweep, held out from the first, sets several
controls to their ends at once: every combination of ends (minimum or maximum of a slider,
every option of a choice) for every three controls appears at least once (a covering design,
about ten settings per explorer instead of every corner). After each draw, the window extents
of every visible text artist are collected: titles, axis labels, tick labels inside the view,
legends (as one box), annotations, free texts and the source line. No two may overlap
(touching within 1 px is allowed) and all must lie inside the figure.
"""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest
from matplotlib.legend import Legend
from matplotlib.text import Text

from explainer.plots import style
from explainer.widgets import all_explorers

TOLERANCE_PX = 1.0
POSITIONS = 5  # per numeric control, extremes included


def _tick_labels(ax, axis):
    lo, hi = sorted(axis.get_view_interval())
    span = hi - lo
    for tick in axis.get_major_ticks() + axis.get_minor_ticks():
        loc = tick.get_loc()
        if loc is None or not (lo - 1e-9 * max(1, abs(span)) <= loc <= hi + 1e-9 * max(1, abs(span))):
            continue
        for label in (tick.label1, tick.label2):
            if label.get_visible() and label.get_text():
                yield label


def text_boxes(figure):
    """``[(description, Bbox)]`` of every visible text artist of ``figure``, in pixels."""
    renderer = figure.canvas.get_renderer()
    figure.draw_without_rendering()
    items = []

    def add(name, artist):
        if artist is None or not artist.get_visible():
            return
        if isinstance(artist, Text) and not artist.get_text().strip():
            return
        box = artist.get_window_extent(renderer)
        if box.width > 0 and box.height > 0:
            items.append((name, box))

    for text in figure.texts:
        add(f"figure text {text.get_text()[:40]!r}", text)
    for legend in figure.legends:
        add("figure legend", legend)
    for i, ax in enumerate(figure.axes):
        if not ax.get_visible():
            continue
        for title in (ax.title, ax._left_title, ax._right_title):
            add(f"axes {i} title {title.get_text()[:40]!r}", title)
        add(f"axes {i} x label {ax.xaxis.label.get_text()!r}", ax.xaxis.label)
        add(f"axes {i} y label {ax.yaxis.label.get_text()!r}", ax.yaxis.label)
        for which, axis in (("x", ax.xaxis), ("y", ax.yaxis)):
            for label in _tick_labels(ax, axis):
                add(f"axes {i} {which} tick {label.get_text()!r}", label)
            offset = axis.get_offset_text()
            add(f"axes {i} {which} offset {offset.get_text()!r}", offset)
        for child in ax.get_children():
            if isinstance(child, Legend):
                add(f"axes {i} legend", child)
            elif isinstance(child, Text) and child not in (ax.title, ax._left_title,
                                                           ax._right_title):
                add(f"axes {i} text {child.get_text()[:40]!r}", child)
    return items


def layout_problems(figure, tolerance=TOLERANCE_PX):
    """Describe every overlap between two text boxes and every box leaving the figure."""
    items = text_boxes(figure)
    fig_box = figure.bbox
    problems = []
    for name, box in items:
        if (box.x0 < fig_box.x0 - tolerance or box.y0 < fig_box.y0 - tolerance
                or box.x1 > fig_box.x1 + tolerance or box.y1 > fig_box.y1 + tolerance):
            problems.append(f"{name} leaves the figure: {np.round(box.extents, 1).tolist()}")
    for (name_a, a), (name_b, b) in itertools.combinations(items, 2):
        overlap_x = min(a.x1, b.x1) - max(a.x0, b.x0)
        overlap_y = min(a.y1, b.y1) - max(a.y0, b.y0)
        if overlap_x > tolerance and overlap_y > tolerance:
            problems.append(f"{name_a} overlaps {name_b}")
    return problems


def control_positions(control):
    """A handful of values for ``control``: every option, or evenly spaced incl. extremes."""
    if hasattr(control, "min") and hasattr(control, "max"):
        values = np.linspace(control.min, control.max, POSITIONS)
        if isinstance(control.value, (int, np.integer)) and not isinstance(control.value, bool):
            return sorted({int(round(v)) for v in values})
        return [float(v) for v in values]
    return [v for v in getattr(control, "_options_values", ())]


def control_ends(control):
    """The ends of a slider (minimum, maximum) or every option of a choice control."""
    if hasattr(control, "min") and hasattr(control, "max"):
        return [control.min, control.max]
    return list(getattr(control, "_options_values", ()))


def covering_settings(levels, strength=3, seed=0, candidates=40):
    """Rows of indices into ``levels`` (a list of level counts) in which every combination of
    levels of every ``strength`` factors appears at least once; greedy, and deterministic."""
    rng = random.Random(seed)
    k = len(levels)
    t = min(strength, k)
    groups = list(itertools.combinations(range(k), t))
    uncovered = {(g, combo) for g in groups
                 for combo in itertools.product(*(range(levels[i]) for i in g))}
    rows = []
    while uncovered:
        # start from an uncovered combination, fill the other factors as best found
        group, combo = min(uncovered)
        best, best_gain = None, -1
        for _ in range(candidates):
            row = [rng.randrange(n) for n in levels]
            for i, level in zip(group, combo):
                row[i] = level
            gain = sum((g, tuple(row[i] for i in g)) in uncovered for g in groups)
            if gain > best_gain:
                best, best_gain = row, gain
        rows.append(best)
        uncovered -= {(g, tuple(best[i] for i in g)) for g in groups}
    return rows


def corner_settings(explorer):
    """Settings with several controls at their ends at once (see :func:`covering_settings`)."""
    keys = list(explorer.controls)
    ends = [control_ends(explorer.controls[k]) for k in keys]
    return [{k: e[i] for k, e, i in zip(keys, ends, row)}
            for row in covering_settings([len(e) for e in ends])]


# -- the checker can fail ------------------------------------------------------------------

def test_checker_reports_overlapping_texts():
    figure = style.new_figure()
    ax = figure.axes[0]
    ax.text(0.5, 0.5, "first label", transform=ax.transAxes)
    ax.text(0.5, 0.5, "second label", transform=ax.transAxes)
    problems = layout_problems(figure)
    assert any("'first label' overlaps" in p and "'second label'" in p for p in problems), problems


def test_checker_reports_title_outside_figure():
    figure = style.new_figure()
    figure.set_layout_engine(None)
    figure.axes[0].set_title("A title far too long to fit in the figure " * 4)
    problems = layout_problems(figure)
    assert any("title" in p and "leaves the figure" in p for p in problems), problems


def test_checker_reports_an_offset_text_under_the_title():
    # The style keeps titles where they are put (``axes.titley``), so matplotlib no longer
    # lifts a title over the y axis' offset text ("1e7"): this check is what would catch one.
    figure = style.new_figure()
    ax = figure.axes[0]
    ax.plot([0, 1], [1e7, 3e7])
    ax.set_title("Output grows", loc="left")  # where the style puts titles
    problems = layout_problems(figure)
    assert any("title" in p and "offset '1e7'" in p for p in problems), problems


def test_checker_ignores_tick_labels_outside_the_view():
    figure = style.new_figure()
    ax = figure.axes[0]
    ax.set_xlim(0.05, 0.95)
    ticks = [name for name, _ in text_boxes(figure) if " x tick " in name]
    assert ticks and not any(n.endswith(("'0.0'", "'1.0'")) for n in ticks), ticks


def test_covering_settings_cover_every_triple_of_ends():
    levels = [2, 2, 3, 2, 2, 2]
    rows = covering_settings(levels)
    for group in itertools.combinations(range(len(levels)), 3):
        seen = {tuple(row[i] for i in group) for row in rows}
        assert len(seen) == levels[group[0]] * levels[group[1]] * levels[group[2]], group
    assert len(rows) < 2 * 2 * 3 * 2 * 2 * 2 / 3, "far fewer settings than every corner"
    assert covering_settings([2, 2]) == covering_settings([2, 2])


def test_checker_accepts_a_clean_figure():
    figure = style.new_figure()
    ax = figure.axes[0]
    ax.plot([0, 1], [0, 1], label="line")
    ax.set_title("A short title")
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.legend(loc="upper left")
    assert layout_problems(figure) == []


# -- every explorer, every control ---------------------------------------------------------

EXPLORERS = all_explorers()


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("name", sorted(EXPLORERS))
def test_no_text_overlaps_at_any_setting(name, language, in_language):
    in_language(language)
    explorer = EXPLORERS[name]()
    try:
        defaults = explorer.values()
        problems = {}
        settings = [{}]
        for key, control in explorer.controls.items():
            settings += [{key: v} for v in control_positions(control) if v != defaults[key]]
        for setting in settings:
            explorer.set(**{**defaults, **setting})
            if explorer.last_error:
                continue
            found = layout_problems(explorer.figure)
            if found:
                problems[repr(setting)] = found
        assert not problems, "\n".join(f"{s}: {p}" for s, ps in problems.items() for p in ps[:4])
    finally:
        explorer.close()


def _without_pictures(explorer):
    """Skip drawing and encoding each setting's picture: the check lays the figure out itself."""
    explorer.renderer.draw = lambda: "skipped"
    explorer.renderer.draw_full = lambda: None
    explorer.image.value = b""


def corner_problems(name):
    explorer = EXPLORERS[name]()
    try:
        _without_pictures(explorer)
        problems = {}
        for setting in corner_settings(explorer):
            explorer.set(**setting)
            if explorer.last_error:
                continue
            found = layout_problems(explorer.figure)
            if found:
                problems[repr(setting)] = found
        return problems
    finally:
        explorer.close()


@pytest.mark.parametrize("name", sorted(EXPLORERS))
def test_no_text_overlaps_with_several_controls_at_their_ends(name, in_language):
    in_language("en")
    problems = corner_problems(name)
    assert not problems, "\n".join(f"{s}: {p}" for s, ps in problems.items() for p in ps[:4])


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(EXPLORERS))
def test_no_text_overlaps_with_several_controls_at_their_ends_in_chinese(name, in_language):
    in_language("zh")
    problems = corner_problems(name)
    assert not problems, "\n".join(f"{s}: {p}" for s, ps in problems.items() for p in ps[:4])
