"""Precomputed frames for the static site: the grid, the cache, the page block, and fidelity."""

from __future__ import annotations

import io
import json
import re

import numpy as np
import pytest
from bs4 import BeautifulSoup
from PIL import Image

from explainer.classroom import frames as fr
from explainer.classroom.static_explorers import (explorer_block, interactive_notebook,
                                                  page_assets, strings)
from explainer.widgets import all_explorers
from explainer.widgets.base import Explorer
from explainer.widgets.controls import dropdown, slider, toggle


def pixels(png):
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGBA"))


class Tiny(Explorer):
    """A tiny explorer for the tests: a line whose slope and level move."""

    name = "tiny_for_tests"

    def __init__(self, slope=1.0, level=3):
        super().__init__({
            "slope": slider("Slope", slope, 0.0, 2.0, 0.1),
            "level": slider("Level", level, 0, 5, 1, integer=True),
            "kind": dropdown("Kind", [("Straight", "s"), ("Dashed", "d")], "s"),
        }, figsize=(2.0, 1.5))

    def make_plot(self, axes):
        (line,) = axes[0].plot([0, 1], [0, 1])
        axes[0].set_ylim(0, 8)
        return line

    def draw(self, plot, slope, level, kind):
        plot.set_data([0, 1], [level, level + slope])
        plot.set_linestyle("-" if kind == "s" else "--")
        return f"Slope {slope:.1f}, level {level}, kind {kind}."


class TinyJoint(Tiny):
    name = "tiny_joint_for_tests"
    static_joint_grid = (("slope", "level"),)


def test_slider_values_take_own_steps_or_an_even_subset_with_the_default():
    small = slider("x", 3, 0, 5, 1, integer=True)
    assert fr.slider_values(small) == [0, 1, 2, 3, 4, 5]
    big = slider("y", 0.37, 0.0, 1.0, 0.01)
    values = fr.slider_values(big, max_values=11)
    assert len(values) <= 11 and 0.37 in values
    assert values[0] == 0.0 and values[-1] == 1.0
    assert values == sorted(values)
    even = {round(0.1 * i, 10) for i in range(11)}
    assert set(values) - {0.37} <= even  # evenly spaced, one value giving way to the default
    assert len(set(values) - {0.37}) >= 9
    with pytest.raises(ValueError, match="max_values"):
        fr.slider_values(big, max_values=1)


class Switch(Tiny):
    """A tiny explorer with an on/off checkbox."""

    name = "switch_for_tests"

    def __init__(self):
        import ipywidgets

        Explorer.__init__(self, {"on": ipywidgets.Checkbox(value=True, description="Shown")},
                          figsize=(2.0, 1.5))

    def draw(self, plot, on):
        plot.set_visible(on)
        return f"Shown: {on}."


@pytest.mark.parametrize("language, labels", [("en", ["off", "on"]), ("zh", ["关", "开"])])
def test_an_on_off_control_is_labelled_in_the_language_of_the_page(in_language, language, labels):
    in_language(language)
    explorer = Switch()
    try:
        (spec,) = fr.control_specs(explorer)
    finally:
        explorer.close()
    assert (spec["kind"], spec["values"], spec["labels"], spec["default"]) == (
        "select", [False, True], labels, 1)


def test_grid_moves_one_control_at_a_time_from_the_defaults():
    explorer = Tiny()
    try:
        specs = fr.control_specs(explorer)
        keys = fr.grid_keys(specs)
    finally:
        explorer.close()
    default = tuple(s["default"] for s in specs)
    assert keys[0] == default
    assert [s["kind"] for s in specs] == ["range", "range", "select"]
    assert specs[2]["labels"] == ["Straight", "Dashed"]
    for key in keys:
        assert sum(a != b for a, b in zip(key, default)) <= 1
    assert len(keys) == 1 + sum(len(s["values"]) - 1 for s in specs) == len(set(keys))


