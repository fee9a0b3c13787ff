"""The exact bad calls once reported, each now a ValueError (or TypeError) naming the parameter."""

import math

import pytest

from explainer import data
from explainer.checks import check_array, check_integer, check_number
from explainer.models import (cascades, data_rights, excess_entry, hulten, idea_production,
                              nonrival_data, revenue_sharing, scaling_laws, structural_change,
                              venture_finance, viability)

OMEGA, BETA = [[0.2, 0.1], [0.3, 0.2]], [0.6, 0.4]

CURVES = [
    lambda points: excess_entry.excess_entry_curves(10, 1, 2, 1, points=points),
    lambda points: idea_production.idea_path(points=points),
    lambda points: data_rights.data_market_curves(points=points),
    lambda points: revenue_sharing.sharing_curves(points=points),
    lambda points: venture_finance.financing_curves(points=points),
]


@pytest.mark.parametrize("curves", CURVES, ids=["excess_entry", "idea_path", "data_market",
                                                "revenue_sharing", "financing"])
@pytest.mark.parametrize("points", [0, 1, math.inf, 2.9, 21194782, -5, "10", math.nan])
def test_points_validated_by_name(curves, points):
    with pytest.raises(ValueError, match=r"points .*must be a whole number in \[2, 10000\]"):
        curves(points)


@pytest.mark.parametrize("curves", CURVES)
def test_points_sets_the_grid(curves):
    result = curves(7)
    first = next(iter(result.values())) if isinstance(result, dict) else result.t
    assert len(first) == 7


def test_equilibrium_log_gdp_converges_or_says_so():
    args = ([0.1, 0], OMEGA, BETA)
    assert hulten.equilibrium_log_gdp(*args) == pytest.approx(0.06 / 0.61, abs=1e-12)
    with pytest.raises(ValueError, match="max_iter"):
        hulten.equilibrium_log_gdp(*args, max_iter=0)
    with pytest.raises(ValueError, match="tol"):
        hulten.equilibrium_log_gdp(*args, tol=math.inf)
    with pytest.raises(ValueError, match="did not converge.*max_iter"):
        hulten.equilibrium_log_gdp(*args, max_iter=3)


@pytest.mark.parametrize("call,name", [
    (lambda: excess_entry.welfare(1e308, 10, 1, 2, 1), "n (number of firms)"),
    (lambda: excess_entry.market_size(1e308, 1, 2), "a (demand intercept)"),
    (lambda: scaling_laws.compute_optimal_split(1e21, B=1e308), "B"),
    (lambda: viability.unit_cost(0.3, 2, rental=1e308), "rental"),
    (lambda: structural_change.services_share_two_sector(0.4, 2, 1e-308, 0.5), "A_s"),
    (lambda: __import__("explainer.models.growth_accounting", fromlist=["x"])
     .solow_residual(10**400, 7, 0.5, 0.5), "g_output"),
])
def test_overflow_cases_rejected_by_name(call, name):
    with pytest.raises(ValueError) as err:
        call()
    assert str(err.value).startswith(name)
    assert "must be" in str(err.value)


def test_check_number_handles_huge_ints():
    with pytest.raises(ValueError, match=r"x must be a finite number.*got 1000.*\.\.\."):
        check_number("x", 10**400)
    assert check_number("x", 10**300) == 1e300
    with pytest.raises(ValueError, match="n must be a whole number"):
        check_integer("n", 10**400, 0, 100)


@pytest.mark.parametrize("call,name", [
    (lambda: excess_entry.firm_output([], 10, 1, 2), "n (number of firms)"),
    (lambda: nonrival_data.data_used([], 10), "s (share of data shared)"),
    (lambda: scaling_laws.loss([], 2e10), "N (parameters)"),
])
def test_empty_arrays_rejected_by_name(call, name):
    with pytest.raises(ValueError, match="must not be empty") as err:
        call()
    assert str(err.value).startswith(name)


@pytest.mark.parametrize("call,name", [
    (lambda: excess_entry.firm_output(["a", 2], 10, 1, 2), "n (number of firms)"),
    (lambda: nonrival_data.data_used("half", 10), "s (share of data shared)"),
    (lambda: scaling_laws.loss(["1e9"], 2e10), "N (parameters)"),
    (lambda: hulten.domar_weights([["x", 0], [0, 0]], BETA), "omega"),
    (lambda: cascades.simulate_cascades(0.7, 10, seed=1.5), "seed"),
    (lambda: data.load(["nev_china"]), "name"),
])
def test_wrong_types_are_type_errors_naming_the_parameter(call, name):
    with pytest.raises(TypeError) as err:
        call()
    assert str(err.value).startswith(name)
    assert "could not convert" not in str(err.value)


def test_numeric_text_in_an_array_is_not_silently_converted():
    with pytest.raises(TypeError, match="v must be an array of numbers"):
        check_array("v", ["1", "2"])


@pytest.fixture(scope="module")
def explorers():
    from explainer.widgets.data_rights import DataRightsExplorer
    from explainer.widgets.excess_entry import ExcessEntryExplorer
    from explainer.widgets.financing_mix import FinancingMixExplorer
    from explainer.widgets.viability import ViabilityExplorer
    return {"excess": ExcessEntryExplorer, "viability": ViabilityExplorer,
            "rights": DataRightsExplorer, "mix": FinancingMixExplorer}


