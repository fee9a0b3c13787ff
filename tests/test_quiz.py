"""Quizzes: every lesson's questions are well formed and the widget gives immediate feedback."""

import html
import pkgutil
import re

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


RIGHT, WRONG = "<b>✔ Right.</b>", "<b>✘ Not quite.</b>"


def assert_feedback_explains_every_question(widget):
    """For every question, a wrong and then the right option each show the verdict and the
    question's own explanation at once, and the score follows."""
    total = len(widget.questions)
    for i, q in enumerate(widget.questions):
        explanation = html.escape(q["explanation"])
        for wrong in (k for k in range(len(q["options"])) if k != q["answer"]):
            widget.answer(i, wrong)
            assert WRONG in widget.feedback[i].value and RIGHT not in widget.feedback[i].value
            assert explanation in widget.feedback[i].value, f"question {i + 1}: no explanation"
            assert widget.correct == i
        widget.answer(i, q["answer"])
        assert RIGHT in widget.feedback[i].value and WRONG not in widget.feedback[i].value
        assert explanation in widget.feedback[i].value, f"question {i + 1}: no explanation"
        assert widget.correct == i + 1
        assert f"{i + 1} of {total} right ({i + 1} answered)" in widget.score.value


STATIC_QUESTION = re.compile(
    r"<p><b>(\d+)\. (.*?)</b></p><ol type='a'>(.*?)</ol><details><summary>Answer</summary>"
    r"\(([a-z])\) (.*?)</details>", re.S)


def assert_static_key_matches(widget):
    """Without a kernel, each question shows its options in order and, folded away, the letter
    of the right option and the explanation."""
    found = STATIC_QUESTION.findall(widget.static_html())
    assert len(found) == len(widget.questions)
    for i, (q, (number, prompt, options, letter, explanation)) in enumerate(zip(widget.questions, found)):
        assert int(number) == i + 1 and html.unescape(prompt) == q["prompt"]
        shown = [html.unescape(o) for o in re.findall(r"<li>(.*?)</li>", options, re.S)]
        assert shown == list(q["options"]), f"question {i + 1}: options out of order"
        assert letter == "abcdefghij"[q["answer"]], f"question {i + 1}: key shows ({letter})"
        assert shown[ord(letter) - ord("a")] == q["options"][q["answer"]]
        assert html.unescape(explanation) == q["explanation"]


@pytest.mark.parametrize("lesson", LESSONS)
def test_feedback_is_immediate_for_every_question(lesson):
    widget = quiz(lesson)
    assert_feedback_explains_every_question(widget)
    assert widget.correct == len(widget.questions)


@pytest.mark.parametrize("lesson", LESSONS)
def test_static_answer_key_matches_the_answers(lesson):
    assert_static_key_matches(quiz(lesson))


@pytest.mark.parametrize("lesson", LESSONS)
def test_feedback_check_catches_a_missing_explanation(lesson, monkeypatch):
    """Mutation: one question's explanation no longer reaches the feedback."""
    widget = quiz(lesson)
    for victim in range(len(widget.questions)):
        widget = quiz(lesson)
        real = Quiz._answer

        def answer_without_explanation(self, i, chosen, victim=victim):
            real(self, i, chosen)
            if i == victim:
                text = html.escape(self.questions[i]["explanation"])
                self.feedback[i].value = self.feedback[i].value.replace(text, "")

        monkeypatch.setattr(Quiz, "_answer", answer_without_explanation)
        with pytest.raises(AssertionError, match=f"question {victim + 1}: no explanation"):
            assert_feedback_explains_every_question(widget)
        monkeypatch.undo()


@pytest.mark.parametrize("lesson", LESSONS)
@pytest.mark.parametrize("shift", [1, -1])
def test_static_key_check_catches_a_shifted_letter(lesson, shift, monkeypatch):
    """Mutation: the letter shown without a kernel is one off, for one question at a time."""
    real = Quiz.static_html
    for victim in range(len(quiz(lesson).questions)):
        def shifted(self, victim=victim):
            q = self.questions[victim]
            right = chr(97 + q["answer"])
            other = chr(97 + (q["answer"] + shift) % len(q["options"]))
            tail = f") {html.escape(q['explanation'])}</details>"
            return real(self).replace(f"</summary>({right}{tail}", f"</summary>({other}{tail}", 1)

        monkeypatch.setattr(Quiz, "static_html", shifted)
        with pytest.raises(AssertionError, match=f"question {victim + 1}: key shows"):
            assert_static_key_matches(quiz(lesson))
        monkeypatch.undo()


def test_bad_question_rejected():
    with pytest.raises(ValueError, match="answer must be an index"):
        Quiz([{"prompt": "p", "options": ["a", "b"], "answer": 2, "explanation": "e"}])
    with pytest.raises(ValueError, match="lesson must name a module"):
        questions("no_such_lesson")
