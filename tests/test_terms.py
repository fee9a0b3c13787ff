"""One word for one thing in the Chinese edition, checked against ``translations/zh/terms.csv``.

For every translated entry of every Chinese catalog (lesson cells, instructor-note blocks,
explorers, quizzes, exercises, data records): when the English holds a listed term, the
Chinese holds that term's one Chinese rendering; and no Chinese text anywhere uses a rendering
the list rules out. Lesson 0's glossary (English and Chinese) shows exactly the rows marked
``glossary``. Each check is also run on crafted text, to prove it can fail.
"""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT
from explainer import translation
from terms_support import Term, load_terms

CATALOGS = sorted([*(ROOT / "translations" / "zh").glob("*.po"),
                   *(ROOT / "translations" / "zh" / "instructor").glob("*.po"),
                   *(ROOT / "explainer" / "locale" / "zh").glob("*.po")])
GLOSSARY_CELL = "84f22fdc"


def translated_entries():
    for path in CATALOGS:
        for message in translation.read_catalog(path):
            if message.id and message.string and "fuzzy" not in message.flags:
                yield f"{Path(path).relative_to(ROOT)}: {message.id[:50]!r}", message.id, message.string


def term_problems(terms, english, chinese):
    """What is wrong with one translation under the term list."""
    problems = []
    for term in terms:
        pattern = term.english_regex()
        if pattern is not None and pattern.search(english) and term.chinese not in chinese:
            problems.append(f"{term.english!r} is not rendered {term.chinese}")
        problems += [f"{found!r} used for {term.english!r} (use {term.chinese})"
                     for found in term.avoided(chinese)]
    return problems


def test_the_term_list_is_sound():
    terms = load_terms()
    assert len(terms) >= 40
    english = [term.english.lower() for term in terms]
    assert len(english) == len(set(english)), "an English term is listed twice"
    for term in terms:
        assert term.chinese, term
        for pattern in term.avoid:
            assert not re.search(pattern, term.chinese), f"{term.english}: avoids its own term"


def test_every_listed_term_has_one_chinese_rendering():
    terms = load_terms()
    wrong = [f"{where}: {problem}" for where, english, chinese in translated_entries()
             for problem in term_problems(terms, english, chinese)]
    assert not wrong, ("renderings that differ from translations/zh/terms.csv:\n" + "\n".join(wrong))


def test_the_term_check_can_fail():
    terms = [Term("buy-off", "赎买", ("出钱制止",), r"buy[\s-]?offs?\b", False),
             Term("marginal product", "边际产出", ("边际产品",), "", False)]
    assert term_problems(terms, "every harmful use needs a costly buy-off", "每种有害用途都需要代价高昂的出钱制止")
    assert term_problems(terms, "paid their marginal products", "按其贡献获得报酬")
    assert term_problems(terms, "any text", "要素按边际产品获得报酬")
    assert not term_problems(terms, "paid their marginal products", "按边际产出获得报酬")
    assert not term_problems(terms, "a costly buy-off", "代价高昂的赎买")


def glossary_rows(text):
    """``(English, Chinese)`` pairs of the glossary table in a markdown cell."""
    rows = []
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) >= 3 and cells[0] not in ("English", "---"):
            rows.append((cells[0], cells[1]))
    return rows


def glossary_texts():
    catalog = translation.read_catalog(ROOT / "translations" / "zh" / "00_start_here.po")
    message = next(m for m in catalog if m.context == GLOSSARY_CELL)
    return {"English": message.id, "中文": message.string}


def test_the_glossary_shows_the_term_list():
    listed = [(term.english, term.chinese) for term in load_terms() if term.glossary]
    for language, text in glossary_texts().items():
        assert glossary_rows(text) == listed, f"the {language} glossary differs from terms.csv"


def test_the_glossary_check_can_fail():
    text = "| English | 中文 | Meaning |\n|---|---|---|\n| Marginal product | 边际产品 | ... |\n"
    assert glossary_rows(text) == [("Marginal product", "边际产品")]
    assert glossary_rows(text) != [("Marginal product", "边际产出")]
