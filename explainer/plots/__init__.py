"""Plot classes: each creates its artists once on the Axes it is given and has an ``update``
method that takes results computed by :mod:`explainer.models`, changes the artists in place
and returns a one-sentence text alternative for the figure. No economics is computed here."""
