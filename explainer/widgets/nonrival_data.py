"""Old import path of the data-sharing explorer, now :mod:`explainer.widgets.data_sharing`.

These names are kept for one release, so that lessons published before the rename
still import; they are removed in the next release.
"""

from .data_sharing import DataSharingExplorer

__all__ = ["DataSharingExplorer"]
