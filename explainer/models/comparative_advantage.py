"""Old import path of the viability model family, now :mod:`explainer.models.viability`
(and the old name ``viability_outcome`` of :func:`~explainer.models.viability.viability_model`).

These names are kept for one release, so that lessons published before the rename
still import; they are removed in the next release.

Examples
--------
>>> from explainer.models import comparative_advantage, viability
>>> comparative_advantage.viability_outcome is viability.viability_model
True
"""

from .viability import (RANGE, ViabilityCurves, ViabilityOutcome, capital_labour_ratio,
                        prices_with_switch_points, ranking_switch_point, unit_cost,
                        viability_curves, viability_model, viability_subsidies)

viability_outcome = viability_model

__all__ = ["RANGE", "ViabilityCurves", "ViabilityOutcome", "capital_labour_ratio",
           "prices_with_switch_points", "ranking_switch_point", "unit_cost", "viability_curves",
           "viability_model", "viability_outcome", "viability_subsidies"]
