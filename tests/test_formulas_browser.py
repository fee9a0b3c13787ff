"""Formulas read typeset, offline, in Debian's chromium: the site, the student edition, slides.

Every lesson of both editions is rendered as a site page and as a student-edition page (the
markdown is what holds formulas, so the lessons are not executed here; the full export with
outputs is opened by ``tests/test_accessibility.py``, which runs the same check), and lesson
1 of each edition as a slide deck. Chromium opens each from disk with every other request
failed, and finds no LaTeX source anywhere in the text (folded solutions and speaker notes
included) and every formula laid out as MathML: each ``<math>`` drawn with a size and each
fraction's numerator above its denominator. The same detector, run on a page exported
without typesetting, finds the source: the check can fail. Saves
``test-artifacts/math-lesson1.png`` (lesson 1, section 1) and its Chinese twin.
"""

from __future__ import annotations

import nbformat
import pytest

from support.formulas import LAYOUT, RAW_TEX, offline
from support.paths import ARTIFACTS, NOTEBOOKS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

EDITIONS = {"en": NOTEBOOKS, "zh": NOTEBOOKS / "zh"}


def _lessons(lang):
    return sorted(EDITIONS[lang].glob("*.ipynb"))


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """``{(kind, lang, name): (path, formulas expected)}`` for every page, plus one raw page."""
    pytest.importorskip("nbconvert")
    from test_formulas import lesson_formulas

    from explainer.classroom import slides
    from explainer.classroom.static_site import html_exporter, render_page
    from explainer.classroom.student_edition import student_notebook

    base = tmp_path_factory.mktemp("formulas")
    found = {}
    for lang in EDITIONS:
        for path in _lessons(lang):
            nb = nbformat.read(path, as_version=4)
            count = len(lesson_formulas(path))
            for kind, notebook in (("site", nb), ("student", student_notebook(nb))):
                target = base / kind / lang / f"{path.stem}.html"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(render_page(notebook, path.stem, lang=lang), encoding="utf-8")
                found[(kind, lang, path.stem)] = (target, count if kind == "site" else None)
        lesson = EDITIONS[lang] / "01_avoid_the_rush.ipynb"
        deck_dir = base / "slides" / lang
        deck_dir.mkdir(parents=True)
        slides.copy_reveal(deck_dir)
        deck = deck_dir / "01_avoid_the_rush.slides.html"
        deck.write_text(slides.render_slides(nbformat.read(lesson, as_version=4), "Lesson 1"),
                        encoding="utf-8")
        found[("slides", lang, lesson.stem)] = (deck, len(lesson_formulas(lesson)))
    raw = base / "raw" / "01_avoid_the_rush.html"
    raw.parent.mkdir()
    body, _ = html_exporter().from_notebook_node(
        nbformat.read(NOTEBOOKS / "01_avoid_the_rush.ipynb", as_version=4))
    raw.write_text(body, encoding="utf-8")
    found[("raw", "en", "01_avoid_the_rush")] = (raw, 0)
    return found


def step_through_deck(page):
    """Show every slide of a reveal.js deck in turn; return the layout of all formulas shown.

    Speaker notes (solutions) are never on a slide: their formulas count in ``formulas``
    but not in ``shown``, which must cover every other formula of the deck.
    """
    page.wait_for_function("window.Reveal && Reveal.isReady()")
    total = {"empty": 0, "flat": 0, "fractions": 0}
    for _ in range(page.evaluate("Reveal.getTotalSlides()")):
        layout = page.evaluate(LAYOUT, ".slides section.present")
        for name in total:
            total[name] += layout[name]
        page.evaluate("Reveal.next()")
    total["formulas"] = page.evaluate("document.querySelectorAll('math').length")
    total["shown"] = page.evaluate("document.querySelectorAll('math[data-seen]').length")
    notes = page.evaluate("document.querySelectorAll('aside.notes math').length")
    assert total["shown"] == total["formulas"] - notes > 0, total
    return total


def test_every_page_shows_formulas_typeset_and_no_latex_offline(pages, chromium_page):
    lessons = {(kind, lang) for kind, lang, _ in pages}
    assert {("site", "en"), ("site", "zh"), ("student", "en"), ("student", "zh"),
            ("slides", "en"), ("slides", "zh")} <= lessons
    problems, seen, fractions = {}, {}, 0
    page = chromium_page(1300, 900)
    refused = offline(page)
    for (kind, lang, name), (path, expected) in sorted(pages.items()):
        page.goto(path.as_uri(), wait_until="load")
        raw = page.evaluate(RAW_TEX)
        layout = step_through_deck(page) if kind == "slides" else page.evaluate(LAYOUT, "")
        key = f"{kind}/{lang}/{name}"
        seen[key] = (len(raw), layout["formulas"])
        fractions += layout["fractions"]
        if kind == "raw":
            continue
        if raw:
            problems[key] = f"LaTeX left: {raw[:3]}"
        elif layout["empty"] or layout["flat"] or (layout["formulas"] and not layout["shown"]):
            problems[key] = f"MathML not laid out: {layout}"
        elif expected is not None and layout["formulas"] != expected:
            problems[key] = f"{layout['formulas']} formulas typeset, {expected} in the lesson"
        if kind == "site" and name.startswith("01_"):
            heading = page.locator(".jp-MarkdownCell", has=page.locator("h2", has_text="1 ·"))
            suffix = "" if lang == "en" else f"-{lang}"
            heading.first.screenshot(path=str(ARTIFACTS / f"math-lesson1{suffix}.png"))
            wide = page.evaluate("""() => Array.from(document.querySelectorAll(
                '.explainer-display-math')).filter(
                d => d.getBoundingClientRect().right > window.innerWidth + 1).length""")
            assert wide == 0, f"{key}: a display formula runs off the page"
    assert not refused, f"requests left the page: {refused[:3]}"
    assert not problems, problems
    # The detector finds the source on a page exported without typesetting.
    raw_hits, raw_formulas = seen["raw/en/01_avoid_the_rush"]
    assert raw_hits >= 20 and raw_formulas == 0, seen["raw/en/01_avoid_the_rush"]
    assert sum(count for key, (_, count) in seen.items() if key.startswith("site/")) >= 900
    assert fractions >= 40, "fractions laid out, numerator above denominator"


def test_display_formulas_fit_a_phone_screen(pages, chromium_page):
    """At 390 px a display formula wider than the screen scrolls inside its own box."""
    path, _ = pages[("site", "en", "01_avoid_the_rush")]
    page = chromium_page(390, 844)
    offline(page)
    page.goto(path.as_uri(), wait_until="load")
    boxes = page.evaluate("""() => Array.from(document.querySelectorAll(
        '.explainer-display-math')).map(d => ({right: d.getBoundingClientRect().right,
        inner: d.scrollWidth, shown: d.clientWidth}))""")
    width = page.evaluate("window.innerWidth")
    assert boxes and all(box["right"] <= width + 1 for box in boxes), boxes
    assert any(box["inner"] > box["shown"] for box in boxes), "the widest formula scrolls"
