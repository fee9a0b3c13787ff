"""Self-check questions, one module per lesson (``explainer.quizzes.<lesson>.QUESTIONS``).

Each question is a dict with ``prompt``, ``options`` (a list of strings), ``answer`` (the index
of the right option) and ``explanation`` (why it is right, shown after any choice).
"""

from __future__ import annotations

import importlib


def questions(lesson):
    """Return the question list of ``lesson`` (a module name in this package)."""
    try:
        module = importlib.import_module(f"{__name__}.{lesson}")
    except ModuleNotFoundError as err:
        raise ValueError(f"lesson must name a module in explainer.quizzes; got {lesson!r}") from err
    return module.QUESTIONS
