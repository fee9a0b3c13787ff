"""Every explorer's default figure as PNG and SVG, with its text alternative and sources.

For each explorer found by :func:`explainer.widgets.all_explorers`, :func:`export_figures`
writes three files named after the explorer:

- ``NAME.png``: 200 dpi; its text chunks hold the title, the description (the alt text) and
  the source lines;
- ``NAME.svg``: text kept as text; ``<title>`` and ``<desc>`` (alt text and sources) are the
  first children of the root element, which has ``role="img"``;
- ``NAME.txt``: the title, the alt text and one source line per dataset, ready to paste
  under the figure in slides or a handout.

When the explorer has ``sources``, the figure itself also carries the source line (drawn by
the explorer).
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from xml.sax.saxutils import escape

import matplotlib

#: Resolution of the exported PNG (twice the on-screen explorer's).
EXPORT_DPI = 200


def source_lines(explorer):
    """Return one ``explainer.data.source_line`` per dataset in ``explorer.sources``."""
    from ..data import source_line

    return [source_line(name) for name in explorer.sources]


def svg_with_description(svg_text, title, description):
    """Return ``svg_text`` with ``<title>``/``<desc>`` first in the root ``<svg>`` element.

    The root element also gets ``role="img"`` and ``aria-labelledby`` pointing at both, so
    screen readers announce the figure's finding.

    Parameters
    ----------
    svg_text : str
        An SVG document as matplotlib writes it.
    title, description : str
        Plain text; it is XML-escaped here.
    """
    match = re.search(r"<svg\b[^>]*>", svg_text)
    if match is None:
        raise ValueError("svg_text must contain an <svg> element")
    start_tag = match.group(0)
    attributes = ' role="img" aria-labelledby="explainer-title explainer-desc"'
    new_tag = start_tag[:-1].rstrip("/") + attributes + ">"
    inserted = (f'\n <title id="explainer-title">{escape(title)}</title>'
                f'\n <desc id="explainer-desc">{escape(description)}</desc>')
    return svg_text[:match.start()] + new_tag + inserted + svg_text[match.end():]


def figure_files(explorer, cls, out_dir):
    """Write the PNG, SVG and text files of one explorer's current figure; return their paths."""
    from ..plots import style

    name = cls.name
    title = cls.title()
    alt = explorer.alt_text
    sources = source_lines(explorer)
    description = " ".join([alt, *sources]).strip()
    out_dir = Path(out_dir)
    png_path, svg_path, txt_path = (out_dir / f"{name}.{ext}" for ext in ("png", "svg", "txt"))
    with matplotlib.rc_context(style.rc()):
        explorer.figure.savefig(
            png_path, format="png", dpi=EXPORT_DPI,
            metadata={"Title": title, "Description": alt, "Source": " ".join(sources) or "model only",
                      "Software": "explainer (matplotlib)"},
        )
        buffer = io.StringIO()
        explorer.figure.savefig(buffer, format="svg",
                                metadata={"Description": description, "Date": None})
    svg_path.write_text(svg_with_description(buffer.getvalue(), title, description), encoding="utf-8")
    lines = [title, "", f"Alt text: {alt}"]
    lines += [""] + sources if sources else ["", "Source: computed from the model at its default settings; no dataset."]
    lines += ["", f"Explorer: {name} (default settings)."]
    txt_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [png_path, svg_path, txt_path]


def export_figures(out_dir: Path, explorers=None) -> list[Path]:
    """Write every explorer's default figure as PNG and SVG, with a text sidecar.

    Parameters
    ----------
    out_dir : pathlib.Path
        Folder for the files (created if needed).
    explorers : dict of str to type, optional
        ``{name: ExplorerClass}`` to export; by default every explorer from
        :func:`explainer.widgets.all_explorers`.

    Returns
    -------
    list of pathlib.Path
        ``NAME.png``, ``NAME.svg`` and ``NAME.txt`` for each explorer, in name order.
    """
    if explorers is None:
        from ..widgets import all_explorers

        explorers = all_explorers()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, cls in sorted(explorers.items()):
        explorer = cls()
        try:
            written += figure_files(explorer, cls, out_dir)
        finally:
            explorer.close()
    return written
