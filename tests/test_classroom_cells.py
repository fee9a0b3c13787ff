"""The solution convention (``explainer.classroom.cells``): the ``solution`` tag, and a
notebook's title."""

from __future__ import annotations

from nbformat.v4 import new_markdown_cell, new_notebook

from explainer.classroom.cells import is_solution, notebook_title


def test_is_solution_reads_the_tag_only():
    assert is_solution({"metadata": {"tags": ["solution"]}})
    assert is_solution({"metadata": {"tags": ["exercise", "Solution"]}})
    assert not is_solution({"metadata": {"tags": ["solutions-hint"]}})
    assert not is_solution({"metadata": {}})
    assert not is_solution({"source": "solution", "metadata": {}})


def test_notebook_title_prefers_the_first_level_one_heading():
    nb = new_notebook(cells=[new_markdown_cell("## Intro"), new_markdown_cell("```\n# not a heading\n```\n# Real title")])
    assert notebook_title(nb, "x") == "Real title"
    assert notebook_title(new_notebook(), "fallback") == "fallback"