def test_joint_grid_covers_every_pair_of_values():
    explorer = TinyJoint()
    try:
        specs = fr.control_specs(explorer)
        groups = fr.joint_groups(explorer, specs)
        keys = set(fr.grid_keys(specs, groups))
    finally:
        explorer.close()
    assert groups == [[0, 1]]
    for i in range(len(specs[0]["values"])):
        for j in range(len(specs[1]["values"])):
            assert (i, j, specs[2]["default"]) in keys
    assert (specs[0]["default"], specs[1]["default"], 1) in keys


def test_joint_grid_rejects_unknown_controls():
    class Bad(Tiny):
        static_joint_grid = (("slope", "nope"),)

    explorer = Bad()
    try:
        with pytest.raises(ValueError, match="static_joint_grid"):
            fr.joint_groups(explorer, fr.control_specs(explorer))
    finally:
        explorer.close()


@pytest.mark.parametrize("name", ["excess_entry", "viability", "data_rights"])
def test_a_frame_is_pixel_equal_to_the_live_explorer_at_the_same_setting(tmp_path, name):
    cls = all_explorers()[name]
    store = fr.FrameStore(tmp_path / "frames", max_values=4)
    table = store.table(cls)
    specs = table["controls"]
    live = cls()
    try:
        checked = 0
        for key, (file, alt) in list(table["frames"].items())[::3]:
            indices = [int(i) for i in key.split(",")]
            live.set(**{s["name"]: s["values"][i] for s, i in zip(specs, indices)})
            stored = (tmp_path / "frames" / file).read_bytes()
            assert np.array_equal(pixels(stored), pixels(live.image.value)), key
            assert alt == live.alt_text
            checked += 1
    finally:
        live.close()
    assert checked >= 3
    # The frames differ from each other: moving a control changes the figure.
    assert len({f for f, _ in table["frames"].values()}) > 3


def test_cache_reuses_an_unchanged_explorer_and_the_key_follows_its_settings(tmp_path):
    calls = []
    store = fr.FrameStore(tmp_path / "frames", max_values=3,
                          progress=lambda *a: calls.append(a))
    first = store.table(Tiny)
    assert not first["cached"] and store.drawn == 1
    second_store = fr.FrameStore(tmp_path / "frames", max_values=3)
    second = second_store.table(Tiny)
    assert second["cached"] and second_store.drawn == 0 and second_store.reused == 1
    assert second["frames"] == first["frames"]
    assert calls[0][1] == 0 and calls[-1][1] == calls[-1][2]
    assert fr.explorer_key(Tiny, {"slope": 1.5}, 3) != fr.explorer_key(Tiny, {}, 3)
    assert fr.explorer_key(Tiny, {}, 4) != fr.explorer_key(Tiny, {}, 3)
    # A missing frame file forces a redraw.
    (tmp_path / "frames" / first["frames"][first["default"]][0]).unlink()
    third_store = fr.FrameStore(tmp_path / "frames", max_values=3)
    assert not third_store.table(Tiny)["cached"]


def test_prune_removes_what_this_export_did_not_use(tmp_path):
    folder = tmp_path / "frames"
    fr.FrameStore(folder, max_values=3).table(Tiny, {"slope": 0.5})
    store = fr.FrameStore(folder, max_values=3)
    table = store.table(Tiny)
    assert store.prune() > 0
    left = {p.name for p in folder.glob("*.png")}
    assert left == {f for f, _ in table["frames"].values()}
    assert len(list((folder / "cache").glob("*.json"))) == 1


def test_frame_files_are_named_by_content_hash(tmp_path):
    import hashlib

    store = fr.FrameStore(tmp_path / "frames", max_values=3)
    table = store.table(Tiny)
    for file, _ in table["frames"].values():
        data = (tmp_path / "frames" / file).read_bytes()
        assert file == hashlib.sha256(data).hexdigest()[:24] + ".png"


def test_explorer_calls_reads_literal_keyword_arguments():
    classes = {"Tiny": Tiny}
    assert fr.explorer_calls("Tiny()", classes) == [(Tiny, {})]
    assert fr.explorer_calls("m.Tiny(slope=0.5)\nx = 1", classes) == [(Tiny, {"slope": 0.5})]
    assert fr.explorer_calls("Tiny(slope=f())", classes) == []
    assert fr.explorer_calls("Other()", classes) == []


