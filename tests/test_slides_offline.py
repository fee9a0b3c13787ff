"""Slide decks open from disk with no network: vendored reveal.js, checked and stepped through."""

from __future__ import annotations

import contextlib
import hashlib
import re
from pathlib import Path

import nbformat
import pytest
from bs4 import BeautifulSoup
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from explainer.classroom import slides

ROOT = Path(__file__).resolve().parents[1]


def _records():
    lines = (slides.REVEAL_DIR / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    return dict(reversed(line.split(None, 1)) for line in lines if line.strip())


def test_vendored_reveal_matches_its_sha256_record():
    records = _records()
    assert {"dist/reveal.js", "dist/reveal.css", "dist/theme/white.css",
            "plugin/notes/notes.js", "LICENSE"} <= set(records)
    for name, digest in records.items():
        data = (slides.REVEAL_DIR / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest, f"{name} differs from SHA256SUMS"
    shipped = {p.relative_to(slides.REVEAL_DIR).as_posix()
               for p in slides.REVEAL_DIR.rglob("*") if p.is_file()}
    assert shipped - {"SHA256SUMS", "VERSION"} == set(records), "every shipped file is recorded"


def test_vendored_reveal_is_the_stated_version_under_its_licence():
    version = (slides.REVEAL_DIR / "VERSION").read_text(encoding="utf-8").strip()
    assert version == slides.REVEAL_VERSION
    assert f"VERSION={version}" in (ROOT / "scripts" / "vendor-reveal").read_text(encoding="utf-8")
    assert f"reveal.js {version}" in (slides.REVEAL_DIR / "dist" / "reveal.js").read_text(
        encoding="utf-8")[:400]
    licence = (slides.REVEAL_DIR / "LICENSE").read_text(encoding="utf-8")
    assert "Hakim El Hattab" in licence and "Permission is hereby granted, free of charge" in licence


def test_vendored_reveal_is_package_data():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'"explainer\.classroom" = \[[^\]]*"reveal/\*\*/\*"', text)


def three_slide_lesson(folder):
    folder.mkdir(parents=True)
    nb = new_notebook(cells=[
        new_markdown_cell("# Offline deck\n\nFirst slide."),
        new_code_cell("print(6 * 7)"),
        new_markdown_cell("## Second\n\nDemand is $P = a - bQ$."),
        new_markdown_cell("## Third\n\nLast slide."),
        new_markdown_cell("**Solution.** SOLUTION-TEXT", metadata={"tags": ["solution"]}),
    ])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, folder / "01_offline.ipynb")
    return folder


def _remote(url):
    return bool(re.match(r"^(https?:)?//", url))


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    base = tmp_path_factory.mktemp("deck")
    out = base / "slides"
    written = slides.export_slides(three_slide_lesson(base / "notebooks"), out)
    return written[0]


def test_deck_references_only_files_beside_it(deck, monkeypatch):
    soup = BeautifulSoup(deck.read_text(encoding="utf-8"), "html.parser")
    urls = [t["src"] for t in soup.find_all(src=True)] + [t["href"] for t in soup.find_all(
        "link", href=True)]
    assert urls and not [u for u in urls if _remote(u)], urls
    local = [u for u in urls if not u.startswith("data:")]
    assert "reveal.js/dist/reveal.js" in local
    for url in local:
        assert (deck.parent / url).is_file(), f"{url} is not next to the deck"
    assert not re.search(r"@import\s+url\(\s*['\"]?https?:", deck.read_text(encoding="utf-8"))
    (formula,) = soup.select(".jp-RenderedMarkdown math")  # "Demand is $P = a - bQ$", typeset
    assert formula.get_text() == "P=a\u2212bQ"
    assert "$" not in " ".join(cell.get_text() for cell in soup.select(".jp-RenderedMarkdown"))


def test_explicit_prefix_copies_nothing(tmp_path):
    lessons = three_slide_lesson(tmp_path / "notebooks")
    slides.export_slides(lessons, tmp_path / "out", reveal_url_prefix="https://example.org/r")
    assert not (tmp_path / "out" / "reveal.js").exists()
    assert "https://example.org/r/dist/reveal.js" in (
        tmp_path / "out" / "01_offline.slides.html").read_text(encoding="utf-8")


