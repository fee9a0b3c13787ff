"""AI and aggregate TFP by Hulten's theorem over tasks (Acemoglu 2025): formula, numbers, inverse."""

import numpy as np
import pytest

from explainer.models import ai_productivity as ai


def test_acemoglus_numbers_give_his_bound():
    # 4.6% of tasks, 14.4% cost savings: "0.66 percent over 10 years" (Acemoglu 2024, 2025)
    assert ai.ai_tfp_gain(0.046, 0.144) == pytest.approx(0.006624)
    assert round(100 * ai.ai_tfp_gain(0.046, 0.144), 2) == 100 * ai.ACEMOGLU["tfp_gain"]


@pytest.mark.parametrize("s, x", [(0.0, 0.3), (0.2, 0.0), (0.1, 0.5), (1.0, 1.0)])
def test_gain_is_the_product_like_a_domar_weighted_sum(s, x):
    # Hulten with two "sectors": affected tasks (weight s, gain x) and the rest (weight 1-s, 0)
    assert ai.ai_tfp_gain(s, x) == pytest.approx(s * x + (1 - s) * 0.0)


def test_inverse_question_recovers_the_share():
    for gain, saving in [(0.08, 0.144), (0.0066, 0.144), (0.13, 0.3)]:
        share = ai.task_share_needed(gain, saving)
        assert ai.ai_tfp_gain(share, saving) == pytest.approx(gain)
    with pytest.raises(ValueError, match="tfp_gain must be at most cost_saving"):
        ai.task_share_needed(0.2, 0.144)


def test_outcome_against_aghion_and_bunel():
    o = ai.ai_productivity_outcome(0.046, 0.144)
    assert o.per_year == pytest.approx(0.0006624)
    low, high = o.share_for_aghion_bunel
    assert low == pytest.approx(0.08 / 0.144) and high == pytest.approx(0.13 / 0.144)
    # at Acemoglu's cost saving the optimists' range needs more than half of all tasks
    assert 0.5 < low < high < 1


def test_curves_are_lines_of_equal_gain():
    c = ai.ai_productivity_curves(points=51)
    for gain, saving in c["iso"].items():
        inside = saving < 1
        assert np.allclose(c["task_share"][inside] * saving[inside], gain)
        assert np.all(saving <= 1)
    assert np.all(c["aghion_bunel_low"] <= c["aghion_bunel_high"])


def test_model_defaults():
    curves, outcome = ai.ai_productivity_model(4.6, 14.4)
    assert outcome.times_acemoglu == pytest.approx(1.0, abs=0.01)
    assert set(curves["iso"]) == set(ai.ISO_GAINS)


@pytest.mark.parametrize("call, fragment", [
    (lambda: ai.ai_tfp_gain(1.2, 0.1), r"task_share \(share of tasks affected\) must be in \[0, 1\]"),
    (lambda: ai.ai_tfp_gain(0.1, -0.1), r"cost_saving .* must be in \[0, 1\]"),
    (lambda: ai.ai_productivity_model(4.6, 0.0), r"cost_saving_pct .* must be in \[0.1, 100\]"),
    (lambda: ai.ai_productivity_outcome(0.1, 0.1, years=0), r"years \(horizon\) must be a whole number"),
])
def test_bad_input_named(call, fragment):
    with pytest.raises(ValueError, match=fragment):
        call()
