"""Explorers (controls + one figure + a one-line readout) and the quiz widget.

``all_explorers()`` finds every Explorer subclass with a ``name`` in this package, so that the
benchmark, the tests and the figure export cover an explorer as soon as its module exists.
"""

from __future__ import annotations

import importlib
import pkgutil


def all_explorers():
    """Return ``{name: ExplorerClass}`` for every named explorer in ``explainer.widgets``."""
    from .base import Explorer

    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    found = {}
    stack = list(Explorer.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        if getattr(cls, "name", None) and cls.__module__.startswith(__name__):
            found[cls.name] = cls
    return dict(sorted(found.items()))
