"""Words in quotation marks are the interview's, word for word, unless listed here as something else.

Every passage in double quotation marks ("…" or “…”) of three words or more, in the lessons'
markdown cells, the instructor notes and the quizzes, must stand in the English translation of
the interview. The comparison ignores case, white space and punctuation (the translation has
garbled punctuation in places); an ellipsis may join pieces that appear in that order.

A quoted passage that is not the interview's (a paper's title, a misconception a student might
voice, a question put to the class, a policy's name) goes into ``NOT_THE_INTERVIEW`` below, with
its kind, so that a reader of this file sees every exception at once.

The translation is not shipped with the package: it sits in the project's shared folder beside
the repository (``../shared/source/interview.txt``), or where ``EXPLAINER_INTERVIEW`` points.
Without it the test is skipped on a developer's machine and fails in CI.
"""

import ast
import json
import os
import re
from pathlib import Path

import pytest

from conftest import NOTEBOOKS, ROOT

QUOTE = re.compile(r'["“]([^"“”]+?)["”]')
ELLIPSIS = re.compile(r"…|\.\.\.|\[\.\.\.\]")

# Quoted passages that are not the interview's words, by kind. Keys are normalised text.
NOT_THE_INTERVIEW = {
    # Titles of papers, books, policies and schools of thought.
    "New Structural Economics": "title",
    "Avoid the rush": "the lesson's title",
    "Training compute-optimal large language models": "title",
    "Data 20 Articles": "policy name",
    "ideas get harder to find": "title (Bloom, Jones, Van Reenen & Webb 2020)",
    # The official definition of new quality productive forces (Politburo study session,
    # 31 January 2024; Xinhua's English, 1 February 2024).
    "With innovation playing the leading role": "official definition",
    "freed from traditional economic growth mode and productivity development paths": "official definition",
    "a substantial increase in total factor productivity as its core hallmark": "official definition",
    # Questions put to the class.
    "If every province builds an AI park, is that good competition or waste?": "question",
    "Is a car factory a low-end industry?": "question",
    "What is different about data as an input, compared with a machine or a worker?": "question",
    "A university raises the inventor's share from 20% to 70%. Does its own revenue fall, stay the same or rise?": "question",
    # Misconceptions a student might voice (instructor notes).
    "More firms means more competition, so more entry is always better.": "misconception",
    "A subsidy that attracts firms creates value.": "misconception",
    "Herding means regions behave irrationally.": "misconception",
    "Idle capacity proves over-building.": "misconception",
    "The model's 45% can be compared with the NBS rate of about 75%.": "misconception",
    "The lesson says government should do nothing.": "misconception",
    "Capital-intensive or high-tech industries are right for every region.": "misconception",
    "The policy lab shows that planning always loses.": "misconception",
    "A misfit industry can never become viable.": "misconception",
    "Obsolete means worn out.": "misconception",
    "Traditional means low-end; new quality productive forces means high-tech industries.": "misconception",
    "The fastest-growing sector matters most.": "misconception",
    "Domar weights are shares, so they must add up to 1.": "misconception",
    "In the model, running down the base destroys jobs.": "misconception",
    "TFP is measured directly.": "misconception",
    "Wright's law says costs fall a fixed amount each year.": "misconception",
    "A good S-curve fit is a forecast.": "misconception",
    "80% of industry is traditional, says the official source.": "misconception",
    "China's world market share proves the industry upgraded.": "misconception",
    "Wright's law proves that producing more makes things cheaper.": "misconception",
    "Supply chains make a shock to the base cost more than Hulten's theorem says.": "misconception",
    "CAICT's industrial digitalisation shows that digital technology raised productivity.": "misconception",
    "Data are like oil: once used, they are gone.": "misconception",
    "So all data should be shared.": "misconception",
    "Data raise TFP, by definition.": "misconception",
    "Data are paid like any other factor, so their income share tells us their elasticity.": "misconception",
    "A big new technology shows up in productivity statistics at once.": "misconception",
    "More computing power always buys a better model.": "misconception",
    "Model size should grow in step with compute.": "misconception",
    "'321' is the sign of an advanced economy, so it should be a target.": "misconception",
    "The digital economy is over 40% of GDP, like a fourth sector.": "misconception",
    "Innovate at the frontier as early as possible.": "misconception",
    "Who owns data does not matter, the market will sort it out.": "misconception",
    "Data rights should always go to the people the data describe.": "misconception",
    "Giving researchers more always costs the unit.": "misconception",
    "China's law gives inventors 70%.": "misconception",
    "Attracting talent raises growth for good.": "misconception",
    "Banks could lend to start-ups if they just charged more.": "misconception",
    "Equity is only 2.8% of financing, so China has no venture capital.": "misconception",
    "Patient capital means accepting low returns.": "misconception",
    "so give researchers as much as possible": "misconception",
    "70/30 is the best possible contract.": "misconception",
    "Data make capital and labour more productive, so they raise A.": "misconception",
    "Moving inputs between firms only moves output around.": "misconception",
    "Hsieh & Klenow show what data would add.": "misconception",
    "A repeated token is as good as a new one.": "misconception",
    "AI will obviously transform productivity": "misconception",
    "AI adds nothing.": "misconception",
    # Quotations from papers (not the interview).
    "When capital and labor are hypothetically reallocated to equalize marginal products to the "
    "extent observed in the United States, we calculate manufacturing TFP gains of 30%–50% in "
    "China and 40%–60% in India.": "quotation (Hsieh & Klenow 2009, abstract)",
    "Studies show that a larger researcher share pays for itself.": "misconception",
    "Three quarters of venture investments are lost, says Hall & Woodward.": "misconception",
    "The Engine of Growth": "title (a chapter of Jones & Vollrath)",
}


