"""Projector mode (``explainer.classroom.apps``): one app notebook shows the explorer its
address names, or lists them all."""

from __future__ import annotations

import json

import nbformat
import pytest
from nbformat.v4 import new_notebook

from explainer.classroom import apps
from support.paths import NOTEBOOKS


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
