"""The static site and the slides: executed lessons that read without a kernel or a network.

These tests execute notebooks (a synthetic lesson, and every real lesson once for the site).
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from bs4 import BeautifulSoup
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from explainer.classroom.slides import export_slides
from explainer.classroom.static_site import export_site, render_page

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
KERNELSPEC = {"name": "python3", "display_name": "Python 3", "language": "python"}
REMOTE = re.compile(r"(?:https?:)?//", re.I)
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"

QUIZ = ("from explainer.widgets.quiz import Quiz\n"
        "Quiz([{'prompt': 'Is free entry efficient here?', 'options': ['Yes', 'No'],"
        " 'answer': 1, 'explanation': 'Too many firms enter.'}])")


def synthetic_lessons(folder):
    """Write two small lessons (explorer, plain plot, quiz, LaTeX, a solution) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    first = new_notebook(cells=[
        new_markdown_cell("# Too many firms\n\nThe free-entry count $n^e$ solves $\\pi(n) = F$."),
        new_code_cell("from explainer.widgets.excess_entry import ExcessEntryExplorer\n"
                      "ExcessEntryExplorer()"),
        new_markdown_cell("## Try this\n\nPredict, then move the entry-cost slider."),
        new_markdown_cell("SOLUTION-TEXT: fewer firms enter.", metadata={"tags": ["solution"]}),
        new_code_cell("import matplotlib.pyplot as plt\nplt.plot([0, 1], [1, 0]);"),
        new_code_cell(QUIZ),
    ], metadata={"kernelspec": KERNELSPEC})
    second = new_notebook(cells=[new_markdown_cell("# Second lesson"),
                                 new_code_cell("print(6 * 7)")],
                          metadata={"kernelspec": KERNELSPEC})
    nbformat.write(first, folder / "01_too_many.ipynb")
    nbformat.write(second, folder / "02_second.ipynb")
    return folder


def assert_offline(page_html, name):
    soup = BeautifulSoup(page_html, "html.parser")
    for script in soup.find_all("script"):
        src = script.get("src")
        assert not src or not REMOTE.match(src), f"{name}: remote script {src}"
        assert not re.search(r"https?://", script.get_text()), f"{name}: a script fetches a URL"
    for link in soup.find_all("link"):
        href = link.get("href", "")
        assert not REMOTE.match(href), f"{name}: remote link {href}"
    for style in soup.find_all("style"):
        css = style.get_text()
        assert not re.search(r"@import|url\(\s*['\"]?(?:https?:)?//", css), f"{name}: remote CSS"
    for tag in soup.find_all(["img", "iframe", "source", "video", "audio"]):
        src = tag.get("src", "")
        assert not REMOTE.match(src), f"{name}: remote {tag.name} {src}"
    return soup


def assert_images_have_alt(soup, name):
    images = soup.find_all("img")
    for img in images:
        assert (img.get("alt") or "").strip(), f"{name}: an image has no alt text"
        assert img["src"].startswith("data:image/"), f"{name}: image not embedded"
    return images


@pytest.fixture(scope="module")
def synthetic_site(tmp_path_factory):
    base = tmp_path_factory.mktemp("site")
    lessons = synthetic_lessons(base / "notebooks")
    index = export_site(lessons, base / "site")
    return lessons, index


@pytest.fixture(scope="module")
def default_alt():
    from explainer.widgets.excess_entry import ExcessEntryExplorer

    explorer = ExcessEntryExplorer()
    try:
        return explorer.alt_text
    finally:
        explorer.close()


@pytest.mark.slow
def test_site_has_one_page_per_lesson_and_an_index(synthetic_site):
    lessons, index = synthetic_site
    assert index.name == "index.html"
    pages = sorted(p.name for p in index.parent.glob("*.html"))
    assert pages == ["01_too_many.html", "02_second.html", "index.html"]
    soup = assert_offline(index.read_text(encoding="utf-8"), "index.html")
    hrefs = [a["href"] for a in soup.find_all("a")]
    assert hrefs == ["01_too_many.html", "02_second.html"]
    assert "Too many firms" in soup.get_text() and "Second lesson" in soup.get_text()


def test_site_pages_are_offline_with_alt_text_on_every_figure(synthetic_site, default_alt):
    _, index = synthetic_site
    page = (index.parent / "01_too_many.html").read_text(encoding="utf-8")
    soup = assert_offline(page, "01_too_many.html")
    images = assert_images_have_alt(soup, "01_too_many.html")
    assert len(images) == 2, "the explorer's figure and the plain plot"
    assert images[0]["alt"] == default_alt
    assert WIDGET_VIEW not in page
    # formulas typeset as MathML, no LaTeX source left
    prose = soup.select_one(".jp-RenderedMarkdown").get_text()
    assert "$" not in prose and "\\pi" not in prose, prose
    formulas = soup.select(".jp-RenderedMarkdown math")
    assert len(formulas) == 2 and formulas[0].find("msup") is not None
    assert formulas[1].find("mi", string="\u03c0") is not None
    caption = soup.select_one("p.explainer-caption")
    assert caption is not None and caption.get_text() == default_alt
    # the repository is still the placeholder: a note, never a link to it
    assert not [a["href"] for a in soup.find_all("a", href=True) if "OWNER" in a["href"]]
    assert "--repo" in soup.select_one(".explainer-live-note").get_text()
    # the quiz reads as its static version, answers folded
    assert "Is free entry efficient here?" in soup.get_text()
    assert soup.select("div.explainer-quiz-static details")
    # the solution is folded, not removed
    solution = soup.select_one("details.explainer-solution")
    assert solution is not None and "SOLUTION-TEXT" in solution.get_text()
    # navigation between lessons
    nav = soup.select_one("nav.explainer-site-nav")
    assert [a["href"] for a in nav.find_all("a")] == ["index.html", "02_second.html"]


