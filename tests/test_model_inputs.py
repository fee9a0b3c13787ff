"""Every public model function rejects a bad argument with an error that explains itself.

This runs over every function defined in ``explainer.models``. Each parameter, optional ones
included, is set to a bad value one at a time while the others keep a valid value, and the
error must be a ``ValueError`` (or a ``TypeError`` for a value of the wrong type) whose message
names that parameter. Very large or very small values that are inside a parameter's range must
give a finite answer; otherwise they too must be rejected by name. Each module's own tests check
the specific ranges.
"""

import dataclasses
import importlib
import inspect
import math
import pkgutil

import numpy as np
import pandas as pd
import pytest

import explainer.models
from explainer.models import diffusion, hulten

# An overflow or invalid operation inside a model is a silent inf/nan in the making: fail on it.
pytestmark = pytest.mark.filterwarnings("error::RuntimeWarning")

OMEGA, BETA = [[0.2, 0.1], [0.3, 0.2]], [0.6, 0.4]
FRAME = pd.DataFrame({"date": ["2024-12", "2024-12", "2024-12"],
                      "channel": ["total", "loans", "bonds"],
                      "amount_trn_yuan": [400.0, 250.0, 150.0], "share_pct": [100.0, 62.5, 37.5]})

# One valid call of every public function with required parameters; optional ones keep their
# defaults unless given here.
VALID = {
    "ai_productivity.ai_tfp_gain": dict(task_share=0.046, cost_saving=0.144),
    "ai_productivity.task_share_needed": dict(tfp_gain=0.08, cost_saving=0.144),
    "ai_productivity.ai_productivity_outcome": dict(task_share=0.046, cost_saving=0.144),
    "ai_productivity.ai_productivity_curves": dict(points=11),
    "ai_productivity.ai_productivity_model": dict(task_share_pct=4.6, cost_saving_pct=14.4),
    "cascades.cascade_probabilities": dict(p=0.7, n=6),
    "cascades.wrong_cascade_limit": dict(p=0.7),
    "cascades.cascade_path": dict(p=0.7, n=6),
    "cascades.simulate_cascades": dict(p=0.7, n=6, paths=200),
    "cascades.cascades_model": dict(p=0.7, n=6, paths=200),
    "viability.unit_cost": dict(alpha=0.3, omega=2.0),
    "viability.capital_labour_ratio": dict(alpha=0.3, omega=2.0),
    "viability.ranking_switch_point": dict(alpha_1=0.3, price_1=1.0, alpha_2=0.6, price_2=1.5),
    "viability.prices_with_switch_points": dict(alphas=[0.2, 0.4, 0.6], switch_points=[0.8, 2.5]),
    "viability.viability_subsidies": dict(alphas=[0.2, 0.4], prices=[1.0, 1.2], omega=1.0),
    "viability.viability_curves": dict(alphas=[0.2, 0.4], prices=[1.0, 1.2], points=11),
    "viability.viability_model": dict(alphas=[0.2, 0.4], prices=[1.0, 1.2], omega=1.0,
                                                    chosen=1, planned_sales=100.0),
    "data_rights.deadweight_loss": dict(T=0.5),
    "data_rights.traded_share": dict(T=0.5),
    "data_rights.used_share": dict(T=0.5),
    "data_rights.surplus_at_stake": dict(),
    "data_rights.first_best_surplus": dict(),
    "data_rights.data_market_outcome": dict(T=0.5),
    "data_rights.data_market_curves": dict(),
    "data_rights.data_rights_model": dict(T=0.5),
    "diffusion.logistic_share": dict(years=[2020, 2021], ceiling=80.0, rate=0.5, midpoint=2025),
    "diffusion.fit_logistic_share": dict(years=[2020, 2021, 2022], shares=[10.0, 20.0, 30.0], ceiling=60.0),
    "diffusion.year_share_reached": dict(fit=diffusion.LogisticFit(80, 0.5, 2020, 0), target=40.0),
    "diffusion.diffusion_model": dict(years=[2020, 2021, 2022], shares=[10.0, 20.0, 30.0], ceiling=60.0,
                                      last_year=2021),
    "distance_to_frontier.next_proximity": dict(a_prev=0.5, R=1),
    "distance_to_frontier.switch_threshold": dict(),
    "distance_to_frontier.steady_state": dict(R=1),
    "distance_to_frontier.frontier_path": dict(a0=0.3, periods=20, switch_at=0.5),
    "distance_to_frontier.compare_switching": dict(a0=0.3, switch_at=0.5, periods=20),
    "distance_to_frontier.distance_to_frontier_model": dict(a0=0.3, eta1=0.25, switch_at=0.5, periods=20),
    "excess_entry.market_size": dict(a=10.0, b=1.0, c=2.0),
    "excess_entry.firm_output": dict(n=3.0, a=10.0, b=1.0, c=2.0),
    "excess_entry.total_output": dict(n=3.0, a=10.0, b=1.0, c=2.0),
    "excess_entry.profit_per_firm": dict(n=3.0, a=10.0, b=1.0, c=2.0, F=1.0),
    "excess_entry.welfare": dict(n=3.0, a=10.0, b=1.0, c=2.0, F=1.0),
    "excess_entry.welfare_slope": dict(n=3.0, a=10.0, b=1.0, c=2.0, F=1.0),
    "excess_entry.free_entry_firm_count": dict(a=10.0, b=1.0, c=2.0, F=1.0),
    "excess_entry.optimal_firm_count": dict(a=10.0, b=1.0, c=2.0, F=1.0),
    "excess_entry.excess_entry_outcome": dict(a=10.0, b=1.0, c=2.0, F=1.0),
    "excess_entry.excess_entry_curves": dict(a=10.0, b=1.0, c=2.0, F=1.0, points=11),
    "excess_entry.excess_entry_model": dict(a=10.0, b=1.0, c=2.0, F=1.0),
    "growth_accounting.solow_residual": dict(g_output=7.0, g_capital=9.0, g_labour=0.5, capital_share=0.5),
    "growth_accounting.growth_decomposition": dict(g_output=7.0, g_capital=9.0, g_labour=0.5, capital_share=0.5),
    "growth_accounting.residual_by_capital_share": dict(g_output=7.0, g_capital=9.0, g_labour=0.5,
                                                        capital_shares=[0.3, 0.5]),
    "growth_accounting.growth_rate": dict(levels=[100.0, 105.0, 110.25]),
    "growth_accounting.growth_accounting_model": dict(g_output=7.0, g_capital=9.0, g_labour=0.5, capital_share=0.5),
    "hulten.two_sector_tfp_growth": dict(traditional_share=0.8, g_traditional=1.0, g_emerging=3.0),
    "hulten.domar_weights": dict(omega=OMEGA, beta=BETA),
    "hulten.value_added_shares": dict(omega=OMEGA, beta=BETA),
    "hulten.equilibrium_log_gdp": dict(log_tfp=[0.1, 0.0], omega=OMEGA, beta=BETA),
    "hulten.two_sector_network": dict(beta_traditional=0.75, traditional_own_use=0.4, traditional_in_emerging=0.3),
    "hulten.rundown_outcome": dict(omega=OMEGA, beta=BETA, cut=0.1),
    "hulten.two_sector_growth_curve": dict(traditional_share=0.8, g_traditional=1.0, g_emerging_grid=[1.0, 3.0]),
    "hulten.rundown_curve": dict(omega=OMEGA, beta=BETA, cuts=[0.1, 0.2]),
    "hulten.hulten_two_sector_model": dict(traditional_share=0.8, g_traditional=1.0, g_emerging=3.0),
    "hulten.hulten_network_model": dict(beta_traditional=0.75, traditional_own_use=0.4, traditional_in_emerging=0.3, cut_pct=10.0),
    "hulten.value_added_tfp_fall": dict(cut=0.1, value_added_to_sales=0.55),
    "idea_production.bgp_idea_growth": dict(),
    "idea_production.idea_path": dict(points=21),
    "idea_production.idea_production_model": dict(),
    "industrial_policy.cournot_quantities": dict(costs=[2.0, 3.0], a=10.0, b=1.0),
    "industrial_policy.region_costs": dict(regions=5, best_cost=2.0, fit_spread=4.0),
    "industrial_policy.social_optimum": dict(regions=5, a=10.0, b=1.0, best_cost=2.0, fit_spread=1.0,
                                             F=1.0),
    "industrial_policy.informed_planner": dict(regions=5, directed=3, information=0.5, a=10.0, b=1.0,
                                               best_cost=2.0, fit_spread=1.0, F=1.0),
    "industrial_policy.direct_allocation": dict(regions=5, directed=3, a=10.0, b=1.0, best_cost=2.0,
                                                fit_spread=1.0, F=1.0),
    "industrial_policy.ecosystem_entry": dict(regions=5, a=10.0, b=1.0, best_cost=2.0, fit_spread=1.0,
                                              F=1.0, cost_cut=0.2),
    "industrial_policy.industrial_policy_model": dict(regions=5, directed=3),
    "learning_curve.learning_exponent": dict(learning_rate=0.2),
    "obsolescence.economic_life": dict(margin=2.0, g=0.1),
    "obsolescence.plant_value": dict(margin=2.0, g=0.1),
    "obsolescence.frontier_margin": dict(investment=3.0, g=0.1),
    "obsolescence.investment_lost": dict(g=0.1, delay=1.0, investment=3.0),
    "obsolescence.obsolescence_model": dict(g=0.1, delay=1.0, investment=3.0),
    "learning_curve.learning_rate_from_exponent": dict(exponent=0.3),
    "learning_curve.wright_cost": dict(cumulative_output=[1.0, 2.0], initial_cost=100.0, initial_output=1.0,
                                       learning_rate=0.2),
    "learning_curve.cost_path": dict(years=[2020, 2021, 2022], initial_cost=100.0, learning_rate=0.2,
                                     cumulative_growth=0.3),
    "learning_curve.annual_cost_decline": dict(learning_rate=0.2, cumulative_growth=0.3),
    "learning_curve.fit_annual_decline": dict(years=[2020, 2021, 2022], costs=[100.0, 90.0, 80.0]),
    "learning_curve.implied_cumulative_growth": dict(learning_rate=0.2, annual_decline=0.1),
    "learning_curve.learning_curve_model": dict(learning_rate=0.2, cumulative_growth=0.3,
                                                initial_price=1000.0),
    "misallocation.efficient_tfp": dict(productivity=[1.0, 2.0]),
    "misallocation.allocation": dict(productivity=[1.0, 2.0], output_wedge=[0.0, 0.5]),
    "misallocation.aggregate_tfp": dict(productivity=[1.0, 2.0], output_wedge=[0.0, 0.5]),
    "misallocation.lognormal_tfp_ratio": dict(tfpr_variance=0.25),
    "misallocation.variance_cut_for_gain": dict(gain=0.3),
    "misallocation.example_firms": dict(firms=4, productivity_spread=0.5, wedge_spread=0.5),
    "misallocation.data_cut_for_gain": dict(gain=0.1),
    "misallocation.misallocation_outcome": dict(firms=4, productivity_spread=0.5, wedge_spread=0.5,
                                                data_cut=0.5),
    "misallocation.misallocation_curves": dict(firms=4, productivity_spread=0.5, points=11),
    "misallocation.misallocation_model": dict(firms=4, productivity_spread=0.5, wedge_spread=0.5,
                                              data_cut_pct=50.0),
    "learning_curve.fit_learning_rate": dict(cumulative_output=[1.0, 2.0, 4.0], costs=[100.0, 80.0, 64.0]),
    "learning_curve.cumulative_output_needed": dict(cost_ratio=0.7, learning_rate=0.14),
    "nonrival_data.data_used": dict(s=0.5, N=10),
    "nonrival_data.sharing_gain": dict(s=0.5, N=10, eta=0.5),
    "nonrival_data.net_output": dict(s=0.5, N=10, eta=0.5, kappa=0.01),
    "nonrival_data.best_share": dict(N=10, eta=0.5, kappa=0.01),
    "nonrival_data.sharing_outcome": dict(s=0.5, N=10, eta=0.5, kappa=0.01),
    "nonrival_data.data_accounting_model": dict(g_Y=6.0, g_K=7.0, g_L=0.5, g_D=20.0, alpha=0.4, gamma=0.1),
    "nonrival_data.sharing_curves": dict(N=10, eta=0.5, kappa=0.01, points=11, n_max=20),
    "nonrival_data.data_sharing_model": dict(share=0.5, N=10, eta=0.5, kappa_per_mille=1.0),
    "revenue_sharing.researcher_effort": dict(s=0.5),
    "revenue_sharing.commercial_revenue": dict(s=0.5),
    "revenue_sharing.unit_revenue": dict(s=0.5),
    "revenue_sharing.researcher_income": dict(s=0.5),
    "revenue_sharing.unit_optimal_share": dict(),
    "revenue_sharing.effort_elasticity": dict(),
    "revenue_sharing.licence_fee_revenue": dict(),
    "revenue_sharing.unit_revenue_ratio": dict(s_from=0.3, s_to=0.7),
    "revenue_sharing.sharing_reform": dict(share_before=0.3, share_after=0.7),
    "revenue_sharing.sharing_curves": dict(points=11),
    "revenue_sharing.revenue_sharing_model": dict(share_before=0.3, share_after=0.7),
    "scaling_laws.loss": dict(N=1e9, D=2e10),
    "scaling_laws.compute_optimal_split": dict(C=1e21),
    "scaling_laws.data_capped_split": dict(C=1e21, D_max=1e10),
    "scaling_laws.scaling_outcome": dict(C=1e21, D_max=1e10),
    "scaling_laws.scaling_curves": dict(C=1e21, D_max=1e10, points=11),
    "scaling_laws.scaling_laws_model": dict(C=1e21, D_max=1e10),
    "scaling_laws.effective_data": dict(tokens=4e10, unique_tokens=1e10),
    "scaling_laws.repeated_data_run": dict(C=1e21, unique_tokens=1e9),
    "structural_change.services_share_two_sector": dict(omega=0.4, A_m=2.0, A_s=1.0, sigma=0.5),
    "structural_change.sector_shares": dict(weights=[0.3, 0.7], productivity=[1.0, 2.0], sigma=0.5),
    "structural_change.structure_code": dict(shares=[10.0, 40.0, 50.0]),
    "structural_change.structural_change_path": dict(initial_shares=[0.5, 0.3, 0.2],
                                                     growth=[0.01, 0.05, 0.02], sigma=0.5,
                                                     start_year=2000, end_year=2010),
    "structural_change.structural_change_model": dict(initial_shares=[0.5, 0.3, 0.2], growth_pct=[1.0, 5.0, 2.0], sigma=0.5),
    "venture_finance.expected_payoff_capped": dict(K=3.0),
    "venture_finance.equity_multiple": dict(),
    "venture_finance.bank_repayment": dict(r=0.05),
    "venture_finance.top_share": dict(p=0.1),
    "venture_finance.breakeven_rate": dict(),
    "venture_finance.financing_outcome": dict(r=0.05),
    "venture_finance.financing_curves": dict(points=11),
    "venture_finance.debt_vs_equity_model": dict(r=0.05),
    "venture_finance.realised_share": dict(H=8.0),
    "venture_finance.cumulative_cash_flow": dict(t=[0.0, 5.0, 10.0]),
    "venture_finance.payback_year": dict(),
    "venture_finance.patient_capital_outcome": dict(H=8.0),
    "venture_finance.patient_capital_model": dict(H=8.0),
    "venture_finance.financing_channels": dict(frame=FRAME),
    "venture_finance.financing_mix_model": dict(frame=FRAME),
    "venture_finance.share_returning_more_than": dict(multiple=5.0),
    "venture_finance.new_financing_shares": dict(frame=pd.DataFrame(
        {"date": ["2020", "2020", "2025", "2025"], "channel": ["total", "equity"] * 2,
         "amount_trn_yuan": [100.0, 5.0, 150.0, 8.0]}), date_from="2020", date_to="2025"),
    "revenue_sharing.break_even_best_share": dict(share_before=0.5, share_after=0.7),
    "idea_production.world_research_factor": dict(country_share=0.25, talent_jump=2.0),
}


