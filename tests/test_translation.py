"""The Chinese edition is complete, up to date, and generated from the English source.

Every English notebook, instructor note and user-interface string has a confirmed Chinese
translation in a gettext catalog; a changed English text makes its entry fuzzy (not used until a
translator checks it); and the generated files match what ``explainer translate`` would write.
Each rule is also tested on a small crafted project, to prove the check can fail.
"""

from __future__ import annotations

import json

import pytest

from support.paths import NOTEBOOKS, ROOT
from explainer import i18n, translation
from explainer.i18n import language_line
from explainer.translation import Project, Segment

PROJECT = Project(ROOT)
ENGLISH = PROJECT.notebooks


def _code(notebook):
    return [(c.get("id"), "".join(c["source"])) for c in notebook["cells"] if c["cell_type"] == "code"]


# -- the shipped edition ---------------------------------------------------------------------

def test_every_lesson_has_a_chinese_twin():
    assert len(ENGLISH) >= 5
    for english in ENGLISH:
        assert PROJECT.notebook_twin(english).exists(), f"no Chinese edition of {english.name}"
    for note in PROJECT.notes:
        assert PROJECT.note_twin(note).exists(), f"no Chinese edition of {note.name}"


def test_no_missing_fuzzy_or_out_of_date_translation():
    lines = translation.problems(PROJECT)
    assert not lines, f"{len(lines)} problem(s); run 'explainer translate --check':\n" + "\n".join(lines[:40])


@pytest.mark.parametrize("english", ENGLISH, ids=lambda p: p.stem)
def test_code_cells_are_the_english_ones_plus_the_language_line(english):
    source = json.loads(english.read_text(encoding="utf-8"))
    twin = json.loads(PROJECT.notebook_twin(english).read_text(encoding="utf-8"))
    english_code, chinese_code = _code(source), _code(twin)
    assert len(english_code) == len(chinese_code)
    (first_id, first), *rest = chinese_code
    assert first.startswith(language_line("zh") + "\n")
    assert [(first_id, first[len(language_line("zh")) + 1:]), *rest] == english_code
    tags = [c.get("metadata", {}).get("tags", []) for c in source["cells"]]
    assert tags == [c.get("metadata", {}).get("tags", []) for c in twin["cells"]]


@pytest.mark.parametrize("english", ENGLISH, ids=lambda p: p.stem)
def test_markdown_is_chinese(english):
    twin = json.loads(PROJECT.notebook_twin(english).read_text(encoding="utf-8"))
    for cell in twin["cells"]:
        if cell["cell_type"] == "markdown" and translation.needs_translation("".join(cell["source"])):
            text = "".join(cell["source"])
            assert any("\u4e00" <= ch <= "\u9fff" for ch in text), f"{english.name}: {text[:80]!r}"


def test_every_ui_catalog_entry_keeps_its_format_fields():
    for path in sorted((i18n.LOCALE_DIR / "zh").glob("*.po")):
        for message in translation.read_catalog(path):
            if message.id and message.string:
                assert not translation.placeholder_mismatch(message.id, message.string), (
                    f"{path.name}: {message.id!r} -> {message.string!r}")


def test_language_selection():
    before = i18n._state["language"]
    try:
        assert i18n.set_language("zh") == "zh" and i18n.is_chinese()
        assert i18n.year(2023) == "2023年"
        i18n.set_language("en")
        assert i18n._("anything at all") == "anything at all" and i18n.year(2023) == "2023"
        with pytest.raises(ValueError, match="language must be one of en, zh"):
            i18n.set_language("fr")
    finally:
        i18n._state["language"] = before


def test_one_registry_of_languages():
    assert i18n.LANGUAGES == tuple(i18n.REGISTRY) == ("en", "zh")
    assert translation.TARGETS == ("zh",)
    assert [i18n.language_entry(code).name for code in i18n.LANGUAGES] == ["English", "中文"]
    assert i18n.language_entry("zh").html_lang == "zh-Hans"
    assert i18n.check_language("all", allow_all=True) == "all"
    with pytest.raises(ValueError, match="language must be one of en, zh; got 'all'"):
        i18n.check_language("all")
    with pytest.raises(ValueError, match="lang must be one of en, zh, all; got 'fr'"):
        i18n.check_language("fr", allow_all=True, name="lang")
    assert i18n.edition_folder("notebooks/apps", "en").as_posix() == "notebooks/apps"
    assert i18n.edition_folder("notebooks/apps", "zh").as_posix() == "notebooks/apps/zh"
    with pytest.raises(ValueError, match="lang must be one of en, zh"):
        i18n.edition_folder("notebooks", "all")
    assert (i18n.year(2023.0, "en"), i18n.year(2023, "zh")) == ("2023", "2023年")


def test_language_from_the_environment(monkeypatch):
    before = i18n._state["language"]
    try:
        i18n._state["language"] = None
        monkeypatch.setenv(i18n.LANGUAGE_VARIABLE, "zh")
        assert i18n.get_language() == "zh"
        i18n._state["language"] = None
        monkeypatch.setenv(i18n.LANGUAGE_VARIABLE, "klingon")
        assert i18n.get_language() == "en"
    finally:
        i18n._state["language"] = before