@pytest.mark.slow
def test_nbconvert_shows_the_png_fallback_when_widget_state_is_absent(tmp_path, default_alt):
    """Without ``metadata.widgets`` nbconvert drops the widget view and renders the PNG."""
    from nbconvert import HTMLExporter

    from explainer.notebooks import execute

    lessons = synthetic_lessons(tmp_path / "notebooks")
    nb, _ = execute(lessons / "01_too_many.ipynb")
    assert "widgets" in nb.metadata, "execution stores widget state"
    explorer_output = nb.cells[1].outputs[0]
    assert {WIDGET_VIEW, "image/png"} <= set(explorer_output.data)
    assert explorer_output.metadata["image/png"]["alt"] == default_alt

    nb.metadata.pop("widgets")
    plain, _ = HTMLExporter(template_name="lab").from_notebook_node(nb)
    plain_soup = BeautifulSoup(plain, "html.parser")
    png = explorer_output.data["image/png"]
    assert any(img["src"] == f"data:image/png;base64,{png}" for img in plain_soup.find_all("img"))
    assert WIDGET_VIEW not in plain

    page = BeautifulSoup(render_page(nb, "t"), "html.parser")
    (img,) = [i for i in page.find_all("img") if i["src"].endswith(png)]
    assert img["alt"] == default_alt


@pytest.mark.slow
def test_render_page_removes_widget_state_itself(tmp_path, default_alt):
    from explainer.notebooks import execute

    lessons = synthetic_lessons(tmp_path / "notebooks")
    nb, _ = execute(lessons / "01_too_many.ipynb")
    assert "widgets" in nb.metadata
    html_text = render_page(nb, "With state")
    assert WIDGET_VIEW not in html_text and "widget-state" not in html_text
    assert default_alt in html_text
    assert "widgets" in nb.metadata, "the caller's notebook is not modified"


@pytest.mark.slow
def test_slides_one_deck_per_lesson_with_slides_notes_and_alt(tmp_path, default_alt):
    lessons = synthetic_lessons(tmp_path / "notebooks")
    decks = export_slides(lessons, tmp_path / "slides", reveal_url_prefix="reveal.js/")
    assert [p.name for p in decks] == ["01_too_many.slides.html", "02_second.slides.html"]
    soup = BeautifulSoup(decks[0].read_text(encoding="utf-8"), "html.parser")
    sources = [s["src"] for s in soup.find_all("script", src=True)]
    # reveal.js comes from the given folder; no require.js or jQuery; only MathJax may be remote
    assert [s for s in sources if not s.startswith("reveal.js/")] == [
        s for s in sources if "mathjax" in s.lower()]
    assert "reveal.js/dist/reveal.js" in sources and "reveal.js/plugin/notes/notes.js" in sources
    assert not [s for s in sources if "require" in s or "jquery" in s]
    top = soup.select("div.slides > section")
    assert len(top) == 2, "one slide per # or ## heading"
    notes = soup.select("aside.notes")
    assert len(notes) == 1 and "SOLUTION-TEXT" in notes[0].get_text()
    images = assert_images_have_alt(soup, decks[0].name)
    assert images[0]["alt"] == default_alt
    assert WIDGET_VIEW not in decks[0].read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.skipif(not list(NOTEBOOKS.glob("*.ipynb")), reason="no lessons written yet")
def test_site_of_the_real_lessons(real_site):
    lessons = sorted(NOTEBOOKS.glob("*.ipynb"))
    index = real_site["index"]
    pages = sorted(p.name for p in index.parent.glob("*.html"))
    assert pages == sorted([f"{p.stem}.html" for p in lessons] + ["index.html"])
    assert_offline(index.read_text(encoding="utf-8"), "index.html")
    for lesson in lessons:
        page = (index.parent / f"{lesson.stem}.html").read_text(encoding="utf-8")
        soup = assert_offline(page, lesson.name)
        for img in assert_images_have_alt(soup, lesson.name):
            # nbconvert's stand-in means the figure came without a text alternative: show
            # figures through an Explorer or StaticFigure, which provide one.
            assert img["alt"] != "No description has been provided for this image", (
                f"{lesson.name}: a figure has no alt text")
        assert WIDGET_VIEW not in page
