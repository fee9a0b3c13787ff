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
from support.paths import NOTEBOOKS

from explainer.models import (cascades, data_rights, distance_to_frontier, excess_entry,
                              growth_accounting, hulten, nonrival_data, revenue_sharing)


def field(result, name):
    """A named value of a model result, whether it is a dataclass or a dict."""
    return result[name] if isinstance(result, dict) else getattr(result, name)


def entry_firms(share):
    """The default market of lesson 1 with an entry subsidy of ``share`` of F = 0.5."""
    return excess_entry.excess_entry_outcome(10, 1, 2, 0.5, subsidy=share * 0.5)


def two_sector(g_emerging):
    return field(hulten.two_sector_tfp_growth(0.8, 1, g_emerging), "aggregate")


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