# -- the rules, on a crafted project ----------------------------------------------------------

def _project(tmp_path, cells):
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "docs" / "instructor").mkdir(parents=True)
    notebook = {"nbformat": 4, "nbformat_minor": 5,
                "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3",
                                            "language": "python"}},
                "cells": cells}
    path = tmp_path / "notebooks" / "01_lesson.ipynb"
    path.write_text(json.dumps(notebook), encoding="utf-8")
    (tmp_path / "docs" / "instructor" / "01_lesson.md").write_text(
        "# Notes\n\nTeach the **model** first.\n\n---\n", encoding="utf-8")
    return Project(tmp_path, locale=tmp_path / "locale"), path


def _cells(text="A market fills up too fast."):
    return [{"cell_type": "markdown", "id": "aaaa0001", "metadata": {}, "source": text},
            {"cell_type": "code", "id": "aaaa0002", "metadata": {}, "execution_count": None,
             "outputs": [], "source": "x = 1\nx"}]


def _fill(path, table):
    catalog = translation.read_catalog(path)
    for message in catalog:
        if message.id in table:
            message.string = table[message.id]
            message.flags.discard("fuzzy")
    translation.write_catalog(catalog, path)


def _only_code_strings(monkeypatch):
    monkeypatch.setattr(translation, "ui_segments", lambda: {})


def test_a_new_english_cell_is_reported_missing(tmp_path, monkeypatch):
    _only_code_strings(monkeypatch)
    project, path = _project(tmp_path, _cells())
    translation.update(project)
    lines = translation.problems(project)
    assert any("01_lesson.po [aaaa0001]: no translation" in line for line in lines), lines
    _fill(project.notebook_catalog(path), {"A market fills up too fast.": "市场进入过快。"})
    _fill(project.note_catalog(project.notes[0]), {"# Notes": "# 教学笔记",
                                                    "Teach the **model** first.": "先讲**模型**。"})
    translation.update(project)
    assert translation.problems(project) == []
    twin = json.loads(project.notebook_twin(path).read_text(encoding="utf-8"))
    assert "".join(twin["cells"][0]["source"]) == "市场进入过快。"
    assert "".join(twin["cells"][1]["source"]) == language_line("zh") + "\nx = 1\nx"
    assert project.note_twin(project.notes[0]).read_text(encoding="utf-8") == (
        "# 教学笔记\n\n先讲**模型**。\n\n---\n")


def test_changed_english_makes_the_entry_fuzzy_with_its_old_translation(tmp_path, monkeypatch):
    _only_code_strings(monkeypatch)
    project, path = _project(tmp_path, _cells())
    translation.update(project)
    _fill(project.notebook_catalog(path), {"A market fills up too fast.": "市场进入过快。"})
    _fill(project.note_catalog(project.notes[0]), {"# Notes": "# 教学笔记",
                                                    "Teach the **model** first.": "先讲**模型**。"})
    translation.update(project)
    assert translation.problems(project) == []

    notebook = json.loads(path.read_text(encoding="utf-8"))
    notebook["cells"][0]["source"] = "A market fills up much too fast."
    path.write_text(json.dumps(notebook), encoding="utf-8")
    assert any("out of date" in line for line in translation.problems(project))
    translation.update(project)
    entry = next(m for m in translation.read_catalog(project.notebook_catalog(path))
                 if m.context == "aaaa0001")
    assert entry.fuzzy and entry.string == "市场进入过快。"
    assert entry.previous_id == ["A market fills up too fast."]
    assert any("fuzzy" in line for line in translation.problems(project))
    # a fuzzy entry is not used: the generated cell shows the English until it is confirmed
    twin = json.loads(project.notebook_twin(path).read_text(encoding="utf-8"))
    assert "".join(twin["cells"][0]["source"]) == "A market fills up much too fast."


def test_a_hand_edited_twin_is_out_of_date(tmp_path, monkeypatch):
    _only_code_strings(monkeypatch)
    project, path = _project(tmp_path, _cells())
    translation.update(project)
    twin_path = project.notebook_twin(path)
    twin = json.loads(twin_path.read_text(encoding="utf-8"))
    twin["cells"][1]["source"] = "x = 2\nx"
    twin_path.write_text(json.dumps(twin), encoding="utf-8")
    assert any("notebooks/zh/01_lesson.ipynb: out of date" in line
               for line in translation.problems(project))


def test_removed_english_becomes_obsolete(tmp_path, monkeypatch):
    _only_code_strings(monkeypatch)
    project, path = _project(tmp_path, _cells())
    translation.update(project)
    _fill(project.notebook_catalog(path), {"A market fills up too fast.": "市场进入过快。"})
    notebook = json.loads(path.read_text(encoding="utf-8"))
    notebook["cells"] = notebook["cells"][1:]
    path.write_text(json.dumps(notebook), encoding="utf-8")
    translation.update(project)
    catalog = translation.read_catalog(project.notebook_catalog(path))
    assert not [m for m in catalog if m.id]
    assert [m.id for m in catalog.obsolete.values()] == ["A market fills up too fast."]


