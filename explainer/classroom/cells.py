"""Cell conventions shared by the student edition, the static site and the slides.

A **solution** is any cell (markdown or code) whose metadata ``tags`` list contains
``"solution"``. In JupyterLab: select the cell, open the property inspector (the gear icon in
the right sidebar), and add the tag ``solution`` under "Cell Tags". In the JSON of the
notebook it reads ``"metadata": {"tags": ["solution"]}``.
"""

from __future__ import annotations

import re

#: The cell tag that marks a solution.
SOLUTION_TAG = "solution"

#: The tag carried by the placeholder cells that replace solutions in the student edition.
ANSWER_TAG = "answer"

_HEADING = re.compile(r"^\s*(#{1,6})\s+(.+?)\s*#*\s*$")


def cell_tags(cell):
    """Return the cell's tags as a list of strings (empty when it has none)."""
    tags = cell.get("metadata", {}).get("tags", [])
    if isinstance(tags, str):
        tags = [tags]
    return [str(tag) for tag in tags]


def is_solution(cell):
    """Whether ``cell`` is marked as a solution (its tags contain ``"solution"``).

    Parameters
    ----------
    cell : dict or nbformat.NotebookNode
        A notebook cell.

    Returns
    -------
    bool
        True when the cell's metadata ``tags`` contain :data:`SOLUTION_TAG`
        (compared without regard to case or surrounding spaces).
    """
    return any(tag.strip().lower() == SOLUTION_TAG for tag in cell_tags(cell))


def source_text(cell):
    """Return the cell's source as one string (nbformat allows a list of lines)."""
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def first_heading(cell):
    """Return ``(level, text)`` of the first Markdown heading line of a markdown cell, or None.

    Lines inside fenced code blocks are skipped.
    """
    if cell.get("cell_type") != "markdown":
        return None
    fenced = False
    for line in source_text(cell).splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if fenced:
            continue
        match = _HEADING.match(line)
        if match:
            return len(match.group(1)), match.group(2)
    return None


def notebook_title(nb, default):
    """Return the text of the notebook's first level-1 heading, else of any heading, else ``default``."""
    found = None
    for cell in nb.cells:
        heading = first_heading(cell)
        if heading is None:
            continue
        level, text = heading
        if level == 1:
            return text
        found = found or text
    return found or default
