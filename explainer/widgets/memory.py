"""Keep Python's full garbage collections off slider moves in a notebook kernel.

A lesson's kernel holds several explorers: figures, fonts, widgets and the kernel's own
objects, about 150,000-300,000 objects that Python's cyclic garbage collector tracks. Now and
then (when enough new objects have survived) it runs a *full* collection, which looks at every
one of them. Measured in JupyterLab on a 2-core machine, one took 65-140 ms and found next to
nothing to free; when it fell on a slider move, that move took 130-170 ms instead of 10-30.

So, once a cell that built explorers has run, :func:`settle` collects the garbage there is and
then freezes every object alive (:func:`gc.freeze`): later collections leave them out, and the
objects a move creates are still collected as usual. Before collecting, it unfreezes what an
earlier cell froze, so an explorer that a re-run cell replaced is freed then, not kept.

This happens only in an IPython kernel (a notebook, a Voila app, a class benchmark's kernel),
once per cell that built an explorer, after the cell's output has been sent; a plain Python
process (tests, ``explainer bench``, scripts) is left as it is.
"""

from __future__ import annotations

import gc

_pending = False
_registered = set()


def settle_after_cell():
    """Ask for :func:`settle` when the running IPython cell ends; no-op outside IPython."""
    global _pending
    shell = _shell()
    if shell is None:
        return False
    if id(shell) not in _registered:
        shell.events.register("post_run_cell", _settle_if_pending)
        _registered.add(id(shell))
    _pending = True
    return True


def settle():
    """Collect garbage, then freeze every object alive so later collections skip them.

    Returns the number of objects frozen (:func:`gc.get_freeze_count`).
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()


def _settle_if_pending(*_result):
    global _pending
    if _pending:
        _pending = False
        settle()


def _shell():
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with ipykernel
        return None
    shell = get_ipython()
    return shell if shell is not None and hasattr(shell, "events") else None
