"""Numbers written in the lessons' prose and worked answers agree with the models that produce them.

nbval compares the printed output of tagged cells; this does the same for numbers typed into
markdown. Each entry names a notebook, a sentence fragment with ``{}`` placeholders (Python
format specs, so ``{:.3f}`` is "0.368"), and a function that computes the values from the
package. The filled-in fragment must stand in the notebook's markdown (white space folded).
When a model changes, the prose that quotes it fails here until it is brought up to date; when
the prose changes, the entry must change with it.
"""

import json
import re

import numpy as np
import pytest
from conftest import NOTEBOOKS

from explainer import data
from explainer.models import (ai_productivity, cascades, data_rights, diffusion,
                              distance_to_frontier, excess_entry, growth_accounting, hulten,
                              learning_curve, misallocation, nonrival_data, revenue_sharing,
                              scaling_laws)
from explainer.models import idea_production, industrial_policy, obsolescence, venture_finance


def field(result, name):
    """A named value of a model result, whether it is a dataclass or a dict."""
    return result[name] if isinstance(result, dict) else getattr(result, name)


def entry_firms(share):
    """The default market of lesson 1 with an entry subsidy of ``share`` of F = 0.5."""
    return excess_entry.excess_entry_outcome(10, 1, 2, 0.5, subsidy=share * 0.5)


def two_sector(g_emerging):
    return field(hulten.two_sector_tfp_growth(0.8, 1, g_emerging), "aggregate")


def policy_lab(**settings):
    """Lesson 1's policy lab at its defaults, with ``settings`` changed."""
    return industrial_policy.industrial_policy_model(**settings)


def infant_industry(rate, years=30, start_cost=1.5, discount=0.05):
    """Lesson 1, Exercise 6: (years of subsidy, subsidy bill, net value, last year's cost)."""
    t = np.arange(years)
    cost = learning_curve.wright_cost(1.0 + t, start_cost, 1.0, rate)
    viable = np.flatnonzero(cost <= 1.0)
    return (int(viable[0]) if viable.size else None, float(np.sum(np.maximum(cost - 1, 0))),
            float(np.sum((1 - cost) / (1 + discount) ** t)), float(cost[-1]))


def battery_decline():
    from explainer import data

    prices = data.load("battery_pack_prices")
    series = prices[prices["series"] == "bnef_2018_series"]
    return learning_curve.fit_annual_decline(series["year"], series["price_usd_per_kwh"])


def lost(g, delay=1.0, investment=3.0):
    return obsolescence.obsolescence_model(g, delay, investment)


def industry(wedge_spread=0.5, firms=6, cut=0.0):
    """Lesson 3's misallocation explorer at its defaults (6 firms, spreads 0.5, sigma 3)."""
    return misallocation.misallocation_outcome(firms, 0.5, wedge_spread, cut)


def services_slope():
    from explainer import data

    shares = data.load("china_gdp_sector_shares")
    yb = shares[shares["vintage"] == "yearbook_2010"].pivot(index="year", columns="sector",
                                                              values="share_pct")
    return np.polyfit(yb.index, np.log(yb["tertiary"] / yb["secondary"]), 1)[0]


OMEGA = np.array([[.2, .1, .1], [.3, .2, .1], [.1, .3, .2]])
BETA = np.array([.5, .3, .2])


def rundown():
    """Lesson 2's network defaults, a 10% fall in traditional gross-output TFP."""
    return hulten.rundown_outcome(*hulten.two_sector_network(0.75, 0.4, 0.3), cut=0.10)


def labour_shares():
    """Value added over sales, alpha_T and alpha_E, of lesson 2's network defaults."""
    omega, _ = hulten.two_sector_network(0.75, 0.4, 0.3)
    return 1 - omega.sum(axis=1)


def nev_fit(ceiling):
    nev = data.load("nev_china")
    return diffusion.fit_logistic_share(nev["year"], nev["share_of_vehicle_sales_pct"], ceiling)