def test_block_has_labelled_native_controls_and_the_default_frame_inline(tmp_path):
    store = fr.FrameStore(tmp_path / "frames", max_values=3)
    table = store.table(Tiny)
    png = (tmp_path / "frames" / table["frames"][table["default"]][0]).read_bytes()
    block = explorer_block(table, png, "b1", live_url="https://mybinder.org/v2/gh/o/r/main")
    soup = BeautifulSoup(block, "html.parser")
    ranges = soup.select('input[type="range"]')
    selects = soup.select("select")
    assert len(ranges) == 2 and len(selects) == 1
    for field in ranges + selects:
        label = soup.find("label", attrs={"for": field["id"]})
        assert label is not None and label.get_text(strip=True)
        assert soup.find("output", attrs={"for": field["id"]}).get_text(strip=True)
    assert ranges[0]["aria-valuetext"] == "1.00"
    img = soup.select_one("img.explainer-frame")
    assert img["src"].startswith("data:image/png;base64,")
    assert img["alt"] == "Slope 1.0, level 3, kind s."
    assert soup.select_one(".explainer-finding").get_text() == img["alt"]
    note = soup.select_one(".explainer-mode-note")
    assert "one at a time" in note.get_text() and note.a["href"].startswith("https://mybinder")
    data = json.loads(soup.select_one("script.explainer-frames-data").string)
    assert set(data["frames"]) == set(table["frames"])


def test_page_assets_fetch_nothing_and_language_is_checked():
    assets = page_assets()
    assert "fetch(" not in assets and not re.search(r"https?://", assets)
    assert "XMLHttpRequest" not in assets
    with pytest.raises(ValueError, match="lang"):
        strings("xx")


def test_interactive_notebook_replaces_only_matching_explorer_outputs(tmp_path):
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook, new_output

    png = fr.compact_png(Tiny().image.value)
    import base64

    bundle = {"application/vnd.jupyter.widget-view+json": {"model_id": "x"},
              "image/png": base64.b64encode(png).decode(), "text/plain": "alt"}
    nb = new_notebook(cells=[
        new_code_cell("from explainer.widgets.excess_entry import ExcessEntryExplorer\n"
                      "ExcessEntryExplorer(a=12.0)",
                      outputs=[new_output("display_data", data=dict(bundle))]),
        new_code_cell("e = make()\ne", outputs=[new_output("display_data", data=dict(bundle))]),
    ])
    store = fr.FrameStore(tmp_path / "frames", max_values=2)
    out, names = interactive_notebook(nbformat.from_dict(nb), store)
    assert names == ["excess_entry"]
    assert "explainer-static-explorer" in out.cells[0].outputs[0]["data"]["text/html"]
    assert "image/png" in out.cells[1].outputs[0]["data"]
    assert "image/png" in nb.cells[0].outputs[0]["data"]  # the input is not modified
    table = json.loads(next((tmp_path / "frames" / "cache").glob("excess_entry-*.json")).read_text())
    a = next(s for s in table["controls"] if s["name"] == "a")
    assert a["values"][a["default"]] == 12.0


