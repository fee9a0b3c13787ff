"""The Chinese edition never presents a back-translation as Wang Yiming's own words.

Only the English translation of the interview is at hand, so a Chinese sentence in quotation
marks would look like the original's wording when it is our rendering of the English. The rule
is about what is quoted, not how long it is: in the Chinese notebooks, instructor notes and
catalogs, quotation marks (“…”, 「…」, "…") may hold text with no Chinese in it (English words,
numbers, code), a word listed in ``translations/zh/quotable.txt``, a term of the term list
``translations/zh/terms.csv``, an official wording verified against its published source and
given with it (:data:`VERIFIED_WORDING`), or a back-translation marked （译自英文译本） right
after it. Anything else (a figure rendered from the English, our own wording) fails.

The epigraphs that open lessons are signed in one format in each language, and the Chinese
signature says that the text is a back-translation. Every rule is also tested on crafted text,
to prove it can fail.
"""

from __future__ import annotations

import json
import re

from support.paths import NOTEBOOKS, ROOT
from explainer import i18n, translation
from terms_support import load_terms

MARK = "译自英文译本"
QUOTED = re.compile(r'“([^”]*)”|「([^」]*)」|"([^"\n]*)"')
WINDOW = 40  # characters after the closing mark in which the note must appear
QUOTABLE_FILE = ROOT / "translations" / "zh" / "quotable.txt"
# Official wording in Chinese that may be quoted, with the source that must be named beside it
# (within SOURCE_WINDOW characters after the closing mark).
VERIFIED_WORDING = {
    # Xinhua, 5 March 2024, on the government portal (www.gov.cn, content_6936752)
    "发展新质生产力不是忽视、放弃传统产业，要防止一哄而上、泡沫化，也不要搞一种模式": "新华社",
}
SOURCE_WINDOW = 80
EPIGRAPH_EN = "— Wang Yiming, *Caijing*, 2024 (English translation)"
EPIGRAPH_ZH = "——王一鸣，《财经》，2024年（据英文译本回译，非原话）"


def _has_chinese(text):
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def quotable_words(path=QUOTABLE_FILE):
    """The words listed in ``quotable.txt`` and the Chinese terms of the term list."""
    words = {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    return words | {term.chinese for term in load_terms()}


def unlisted_quotes(text, quotable):
    """Quoted Chinese passages that are neither listed, verified with their source, nor marked."""
    found = []
    for match in QUOTED.finditer(text):
        passage = next(group for group in match.groups() if group is not None)
        after = text[match.end():]
        if not _has_chinese(passage) or passage in quotable:
            continue
        if MARK in after[:WINDOW]:
            continue
        source = VERIFIED_WORDING.get(passage)
        if source is not None and source in after[:SOURCE_WINDOW]:
            continue
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


def english_notebook_cells():
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        for number, cell in enumerate(cells):
            if cell["cell_type"] == "markdown":
                yield f"{path.relative_to(ROOT)} cell {number}", "".join(cell["source"])


def test_chinese_documents_are_found():
    assert sum(1 for _ in chinese_documents()) > 100


def test_no_back_translation_in_quotation_marks():
    quotable = quotable_words()
    wrong = [f"{where}: “{passage[:60]}”" for where, text in chinese_documents()
             for passage in unlisted_quotes(text, quotable)]
    assert not wrong, ("quoted Chinese that is neither a listed term (translations/zh/quotable.txt, "
                       "terms.csv) nor marked （译自英文译本）:\n" + "\n".join(wrong))


def test_the_rule_can_fail():
    quotable = quotable_words()
    # numbers rendered from the English are not terms, however short
    assert unlisted_quotes("访谈的英文译本说的是“数十亿元”。", quotable) == ["数十亿元"]
    assert unlisted_quotes("访谈所说的“个人70%、单位30%”规则", quotable) == ["个人70%、单位30%"]
    assert unlisted_quotes("王一鸣说：“各地都提出发展新质生产力，但也出现了一哄而上的现象”。", quotable)
    # listed terms, marked back-translations, English and verified wording with its source pass
    assert not unlisted_quotes("他强调要“因地制宜”，“一把钥匙开一把锁”。", quotable)
    assert not unlisted_quotes(
        "王一鸣指出：“各地都提出发展新质生产力，但也出现了一哄而上的现象”（译自英文译本）。", quotable)
    assert not unlisted_quotes('图中的"Number of firms"是横轴；英文译本写的是 "billions of yuan"。', quotable)
    official = "发展新质生产力不是忽视、放弃传统产业，要防止一哄而上、泡沫化，也不要搞一种模式"
    assert not unlisted_quotes(f"习近平总书记强调：“{official}”（新华社，2024年3月5日）。", quotable)
    # ... but not without the source beside it
    assert unlisted_quotes(f"习近平总书记强调：“{official}”。", quotable) == [official]


def test_no_quotable_word_is_a_sentence():
    """The list holds words and names, not passages: nothing in it ends a sentence."""
    listed = [word for word in quotable_words() if re.search(r"[。！？；]", word)]
    assert not listed, listed


def epigraph_problems(text, signature, wang):
    """Blockquote lines signed by Wang Yiming whose signature is not exactly ``signature``."""
    problems = []
    for line in text.splitlines():
        if line.startswith(">") and wang in line and not line.rstrip().endswith(signature):
            problems.append(line[-80:])
    return problems


def test_epigraphs_are_signed_in_one_format():
    signed_en = signed_zh = 0
    wrong = []
    for where, text in english_notebook_cells():
        wrong += [f"{where}: {line}" for line in epigraph_problems(text, EPIGRAPH_EN, "— Wang Yiming")]
        signed_en += text.count(EPIGRAPH_EN)
    for where, text in chinese_documents():
        wrong += [f"{where}: {line}" for line in epigraph_problems(text, EPIGRAPH_ZH, "——王一鸣")]
        signed_zh += text.count(EPIGRAPH_ZH) if where.startswith("notebooks") else 0
    assert not wrong, "epigraphs signed in another format:\n" + "\n".join(wrong)
    assert signed_en >= 3 and signed_zh == signed_en


def test_the_epigraph_rule_can_fail():
    assert epigraph_problems("> *“……”* ——王一鸣，《财经》，2024年", EPIGRAPH_ZH, "——王一鸣")
    assert epigraph_problems('> *"..."* — Wang Yiming, *Caijing*, 2024', EPIGRAPH_EN, "— Wang Yiming")
    assert not epigraph_problems("> *……*" + EPIGRAPH_ZH, EPIGRAPH_ZH, "——王一鸣")