def battery_data():
    """Lesson 2's Exercise 6: cumulative NEV production and the fitted learning rate."""
    prices = data.load("battery_pack_prices")
    headline = prices[prices["series"] == "bnef_annual_headline"]["price_usd_per_kwh"]
    cumulative = np.cumsum(data.load("nev_china")["production_million"].to_numpy())
    return cumulative, learning_curve.fit_learning_rate(cumulative, headline)


def caict():
    return data.load("caict_industrial_digitalisation").set_index("year")


def caict_gdp_share_2022():
    broad = data.load("china_digital_economy")
    gdp = caict().loc[2022, "digital_economy_trillion_yuan"] / (
        broad[(broad["measure"] == "caict_broad") & (broad["year"] == 2022)]["share_of_gdp_pct"].item() / 100)
    return [gdp, 100 * caict().loc[2022, "size_trillion_yuan"] / gdp]


def target_factor(learning_rate):
    return learning_curve.cumulative_output_needed(80 / 115, learning_rate)

PROSE = [
    ("01_avoid_the_rush.ipynb", "70% gives {} firms and 75% gives {}, while 50% gives only {}",
     lambda: [entry_firms(s).firms_free_entry for s in (0.7, 0.75, 0.5)]),
    ("01_avoid_the_rush.ipynb", "the subsidies cost {:.1f}",
     lambda: [entry_firms(0.75).subsidy_bill]),
    ("01_avoid_the_rush.ipynb", "= {:.3f}$ at $p = 0.6$",
     lambda: [cascades.wrong_cascade_limit(0.6)]),
    ("01_avoid_the_rush.ipynb", "a wrong cascade is {:.1f}%, against {:.1f}% at $p = 0.6$",
     lambda: [100 * cascades.wrong_cascade_limit(p) for p in (0.9, 0.6)]),
    ("01_avoid_the_rush.ipynb", "The lab averages over {:,} possible picks",
     lambda: [industrial_policy.DRAWS]),
    ("01_avoid_the_rush.ipynb",
     "{:.0f} of them cannot cover their cost, {:.2f} of public money is lost, and total surplus is "
     "{:.2f}, against {:.2f} at the optimum ({} plants) and {:.2f} under free entry ({} plants)",
     lambda: (lambda o: [o.planner.loss_making, o.planner.money_lost, o.planner.surplus,
                         o.optimum.surplus, o.optimum.plants, o.ecosystem.surplus,
                         o.ecosystem.plants])(policy_lab())),
    ("01_avoid_the_rush.ipynb",
     "On average {:.1f} of its 3 plants runs at a loss and total surplus is about {:.0f}, far below "
     "free entry's {:.2f}. Knowledge helps step by step: {:.1f} at 50%, {:.1f} at 80%, and the "
     "planner overtakes free entry only at about 90% ({:.1f}); at 100% it picks the three "
     "best-suited regions and reaches the optimum, {:.2f}.",
     lambda: [policy_lab(directed=3).planner.loss_making, policy_lab(directed=3).planner.surplus,
              policy_lab().ecosystem.surplus,
              *[policy_lab(directed=3, information=i).planner.surplus for i in (0.5, 0.8, 0.9)],
              policy_lab(directed=3, information=1.0).planner.surplus]),
    ("01_avoid_the_rush.ipynb",
     "The optimum builds {} plants (surplus {:.1f}), free entry {} ({:.1f}), and the plan for all "
     "31 runs every plant at a loss, losing {:.2f} of public money for a total surplus of {:.2f}. "
     "That is Section 1's business stealing: free entry overshoots by {} plants, the plan by {}.",
     lambda: (lambda o: [o.optimum.plants, o.optimum.surplus, o.ecosystem.plants,
                         o.ecosystem.surplus, o.planner.money_lost, o.planner.surplus,
                         o.ecosystem.plants - o.optimum.plants, 31 - o.optimum.plants])(
         policy_lab(fit_spread=0.0))),
    ("01_avoid_the_rush.ipynb",
     "the optimum from {:.2f} to {:.2f}, free entry from {:.2f} to {:.2f}, the plan for 31 regions "
     "from {:.2f} to {:.2f}",
     lambda: [getattr(o, k).surplus for k in ("optimum", "ecosystem", "planner")
              for o in (policy_lab(), policy_lab(cost_cut=0.2))]),
    ("01_avoid_the_rush.ipynb", "BNEF's pack prices fell about {:.0f}% a year over 2010–2018",
     lambda: [100 * battery_decline()]),
    ("01_avoid_the_rush.ipynb",
     "more than {} times as much. A one-year lag loses {:.2f} of an investment of 3 ({:.0f}%) at 2% a "
     "year, {:.2f} ({:.0f}%) at 10%, and {:.2f} ({:.0f}%) at 30%",
     lambda: [["two", "three", "four", "five"][int(lost(0.3).lost / lost(0.02).lost) - 2],
              *[v for g in (0.02, 0.1, 0.3) for v in (lost(g).lost, 100 * lost(g).lost_share)]]),
    ("01_avoid_the_rush.ipynb", "({:.2f} years at 2%, {:.2f} at 10%, {:.2f} at 30%)",
     lambda: [lost(g).life for g in (0.02, 0.1, 0.3)]),
    ("01_avoid_the_rush.ipynb",
     "the loss rises from {:.2f} to {:.2f}, but as a share of the investment it falls from {:.0f}% to "
     "{:.0f}%. A more capital-intensive plant must earn a higher margin to repay its investment, so "
     "it lives longer ({:.2f} years instead of {:.2f})",
     lambda: [lost(0.1).lost, lost(0.1, investment=6.0).lost, 100 * lost(0.1).lost_share,
              100 * lost(0.1, investment=6.0).lost_share, lost(0.1, investment=6.0).life,
              lost(0.1).life]),
    ("01_avoid_the_rush.ipynb",
     "at 30% a year a best-practice plant lives {:.2f} years, so a plant {} years behind never covers "
     "its operating cost and loses its whole investment. The same {}-year lag at 2% a year would "
     "cost {:.2f} of the 3 ({:.0f}%)",
     lambda: [lost(0.3).life, 4, 4, lost(0.02, delay=4.0).lost,
              100 * lost(0.02, delay=4.0).lost_share]),
    ("01_avoid_the_rush.ipynb",
     "At 18% the industry needs {} years of subsidy, {:.2f} in all, and repays it: its net value "
     "over 30 years is {:.2f}. At 10% it does become viable, but only after {} years, and the "
     "subsidies ({:.2f} in all) are never repaid: net value {:.2f}. At 5% its cost is still {:.2f} "
     "times the world price in year 29",
     lambda: [*infant_industry(0.18)[:3], *infant_industry(0.10)[:3],
              infant_industry(0.05)[3]]),
    ("01_avoid_the_rush.ipynb", "The break-even learning rate is {:.1f}%.",
     lambda: [100 * next(r for r in np.arange(0.01, 0.5, 0.001) if infant_industry(r)[2] >= 0)]),
    ("02_traditional_industries.ipynb", "aggregate growth goes from {:.1f}% to {:.1f}%, not {:.1f}%",
     lambda: [two_sector(5), two_sector(10), 2 * two_sector(5)]),
    ("02_traditional_industries.ipynb", "the weights are {:.3f}, {:.3f} and {:.3f}, and they sum to about {:.2f}",
     lambda: [*hulten.domar_weights(OMEGA, BETA), hulten.domar_weights(OMEGA, BETA).sum()]),
    ("02_traditional_industries.ipynb", "from {:.2f} points at $\\alpha = 0.3$ to {:.2f} at $\\alpha = 0.6$",
     lambda: [growth_accounting.solow_residual(5, 7, 0.5, a) for a in (0.3, 0.6)]),
    ("02_traditional_industries.ipynb",
     "($\\alpha_T = {:.2f}$), a 10% fall in the base's gross-output TFP costs {:.1f}% of GDP; the same "
     "event is a {:.1f}% fall in its value-added TFP, which at its value-added share of {:.3f} costs "
     "{:.1f}% again. The explorer's dashed line ({:.1f}% at a 10% fall)",
     lambda: (lambda o: [labour_shares()[0], -o.gdp_change, o.value_added_tfp_fall_pct,
                         o.value_added[0], -o.gdp_change, -o.gdp_change_value_added_only])(rundown())),
    ("02_traditional_industries.ipynb",
     "$\\lambda_T/\\lambda_E = {:.2f}/{:.3f} = {:.1f}$ points in emerging TFP growth, not $\\lambda_T$ "
     "alone. In value-added TFP it needs $v_T/v_E = {:.3f}/{:.3f} = {:.2f}$ points",
     lambda: (lambda o: [*o.domar, o.domar[0] / o.domar[1], *o.value_added,
                         o.value_added[0] / o.value_added[1]])(rundown())),
    ("02_traditional_industries.ipynb",
     "$1/{:.2f} = {:.2f}$ points of value-added TFP growth in the base and $1/{:.1f} = {:.2f}$ in the "
     "emerging sector, and ${:.2f} \\times {:.2f} = {:.2f} = {:.1f} \\times {:.2f}$",
     lambda: (lambda a, o: [a[0], 1 / a[0], a[1], 1 / a[1], 1 / a[0], o.value_added[0] / o.value_added[1],
                            o.value_added[0] / o.value_added[1] / a[0], o.domar[0] / o.domar[1], 1 / a[1]]
              )(labour_shares(), rundown())),
    ("02_traditional_industries.ipynb",
     "she predicts $1 - 0.9^{{{:.3f}}} \\approx {:.1f}\\%$ of GDP, about half the {:.1f}%",
     lambda: (lambda o: [o.value_added[0], -o.gdp_change_value_added_only, -o.gdp_change])(rundown())),
    ("02_traditional_industries.ipynb",
     "is a $1 - 0.9^{{1/{:.2f}}} \\approx {:.1f}\\%$ fall in value-added TFP, which at the value-added share "
     "costs $1 - {:.3f}^{{{:.3f}}} \\approx {:.1f}\\%$ of GDP",
     lambda: (lambda a, o: [a[0], o.value_added_tfp_fall_pct, 1 - o.value_added_tfp_fall_pct / 100,
                            o.value_added[0], -o.gdp_change])(labour_shares(), rundown())),
    ("02_traditional_industries.ipynb",
     "a root-mean-square error of {:.2f} percentage points, against {:.2f} at 100%",
     lambda: [nev_fit(45).rmse, nev_fit(100).rmse]),
    ("02_traditional_industries.ipynb",
     "Wright's law gives only about {:.1%} (Exercise 6)",
     lambda: [battery_data()[1]]),
    ("02_traditional_industries.ipynb",
     "`cumulative` runs from {:.2f} to {:.1f} million vehicles, and the fit gives a learning rate of "
     "about {:.1%}",
     lambda: (lambda c, lr: [c[0], c[-1], lr])(*battery_data())),
    ("02_traditional_industries.ipynb",
     "$b = {:.3f}$ at 14% and ${:.3f}$ at 18%. Cumulative output must grow by a factor of {:.2f} at 14% "
     "and {:.2f} at 18% ({:.2f} and {:.2f} doublings), which at 25% a year takes {:.1f} and {:.1f} years",
     lambda: [learning_curve.learning_exponent(0.14), learning_curve.learning_exponent(0.18),
              target_factor(0.14), target_factor(0.18), np.log2(target_factor(0.14)),
              np.log2(target_factor(0.18)), np.log(target_factor(0.14)) / np.log(1.25),
              np.log(target_factor(0.18)) / np.log(1.25)]),
    ("02_traditional_industries.ipynb",
     "its share of GDP rose from {:.1f}% in 2019 to {:.1f}% in 2021, each figure from its own report. "
     "From {:.1f} to {:.0f} trillion yuan in three years is $({:.0f}/{:.1f})^{{1/3}} - 1 \\approx {:.1f}\\%$",
     lambda: (lambda t: [t.loc[2019, "share_of_gdp_pct"], t.loc[2021, "share_of_gdp_pct"],
                         t.loc[2019, "size_trillion_yuan"], t.loc[2022, "size_trillion_yuan"],
                         t.loc[2022, "size_trillion_yuan"], t.loc[2019, "size_trillion_yuan"],
                         100 * ((t.loc[2022, "size_trillion_yuan"] / t.loc[2019, "size_trillion_yuan"]) ** (1 / 3) - 1)]
              )(caict())),
    ("02_traditional_industries.ipynb",
     "2019: ${:.1f}/{:.1f} \\approx {:.1f}\\%$ of the digital economy",
     lambda: (lambda t: [t.loc[2019, "size_trillion_yuan"], t.loc[2019, "digital_economy_trillion_yuan"],
                         100 * t.loc[2019, "size_trillion_yuan"] / t.loc[2019, "digital_economy_trillion_yuan"]]
              )(caict())),
    ("02_traditional_industries.ipynb",
     "means a GDP of about {:.1f} trillion, so industrial digitalisation was $41/{:.1f} \\approx {:.1f}\\%$ of GDP",
     lambda: (lambda g: [g[0], g[0], g[1]])(caict_gdp_share_2022())),
    ("03_digital_economy.ipynb",
     "= {:.2f}$ points, more than the whole {:.2f}-point Solow residual, so the model's TFP growth "
     "would be $1.25 - 1.36 = {:.2f}$ points",
     lambda: (lambda acc: [acc.data, acc.solow_residual, acc.tfp])(
         nonrival_data.data_accounting_model(5, 7, 0.5, 22.7, 0.5, 0.06))),
    ("03_digital_economy.ipynb", "the growth-maximising trigger is $a^* = {:.3f}$",
     lambda: [distance_to_frontier.switch_threshold()]),
    ("03_digital_economy.ipynb", "imitation alone stalls at $a_{{ss}}(1) = {:.3f}$",
     lambda: [distance_to_frontier.steady_state(1)]),
    ("03_digital_economy.ipynb",
     "With no wedges removed, TFP is {:.1%} of its efficient level; removing every wedge brings it to "
     "100%, a gain of about {:.0%}",
     lambda: [industry().without_data.tfp_ratio, industry().efficiency_gap]),
    ("03_digital_economy.ipynb", "the least productive firm holds about {:.0%} of the inputs against {:.0%}",
     lambda: [industry().without_data.labour_shares[0], industry().without_data.efficient_shares[0]]),
    ("03_digital_economy.ipynb",
     "TFP is {:.1%} of efficient at a spread of 0.8 and {:.1%} at 0.4: the loss falls from {:.2f} to "
     "{:.2f} log points",
     lambda: [industry(0.8).without_data.tfp_ratio, industry(0.4).without_data.tfp_ratio,
              -np.log(industry(0.8).without_data.tfp_ratio), -np.log(industry(0.4).without_data.tfp_ratio)]),
    ("03_digital_economy.ipynb", "{:.1%} of efficient with 2 firms and {:.1%} with 12",
     lambda: [industry(firms=2).without_data.tfp_ratio, industry(firms=12).without_data.tfp_ratio]),
    ("03_digital_economy.ipynb", "a fall in the variance of log TFPR of {:.3f} and {:.3f}",
     lambda: [misallocation.variance_cut_for_gain(g) for g in (0.3, 0.5)]),
    ("03_digital_economy.ipynb",
     "data must remove about {:.1%} of every wedge (the lognormal formula says {:.1%})",
     lambda: [misallocation.data_cut_for_gain(0.1),
              1 - np.sqrt(1 - 2 * np.log(1.1) / (3 * 0.5 ** 2))]),
    ("03_digital_economy.ipynb",
     "four epochs are worth {:.2f} fresh passes, sixteen about {:.1f}, and no amount of repetition "
     "more than $1 + R^{{*}} \\approx {:.1f}$",
     lambda: [scaling_laws.effective_data(n * 1e11, 1e11) / 1e11 for n in (4, 16, 1e7)]),
    ("03_digital_economy.ipynb",
     "the best loss is {:.3f} if each token is seen once and {:.3f} if the data are repeated (best at "
     "about {:.0f} epochs), against {:.3f} with unlimited fresh data",
     lambda: (lambda run, once: [once.loss_capped, run.loss, run.epochs, once.loss_opt])(
         scaling_laws.repeated_data_run(1e24, 1e11), scaling_laws.scaling_outcome(1e24, 1e11))),
    ("03_digital_economy.ipynb", "moves from {:.3f} down to {:.3f}",
     lambda: [scaling_laws.loss(1e30, 1e11),
              scaling_laws.loss(1e30, scaling_laws.effective_data(1e18, 1e11))]),
    ("03_digital_economy.ipynb", "$0.046 \\times 0.144 \\approx {:.2f}\\%$ over ten years",
     lambda: [100 * ai_productivity.ai_tfp_gain(0.046, 0.144)]),
    ("03_digital_economy.ipynb", "It doubles, to {:.2%} over ten years",
     lambda: [ai_productivity.ai_tfp_gain(0.046, 2 * 0.144)]),
    ("03_digital_economy.ipynb", "{:.0%} of all tasks ($0.08 / 0.144$), and {:.0%} for the upper bound",
     lambda: [ai_productivity.task_share_needed(0.08, 0.144), ai_productivity.task_share_needed(0.13, 0.144)]),
    ("03_digital_economy.ipynb",
     "{:.0%} of all tasks at a 14.4% cost saving, fifteen times Acemoglu's 4.6%; with only 4.6% of "
     "tasks the cost saving would have to be {:.0%}",
     lambda: [ai_productivity.task_share_needed(0.1, 0.144), 0.1 / 0.046]),
    ("03_digital_economy.ipynb",
     "with $\\sigma = 0.5$ the gap is {:.1f} points and with $\\sigma = 0.75$ it is {:.1f}",
     lambda: [100 * services_slope() / (1 - s) for s in (0.5, 0.75)]),
    ("04_four_reforms.ipynb",
     "subject rights lose {:.3f} per potential deal ({:.0f}% of what is at stake) and user rights "
     "{:.3f} ({:.0f}%)",
     lambda: (lambda o: [o.loss_subject, 100 * o.loss_share_subject, o.loss_user,
                         100 * o.loss_share_user])(data_rights.data_market_outcome(0.8))),
    ("04_four_reforms.ipynb",
     "Licences struck rise from {:.0f}% to {:.0f}% of potential deals when $T$ falls to 0.4, and "
     "to {:.0f}% when $m$ rises to 0.8",
     lambda: [100 * data_rights.traded_share(T, m) for m, T in ((0.5, 0.8), (0.5, 0.4), (0.8, 0.8))]),
    ("04_four_reforms.ipynb",
     "user rights lose {:.3f} per potential deal ({:.0f}% of what is at stake) against {:.3f} "
     "({:.0f}%) under subject rights",
     lambda: (lambda o: [o.loss_user, 100 * o.loss_share_user, o.loss_subject,
                         100 * o.loss_share_subject])(data_rights.data_market_outcome(0.8, T_user=1.6))),
    ("04_four_reforms.ipynb", "From 50% to 70% the unit's revenue rises by a factor of {:.2f}, against {:.2f} from 20%",
     lambda: [revenue_sharing.unit_revenue_ratio(s, 0.7) for s in (0.5, 0.2)]),
    ("04_four_reforms.ipynb",
     "raises the world's research by {:.0f}% and the world's stock of ideas after 60 years by "
     "{:.0f}%, not {:.0f}%",
     lambda: [100 * (idea_production.world_research_factor(0.25, 2.0) - 1),
              100 * (world_ideas_gain(0.25) - 1), 100 * (world_ideas_gain(1.0) - 1)]),
    ("04_four_reforms.ipynb", "at its defaults {:.1f}% of ventures return more than five times",
     lambda: [100 * venture_finance.share_returning_more_than(5.0)]),
    ("04_four_reforms.ipynb", "the bank would need a rate of about {:.0f}% to break even without collateral",
     lambda: [100 * venture_finance.breakeven_rate(0.55, r_max=10)]),
    ("04_four_reforms.ipynb",
     "It would need about {:.0f}% a year (Exercise 2 finds it)",
     lambda: [100 * venture_finance.breakeven_rate(r_max=10)]),
    ("04_four_reforms.ipynb",
     "the one venture in four that succeeds, {:.2f} per yuan lent on average, make up for the three "
     "in four that return nothing, and the bank would then collect about {:.0f}% of all the value",
     lambda: [venture_finance.expected_payoff_capped(1 + venture_finance.breakeven_rate(r_max=10)),
              100 * 1.03 / venture_finance.equity_multiple()]),
    ("04_four_reforms.ipynb",
     "it must repay $1.03/0.25 = {:.2f}$ per yuan on average; since many winners cannot pay the "
     "full $1 + r = {:.2f}$, the contractual rate must be far above ${:.0f}\\%$. The bank would "
     "then collect $1.03$ of the ${:.2f}$ per yuan that the ventures are worth to an owner, about "
     "{:.0f}% of all their value",
     lambda: [1.03 / 0.25, 1 + venture_finance.breakeven_rate(r_max=10), 100 * (1.03 / 0.25 - 1),
              venture_finance.equity_multiple(), 100 * 1.03 / venture_finance.equity_multiple()]),
    ("04_four_reforms.ipynb", "holds for any $q$ above {:.3f}",
     lambda: [smallest_q_without_breakeven()]),
    ("04_four_reforms.ipynb", "`beta_min` is about {:.2f}. Below it",
     lambda: [revenue_sharing.break_even_best_share(0.5, 0.7)]),
    ("04_four_reforms.ipynb", "the total stock grew by {:.0f} trillion yuan",
     lambda: [new_financing()["total"]]),
    ("04_four_reforms.ipynb",
     "equity brought {:.1f}% of the new financing and bank and other intermediated credit {:.1f}%; "
     "government bonds brought most of the rest ({:.1f}%). Equity's share of the increase was "
     "*below* its {:.1f}% share of the 2020 stock",
     lambda: (lambda n, mix: [n["equity"], n["bank and other intermediated credit"],
                              n["government bonds"], mix["2020-12-31"]["equity"]])(
         new_financing(), venture_finance.financing_channels(data.load("afre_financing_mix")))),
]


