"""The Chinese edition never presents a back-translation as Wang Yiming's own words.

Only the English translation of the interview is at hand, so a Chinese sentence in quotation
marks would look like the original's wording when it is our rendering of the English. In the
Chinese notebooks, instructor notes and quizzes, quotation marks (“…”, 「…」, "…") may hold a
short term (at most :data:`MAX_TERM` Chinese characters, e.g. 新质生产力, 一把钥匙开一把锁);
a longer quoted passage must be marked as translated from the English edition (译自英文译本)
right after it. The rule is also tested on crafted text, to prove it can fail.
"""

from __future__ import annotations

import json
import re

from support.paths import NOTEBOOKS, ROOT
from explainer import i18n, translation

MAX_TERM = 12
MARK = "译自英文译本"
QUOTED = re.compile(r'“([^”]*)”|「([^」]*)」|"([^"\n]*)"')
WINDOW = 40  # characters after the closing mark in which the note must appear


def _chinese_characters(text):
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text)


def long_unmarked_quotes(text):
    """Quoted passages of more than MAX_TERM Chinese characters not followed by the mark."""
    found = []
    for match in QUOTED.finditer(text):
        passage = next(group for group in match.groups() if group is not None)
        if _chinese_characters(passage) <= MAX_TERM:
            continue
        if MARK not in text[match.end(): match.end() + WINDOW]:
            found.append(passage)
    return found


def chinese_documents():
    for path in sorted((NOTEBOOKS / "zh").glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        for number, cell in enumerate(cells):
            if cell["cell_type"] == "markdown":
                yield f"{path.relative_to(ROOT)} cell {number}", "".join(cell["source"])
    for path in sorted((ROOT / "docs" / "instructor" / "zh").glob("*.md")):
        yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")
    for path in sorted((i18n.LOCALE_DIR / "zh").glob("*.po")):
        for message in translation.read_catalog(path):
            if message.id and message.string:
                yield f"{path.relative_to(ROOT)}: {message.id[:40]!r}", message.string


def test_chinese_documents_are_found():
    assert sum(1 for _ in chinese_documents()) > 100


def test_no_back_translation_in_quotation_marks():
    wrong = [f"{where}: “{passage[:60]}”" for where, text in chinese_documents()
             for passage in long_unmarked_quotes(text)]
    assert not wrong, ("quoted Chinese passages not marked （译自英文译本）:\n" + "\n".join(wrong))


def test_the_rule_can_fail():
    assert long_unmarked_quotes("王一鸣说：“各地都提出发展新质生产力，但也出现了一哄而上的现象”。")
    assert not long_unmarked_quotes("他强调要“因地制宜”，“一把钥匙开一把锁”。")
    assert not long_unmarked_quotes(
        "王一鸣指出：“各地都提出发展新质生产力，但也出现了一哄而上的现象”（译自英文译本）。")
    assert not long_unmarked_quotes('图中的"Number of firms"是横轴。')
