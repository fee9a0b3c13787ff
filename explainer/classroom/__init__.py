"""The classroom and self-study kit: everything built from the lessons for teaching with them.

- :mod:`~explainer.classroom.student_edition`: copies of the lessons without solutions.
- :mod:`~explainer.classroom.static_site`: the executed lessons as HTML that opens from disk.
- :mod:`~explainer.classroom.slides`: each lesson as a reveal.js slide deck.
- :mod:`~explainer.classroom.figures`: every explorer's default figure as PNG and SVG.
- :mod:`~explainer.classroom.apps`: one Voilà app notebook that shows any explorer.
- :mod:`~explainer.classroom.links`: Binder and nbgitpuller links that open each lesson.
- :mod:`~explainer.classroom.formulas`: the lessons' LaTeX typeset as MathML on exported pages.
- :mod:`~explainer.classroom.grading`: otter-grader autograder archives for teachers.

Each tool covers both language editions of the lessons: English in ``notebooks/`` and the
generated Chinese edition in ``notebooks/zh/`` (written to ``zh/`` beside the English output;
the app with ``&lang=zh`` in its address).

The one convention lesson authors follow is in :mod:`~explainer.classroom.cells`: a cell whose
metadata ``tags`` contain ``"solution"`` is a solution.
"""

from .cells import SOLUTION_TAG, is_solution

__all__ = ["SOLUTION_TAG", "is_solution"]