def world_ideas_gain(china_share):
    """The world's stock of ideas after 60 years when a country with ``china_share`` of world
    research doubles its researchers, all new to research, relative to no reform."""
    base = idea_production.idea_path(60, 0.01, 0.75, 0.5)
    factor = idea_production.world_research_factor(china_share, 2.0)
    path = idea_production.idea_path(60, 0.01, 0.75, 0.5, talent_jump=factor, jump_year=10)
    return path.ideas[-1] / base.ideas[-1]


def smallest_q_without_breakeven():
    """The share of total losses above which no loan rate up to 100% breaks even (bisection)."""
    low, high = 0.0, 0.99
    for _ in range(60):
        mid = (low + high) / 2
        low, high = (mid, high) if venture_finance.breakeven_rate(mid) is not None else (low, mid)
    return high


def new_financing():
    return venture_finance.new_financing_shares(data.load("afre_financing_mix"),
                                                "2020-12-31", "2025-03-31")


def fold(text):
    return re.sub(r"\s+", " ", text)


def markdown_of(name):
    cells = json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))["cells"]
    return fold(" ".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown"))


@pytest.mark.parametrize("notebook, template, values", PROSE,
                         ids=[f"{n[:2]}-{t[:40]}" for n, t, _ in PROSE])
def test_numbers_in_the_prose_match_the_models(notebook, template, values):
    expected = fold(template.format(*values()))
    text = markdown_of(notebook)
    assert expected in text, f"{notebook} should read: ...{expected}... (computed from the models)"


def test_the_check_fails_when_a_number_is_off():
    notebook, template, values = PROSE[0]
    wrong = template.format(*[v + 1 for v in values()])
    assert wrong not in markdown_of(notebook)
