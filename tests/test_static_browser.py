"""The static site's explorers in a real browser, opened from disk with the network blocked.

A lesson that shows every explorer is exported (frames precomputed, a few values per slider
to keep the test short); Debian's chromium opens the page as a ``file://`` address with every
other request routed to fail, and for every explorer moves each control with the keyboard:
the image, its alt text and the finding must change to the precomputed frame of the new
setting, the other controls must return to their defaults, and no request may leave the page.
Saves a screenshot to ``test-artifacts/static-site-explorer.png``.
"""

from __future__ import annotations

import json

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from support.lessons import KERNELSPEC
from support.paths import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def every_explorer_lesson(folder):
    """Write a lesson with one cell per explorer (constructed at its defaults)."""
    from explainer.widgets import all_explorers

    cells = [new_markdown_cell("# Every explorer")]
    for name, cls in sorted(all_explorers().items()):
        cells.append(new_code_cell(f"from {cls.__module__} import {cls.__name__}\n"
                                   f"{cls.__name__}()"))
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(new_notebook(cells=cells, metadata={"kernelspec": KERNELSPEC}),
                   folder / "01_every_explorer.ipynb")
    return folder


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    pytest.importorskip("nbconvert")
    from explainer.classroom.static_site import export_site

    base = tmp_path_factory.mktemp("static-site")
    export_site(every_explorer_lesson(base / "notebooks"), base / "site", max_values=3)
    return base / "site"


STATE = """root => {
  const img = root.querySelector('img.explainer-frame');
  return {src: img.getAttribute('src'), alt: img.alt, loaded: img.complete && img.naturalWidth > 0,
          finding: root.querySelector('.explainer-finding').textContent,
          note: root.querySelector('.explainer-reset-note').textContent,
          values: Array.from(root.querySelectorAll('[data-control-index]')).map(
              f => f.tagName === 'SELECT' ? f.selectedIndex : parseInt(f.value, 10)),
          shown: Array.from(root.querySelectorAll('output')).map(o => o.textContent)};
}"""


def test_every_explorer_moves_from_the_keyboard_offline(site, chromium_page):
    from explainer.widgets import all_explorers

    page_path = site / "01_every_explorer.html"
    leaked = []
    page = chromium_page(900, 900)

    def route(r):
        if r.request.url.startswith(("file://", "data:")):
            r.continue_()
        else:
            leaked.append(r.request.url)
            r.abort()

    page.context.route("**/*", route)
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(page_path.as_uri(), wait_until="load")
    page.wait_for_selector(".explainer-static-explorer.explainer-ready")
    # First load: the page alone (default frames inline); other frames wait for a move.
    assert requested == [page_path.as_uri()], requested[:5]
    assert page_path.stat().st_size <= 3_000_000
    roots = page.locator(".explainer-static-explorer")
    names = [roots.nth(i).get_attribute("data-explorer") for i in range(roots.count())]
    assert sorted(names) == sorted(all_explorers())
    for i, name in enumerate(names):
        root = roots.nth(i)
        data = json.loads(root.locator("script.explainer-frames-data").text_content())
        controls = data["controls"]
        fields = root.locator("[data-control-index]")
        assert fields.count() == len(controls) > 0
        images_moved = findings_moved = 0
        for c, control in enumerate(controls):
            field = fields.nth(c)
            field.focus()
            where = f"{name}: control {control['label']!r}"
            top = len(control["labels"]) - 1
            position = root.evaluate(STATE)["values"][c]
            # Up to the last value, down to the first, back to the default.
            steps = [1] * (top - position) + [-1] * top + [1] * position
            seen_src, seen_finding = set(), set()
            for step in steps:
                before = root.evaluate(STATE)
                if control["kind"] == "range":
                    field.press("ArrowRight" if step > 0 else "ArrowLeft")
                else:
                    field.press("ArrowDown" if step > 0 else "ArrowUp")
                root.locator("img.explainer-frame").evaluate(
                    "img => img.complete || new Promise(r => img.onload = img.onerror = r)")
                after = root.evaluate(STATE)
                assert after["values"][c] == before["values"][c] + step, where
                expected = list(before["values"])
                expected[c] = after["values"][c]
                for k, other in enumerate(controls):
                    if k != c and not any(c in g and k in g for g in data["joint"]):
                        expected[k] = other["default"]
                assert after["values"] == expected, where
                assert after["shown"][c] == control["labels"][after["values"][c]], where
                file, alt = data["frames"][",".join(map(str, after["values"]))]
                assert after["alt"] == alt == after["finding"], where
                default_file = data["frames"][data["default"]][0]
                if file == default_file:
                    assert after["src"].startswith("data:image/png"), where
                else:
                    assert after["src"] == "frames/" + file, where
                assert after["loaded"], f"{where}: frame {file} did not load"
                if before["values"] != after["values"] and c > 0 and \
                        before["values"][0] != controls[0]["default"]:
                    assert controls[0]["label"] in after["note"], where
                seen_src.add(after["src"])
                seen_finding.add(after["finding"])
            # A control may move only the finding (or only the figure), never neither.
            assert len(seen_src) > 1 or len(seen_finding) > 1, f"{where}: nothing changed"
            images_moved += len(seen_src) > 1
            findings_moved += len(seen_finding) > 1
        assert images_moved and findings_moved, f"{name}: image or finding never changed"
    first = roots.nth(0)
    first.scroll_into_view_if_needed()
    ARTIFACTS.mkdir(exist_ok=True)
    first.screenshot(path=str(ARTIFACTS / "static-site-explorer.png"))
    assert leaked == [], f"requests left the page: {leaked[:5]}"


