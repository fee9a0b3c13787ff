"""Tests of the classroom kit that need no notebook execution: student edition, links, apps,
figures and the slide rule."""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from explainer.classroom import apps, links
from explainer.classroom.cells import ANSWER_TAG, is_solution, notebook_title, source_text
from explainer.classroom.figures import export_figures
from explainer.classroom.slides import starts_slide, with_slide_metadata
from explainer.classroom.student_edition import (ANSWER_PLACEHOLDER, CODE_ANSWER_PLACEHOLDER,
                                                 FOLDED_SOLUTION, make_student_edition,
                                                 student_notebook, untagged_solutions)

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
LESSONS = sorted(NOTEBOOKS.glob("*.ipynb"))
ZH_LESSONS = sorted((NOTEBOOKS / "zh").glob("*.ipynb"))
KERNELSPEC = {"name": "python3", "display_name": "Python 3", "language": "python"}
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def lesson_with_solutions():
    """A small lesson with two solutions (markdown and code), outputs and widget state."""
    cells = [
        new_markdown_cell("# A lesson\n\nSome prose."),
        new_markdown_cell("**Exercise.** Predict first: will entry rise?"),
        new_markdown_cell("SECRET-ANSWER-ONE: entry rises because profit is positive.",
                          metadata={"tags": ["solution"]}),
        new_code_cell("x = 1\nx", execution_count=3,
                      outputs=[new_output("execute_result", data={"text/plain": "1"}, execution_count=3)]),
        new_code_cell("secret_answer_two = 42  # SECRET-ANSWER-TWO", metadata={"tags": [" Solution "]},
                      outputs=[new_output("stream", name="stdout", text="SECRET-OUTPUT\n")]),
        new_markdown_cell("## Summary"),
    ]
    nb = new_notebook(cells=cells, metadata={"kernelspec": KERNELSPEC})
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    return nb


# -- solution convention and student edition ---------------------------------------------

def test_is_solution_reads_the_tag_only():
    assert is_solution({"metadata": {"tags": ["solution"]}})
    assert is_solution({"metadata": {"tags": ["exercise", "Solution"]}})
    assert not is_solution({"metadata": {"tags": ["solutions-hint"]}})
    assert not is_solution({"metadata": {}})
    assert not is_solution({"source": "solution", "metadata": {}})


def test_student_notebook_replaces_solutions_and_clears_outputs():
    nb = lesson_with_solutions()
    student = student_notebook(nb)
    text = nbformat.writes(student)
    assert "SECRET" not in text
    assert "secret_answer_two" not in text
    assert not any(is_solution(cell) for cell in student.cells)
    answers = [c for c in student.cells if ANSWER_TAG in c.metadata.get("tags", [])]
    sources = [c.source for c in answers]
    assert sources.count(ANSWER_PLACEHOLDER) == 1
    assert sources.count(CODE_ANSWER_PLACEHOLDER) == 1
    assert any(c.cell_type == "code" for c in answers), "a code solution leaves a code cell to write in"
    for cell in student.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
    assert "widgets" not in student.metadata
    # the original is untouched and the non-solution cells keep their order
    assert sum(is_solution(c) for c in nb.cells) == 2
    kept = [c.source for c in student.cells if ANSWER_TAG not in c.metadata.get("tags", [])]
    assert kept == [c.source for c in nb.cells if not is_solution(c)]
    nbformat.validate(student)


def test_folded_solution_blocks_are_removed_from_untagged_cells():
    cell = new_markdown_cell("### Try this\n1. Predict.\n\n<details><summary>Solution to 1 (try it first)"
                             "</summary>\n\nSECRET-FOLDED.\n</details>\n\nKept after.")
    hint = new_markdown_cell("<details><summary>Hint</summary>A hint stays.</details>")
    nb = new_notebook(cells=[cell, hint])
    student = student_notebook(nb)
    text = nbformat.writes(student)
    assert "SECRET-FOLDED" not in text
    assert "Kept after." in text and "1. Predict." in text and "A hint stays." in text
    assert student.cells[0].source.count(ANSWER_PLACEHOLDER) == 1
    assert untagged_solutions(nb) == [], "folded blocks are handled, not reported"