def all_public_functions():
    found = {}
    for info in pkgutil.iter_modules(explainer.models.__path__):
        module = importlib.import_module(f"explainer.models.{info.name}")
        for name, obj in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(obj) or obj.__module__ != module.__name__:
                continue
            if name != obj.__name__:
                continue  # an old name kept for one release (see tests/test_old_names.py)
            found[f"{info.name}.{name}"] = obj
    return found


FUNCTIONS = all_public_functions()


def parameters(function):
    """The named parameters of ``function`` (``**kwargs`` excluded), optional ones included."""
    return [p.name for p in inspect.signature(function).parameters.values()
            if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)]


CASES = [pytest.param(key, name, id=f"{key}-{name}")
         for key, function in sorted(FUNCTIONS.items()) for name in parameters(function)]


def all_finite(result):
    """True if every number in ``result`` (however nested) is finite."""
    if isinstance(result, (bool, str, type(None))):
        return True
    if isinstance(result, pd.DataFrame):
        return all_finite(result.select_dtypes("number").to_numpy())
    if dataclasses.is_dataclass(result):
        return all(all_finite(getattr(result, f.name)) for f in dataclasses.fields(result))
    if isinstance(result, dict):
        return all(all_finite(v) for v in result.values())
    if isinstance(result, (list, tuple)):
        return all(all_finite(v) for v in result)
    arr = np.asarray(result)
    if arr.dtype.kind in "fc":
        return bool(np.all(np.isfinite(arr)))
    if arr.dtype.kind == "O":
        return all(all_finite(v) for v in arr.ravel())
    return True