# -- both languages ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def two_editions(tmp_path_factory):
    """A one-explorer lesson and its Chinese twin, exported as the site's two editions."""
    pytest.importorskip("nbconvert")
    from explainer.classroom.static_site import export_editions
    from explainer.i18n import language_line

    base = tmp_path_factory.mktemp("two-editions")
    lessons = base / "notebooks"
    (lessons / "zh").mkdir(parents=True)
    code = "from explainer.widgets.excess_entry import ExcessEntryExplorer\nExcessEntryExplorer()"
    for folder, heading, first in ((lessons, "# One lesson", ""),
                                   (lessons / "zh", "# 一课", language_line("zh") + "\n")):
        nbformat.write(new_notebook(cells=[new_markdown_cell(heading), new_code_cell(first + code)],
                                    metadata={"kernelspec": KERNELSPEC}), folder / "01_one.ipynb")
    indexes = export_editions(lessons, base / "site", max_values=3)
    assert indexes == [base / "site" / "index.html", base / "site" / "zh" / "index.html"]
    return base / "site"


def test_language_switch_on_every_page_and_a_chinese_explorer_moves_offline(two_editions,
                                                                          chromium_page):
    site = two_editions
    leaked = []
    page = chromium_page(900, 900)
    page.context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(
        ("file://", "data:")) else (leaked.append(r.request.url), r.abort()))
    for english, chinese in (("index.html", "zh/index.html"),
                             ("01_one.html", "zh/01_one.html")):
        page.goto((site / english).as_uri(), wait_until="load")
        assert page.get_attribute("html", "lang") == "en"
        page.get_by_role("link", name="中文", exact=True).click()
        page.wait_for_url("**/" + chinese)
        assert page.get_attribute("html", "lang") == "zh-Hans"
        page.get_by_role("link", name="English", exact=True).click()
        page.wait_for_url(lambda url: url.endswith("/" + english) and "/zh/" not in url)
        assert page.get_attribute("html", "lang") == "en"
    page.goto((site / "zh" / "01_one.html").as_uri(), wait_until="load")
    page.wait_for_selector(".explainer-static-explorer.explainer-ready")
    root = page.locator(".explainer-static-explorer").first
    assert "在线笔记本" in root.locator(".explainer-mode-note").inner_text()
    data = json.loads(root.locator("script.explainer-frames-data").text_content())
    before = root.evaluate(STATE)
    field = root.locator("[data-control-index]").first
    field.focus()
    field.press("ArrowRight" if before["values"][0] < len(data["controls"][0]["labels"]) - 1
                else "ArrowLeft")
    root.locator("img.explainer-frame").evaluate(
        "img => img.complete || new Promise(r => img.onload = img.onerror = r)")
    after = root.evaluate(STATE)
    assert after["values"] != before["values"]
    file, alt = data["frames"][",".join(map(str, after["values"]))]
    assert after["src"] == "frames/" + file and after["loaded"]
    assert after["alt"] == alt == after["finding"]
    assert (site / "zh" / "frames" / file).is_file()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "static-site-zh.png"))
    assert leaked == [], f"requests left the page: {leaked[:5]}"
    # The Chinese frames were drawn in Chinese: their cache entries differ from the English ones.
    en_tables = {p.name for p in (site / "frames" / "cache").glob("*.json")}
    zh_tables = {p.name for p in (site / "zh" / "frames" / "cache").glob("*.json")}
    assert en_tables and zh_tables and not en_tables & zh_tables
