"""Figure export (``explainer.classroom.figures``): PNG and SVG with the text alternative and the
source lines of every explorer."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from explainer.classroom.figures import export_figures

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


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
