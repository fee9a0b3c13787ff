"""The teaching documents stay paired with the lessons and with the link code."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from explainer.classroom import links

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
INSTRUCTOR = ROOT / "docs" / "instructor"
LESSONS = sorted(p for p in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
FULL_LESSONS = [p for p in LESSONS if not p.name.startswith("00_")]
START = [p for p in LESSONS if p.name.startswith("00_")]

REQUIRED = {
    "plan": r"^## Plan(?!: two periods)",
    "two-period plan": r"^## Plan: two periods",
    "exercises": r"^## Exercises",
    "misconceptions": r"^## Misconceptions to expect",
    "discussion": r"^## Discussion prompts",
    "exit ticket": r"^## Exit ticket",
}
SEGMENT = re.compile(r"^\|\s*(\d+)\s*[–-]\s*(\d+)\s*(?:min)?\s*\|", re.M)
IMPORT = re.compile(r"from\s+explainer\.widgets\.\w+\s+import\s+([\w, ]+)")


def sections(text):
    """Return ``{heading line: body}`` for every level-2 section of a Markdown text."""
    parts = re.split(r"^(## .+)$", text, flags=re.M)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def section(text, pattern):
    for heading, body in sections(text).items():
        if re.match(pattern, heading):
            return body
    return None


def bullets(body):
    return [line for line in body.splitlines() if re.match(r"^\s*(?:[-*]|\d+\.)\s+\S", line)]


def explorer_classes(lesson):
    nb = nbformat.read(lesson, as_version=4)
    names = set()
    for cell in nb.cells:
        if cell.cell_type == "code":
            for match in IMPORT.finditer(cell.source):
                names.update(n.strip() for n in match.group(1).split(",") if n.strip().endswith("Explorer"))
    return names


def test_segment_parser_reads_a_timed_plan():
    plan = "| 0–5 | a |\n| 5-20 min | b |\n| text | c |\n"
    assert [(int(a), int(b)) for a, b in SEGMENT.findall(plan)] == [(0, 5), (5, 20)]


@pytest.mark.parametrize("lesson", FULL_LESSONS, ids=[p.stem for p in FULL_LESSONS])
def test_each_lesson_has_instructor_notes(lesson):
    notes = INSTRUCTOR / f"{lesson.stem}.md"
    assert notes.exists(), f"write {notes.relative_to(ROOT)} for {lesson.name}"
    text = notes.read_text(encoding="utf-8")
    assert lesson.name in text, "the notes name the notebook they go with"
    for what, pattern in REQUIRED.items():
        body = section(text, pattern)
        assert body is not None and body.strip(), f"{notes.name}: missing section '{what}'"
    segments = [(int(a), int(b)) for a, b in SEGMENT.findall(section(text, REQUIRED["plan"]))]
    assert len(segments) >= 4, f"{notes.name}: the plan needs timed segments like '| 0–5 | ... |'"
    assert segments[0][0] == 0
    for (_, end), (start, stop) in zip(segments, segments[1:]):
        assert start == end and stop > start, f"{notes.name}: segments must follow each other"
    assert 45 <= segments[-1][1] <= 50, f"{notes.name}: the plan lasts {segments[-1][1]} minutes"
    assert len(bullets(section(text, REQUIRED["misconceptions"]))) >= 3
    assert len(bullets(section(text, REQUIRED["discussion"]))) >= 3
    for cls in explorer_classes(lesson):
        assert cls in text, f"{notes.name} does not mention {cls}, which {lesson.name} shows"


@pytest.mark.parametrize("lesson", START, ids=[p.stem for p in START])
def test_start_notebook_has_a_short_guide(lesson):
    notes = INSTRUCTOR / f"{lesson.stem}.md"
    assert notes.exists(), f"write a short guide {notes.relative_to(ROOT)}"
    text = notes.read_text(encoding="utf-8")
    assert lesson.name in text
    assert section(text, r"^## Plan"), "the guide says how to use the start notebook in class"


def test_no_orphan_instructor_notes():
    stems = {p.stem for p in LESSONS}
    orphans = [p.name for p in INSTRUCTOR.glob("*.md") if p.stem not in stems and p.name != "README.md"]
    assert not orphans, f"notes without a lesson: {orphans}"


def test_teaching_guide_links_match_the_link_code():
    text = (ROOT / "docs" / "teaching.md").read_text(encoding="utf-8")
    assert links.REPO_URL in text and "[project.urls]" in text and "--repo" in text
    expected = [
        links.binder_link("notebooks/01_avoid_the_rush.ipynb"),
        links.binder_link("notebooks/apps/excess_entry.ipynb", voila=True),
        links.nbgitpuller_link("https://hub.example.edu", "notebooks/01_avoid_the_rush.ipynb"),
    ]
    for link in expected:
        assert link in text, f"docs/teaching.md shows a link the code no longer makes: {link}"
    for link in re.findall(r"https://(?:mybinder\.org|hub\.example\.edu)\S*", text):
        assert " " not in link and "#" not in link


@pytest.mark.parametrize("lesson", FULL_LESSONS, ids=[p.stem for p in FULL_LESSONS])
def test_projector_apps_named_in_the_notes_exist(lesson):
    notes = INSTRUCTOR / f"{lesson.stem}.md"
    if not notes.exists():
        pytest.fail(f"write {notes.relative_to(ROOT)}")
    text = notes.read_text(encoding="utf-8")
    paragraph = text.split("Projector apps", 1)[1].split("\n\n", 1)[0] if "Projector apps" in text else ""
    names = {Path(n).stem for n in re.findall(r"`([\w/]+?)(?:\.ipynb)?`", paragraph)
             if not n.startswith("voila")} - {"NAME"}
    assert names, f"{notes.name} lists the lesson's projector apps"
    missing = sorted(n for n in names if not (NOTEBOOKS / "apps" / f"{n}.ipynb").exists())
    assert not missing, f"{notes.name} names apps that do not exist: {missing}"


def test_versions_in_the_teaching_guide_match_the_binder_pins():
    requirements = ROOT / "binder" / "lock.txt"
    if not requirements.exists():
        pytest.skip("binder/lock.txt is not written yet")
    pins = {}
    for line in requirements.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^\s*([A-Za-z0-9_.\-]+)==([^\s;#]+)", line)
        if match:
            pins[match.group(1).lower().replace("_", "-")] = match.group(2)
    quoted = re.findall(r"`([A-Za-z0-9_.\-]+)==([^`\s]+)`", (ROOT / "docs" / "teaching.md").read_text(encoding="utf-8"))
    assert quoted, "docs/teaching.md names the pinned versions"
    for name, version in quoted:
        key = name.lower().replace("_", "-")
        assert pins.get(key) == version, f"docs/teaching.md says {name}=={version}; binder pins {pins.get(key)}"


def test_teaching_guide_holds_the_generated_links_of_both_languages():
    """The table between the markers is ``explainer links``' output (titles may lag translation)."""
    text = (ROOT / "docs" / "teaching.md").read_text(encoding="utf-8")
    table = text.split("<!-- explainer links: start -->", 1)[1].split("<!-- explainer links: end -->", 1)[0]
    rows = links.lesson_links(NOTEBOOKS)
    assert any(row["lang"] == "zh" and row["kind"] == "lesson" for row in rows)
    assert any(row["lang"] == "zh" and row["kind"] == "app" for row in rows)
    for row in rows:
        assert f"(`{row['path']}`) | [open]({row['binder']}) |" in table, (
            f"{row['path']} is missing from docs/teaching.md: regenerate the table with 'explainer links'")
    assert table.count("\n| ") == len(rows) + 1
    assert "explainer lab --lang zh" in text


def test_chinese_fonts_are_installed_for_the_tests_and_on_binder():
    assert "fonts-noto-cjk" in (ROOT / "binder" / "apt.txt").read_text().split()
    script = (ROOT / "scripts" / "test-all").read_text()
    assert "missing+=(fonts-noto-cjk)" in script and 'apt-get install -y -qq "${missing[@]}"' in script
