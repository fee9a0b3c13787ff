"""Formulas on the exported pages: every formula of every lesson converts to MathML.

The browser side (typeset formulas seen offline, no LaTeX source left visible) is in
``tests/test_formulas_browser.py``.
"""

from __future__ import annotations

import doctest
import re
import warnings

import nbformat
import pytest
from bs4 import BeautifulSoup
from support.paths import NOTEBOOKS

from explainer.classroom import formulas
from explainer.classroom.formulas import FormulaWarning, find_formulas, to_mathml, typeset_math

LESSONS = sorted(NOTEBOOKS.glob("*.ipynb")) + sorted((NOTEBOOKS / "zh").glob("*.ipynb"))


def lesson_formulas(path):
    """``(tex, display)`` of every formula in the markdown cells of a lesson."""
    found = []
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type == "markdown":
            found += [(tex, display) for _, tex, display in find_formulas(cell.source)]
    return found


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.relative_to(NOTEBOOKS).as_posix())
def test_every_formula_of_the_lesson_converts(path):
    found = lesson_formulas(path)
    if path.stem != "00_start_here":
        assert len(found) >= 50, f"{path.name}: only {len(found)} formulas found"
    failures = []
    for tex, display in found:
        try:
            to_mathml(tex, display)
        except ValueError as err:
            failures.append(str(err))
    assert not failures, failures


def test_both_editions_count_the_formulas_measured_in_the_docs():
    english = [f for p in sorted(NOTEBOOKS.glob("*.ipynb")) for f in lesson_formulas(p)]
    chinese = [f for p in sorted((NOTEBOOKS / "zh").glob("*.ipynb")) for f in lesson_formulas(p)]
    assert len(chinese) >= len(english) > 400
    assert len(english) + len(chinese) >= 900  # 900 when measured for docs/classroom.md


def test_chinese_text_inside_a_formula():
    mathml = to_mathml(r"\text{每家企业的产出 } Y = D^{\eta}", display=True)
    assert "<mtext>每家企业的产出\xa0</mtext>" in mathml and 'display="block"' in mathml


@pytest.mark.parametrize("tex, problem", [
    (r"\frac{a", "missing argument"),
    (r"\notacommand x", r"unknown command \notacommand"),
    (r"x^", "MissingSuperScriptOrSubscriptError"),
])
def test_a_formula_that_cannot_be_typeset_is_named(tex, problem):
    with pytest.raises(ValueError, match=re.escape(problem)) as error:
        to_mathml(tex)
    assert repr(tex) in str(error.value)


def test_spacing_follows_tex():
    ln = to_mathml(r"\ln C")
    assert re.search(r"<mi>ln</mi><mspace width=\"0.1667em\"></mspace><mi>C</mi>", ln)
    assert "<mspace" not in to_mathml(r"\ln(x)"), "no space before a bracket"
    assert '<mo lspace="0" rspace="0">/</mo>' in to_mathml("A/F")
    assert '<mo form="prefix">−</mo><mn>0.5</mn>' in to_mathml("m = -0.5")
    assert '<mo>−</mo><mi>s</mi>' in to_mathml("F - s"), "a binary minus keeps its spaces"
    prime = to_mathml(r"\lambda' = x")
    assert "<msup>" not in prime and '<mi>λ</mi><mo lspace="0" rspace="0">′</mo>' in prime
    assert "<mi>min</mi>" in to_mathml(r"\min_k c_k")


def test_typeset_math_touches_only_markdown_formulas():
    page = ('<html><head></head><body><div class="jp-RenderedMarkdown">'
            '<p>Demand $P = a - bQ$ costs 5$ or $ 5.</p><p>$$q(n) = x$$</p><pre>$a$</pre>'
            '<p><code>$b$</code></p></div><p>$x$ outside</p></body></html>')
    soup = BeautifulSoup(typeset_math(page), "html.parser")
    maths = soup.find_all("math")
    assert [m["display"] for m in maths] == ["inline", "block"]
    assert maths[1].parent.get("class") == ["explainer-display-math"]
    assert "costs 5$ or $ 5." in soup.get_text()
    assert soup.find("pre").get_text() == "$a$" and soup.find("code").get_text() == "$b$"
    assert "$x$ outside" in soup.get_text()
    assert "font-family" in soup.head.style.get_text()


def test_a_page_without_formulas_is_left_alone():
    page = '<html><head></head><body><div class="jp-RenderedMarkdown"><p>No maths.</p></div></body></html>'
    assert "<style" not in typeset_math(page)


def test_an_unconvertible_formula_stays_as_source_with_a_warning():
    page = '<div class="jp-RenderedMarkdown"><p>Bad $\\frac{a$ and good $x^2$.</p></div>'
    with pytest.warns(FormulaWarning, match="missing argument"):
        soup = BeautifulSoup(typeset_math(page), "html.parser")
    assert soup.select_one("code.explainer-math-source").get_text() == "$\\frac{a$"
    assert len(soup.find_all("math")) == 1


def test_the_lessons_typeset_without_a_warning():
    from explainer.classroom.static_site import render_page

    path = NOTEBOOKS / "zh" / "03_digital_economy.ipynb"
    with warnings.catch_warnings():
        warnings.simplefilter("error", FormulaWarning)
        page = render_page(nbformat.read(path, as_version=4), "T", lang="zh")
    soup = BeautifulSoup(page, "html.parser")
    assert len(soup.find_all("math")) == len(lesson_formulas(path))


def test_module_examples():
    result = doctest.testmod(formulas, verbose=False)
    assert result.attempted >= 2 and result.failed == 0
