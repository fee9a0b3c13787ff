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

from explainer.models import (cascades, data_rights, distance_to_frontier, excess_entry,
                              growth_accounting, hulten, nonrival_data, revenue_sharing)
from explainer.models import industrial_policy, learning_curve, obsolescence


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


OMEGA = np.array([[.2, .1, .1], [.3, .2, .1], [.1, .3, .2]])
BETA = np.array([.5, .3, .2])

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
    ("03_digital_economy.ipynb",
     "= {:.2f}$ points, more than the whole {:.2f}-point Solow residual, so the model's TFP growth "
     "would be $1.25 - 1.36 = {:.2f}$ points",
     lambda: (lambda acc: [acc.data, acc.solow_residual, acc.tfp])(
         nonrival_data.data_accounting_model(5, 7, 0.5, 22.7, 0.5, 0.06))),
    ("03_digital_economy.ipynb", "the growth-maximising trigger is $a^* = {:.3f}$",
     lambda: [distance_to_frontier.switch_threshold()]),
    ("03_digital_economy.ipynb", "imitation alone stalls at $a_{{ss}}(1) = {:.3f}$",
     lambda: [distance_to_frontier.steady_state(1)]),
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
]


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