def test_untagged_answers_are_reported():
    nb = new_notebook(cells=[
        new_markdown_cell("### Try this\n1. Predict.\n\n*Answer to 1 (try first):* it rises."),
        new_markdown_cell("**Solution to 2** (try it first): it falls.", metadata={"tags": ["solution"]}),
        new_markdown_cell("The answer is in the data; solutions to such problems vary."),
    ])
    assert untagged_solutions(nb) == [(0, "*Answer to 1 (try first):* it rises.")]


def test_make_student_edition_on_a_synthetic_folder(tmp_path):
    src, out = tmp_path / "notebooks", tmp_path / "student"
    src.mkdir()
    nbformat.write(lesson_with_solutions(), src / "01_demo.ipynb")
    nbformat.write(new_notebook(cells=[new_markdown_cell("# No exercises")],
                                metadata={"kernelspec": KERNELSPEC}), src / "02_plain.ipynb")
    before = (src / "01_demo.ipynb").read_text()
    written = make_student_edition(src, out)
    assert [p.name for p in written] == ["01_demo.ipynb", "02_plain.ipynb"]
    assert "SECRET" not in (out / "01_demo.ipynb").read_text()
    assert (src / "01_demo.ipynb").read_text() == before
    with pytest.raises(ValueError, match="out_dir"):
        make_student_edition(src, src)


def test_student_edition_of_the_chinese_lessons_has_chinese_placeholders(tmp_path):
    from explainer.classroom.student_edition import placeholders

    src = tmp_path / "notebooks"
    (src / "zh").mkdir(parents=True)
    nb = lesson_with_solutions()
    nb.metadata["explainer"] = {"language": "zh"}
    nbformat.write(nb, src / "zh" / "01_demo.ipynb")
    (written,) = make_student_edition(src / "zh", tmp_path / "student" / "zh")
    text = written.read_text(encoding="utf-8")
    assert "SECRET" not in text
    assert "在此作答" in placeholders("zh")[0]
    assert placeholders("zh")[0] in text and ANSWER_PLACEHOLDER not in text
    folded = new_markdown_cell("问题。\n\n<details><summary>答案</summary>SECRET</details>")
    assert "SECRET" not in student_notebook(new_notebook(cells=[folded]), "zh").cells[0].source


