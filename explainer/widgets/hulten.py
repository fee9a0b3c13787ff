"""Old import path and names of the two Hulten explorers, now
:class:`explainer.widgets.hulten_two_sector.HultenTwoSectorExplorer` and
:class:`explainer.widgets.hulten_network.HultenNetworkExplorer`.

These names are kept for one release, so that lessons published before the rename
still import; they are removed in the next release.
"""

from .hulten_network import HultenNetworkExplorer as NetworkExplorer
from .hulten_two_sector import HultenTwoSectorExplorer as TwoSectorExplorer

__all__ = ["NetworkExplorer", "TwoSectorExplorer"]
