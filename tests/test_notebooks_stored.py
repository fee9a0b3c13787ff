"""Notebooks are stored clean and follow the lesson pattern, in both languages.

The Chinese edition (``notebooks/zh/``) is checked for its stored form (clean, kernelspec, no
test marker, short code cells: one line more than the English, for the language line) and for
being the English notebooks' twins; the lesson structure is checked on the English source,
whose headings the Chinese edition translates.
"""

import json

import pytest
from support.paths import NOTEBOOKS

from explainer.notebooks import find_notebooks, is_checked
from explainer.i18n import language_line

ALL = find_notebooks(NOTEBOOKS, "all")
ENGLISH = find_notebooks(NOTEBOOKS, "en")
CHINESE = find_notebooks(NOTEBOOKS, "zh")
LESSONS = [p for p in ENGLISH if p.name[:2].isdigit() and p.name[:2] != "00"]
MAX_CODE_LINES = 10


def shown(path):
    return path.relative_to(NOTEBOOKS).as_posix()


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def source(cell):
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def test_notebooks_found():
    assert any(p.name == "00_start_here.ipynb" for p in ENGLISH)
    assert any(p.name == "01_avoid_the_rush.ipynb" for p in ENGLISH)


def test_every_lesson_has_its_chinese_twin():
    assert [p.name for p in CHINESE] == [p.name for p in ENGLISH]


@pytest.mark.parametrize("path", CHINESE, ids=shown)
def test_chinese_twin_has_the_same_code_plus_the_language_line(path):
    zh = load(path)
    en = load(NOTEBOOKS / path.name)
    zh_code = [source(c) for c in zh["cells"] if c["cell_type"] == "code"]
    en_code = [source(c) for c in en["cells"] if c["cell_type"] == "code"]
    assert zh_code[0].splitlines()[0] == language_line("zh")
    assert [zh_code[0].split("\n", 1)[1], *zh_code[1:]] == en_code
    assert zh["metadata"].get("explainer", {}).get("language") == "zh"


@pytest.mark.parametrize("path", ALL, ids=shown)
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


@pytest.mark.parametrize("path", ALL, ids=shown)
def test_code_cells_are_short(path):
    limit = MAX_CODE_LINES + (path.parent.name == "zh")  # the language line
    long_cells = [source(c)[:60] for c in load(path)["cells"] if c["cell_type"] == "code"
                  and len([l for l in source(c).splitlines() if l.strip()]) > limit]
    assert not long_cells, f"code cells over {limit} lines belong in the package"


@pytest.mark.parametrize("path", ALL, ids=shown)
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