@pytest.mark.skipif(not ZH_LESSONS, reason="no Chinese edition generated yet")
def test_cli_student_command_writes_both_languages(tmp_path, capsys):
    from explainer.cli import main
    from explainer.classroom.student_edition import placeholders

    out = tmp_path / "student"
    assert main(["student", "--notebooks", str(NOTEBOOKS), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.glob("*.ipynb")) == [p.name for p in LESSONS]
    assert sorted(p.name for p in (out / "zh").glob("*.ipynb")) == [p.name for p in ZH_LESSONS]
    lesson = nbformat.read(out / "zh" / "01_avoid_the_rush.ipynb", as_version=4)
    assert lesson.metadata["explainer_edition"] == "student"
    assert any(placeholders("zh")[0] in c.source for c in lesson.cells)
    assert not any(is_solution(c) for c in lesson.cells)
    assert f"wrote {len(LESSONS) + len(ZH_LESSONS)} notebooks" in capsys.readouterr().out
    assert main(["student", "--notebooks", str(NOTEBOOKS), "--out", str(tmp_path / "en"),
                 "--lang", "en"]) == 0
    assert not (tmp_path / "en" / "zh").exists()


def test_cli_student_command_writes_the_edition(tmp_path, capsys):
    from explainer.cli import main

    src = tmp_path / "notebooks"
    src.mkdir()
    nbformat.write(lesson_with_solutions(), src / "01_demo.ipynb")
    assert main(["student", "--notebooks", str(src), "--out", str(tmp_path / "student")]) == 0
    assert "01_demo.ipynb" in capsys.readouterr().out
    assert "SECRET" not in (tmp_path / "student" / "01_demo.ipynb").read_text()


def solution_pieces(nb):
    """Each solution cell's text and its paragraphs of 40 characters or more, as parsed
    (LaTeX backslashes single, as the student would see them)."""
    pieces = []
    for index, cell in enumerate(nb.cells):
        if is_solution(cell):
            body = source_text(cell).strip()
            paragraphs = [p.strip() for p in body.split("\n\n") if len(p.strip()) >= 40]
            pieces.append((index, [body, *paragraphs]))
    return pieces


def assert_no_solution_in(nb, student, name):
    """No solution cell's text, nor any long paragraph of it, is in any cell of ``student``."""
    shown = "\n".join(source_text(cell) for cell in student.cells)
    assert not any(is_solution(cell) for cell in student.cells)
    for index, pieces in solution_pieces(nb):
        for piece in pieces:
            assert piece not in shown, f"{name}: the solution in cell {index} survived: {piece[:60]!r}"
    assert not FOLDED_SOLUTION.search(shown), f"a folded solution of {name} survived"


@pytest.mark.parametrize("lesson", LESSONS, ids=[p.name for p in LESSONS])
def test_no_solution_survives_in_the_student_edition_of_each_lesson(lesson, tmp_path):
    nb = nbformat.read(lesson, as_version=4)
    (path,) = make_student_edition_for(lesson, tmp_path)
    student = nbformat.read(path, as_version=4)
    assert_no_solution_in(nb, student, lesson.name)
    assert all(not c.get("outputs") for c in student.cells if c.cell_type == "code")
    assert "widgets" not in student.metadata


@pytest.mark.parametrize("lesson", LESSONS, ids=[p.name for p in LESSONS])
def test_the_student_edition_check_finds_every_solution(lesson):
    """Mutation: put each solution back, untagged, in place of its placeholder; the check
    above must notice every one (including those with LaTeX backslashes)."""
    nb = nbformat.read(lesson, as_version=4)
    student = student_notebook(nb)
    for index, _ in solution_pieces(nb):
        leaked = copy.deepcopy(student)
        leaked.cells.append(new_markdown_cell(source_text(nb.cells[index])))
        with pytest.raises(AssertionError, match=f"the solution in cell {index} survived"):
            assert_no_solution_in(nb, leaked, lesson.name)
    if lesson.name != "00_start_here.ipynb":
        assert solution_pieces(nb), f"{lesson.name} has no solution cells to check"


@pytest.mark.parametrize("lesson", LESSONS, ids=[p.name for p in LESSONS])
def test_worked_answers_in_each_lesson_are_tagged_as_solutions(lesson):
    """An answer written in an untagged cell would reach students in the student edition."""
    found = untagged_solutions(nbformat.read(lesson, as_version=4))
    assert not found, (f"{lesson.name}: move these answers into their own cells tagged 'solution' "
                       f"(docs/classroom.md): " + "; ".join(f"cell {i}: {line}" for i, line in found))


def make_student_edition_for(lesson, tmp_path):
    """Run the student edition on a folder holding only ``lesson`` (a copy)."""
    src = tmp_path / "src"
    src.mkdir()
    (src / lesson.name).write_bytes(lesson.read_bytes())
    return make_student_edition(src, tmp_path / "student")


def test_notebook_title_prefers_the_first_level_one_heading():
    nb = new_notebook(cells=[new_markdown_cell("## Intro"), new_markdown_cell("```\n# not a heading\n```\n# Real title")])
    assert notebook_title(nb, "x") == "Real title"
    assert notebook_title(new_notebook(), "fallback") == "fallback"


# -- slides ------------------------------------------------------------------------------

def test_slide_rule_breaks_on_top_headings_and_hides_solutions():
    nb = lesson_with_solutions()
    nb.cells.insert(1, new_markdown_cell("### A small heading"))
    nb.cells.append(new_markdown_cell("Kept", metadata={"slideshow": {"slide_type": "fragment"}}))
    deck = with_slide_metadata(nb)
    types = [c.metadata["slideshow"]["slide_type"] for c in deck.cells]
    assert types == ["slide", "-", "-", "notes", "-", "notes", "slide", "fragment"]
    assert "slideshow" not in nb.cells[0].metadata, "the input notebook is not modified"
    assert starts_slide(new_markdown_cell("\n## Heading\ntext"))
    assert not starts_slide(new_markdown_cell("text\n## Heading"))
    assert not starts_slide(new_code_cell("## comment"))


def test_a_deck_starts_on_a_slide_even_after_a_leading_solution():
    nb = new_notebook(cells=[new_markdown_cell("answer", metadata={"tags": ["solution"]}),
                             new_markdown_cell("text")])
    types = [c.metadata["slideshow"]["slide_type"] for c in with_slide_metadata(nb).cells]
    assert types == ["notes", "slide"]


# -- links -------------------------------------------------------------------------------

def test_binder_link_opens_the_notebook_in_lab():
    link = links.binder_link("notebooks/01_avoid_the_rush.ipynb")
    assert link == ("https://mybinder.org/v2/gh/OWNER/explainer/main"
                    "?urlpath=lab%2Ftree%2Fnotebooks%2F01_avoid_the_rush.ipynb")
    voila = links.binder_link("notebooks/apps/excess_entry.ipynb", voila=True)
    assert parse_qs(urlsplit(voila).query) == {"urlpath": ["voila/render/notebooks/apps/excess_entry.ipynb"]}


def test_nbgitpuller_link_encodes_the_nested_urlpath():
    link = links.nbgitpuller_link("https://hub.example.edu/", "notebooks/01_avoid_the_rush.ipynb",
                                  repo_url="https://github.com/someone/explainer.git")
    assert link == ("https://hub.example.edu/hub/user-redirect/git-pull"
                    "?repo=https%3A%2F%2Fgithub.com%2Fsomeone%2Fexplainer.git&branch=main"
                    "&urlpath=lab%2Ftree%2Fexplainer%2Fnotebooks%2F01_avoid_the_rush.ipynb")
    parts = urlsplit(link)
    assert parts.path == "/hub/user-redirect/git-pull"
    assert parse_qs(parts.query) == {
        "repo": ["https://github.com/someone/explainer.git"], "branch": ["main"],
        "urlpath": ["lab/tree/explainer/notebooks/01_avoid_the_rush.ipynb"]}


def test_awkward_names_survive_the_round_trip():
    name = "notebooks/05 costs & benefits #2?.ipynb"
    link = links.nbgitpuller_link("https://hub.example.edu", name, branch="fix/links")
    query = urlsplit(link).query
    assert " " not in link and "#" not in link and link.count("?") == 1
    assert query.count("&") == 2, "only the three parameters are separated by '&'"
    assert parse_qs(query) == {"repo": [links.REPO_URL], "branch": ["fix/links"],
                               "urlpath": [f"lab/tree/explainer/{name}"]}
    binder = links.binder_link(name, branch="fix/links")
    assert urlsplit(binder).path == "/v2/gh/OWNER/explainer/fix%2Flinks"
    assert parse_qs(urlsplit(binder).query) == {"urlpath": [f"lab/tree/{name}"]}


def test_links_for_non_github_repositories_and_bad_addresses():
    link = links.binder_link("notebooks/a.ipynb", repo_url="https://gitlab.example.org/team/explainer")
    assert link.startswith("https://mybinder.org/v2/git/https%3A%2F%2Fgitlab.example.org%2Fteam%2Fexplainer/main?")
    with pytest.raises(ValueError, match="hub_url"):
        links.nbgitpuller_link("hub.example.edu", "notebooks/a.ipynb")
    with pytest.raises(ValueError, match="repo_url"):
        links.binder_link("notebooks/a.ipynb", repo_url="github.com/x/y")


def test_lesson_links_cover_every_notebook_and_app(tmp_path, monkeypatch):
    import explainer.widgets
    from explainer.widgets.excess_entry import ExcessEntryExplorer

    monkeypatch.setattr(explainer.widgets, "all_explorers", lambda: {"excess_entry": ExcessEntryExplorer})
    folder = tmp_path / "notebooks"
    (folder / "apps").mkdir(parents=True)
    for name in ("00_start.ipynb", "07_later.ipynb"):
        nbformat.write(new_notebook(cells=[new_markdown_cell(f"# Title of {name}")]), folder / name)
    apps.write_apps(folder / "apps")
    (folder / "zh").mkdir()
    nbformat.write(new_notebook(cells=[new_markdown_cell("# 开始")]), folder / "zh" / "00_start.ipynb")
    rows = links.lesson_links(folder, hub_url="https://hub.example.edu")
    app = "notebooks/apps/explorer.ipynb?explorer=excess_entry"
    assert [(r["kind"], r["lang"], r["path"]) for r in rows] == [
        ("lesson", "en", "notebooks/00_start.ipynb"), ("lesson", "en", "notebooks/07_later.ipynb"),
        ("app", "en", app), ("lesson", "zh", "notebooks/zh/00_start.ipynb"),
        ("app", "zh", app + "&lang=zh")]
    assert rows[0]["title"] == "Title of 00_start.ipynb"
    assert rows[2]["title"] == ExcessEntryExplorer.title().rstrip(".")
    assert rows[4]["title"] == apps.app_title(ExcessEntryExplorer, "zh") != rows[2]["title"]
    hub_path = parse_qs(urlsplit(rows[2]["hub"]).query)["urlpath"]
    assert hub_path == ["voila/render/explainer/notebooks/apps/explorer.ipynb?explorer=excess_entry"]
    assert "lab%2Ftree%2Fexplainer%2Fnotebooks%2Fzh%2F00_start.ipynb" in rows[3]["hub"]
    binder_path = parse_qs(urlsplit(rows[4]["binder"]).query)["urlpath"]
    assert binder_path == ["voila/render/notebooks/apps/explorer.ipynb?explorer=excess_entry&lang=zh"]
    table = links.links_markdown(rows)
    assert table.count("\n") == 2 + len(rows)
    assert "| 中文: 开始 (`notebooks/zh/00_start.ipynb`) |" in table


def test_links_cover_the_real_lessons():
    from explainer.widgets import all_explorers

    rows = links.lesson_links(NOTEBOOKS)
    lesson_paths = [r["path"] for r in rows if r["kind"] == "lesson"]
    assert lesson_paths == ([f"notebooks/{p.name}" for p in LESSONS]
                            + [f"notebooks/zh/{p.name}" for p in ZH_LESSONS])
    app_paths = [r["path"] for r in rows if r["kind"] == "app"]
    names = sorted(all_explorers())
    assert app_paths == ([f"notebooks/apps/explorer.ipynb?explorer={n}" for n in names]
                         + [f"notebooks/apps/explorer.ipynb?explorer={n}&lang=zh" for n in names])


# -- projector apps ----------------------------------------------------------------------

def test_apps_folder_holds_the_one_app_notebook():
    problems = apps.apps_out_of_sync(NOTEBOOKS / "apps")
    assert problems == [], ("regenerate with `explainer apps`: "
                            + "; ".join(problems))
    assert sorted(p.name for p in (NOTEBOOKS / "apps").rglob("*.ipynb")) == [apps.APP_FILE]


def test_app_query_round_trips_and_ignores_what_it_does_not_know():
    assert apps.read_query(apps.app_query("cascades", "zh")) == ("cascades", "zh")
    assert apps.read_query(apps.app_query("cascades")) == ("cascades", None)
    assert apps.read_query("explorer=cascades&lang=fr&x=1") == ("cascades", None)
    assert apps.read_query(None) == (None, None)
    with pytest.raises(ValueError, match="lang must be one of"):
        apps.app_query("cascades", "fr")


@pytest.fixture
def shown(monkeypatch, in_language):
    """Run :func:`apps.show` with the page address ``query``; return what it displayed and
    returned, and the language it left set."""
    from explainer import i18n

    def run(query, **kwargs):
        outputs = []
        monkeypatch.setattr("IPython.display.display", outputs.append)
        monkeypatch.setenv(apps.QUERY_VARIABLE, query)
        explorer = apps.show(**kwargs)
        if explorer is not None:
            explorer.close()
        return outputs, explorer, i18n.get_language()
    return run


def test_the_app_shows_the_explorer_its_address_names(shown):
    from explainer.widgets.cascades import CascadesExplorer

    outputs, explorer, lang = shown("explorer=cascades")
    assert type(explorer) is CascadesExplorer and lang == "en"
    assert outputs[0].data.startswith(f"# {CascadesExplorer.title().rstrip('.')}\n")
    assert apps.instructions("en") in outputs[0].data
    assert "explainer-projector" in explorer.widget._dom_classes
    outputs, explorer, lang = shown("explorer=cascades&lang=zh")
    assert type(explorer) is CascadesExplorer and lang == "zh"
    assert outputs[0].data.startswith(f"# {apps.app_title(CascadesExplorer, 'zh')}\n")
    assert "拖动滑块" in outputs[0].data
    outputs, explorer, lang = shown("", explorer="cascades", lang="en")  # in JupyterLab
    assert type(explorer) is CascadesExplorer and lang == "en"


@pytest.mark.parametrize("query", ["", "explorer=no_such_thing", "explorer=base", "explorer=../x"])
def test_an_app_address_without_a_known_explorer_lists_them_all(shown, query):
    from explainer.widgets import all_explorers

    outputs, explorer, _ = shown(query)
    assert explorer is None and len(outputs) == 1
    text = outputs[0].data
    assert text.startswith("# Projector mode: pick an explorer")
    for name in all_explorers():
        assert f"](?explorer={name}) (`{name}`)" in text
    assert ("There is no explorer called" in text) == bool(query)


def test_the_app_list_in_chinese_links_the_chinese_apps():
    text = apps.index_markdown("zh")
    assert text.startswith("# 投影模式") and "(?explorer=cascades&lang=zh)" in text


def test_write_apps_writes_the_app_and_removes_the_apps_of_earlier_releases(tmp_path):
    folder = tmp_path / "apps"
    (folder / "zh").mkdir(parents=True)
    for old in (folder / "gone.ipynb", folder / "zh" / "gone.ipynb"):
        nbformat.write(new_notebook(metadata={apps.APP_KEY: {"explorer": "gone"}}), old)
    nbformat.write(new_notebook(), folder / "hand_made.ipynb")
    assert apps.apps_out_of_sync(folder) == [
        f"{folder / apps.APP_FILE} is missing",
        f"{folder / 'gone.ipynb'} is an app of an earlier release",
        f"{folder / 'zh' / 'gone.ipynb'} is an app of an earlier release"]
    assert apps.write_apps(folder) == [folder / apps.APP_FILE, folder / "gone.ipynb",
                                       folder / "zh" / "gone.ipynb"]
    assert sorted(p.name for p in folder.rglob("*.ipynb")) == [apps.APP_FILE, "hand_made.ipynb"]
    assert not (folder / "zh").exists()
    assert apps.apps_out_of_sync(folder) == []
    nb = nbformat.read(folder / apps.APP_FILE, as_version=4)
    assert [c.source for c in nb.cells] == [apps.APP_SOURCE]
    assert nb.metadata["kernelspec"]["name"] == "python3"
    # byte-for-byte reproducible, and left alone when up to date
    text = (folder / apps.APP_FILE).read_text()
    mtime = (folder / apps.APP_FILE).stat().st_mtime_ns
    apps.write_apps(folder)
    assert (folder / apps.APP_FILE).read_text() == text == apps.app_text()
    assert (folder / apps.APP_FILE).stat().st_mtime_ns == mtime
    json.loads(text)


# -- figures -----------------------------------------------------------------------------

class _SourcedExplorer:
    """Built lazily so that importing this test module creates no widgets."""

    @staticmethod
    def make():
        from explainer.widgets.base import Explorer
        from explainer.widgets.controls import slider

        class SourcedDemo(Explorer):
            """A line whose slope the reader sets, drawn under a dataset's source."""

            name = "sourced_demo"
            sources = ("capacity_utilisation_annual",)

            def __init__(self):
                super().__init__({"k": slider("Slope k", 1.0, 0.0, 2.0, 0.5)})

            def draw(self, axes, k):
                axes[0].cla()
                axes[0].plot([0, 1], [0, k])
                return f"A line of slope {k:.1f}."

        return SourcedDemo


def _check_figure_files(folder, name, alt, source_lines):
    png = (folder / f"{name}.png").read_bytes()
    assert png.startswith(PNG_MAGIC)
    root = ET.parse(folder / f"{name}.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    desc = root.find("{http://www.w3.org/2000/svg}desc")
    title = root.find("{http://www.w3.org/2000/svg}title")
    assert title is not None and title.text.strip()
    assert desc is not None and alt in desc.text
    sidecar = (folder / f"{name}.txt").read_text(encoding="utf-8")
    assert alt in sidecar
    for line in source_lines:
        assert line in desc.text and line in sidecar
    from PIL import Image

    with Image.open(folder / f"{name}.png") as image:
        assert image.text["Description"] == alt
        for line in source_lines:
            assert line in image.text["Source"]


@pytest.mark.slow
def test_export_figures_writes_png_svg_and_sources_for_every_explorer(tmp_path):
    from explainer.data import source_line
    from explainer.widgets import all_explorers

    explorers = all_explorers()
    written = export_figures(tmp_path)
    assert sorted(p.name for p in written) == sorted(
        f"{name}.{ext}" for name in explorers for ext in ("png", "svg", "txt"))
    for name, cls in explorers.items():
        explorer = cls()
        try:
            alt, sources = explorer.alt_text, [source_line(s) for s in explorer.sources]
        finally:
            explorer.close()
        assert alt
        _check_figure_files(tmp_path, name, alt, sources)


def test_export_figures_mentions_the_source_of_an_explorer_with_data(tmp_path):
    from explainer.data import source_line

    cls = _SourcedExplorer.make()
    export_figures(tmp_path, {"sourced_demo": cls})
    line = source_line("capacity_utilisation_annual")
    _check_figure_files(tmp_path, "sourced_demo", "A line of slope 1.0.", [line])
