"""Binder and nbgitpuller links (``explainer.classroom.links``): every value percent-encoded,
every lesson and every explorer's app covered."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import nbformat
import pytest
from nbformat.v4 import new_markdown_cell, new_notebook

from explainer.classroom import apps, links
from support.paths import LESSONS, NOTEBOOKS, ZH_LESSONS


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