@pytest.mark.parametrize("which,kwargs,fragment", [
    ("excess", dict(F=0), r"F \(Entry cost F\) must be in \[0.1, 5\]; got 0"),
    ("excess", dict(F="big"), r"F \(Entry cost F\) must be a real number"),
    ("excess", dict(a=50), r"a \(Demand size a\) must be in \[5, 20\]"),
    ("excess", dict(subsidy_share=95), r"subsidy_share \(Entry subsidy \(% of F\)\) must be in \[0, 90\]"),
    ("viability", dict(output_value=math.nan), r"output_value .*must be a finite number in \[10, 200\]"),
    ("viability", dict(industry="steel"), r"industry .*must be one of 'textiles', 'autos', 'chips'"),
    ("rights", dict(rights=None), r"rights .*must be one of 'subject', 'user'; got None"),
    ("mix", dict(date=None), r"date .*must be one of '2020-12-31', '2025-03-31'"),
])
def test_explorer_initial_values_checked_by_control(explorers, which, kwargs, fragment):
    with pytest.raises(ValueError, match=fragment):
        explorers[which](**kwargs)


def test_explorer_valid_initial_values_are_kept(explorers):
    explorer = explorers["viability"](omega=1.0, industry="autos", output_value=50)
    try:
        assert explorer.values() == {"omega": 1.0, "industry": "autos", "output_value": 50}
        assert " nan " not in f" {explorer.alt_text} "
    finally:
        explorer.close()


# -- Explorer.set checks each value like the constructor, before it changes anything ---------

SET_CASES = [
    ("excess", dict(F=100), r"F \(Entry cost F\) must be in \[0.1, 5\]; got 100"),
    ("excess", dict(subsidy_share=-5), r"subsidy_share \(Entry subsidy \(% of F\)\) must be in \[0, 90\]"),
    ("excess", dict(a=math.nan), r"a \(Demand size a\) must be a finite number in \[5, 20\]; got nan"),
    ("excess", dict(F="big"), r"F \(Entry cost F\) must be a real number"),
    ("mix", dict(date="2023-12-31"), r"date .*must be one of '2020-12-31', '2025-03-31'; got '2023-12-31'"),
    ("viability", dict(industry="steel"), r"industry .*must be one of 'textiles', 'autos', 'chips'"),
    ("rights", dict(rights=None), r"rights .*must be one of 'subject', 'user'; got None"),
    ("industrial", dict(directed=2.5), r"directed \(Regions told to build\) must be a whole number in \[1, 31\]; got 2.5"),
    ("industrial", dict(directed=40), r"directed \(Regions told to build\) must be a whole number in \[1, 31\]; got 40"),
    ("industrial", dict(information=150), r"information \(What the planner knows about fit \(%\)\) must be a whole number in \[0, 100\]; got 150"),
    ("excess", dict(typo=1), r"unknown control\(s\) \['typo'\]"),
]


@pytest.fixture(scope="module")
def built(explorers):
    from explainer.widgets.industrial_policy import IndustrialPolicyExplorer

    made = {which: cls() for which, cls in {**explorers, "industrial": IndustrialPolicyExplorer}.items()}
    yield made
    for explorer in made.values():
        explorer.close()


@pytest.mark.parametrize("which,kwargs,fragment", SET_CASES,
                         ids=[f"{w}-{next(iter(k))}" for w, k, _ in SET_CASES])
def test_set_checks_each_value_like_the_constructor(built, explorers, which, kwargs, fragment):
    explorer = built[which]
    before, readout, count = explorer.values(), explorer.alt_text, explorer.update_count
    with pytest.raises(ValueError, match=fragment):
        explorer.set(**kwargs)
    assert explorer.values() == before and explorer.alt_text == readout
    assert explorer.update_count == count, "a refused set must not redraw"
    if which in explorers and "typo" not in kwargs:  # the constructor refuses the same value
        with pytest.raises(ValueError, match=fragment):
            explorers[which](**kwargs)


def test_set_is_all_or_nothing(built):
    explorer = built["excess"]
    before = explorer.values()
    with pytest.raises(ValueError, match=r"F \(Entry cost F\)"):
        explorer.set(a=12.0, c=3.0, F=100)  # two good values, then a bad one
    assert explorer.values() == before


def test_set_no_longer_clamps_silently(built):
    explorer = built["excess"]
    slider = explorer.controls["F"]
    # ipywidgets on its own clamps an out-of-range number into the slider's range, silently:
    # this is what set() used to do with set(F=100)
    loose = type(slider)(min=slider.min, max=slider.max, step=slider.step, value=slider.value)
    loose.value = 100
    assert loose.value == slider.max == 5
    loose.close()
    with pytest.raises(ValueError, match=r"must be in \[0.1, 5\]; got 100"):
        explorer.set(F=100)
    assert explorer.controls["F"].value == 0.5


def test_set_takes_valid_values_and_redraws_once(built):
    explorer = built["excess"]
    count = explorer.update_count
    try:
        readout = explorer.set(F=1.0, subsidy_share=40)
        assert explorer.values()["F"] == 1.0 and explorer.values()["subsidy_share"] == 40
        assert explorer.update_count == count + 1 and readout == explorer.alt_text
        built["industrial"].set(directed=5.0)  # a whole number written as a float is fine
        assert built["industrial"].values()["directed"] == 5
        assert isinstance(built["industrial"].values()["directed"], int)
    finally:
        explorer.set(F=0.5, subsidy_share=0)
        built["industrial"].set(directed=31)
