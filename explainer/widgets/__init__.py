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


def explorer_class(name):
    """Return the explorer class called ``name``, importing only its module when it can.

    An explorer's module is named after it (``widgets/excess_entry.py``), so a page that shows
    one explorer imports one module rather than all of them (:func:`all_explorers`).

    Raises
    ------
    ValueError
        If no explorer has that name; the message lists the names.
    """
    modules = {module.name for module in pkgutil.iter_modules(__path__)}
    if isinstance(name, str) and name in modules:
        module = importlib.import_module(f"{__name__}.{name}")
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__ \
                    and getattr(value, "name", None) == name:
                return value
    explorers = all_explorers()
    if name not in explorers:
        raise ValueError(f"explorer must be one of {', '.join(explorers)}; got {name!r}")
    return explorers[name]
