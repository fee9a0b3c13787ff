"""The shared readers of students' answers: placeholder, form, and choice among claims."""

import pytest

from explainer.exercises.answers import answer, choice, number

CLAIMS = {"A": "A confuses the level with the growth rate.", "B": "",
          "C": "C assumes the planner knows every region's cost."}


def test_answer_fails_on_the_placeholder():
    with pytest.raises(AssertionError, match="placeholder"):
        answer({"x": ...}, "x")
    assert answer({"x": 3}, "x") == 3


def test_number_rejects_an_array():
    with pytest.raises(AssertionError, match="single number"):
        number({"x": [1.0, 2.0]}, "x")
    assert number({"x": 2}, "x") == 2.0


@pytest.mark.parametrize("picked, message", [("A", "level with the growth rate"),
                                             ("c", "knows every region's cost")])
def test_choice_gives_the_feedback_of_the_wrong_claim(picked, message):
    with pytest.raises(AssertionError, match=message):
        choice({"pick": picked}, "pick", CLAIMS, "B")


@pytest.mark.parametrize("picked", [..., "D", 2, "AB"])
def test_choice_refuses_placeholder_and_unknown_letters(picked):
    with pytest.raises(AssertionError):
        choice({"pick": picked}, "pick", CLAIMS, "B")


def test_choice_passes_on_the_right_claim():
    assert choice({"pick": " b "}, "pick", CLAIMS, "B") == "B"
