"""Old names of explorers and model entry points still import, for one release.

Lessons published before the renames import explorer classes (and a few model functions) by
name from their old module paths; each old name must resolve to the renamed object itself, and
``all_explorers()`` must not count an old name twice.
"""

import importlib

import pytest

from explainer.widgets import all_explorers

#: (old module, old name, new module, new name)
OLD_NAMES = [
    ("explainer.widgets.cascades", "CascadeExplorer", "explainer.widgets.cascades", "CascadesExplorer"),
    ("explainer.widgets.comparative_advantage", "ViabilityExplorer",
     "explainer.widgets.viability", "ViabilityExplorer"),
    ("explainer.widgets.industrial_policy", "PolicyLabExplorer",
     "explainer.widgets.industrial_policy", "IndustrialPolicyExplorer"),
    ("explainer.widgets.diffusion", "UpgradingRecordExplorer",
     "explainer.widgets.diffusion", "DiffusionExplorer"),
    ("explainer.widgets.hulten", "TwoSectorExplorer",
     "explainer.widgets.hulten_two_sector", "HultenTwoSectorExplorer"),
    ("explainer.widgets.hulten", "NetworkExplorer",
     "explainer.widgets.hulten_network", "HultenNetworkExplorer"),
    ("explainer.widgets.digital_economy", "DataAccountingExplorer",
     "explainer.widgets.data_accounting", "DataAccountingExplorer"),
    ("explainer.widgets.nonrival_data", "DataSharingExplorer",
     "explainer.widgets.data_sharing", "DataSharingExplorer"),
    ("explainer.widgets.scaling_laws", "ScalingExplorer",
     "explainer.widgets.scaling_laws", "ScalingLawsExplorer"),
    ("explainer.widgets.distance_to_frontier", "CatchUpExplorer",
     "explainer.widgets.distance_to_frontier", "DistanceToFrontierExplorer"),
    ("explainer.widgets.venture_finance", "DebtEquityExplorer",
     "explainer.widgets.debt_vs_equity", "DebtVsEquityExplorer"),
    ("explainer.widgets.venture_finance", "PatientCapitalExplorer",
     "explainer.widgets.patient_capital", "PatientCapitalExplorer"),
    ("explainer.widgets.venture_finance", "FinancingMixExplorer",
     "explainer.widgets.financing_mix", "FinancingMixExplorer"),
    ("explainer.models.cascades", "cascade_model", "explainer.models.cascades", "cascades_model"),
    ("explainer.models.comparative_advantage", "viability_outcome",
     "explainer.models.viability", "viability_model"),
    ("explainer.models.comparative_advantage", "prices_with_switch_points",
     "explainer.models.viability", "prices_with_switch_points"),
    ("explainer.models.comparative_advantage", "viability_subsidies",
     "explainer.models.viability", "viability_subsidies"),
    ("explainer.models.comparative_advantage", "unit_cost", "explainer.models.viability", "unit_cost"),
    ("explainer.models.industrial_policy", "compare_policies",
     "explainer.models.industrial_policy", "industrial_policy_model"),
    ("explainer.models.hulten", "two_sector_model", "explainer.models.hulten", "hulten_two_sector_model"),
    ("explainer.models.hulten", "network_model", "explainer.models.hulten", "hulten_network_model"),
    ("explainer.models.nonrival_data", "growth_accounting_with_data",
     "explainer.models.nonrival_data", "data_accounting_model"),
    ("explainer.models.scaling_laws", "scaling_model", "explainer.models.scaling_laws", "scaling_laws_model"),
    ("explainer.models.distance_to_frontier", "catch_up_model",
     "explainer.models.distance_to_frontier", "distance_to_frontier_model"),
    ("explainer.models.idea_production", "talent_reform_model",
     "explainer.models.idea_production", "idea_production_model"),
    ("explainer.models.venture_finance", "debt_equity_model",
     "explainer.models.venture_finance", "debt_vs_equity_model"),
]


@pytest.mark.parametrize("old_module, old_name, new_module, new_name", OLD_NAMES,
                         ids=[f"{row[0].split('.')[-1]}.{row[1]}" for row in OLD_NAMES])
def test_an_old_name_is_the_renamed_object(old_module, old_name, new_module, new_name):
    old = getattr(importlib.import_module(old_module), old_name)
    assert old is getattr(importlib.import_module(new_module), new_name)
    assert old.__module__ == new_module and old.__name__ == new_name


def test_old_explorer_names_are_not_counted_twice():
    explorers = all_explorers()
    assert len(explorers) == len(set(explorers.values())) == 24
    old = {getattr(importlib.import_module(m), n) for m, n, _, _ in OLD_NAMES if "widgets" in m}
    assert old <= set(explorers.values())


def test_an_old_lesson_cell_still_runs():
    namespace = {}
    exec("from explainer.widgets.hulten import TwoSectorExplorer\n"
         "from explainer.models.nonrival_data import growth_accounting_with_data\n"
         "explorer = TwoSectorExplorer(g_emerging=6.0)\n"
         "account = growth_accounting_with_data(5, 7, 0.5, 22.7, 0.5, 0.03)\n", namespace)
    explorer = namespace["explorer"]
    try:
        assert explorer.name == "hulten_two_sector" and explorer.values()["g_emerging"] == 6.0
        assert round(namespace["account"].data, 3) == round(0.03 * 22.7, 3)
    finally:
        explorer.close()
