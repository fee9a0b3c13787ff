"""Old import path of the viability explorer, now :mod:`explainer.widgets.viability`.

These names are kept for one release, so that lessons published before the rename
still import; they are removed in the next release.
"""

from .viability import ViabilityExplorer

__all__ = ["ViabilityExplorer"]
