"""explainer: interactive lessons on developing new quality productive forces (新质生产力).

The package is layered so that data flows one way::

    explainer.data, explainer.models  ->  explainer.plots  ->  explainer.widgets  ->  notebooks

The classroom tools, the translation, the notebook runner and the benchmark build on the
widgets, and the command line on everything; no import runs back down this chain
(``tests/test_architecture.py``). ``explainer.models`` and ``explainer.data`` use numpy and
pandas only. Importing the top-level
package is cheap: subpackages load when they are first used.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