def test_a_moved_cell_keeps_its_translation(tmp_path, monkeypatch):
    # the same English under a new cell id reuses the translation (it is not fuzzy)
    old = translation.read_catalog(tmp_path / "none.po")
    old.add("Same text.", "同样的文字。", context="old-id")
    new = translation.update_catalog(old, [Segment("new-id", "Same text.")])
    message = next(m for m in new if m.id)
    assert message.context == "new-id" and message.string == "同样的文字。" and not message.fuzzy


def test_a_string_whose_code_moves_to_another_module_keeps_its_translation(tmp_path, monkeypatch):
    project, _path = _project(tmp_path, _cells())
    where = [("explainer/widgets/x.py", 1)]
    monkeypatch.setattr(translation, "ui_segments", lambda: {
        "old_module": [(Segment(None, "Number of firms"), where), (Segment(None, "Entry cost"), where)],
        "kept": [(Segment(None, "Demand"), where)]})
    translation.update(project)
    catalogs = project.locale / "zh"
    _fill(catalogs / "old_module.po", {"Number of firms": "企业数量", "Entry cost": "进入成本"})
    _fill(catalogs / "kept.po", {"Demand": "需求"})
    old = translation.read_catalog(catalogs / "old_module.po")
    next(m for m in old if m.id == "Entry cost").flags.add("fuzzy")
    translation.write_catalog(old, catalogs / "old_module.po")

    # "Number of firms" moves to a new module, "Entry cost" to a kept one; old_module is gone
    monkeypatch.setattr(translation, "ui_segments", lambda: {
        "new_module": [(Segment(None, "Number of firms"), where)],
        "kept": [(Segment(None, "Demand"), where), (Segment(None, "Entry cost"), where)]})
    assert f"{catalogs.relative_to(tmp_path)}/old_module.po: out of date (run: explainer translate)" \
        in translation.problems(project)
    translation.update(project)
    assert sorted(p.name for p in catalogs.glob("*.po")) == ["kept.po", "new_module.po"]
    moved = {m.id: m for m in translation.read_catalog(catalogs / "new_module.po") if m.id}
    assert moved["Number of firms"].string == "企业数量" and not moved["Number of firms"].fuzzy
    kept = translation.read_catalog(catalogs / "kept.po")
    entries = {m.id: m for m in kept if m.id}
    assert entries["Demand"].string == "需求"
    # a fuzzy entry stays fuzzy where it goes (moving does not confirm it), and keeps its text
    assert entries["Entry cost"].string == "进入成本" and entries["Entry cost"].fuzzy
    assert not kept.obsolete
    assert [line for line in translation.problems(project) if line.startswith("locale")] == [
        "locale/zh/kept.po: fuzzy (the English changed) 'Entry cost'"]


def test_format_fields_must_match():
    assert translation.placeholder_mismatch("{n} firms enter", "{n}家企业进入") == ""
    assert translation.placeholder_mismatch("{n:.0f} firms", "{n:.0f}家企业") == ""
    assert "format fields" in translation.placeholder_mismatch("{n} firms enter", "{m}家企业进入")
    assert "format fields" in translation.placeholder_mismatch("{n} of {total}", "{n}")
    # words inside a formula's \text{} are translated, not fields; a field beside them still counts
    assert translation.placeholder_mismatch(r"$\text{const} + {n}$", r"$\text{常数} + {n}$") == ""
    assert "format fields" in translation.placeholder_mismatch(r"$\text{const} + {n}$", r"$\text{常数}$")


def test_links_point_one_folder_up_except_sibling_notebooks():
    text = "[next](02_x.ipynb), [notes](../docs/a.md), [web](https://x.org), [top](#a)"
    assert translation.relink(text) == (
        "[next](02_x.ipynb), [notes](../../docs/a.md), [web](https://x.org), [top](#a)")


def test_ui_strings_are_translated_when_a_catalog_has_them(tmp_path, monkeypatch):
    folder = tmp_path / "zh"
    folder.mkdir()
    catalog = translation.read_catalog(folder / "x.po")
    catalog.add("Number of firms", "企业数量")
    catalog.add("Entry cost", "进入成本", flags={"fuzzy"})
    translation.write_catalog(catalog, folder / "x.po")
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    i18n.catalog.cache_clear()
    try:
        assert i18n.gettext("Number of firms", "zh") == "企业数量"
        assert i18n.gettext("Entry cost", "zh") == "Entry cost"  # fuzzy: not used
        assert i18n.gettext("Number of firms", "en") == "Number of firms"
    finally:
        i18n.catalog.cache_clear()


def test_notebooks_folder_is_the_one_checked():
    assert {p.parent for p in ENGLISH} == {NOTEBOOKS}
