"""A self-check quiz with immediate feedback."""

from __future__ import annotations

import html

import ipywidgets as widgets

from ..i18n import _
from ..quizzes import questions as lesson_questions


def _translated(q):
    """A question with its prompt, options and explanation in the current language."""
    return {**q, "prompt": _(q["prompt"]), "options": [_(o) for o in q["options"]],
            "explanation": _(q["explanation"])}


def _check_question(q, index):
    for key in ("prompt", "options", "answer", "explanation"):
        if key not in q:
            raise ValueError(f"question {index + 1} needs a {key!r} entry")
    if not 0 <= q["answer"] < len(q["options"]):
        raise ValueError(f"question {index + 1}: answer must be an index in [0, {len(q['options']) - 1}]")


class Quiz:
    """Multiple-choice questions; choosing an option shows at once whether it is right and why.

    Parameters
    ----------
    questions : list of dict
        Each with ``prompt``, ``options``, ``answer`` (index) and ``explanation``.
    """

    def __init__(self, questions):
        questions = list(questions)
        for i, q in enumerate(questions):
            _check_question(q, i)
        self.questions = [_translated(q) for q in questions]
        self.choices, self.feedback, boxes = [], [], []
        for i, q in enumerate(self.questions):
            prompt = widgets.HTML(f"<b>{i + 1}. {html.escape(q['prompt'])}</b>")
            choice = widgets.RadioButtons(options=list(q["options"]), value=None,
                                          layout=widgets.Layout(width="auto"))
            feedback = widgets.HTML()
            feedback.add_class("explainer-quiz-feedback")
            choice.observe(lambda change, i=i: self._answer(i, change["new"]), names="value")
            self.choices.append(choice)
            self.feedback.append(feedback)
            boxes.append(widgets.VBox([prompt, choice, feedback]))
        self.score = widgets.HTML()
        self.widget = widgets.VBox(boxes + [self.score])
        self.widget.add_class("explainer-quiz")
        self._update_score()

    def _answer(self, i, chosen):
        q = self.questions[i]
        if chosen is None:
            self.feedback[i].value = ""
        else:
            right = q["options"].index(chosen) == q["answer"]
            verdict = _("✔ Right.") if right else _("✘ Not quite.")
            colour = "#006e4f" if right else "#a3440a"
            self.feedback[i].value = (
                f"<span style='color:{colour}'><b>{verdict}</b> {html.escape(q['explanation'])}</span>"
            )
        self._update_score()

    def answer(self, i, option_index):
        """Choose option ``option_index`` of question ``i`` (as a click would)."""
        self.choices[i].value = self.questions[i]["options"][option_index]

    @property
    def correct(self):
        """Number of questions answered correctly so far."""
        return sum(
            c.value is not None and q["options"].index(c.value) == q["answer"]
            for c, q in zip(self.choices, self.questions)
        )

    def _update_score(self):
        answered = sum(c.value is not None for c in self.choices)
        text = _("{right} of {total} right ({answered} answered).").format(
            right=self.correct, total=len(self.questions), answered=answered)
        self.score.value = f"<i>{html.escape(text)}</i>"

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = dict(self.widget._repr_mimebundle_(include=include, exclude=exclude))
        data["text/html"] = self.static_html()
        data["text/plain"] = "\n".join(f"{i + 1}. {q['prompt']}" for i, q in enumerate(self.questions))
        return data

    def static_html(self):
        """The quiz for a reader without a kernel: options listed, answers folded away."""
        parts, answer = [], html.escape(_("Answer"))
        for i, q in enumerate(self.questions):
            options = "".join(f"<li>{html.escape(o)}</li>" for o in q["options"])
            parts.append(
                f"<p><b>{i + 1}. {html.escape(q['prompt'])}</b></p><ol type='a'>{options}</ol>"
                f"<details><summary>{answer}</summary>({chr(97 + q['answer'])}) "
                f"{html.escape(q['explanation'])}</details>"
            )
        return "<div class='explainer-quiz-static'>" + "".join(parts) + "</div>"


def quiz(lesson):
    """Return the self-check quiz of ``lesson`` (e.g. ``"avoid_the_rush"``)."""
    return Quiz(lesson_questions(lesson))
