"""Old import path and names of the three financing explorers, now
:class:`explainer.widgets.debt_vs_equity.DebtVsEquityExplorer`,
:class:`explainer.widgets.patient_capital.PatientCapitalExplorer` and
:class:`explainer.widgets.financing_mix.FinancingMixExplorer`.

These names are kept for one release, so that lessons published before the rename
still import; they are removed in the next release.
"""

from .debt_vs_equity import DebtVsEquityExplorer as DebtEquityExplorer
from .financing_mix import FinancingMixExplorer
from .patient_capital import PatientCapitalExplorer

__all__ = ["DebtEquityExplorer", "FinancingMixExplorer", "PatientCapitalExplorer"]
