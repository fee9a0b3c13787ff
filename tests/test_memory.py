"""A notebook kernel settles its memory once a cell has built explorers (explainer.widgets.memory).

Full garbage collections of a lesson's kernel took 65-140 ms and freed next to nothing; once
the objects alive after building are frozen, later collections skip them. These tests check
that this happens in IPython only, once per cell, and that freezing never keeps garbage: what
an earlier cell froze and then dropped is freed at the next settling.
"""

from __future__ import annotations

import gc
import weakref

import pytest

from explainer.widgets import memory
from explainer.widgets.base import Explorer
from explainer.widgets.controls import slider


class Shell:
    """Stands in for IPython's shell: records the callbacks registered for its events."""

    def __init__(self):
        self.callbacks = []
        self.events = self

    def register(self, event, callback):
        self.callbacks.append((event, callback))

    def end_cell(self):
        for event, callback in self.callbacks:
            if event == "post_run_cell":
                callback(None)


class Tiny(Explorer):
    name = ""  # not listed among the lessons' explorers

    def __init__(self):
        super().__init__({"level": slider("Level", 0.5, 0.0, 1.0, 0.1)}, figsize=(2, 1.5))

    def draw(self, plot, level):
        plot[0].plot([0, 1], [0, level])
        return f"level {level}"


class Cycle:
    """Garbage only the cyclic collector frees."""

    def __init__(self):
        self.me = self


@pytest.fixture
def shell(monkeypatch):
    fake = Shell()
    monkeypatch.setattr(memory, "_shell", lambda: fake)
    monkeypatch.setattr(memory, "_registered", set())
    monkeypatch.setattr(memory, "_pending", False)
    yield fake
    gc.unfreeze()  # leave the test process as it was


def test_outside_ipython_nothing_is_frozen():
    frozen = gc.get_freeze_count()
    explorer = Tiny()
    try:
        assert memory.settle_after_cell() is False
        assert gc.get_freeze_count() == frozen
    finally:
        explorer.close()


def test_a_cell_that_builds_explorers_settles_once_when_it_ends(shell):
    first, second = Tiny(), Tiny()
    try:
        assert [event for event, _ in shell.callbacks] == ["post_run_cell"]
        assert gc.get_freeze_count() == 0, "settled before the cell ended"
        shell.end_cell()
        frozen = gc.get_freeze_count()
        assert frozen > 0
        # a full collection now looks only at what was made since
        assert len(gc.get_objects()) < frozen / 10
        gc.unfreeze()
        shell.end_cell()  # a cell that built nothing: nothing to do
        assert gc.get_freeze_count() == 0
    finally:
        first.close()
        second.close()


def test_what_an_earlier_cell_froze_and_dropped_is_freed_at_the_next_settling(shell):
    garbage = Cycle()
    gone = weakref.ref(garbage)
    Tiny().close()
    shell.end_cell()  # the cycle is alive now, so it is frozen
    del garbage
    gc.collect()
    assert gone() is not None, "a frozen cycle was collected: the test shows nothing"
    Tiny().close()
    shell.end_cell()
    assert gone() is None, "a dropped object stayed frozen"


def test_mutation_settling_without_unfreezing_keeps_dropped_objects(shell, monkeypatch):
    monkeypatch.setattr(gc, "unfreeze", lambda: None)
    garbage = Cycle()
    gone = weakref.ref(garbage)
    Tiny().close()
    shell.end_cell()
    del garbage
    Tiny().close()
    shell.end_cell()
    alive = gone() is not None
    monkeypatch.undo()
    gc.unfreeze()
    gc.collect()
    assert alive, "without unfreezing first, the dropped cycle should have stayed frozen"