def call_with(key, name, value):
    kwargs = dict(VALID[key])
    kwargs[name] = value
    return FUNCTIONS[key](**kwargs)


def test_every_function_has_a_valid_call():
    assert set(FUNCTIONS) == set(VALID), "add a valid call for each new public function"
    assert len(FUNCTIONS) >= 90


@pytest.mark.parametrize("key", sorted(VALID))
def test_valid_calls_give_finite_answers(key):
    assert all_finite(FUNCTIONS[key](**VALID[key]))


def assert_rejected_by_name(key, name, value):
    with pytest.raises((ValueError, TypeError)) as err:
        call_with(key, name, value)
    message = str(err.value)
    assert name in message, f"{key}({name}={value!r}): message does not name {name}: {message!r}"
    assert "must" in message, f"unhelpful message: {message!r}"


@pytest.mark.parametrize("key,name", CASES)
def test_nan_is_rejected_by_name(key, name):
    assert_rejected_by_name(key, name, math.nan)


@pytest.mark.parametrize("key,name", CASES)
def test_text_is_rejected_by_name(key, name):
    assert_rejected_by_name(key, name, "abc")


@pytest.mark.parametrize("key,name", CASES)
@pytest.mark.parametrize("value", [math.inf, -math.inf], ids=["inf", "-inf"])
def test_infinity_is_rejected_by_name(key, name, value):
    assert_rejected_by_name(key, name, value)


