"""Notebooks are stored clean and follow the lesson pattern."""

import json

import pytest
from conftest import NOTEBOOKS

from explainer.notebooks import find_notebooks, is_checked

ALL = find_notebooks(NOTEBOOKS)
LESSONS = [p for p in ALL if p.name[:2].isdigit() and p.name[:2] != "00"]


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def source(cell):
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def test_notebooks_found():
    assert any(p.name == "00_start_here.ipynb" for p in ALL)
    assert any(p.name == "01_avoid_the_rush.ipynb" for p in ALL)


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_stored_without_images_or_widget_state(path):
    nb = load(path)
    assert "widgets" not in nb["metadata"], "strip widget state (explainer tidy)"
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        for out in cell.get("outputs", []):
            assert is_checked(cell), f"output stored on an unchecked cell: {source(cell)[:60]!r}"
            assert "image/png" not in out.get("data", {}), "no images stored"


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_no_test_marker_or_test_boolean_is_shown_to_students(path):
    for cell in load(path)["cells"]:
        if cell["cell_type"] != "code":
            continue
        assert "NBVAL" not in source(cell), "use the nbval-check-output cell tag, not a comment"
        for out in cell.get("outputs", []):
            text = "".join(out.get("text", "")) + "".join(out.get("data", {}).get("text/plain", ""))
            assert text.strip() not in {"True", "False", "True True"}, "a cell prints a test boolean"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_lesson_structure(path):
    nb = load(path)
    text = "\n".join(source(c) for c in nb["cells"] if c["cell_type"] == "markdown")
    code_cells = [c for c in nb["cells"] if c["cell_type"] == "code"]
    first_explorer = next(i for i, c in enumerate(nb["cells"])
                          if c["cell_type"] == "code" and "Explorer(" in source(c))
    assert first_explorer < 5, "an explorer within the first five cells"
    assert "What you will learn" in text
    assert "Try this" in text
    assert "Summary" in text and "Caveats" in text and "Sources" in text
    assert any("quiz(" in source(c) for c in code_cells), "a self-check quiz"
    assert any(is_checked(c) for c in code_cells), "at least one cell whose output nbval checks"
    long_cells = [source(c) for c in code_cells
                  if len([l for l in source(c).splitlines() if l.strip()]) > 10]
    assert not long_cells, "code cells over ten lines belong in the package"
