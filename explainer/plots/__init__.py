"""Drawing functions: each takes a matplotlib Axes and a model result, draws, and returns a
one-sentence text alternative for the figure. No economics is computed here."""