# Infinities that a function documents as its answer, not as a failure.
DOCUMENTED_INFINITE = {
    # the unit earns (almost) nothing before the reform, so its revenue ratio is infinite
    ("revenue_sharing.sharing_reform", "share_before", 1e-308),
}


@pytest.mark.parametrize("key,name", CASES)
@pytest.mark.parametrize("value", [1e308, -1e308, 1e-308, 10**400, 21194782],
                         ids=["1e308", "-1e308", "1e-308", "10**400", "21194782"])
def test_extreme_values_give_finite_answers_or_are_rejected_by_name(key, name, value):
    try:
        result = call_with(key, name, value)
    except (ValueError, TypeError) as err:
        message = str(err)
        assert name in message, f"{key}({name}={value!r}): message does not name {name}: {message!r}"
        return
    if (key, name, value) in DOCUMENTED_INFINITE:
        return
    assert all_finite(result), f"{key}({name}={value!r}) returned a non-finite value"


@pytest.mark.parametrize("key,name", [c for c in CASES if c.values[1] in
                                      {"n", "s", "omega", "N", "D", "T", "t", "years", "levels",
                                       "costs", "cuts", "alphas", "prices", "shares", "weights",
                                       "productivity", "growth", "initial_shares", "log_tfp",
                                       "beta", "capital_shares", "g_emerging_grid",
                                       "cumulative_output", "switch_points", "productivity",
                                       "output_wedge", "capital_wedge"}])
def test_empty_arrays_are_rejected_by_name(key, name):
    assert_rejected_by_name(key, name, [])


def test_all_nan_still_rejected():
    # the old blanket check: every function with required parameters refuses all-NaN input
    for key, function in FUNCTIONS.items():
        required = [p for p in inspect.signature(function).parameters.values()
                    if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty]
        if required:
            with pytest.raises((ValueError, TypeError)):
                function(*([math.nan] * len(required)))
