"""The repository's address: one place ([project.urls]), and no live link to the placeholder
on an exported page (the commands' ``--repo``, which overrides it, is tested in
``test_cli.py``)."""

from __future__ import annotations

import email.message
import re
from importlib import metadata

import pytest
from support.paths import ROOT

from explainer.classroom import links

tomllib = pytest.importorskip("tomllib")

SCHOOL = "https://github.com/school/explainer"


def _metadata_with(*urls):
    message = email.message.Message()
    for url in urls:
        message["Project-URL"] = url
    return message


def test_pyproject_names_the_repository_once():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["urls"]["Repository"] == links.PLACEHOLDER_REPO_URL == links.REPO_URL
    # nowhere else in the package is the address written out
    for path in (ROOT / "explainer").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name != "links.py":
            assert "github.com/OWNER" not in text, path


def test_the_address_is_read_from_the_package_metadata(monkeypatch):
    monkeypatch.setattr(metadata, "metadata", lambda name: _metadata_with(
        "Documentation, https://docs.example.org", f"Repository, {SCHOOL}"))
    assert links.repository_url() == SCHOOL


def test_without_metadata_the_source_tree_then_the_placeholder(monkeypatch):
    def missing(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "metadata", missing)
    assert links.repository_url() == links._pyproject_repository() == links.PLACEHOLDER_REPO_URL
    monkeypatch.setattr(metadata, "metadata", lambda name: _metadata_with())
    monkeypatch.setattr(links, "_pyproject_repository", lambda: None)
    assert links.repository_url() == links.PLACEHOLDER_REPO_URL


def test_placeholder_is_recognised():
    assert links.is_placeholder(links.PLACEHOLDER_REPO_URL)
    assert links.is_placeholder("https://gitlab.example.org/OWNER/explainer.git")
    assert not links.is_placeholder(SCHOOL)
    assert not links.is_placeholder("https://github.com/owner-of-it/explainer")


def test_live_link_is_a_note_while_the_repository_is_the_placeholder(in_language):
    link, note = links.live_link("notebooks/01_avoid_the_rush.ipynb")
    assert link is None and "--repo" in note
    in_language("zh")
    assert "--repo" in links.live_link("notebooks/zh/01_avoid_the_rush.ipynb")[1]
    assert links.live_link("notebooks/zh/01_avoid_the_rush.ipynb")[1] != note, "the note is translated"
    link, note = links.live_link("notebooks/01_avoid_the_rush.ipynb", SCHOOL)
    assert note == "" and link.startswith("https://mybinder.org/v2/gh/school/explainer/main?")


def _table():
    png = b"\x89PNG fake"
    return {"name": "demo", "default": "0", "joint": [],
            "controls": [{"label": "Cost", "kind": "range", "labels": ["1", "2"], "default": 0,
                          "values": [1, 2]}],
            "frames": {"0": ["a.png", "Finding."], "1": ["b.png", "Other."]}}, png


def test_an_explorer_block_links_the_live_notebook_or_says_why_not():
    from explainer.classroom.static_explorers import explorer_block

    table, png = _table()
    link, note = links.live_link("notebooks/01.ipynb")
    block = explorer_block(table, png, "x-1", live_url=link, live_note=note)
    assert "<a " not in block and "OWNER" not in block
    assert re.search(r'<span class="explainer-live-note">Set --repo to your class', block)
    link, note = links.live_link("notebooks/01.ipynb", SCHOOL)
    block = explorer_block(table, png, "x-1", live_url=link, live_note=note)
    assert f'<a href="{link.replace("&", "&amp;")}">' in block and "explainer-live-note" not in block