@contextlib.contextmanager
def offline_deck(page, deck):
    """Open ``deck`` from disk in ``page`` with every request off this disk aborted.

    Yields ``(page, attempted, loaded, errors)``: the page once reveal.js is ready, the URLs
    that tried the network, the URLs loaded from disk, and the page's script errors.
    """
    attempted, loaded, errors = [], [], []

    def route(r):
        if r.request.url.startswith(("file:", "data:")):
            loaded.append(r.request.url)
            r.continue_()
        else:
            attempted.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(deck.as_uri())
    page.wait_for_function("window.Reveal && Reveal.isReady && Reveal.isReady()", timeout=30_000)
    yield page, attempted, loaded, errors


def test_deck_opens_offline_and_steps_through(deck, chromium_page):
    with offline_deck(chromium_page(), deck) as (page, attempted, loaded, errors):
        total = page.evaluate("Reveal.getTotalSlides()")
        assert total == 3
        seen = [page.evaluate("Reveal.getIndices().h")]
        titles = [page.evaluate("Reveal.getCurrentSlide().querySelector('h1,h2').textContent")]
        for _ in range(total - 1):
            page.keyboard.press("ArrowRight")
            page.wait_for_function(f"Reveal.getIndices().h === {seen[-1] + 1}", timeout=10_000)
            seen.append(page.evaluate("Reveal.getIndices().h"))
            titles.append(page.evaluate(
                "Reveal.getCurrentSlide().querySelector('h1,h2').textContent"))
        font = page.evaluate("getComputedStyle(document.querySelector('.reveal')).fontFamily")
        theme_loaded = page.evaluate("document.fonts.check('16px \"Source Sans Pro\"')")
    assert attempted == [], f"the deck tried the network: {attempted}"
    assert any(u.endswith("reveal.js/dist/reveal.js") for u in loaded)
    assert seen == [0, 1, 2]
    assert [t.strip().rstrip("¶") for t in titles] == ["Offline deck", "Second", "Third"]
    assert "Source Sans Pro" in font and theme_loaded
    assert errors == []


def explorer_lesson(folder):
    folder.mkdir(parents=True)
    nb = new_notebook(cells=[
        new_markdown_cell("# A deck with an explorer\n\nMove the sliders."),
        new_code_cell("from explainer.widgets.excess_entry import ExcessEntryExplorer\n"
                      "ExcessEntryExplorer()"),
    ])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, folder / "01_explorer.ipynb")
    return folder


@pytest.fixture(scope="module")
def explorer_deck(tmp_path_factory):
    base = tmp_path_factory.mktemp("explorer-deck")
    written = slides.export_slides(explorer_lesson(base / "notebooks"), base / "slides",
                                   interactive=True, max_values=3)
    return written[0]


@pytest.mark.slow
def test_deck_explorer_has_controls_and_frames_beside_it(explorer_deck):
    soup = BeautifulSoup(explorer_deck.read_text(encoding="utf-8"), "html.parser")
    block = soup.select_one(".explainer-static-explorer")
    assert block is not None and block.select("input[type=range]")
    frames = list((explorer_deck.parent / "frames").rglob("*.png"))
    assert len(frames) > 3


@pytest.mark.slow
@pytest.mark.browser
def test_deck_explorer_moves_offline(explorer_deck, chromium_page):
    with offline_deck(chromium_page(), explorer_deck) as (page, attempted, _loaded, errors):
        image = page.locator(".reveal .explainer-static-explorer img.explainer-frame").first
        finding = page.locator(".reveal .explainer-static-explorer .explainer-finding").first
        before = (image.get_attribute("src"), finding.inner_text())
        slider = page.locator(".reveal .explainer-static-explorer input[type=range]").last
        slider.evaluate("s => { s.value = s.max; s.dispatchEvent(new Event('input', "
                        "{bubbles: true})); s.dispatchEvent(new Event('change', "
                        "{bubbles: true})); }")
        page.wait_for_function(
            "src => document.querySelector('.reveal img.explainer-frame').getAttribute('src')"
            " !== src", arg=before[0], timeout=10_000)
        after = (image.get_attribute("src"), finding.inner_text())
        width = image.evaluate("i => i.getBoundingClientRect().width")
    assert attempted == [], f"the deck tried the network: {attempted}"
    assert errors == []
    assert after[0] != before[0] and after[1] != before[1]
    assert width > 300
