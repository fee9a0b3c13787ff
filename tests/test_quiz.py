"""Quizzes: every lesson's questions are well formed and the widget gives immediate feedback."""

import pkgutil

import pytest

import explainer.quizzes
from explainer.quizzes import questions
from explainer.widgets.quiz import Quiz, quiz

LESSONS = [m.name for m in pkgutil.iter_modules(explainer.quizzes.__path__)]


def test_lesson_one_has_a_quiz():
    assert "avoid_the_rush" in LESSONS


@pytest.mark.parametrize("lesson", LESSONS)
def test_questions_well_formed(lesson):
    qs = questions(lesson)
    assert len(qs) >= 3
    for q in qs:
        assert q["prompt"].strip() and q["explanation"].strip()
        assert len(q["options"]) >= 2 and len(set(q["options"])) == len(q["options"])
        assert 0 <= q["answer"] < len(q["options"])
    answers = [q["answer"] for q in qs]
    assert len(set(answers)) > 1, "the right answer should not always be in the same place"


@pytest.mark.parametrize("lesson", LESSONS)
def test_feedback_is_immediate(lesson):
    widget = quiz(lesson)
    first = widget.questions[0]
    wrong = (first["answer"] + 1) % len(first["options"])
    widget.answer(0, wrong)
    assert "Not quite" in widget.feedback[0].value
    widget.answer(0, first["answer"])
    assert "Right" in widget.feedback[0].value
    assert widget.correct == 1
    assert f"1 of {len(widget.questions)} right" in widget.score.value


def test_static_version_hides_answers_in_details():
    widget = quiz("avoid_the_rush")
    html = widget.static_html()
    assert html.count("<details>") == len(widget.questions)
    data = widget._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in data and data["text/html"] == html


def test_bad_question_rejected():
    with pytest.raises(ValueError, match="answer must be an index"):
        Quiz([{"prompt": "p", "options": ["a", "b"], "answer": 2, "explanation": "e"}])
    with pytest.raises(ValueError, match="lesson must name a module"):
        questions("no_such_lesson")