def normalise(text):
    """Lower case, letters, digits and CJK characters only: punctuation and spaces dropped."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


def interview_text():
    candidates = [os.environ.get("EXPLAINER_INTERVIEW"), ROOT.parent / "shared" / "source" / "interview.txt"]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate).read_text(encoding="utf-8")
    if os.environ.get("CI"):
        pytest.fail("the interview's translation was not found: set EXPLAINER_INTERVIEW to its path")
    pytest.skip("the interview's translation is not on this machine (set EXPLAINER_INTERVIEW)")


def found_in(passage, source):
    """True when every piece of ``passage`` between ellipses stands in ``source``, in order."""
    position = 0
    for piece in ELLIPSIS.split(passage):
        piece = normalise(piece)
        if not piece:
            continue
        position = source.find(piece, position)
        if position < 0:
            return False
        position += len(piece)
    return True


def documents():
    """(where, text) for every markdown cell, instructor note and quiz string."""
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        for number, cell in enumerate(cells):
            if cell["cell_type"] == "markdown":
                yield f"{path.name} cell {number}", "".join(cell["source"])
    for path in sorted((ROOT / "docs" / "instructor").glob("*.md")):  # English; zh: test_chinese_text
        yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")
    for path in sorted((ROOT / "explainer" / "quizzes").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield f"{path.relative_to(ROOT)} line {node.lineno}", node.value


def quoted_passages():
    for where, text in documents():
        for match in QUOTE.finditer(text):
            passage = " ".join(match.group(1).split())
            if len(passage.split()) >= 3:
                yield where, passage


def test_quotes_are_found():
    assert any(True for _ in quoted_passages()), "no quoted passage found: is the extraction broken?"


def test_every_quoted_passage_is_the_interviews_or_listed_as_something_else():
    source = normalise(interview_text())
    listed = {normalise(text) for text in NOT_THE_INTERVIEW}
    wrong = [
        f"{where}: \"{passage}\""
        for where, passage in quoted_passages()
        if normalise(passage) not in listed and not found_in(passage, source)
    ]
    assert not wrong, "quoted as the interview's words but not in the translation:\n" + "\n".join(wrong)


def test_the_check_catches_a_paraphrase():
    source = normalise("Traditional industries in China account for 80% of the value added.")
    assert found_in("Traditional industries in China account for 80%", source)
    assert found_in("traditional industries … 80% of the value added", source)
    assert not found_in("Traditional industries account for 80%", source)
    assert not found_in("80% … Traditional industries", source)


def test_every_listed_exception_is_still_used():
    used = {normalise(passage) for _, passage in quoted_passages()}
    stale = [text for text in NOT_THE_INTERVIEW if normalise(text) not in used]
    assert not stale, f"listed as not the interview's but no longer quoted anywhere: {stale}"