@pytest.mark.slow
def test_real_site_meets_its_budgets_and_a_second_export_reuses_every_frame(real_site, tmp_path):
    """Every explorer is interactive somewhere; site <= 60 MB; each page's first load <= 3 MB."""
    pytest.importorskip("nbconvert")
    import shutil
    from pathlib import Path

    from explainer.classroom.static_site import export_site, site_size

    notebooks = Path(__file__).resolve().parents[1] / "notebooks"
    site = real_site["site"]  # the English site; site/zh holds one Chinese lesson
    names = set()
    for page in site.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert page.stat().st_size <= 3_000_000, page.name
        soup = BeautifulSoup(text, "html.parser")
        for block in soup.select(".explainer-static-explorer"):
            names.add(block["data-explorer"])
            # Only the default frame is in the page; every other frame is a file beside it.
            assert len(block.select("img")) == 1
            for file, _ in json.loads(block.select_one("script").string)["frames"].values():
                assert (site / "frames" / file).is_file()
    assert names == set(all_explorers())
    assert site_size(site) - site_size(site / "zh") <= 60_000_000
    # Exporting again over a copy of the site reuses every frame of the first export.
    out = tmp_path / "site"
    shutil.copytree(site, out, ignore=shutil.ignore_patterns("zh"))
    first, second = real_site["frames"]["en"], []
    export_site(notebooks, out, frame_progress=lambda *a: second.append(a))
    done = [a for a in second if a[1] == a[2]]
    assert done and all(a[3] for a in done), "an unchanged explorer was drawn again"
    assert not any(a[3] for a in first if a[1] == a[2] and a[0] != "excess_entry")


# -- the Chinese edition -------------------------------------------------------------------

def test_frames_are_cached_per_language_and_drawn_in_it(tmp_path):
    from explainer import i18n
    from explainer.classroom.static_site import language

    before = i18n.get_language()
    assert fr.explorer_key(Tiny, {}, 3, "zh") != fr.explorer_key(Tiny, {}, 3, "en")
    with language("zh"):
        assert i18n.get_language() == "zh"
        assert fr.explorer_key(Tiny, {}, 3) == fr.explorer_key(Tiny, {}, 3, "zh")
        table = fr.FrameStore(tmp_path / "zh", max_values=2).table(Tiny)
    assert i18n.get_language() == before, "the language is set back after the block"
    assert not table["cached"] and len(table["frames"]) > 1


def test_explorer_words_exist_in_chinese():
    words = strings("zh")
    assert set(words) == set(strings("en"))
    assert "{live}" in words["mode"]
    block = explorer_block({
        "name": "tiny", "controls": [{"label": "坡度", "kind": "range", "labels": ["0", "1"],
                                      "values": [0, 1], "default": 0}],
        "joint": [], "default": "0", "frames": {"0": ["a.png", "说明"], "1": ["b.png", "说明二"]}},
        b"png", "t-1", lang="zh", live_url="https://mybinder.org/x")
    soup = BeautifulSoup(block, "html.parser")
    assert soup.select_one(".explainer-mode-note a").get_text() == words["live"]
    assert soup.select_one("[role=group]")["aria-label"] == words["controls"]


def test_every_page_and_index_link_the_other_language():
    from explainer.classroom.static_site import (html_lang, index_page, language_switch,
                                                 site_strings)

    other_zh = {"lang": "zh", "prefix": "zh/", "pages": {"01_a.html", "index.html"}}
    other_en = {"lang": "en", "prefix": "../", "pages": {"01_a.html", "02_b.html"}}
    link = BeautifulSoup(language_switch(other_zh, "01_a.html"), "html.parser").a
    assert (link["href"], link.get_text(), link["lang"], link["hreflang"]) == (
        "zh/01_a.html", "中文", "zh-Hans", "zh-Hans")
    # A page missing from the other edition links its index instead.
    assert BeautifulSoup(language_switch(other_zh, "02_b.html"), "html.parser").a["href"] == "zh/index.html"
    assert language_switch(None, "01_a.html") == ""
    english = BeautifulSoup(index_page([("01_a.html", "A")], lang="en", other=other_zh), "html.parser")
    chinese = BeautifulSoup(index_page([("01_a.html", "甲")], lang="zh", other=other_en), "html.parser")
    assert english.html["lang"] == "en" and chinese.html["lang"] == html_lang("zh") == "zh-Hans"
    assert english.select_one(".explainer-language-switch a")["href"] == "zh/index.html"
    assert chinese.select_one(".explainer-language-switch a")["href"] == "../index.html"
    assert chinese.select_one(".explainer-language-switch a").get_text() == "English"
    assert chinese.h1.get_text() == site_strings("zh")["title"] == "课程：新质生产力"
    assert set(site_strings("zh")) == set(site_strings("en"))
