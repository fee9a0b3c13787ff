"""The slide rule of ``explainer.classroom.slides``: a slide at each top heading, solutions as
speaker notes."""

from __future__ import annotations

from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from explainer.classroom.slides import starts_slide, with_slide_metadata
from support.lessons import lesson_with_solutions


def test_slide_rule_breaks_on_top_headings_and_hides_solutions():
    nb = lesson_with_solutions()
    nb.cells.insert(1, new_markdown_cell("### A small heading"))
    nb.cells.append(new_markdown_cell("Kept", metadata={"slideshow": {"slide_type": "fragment"}}))
    deck = with_slide_metadata(nb)
    types = [c.metadata["slideshow"]["slide_type"] for c in deck.cells]
    assert types == ["slide", "-", "-", "notes", "-", "notes", "slide", "fragment"]
    assert "slideshow" not in nb.cells[0].metadata, "the input notebook is not modified"
    assert starts_slide(new_markdown_cell("\n## Heading\ntext"))
    assert not starts_slide(new_markdown_cell("text\n## Heading"))
    assert not starts_slide(new_code_cell("## comment"))


def test_a_deck_starts_on_a_slide_even_after_a_leading_solution():
    nb = new_notebook(cells=[new_markdown_cell("answer", metadata={"tags": ["solution"]}),
                             new_markdown_cell("text")])
    types = [c.metadata["slideshow"]["slide_type"] for c in with_slide_metadata(nb).cells]
    assert types == ["notes", "slide"]
