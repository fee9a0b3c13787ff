"""Each lesson as a reveal.js slide deck, with slide breaks chosen automatically.

Lesson authors set nothing. At export time every cell gets slide metadata by this rule:

- the first cell starts the first slide;
- a markdown cell whose first line is a ``#`` or ``##`` heading starts a new slide;
- a cell tagged ``solution`` becomes a speaker note (press ``S`` in the deck to see it), so
  the answer is not projected;
- every other cell continues the current slide (long slides scroll);
- a cell that already has ``metadata.slideshow.slide_type`` keeps it (solutions excepted).

The notebooks are executed first and read without widget state. Each explorer keeps its
controls: as on the static site, they swap frames precomputed for each control position
(``interactive=True``, the default of ``explainer slides``; ``--frozen`` shows only the figure
of the default settings, with its finding as alt text). So a teacher moves the sliders in the
deck with no kernel and no network. Live slides inside JupyterLab are not offered:
jupyterlab-rise, the field's tool, does not render ipywidgets 8 (jupyterlab-contrib/rise
issue 119, open), which the explorers need; in JupyterLab, View > Presentation Mode enlarges
a live lesson for the projector instead. The decks need no network:
reveal.js 4.0.2 (its script, style sheet, white theme with web fonts, and speaker-notes
plugin, under its MIT licence) ships with the package in ``explainer/classroom/reveal``,
vendored from the npm registry by ``scripts/vendor-reveal`` with a sha256 record, and
:func:`export_slides` copies it into a ``reveal.js`` folder next to the decks. Copy the whole
output folder to the classroom laptop and open a deck from disk. MathJax is not loaded;
formulas are typeset as MathML at export time, as on the static site
(:mod:`explainer.classroom.formulas`). Pass
``reveal_url_prefix`` (or set ``EXPLAINER_REVEAL_URL``) to load reveal.js 4 from elsewhere
instead; nothing is then copied.
"""

from __future__ import annotations

import copy
import os
import re
import shutil
import time
from pathlib import Path

import jinja2

from . import _html
from .cells import is_solution, source_text
from .formulas import typeset_math
from .static_site import language

_SLIDE_HEADING = re.compile(r"^#{1,2}\s+\S")

SLIDES_TEMPLATE_NAME = "explainer_slides.slides.html.j2"

#: The vendored reveal.js files (see ``scripts/vendor-reveal``) and their version.
REVEAL_DIR = Path(__file__).with_name("reveal")
REVEAL_VERSION = "4.0.2"
#: Name of the folder, next to the decks, that :func:`export_slides` copies reveal.js into.
REVEAL_FOLDER = "reveal.js"

#: nbconvert's reveal template loads reveal.js through require.js, scrolls long slides with
#: jQuery and typesets formulas with MathJax, all from a CDN. These blocks drop those
#: scripts, load reveal.js directly from ``reveal_url_prefix`` (by default the ``reveal.js``
#: folder beside the deck) and do the scrolling in plain JavaScript, so that the local copy
#: of reveal.js is all a deck needs.
_REVEAL_BLOCKS = r"""
{%- block html_head_js_jquery -%}{%- endblock html_head_js_jquery -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{% block jupyter_widgets %}{% endblock jupyter_widgets %}

{% block footer_js %}
{%- set prefix = resources.reveal.url_prefix | default('reveal.js', true) -%}
<script src="{{ prefix }}/dist/reveal.js"></script>
<script src="{{ prefix }}/plugin/notes/notes.js"></script>
<script>
(function () {
  Reveal.initialize({
    controls: true, progress: true, history: true,
    transition: "{{ resources.reveal.transition | default('slide', true) }}",
    slideNumber: "{{ resources.reveal.number | default('', true) }}",
    width: {{ resources.reveal.width | default('960', true) }},
    height: {{ resources.reveal.height | default('700', true) }},
    plugins: [RevealNotes]
  });
  function scrollTallSlides() {
    var limit = document.querySelector('.reveal').offsetHeight * 0.95;
    document.querySelectorAll('section.present section').forEach(function (section) {
      if (section.scrollHeight > limit) {
        section.style.height = '95vh';
        section.style.overflowY = 'auto';
      }
    });
  }
  Reveal.on('ready', scrollTallSlides);
  Reveal.on('slidechanged', scrollTallSlides);
})();
</script>
{% endblock footer_js %}
"""

_SLIDES_TEMPLATE = "{%- extends 'index.html.j2' -%}\n" + _REVEAL_BLOCKS + _html.alt_image_blocks()


def starts_slide(cell):
    """Whether ``cell`` begins a new slide: a markdown cell whose first line is a # or ## heading."""
    if cell.get("cell_type") != "markdown":
        return False
    lines = [line for line in source_text(cell).splitlines() if line.strip()]
    return bool(lines) and bool(_SLIDE_HEADING.match(lines[0].lstrip()))


def slide_type(cell, index):
    """Return the reveal.js slide type that the automatic rule gives cell number ``index``."""
    if is_solution(cell):
        return "notes"
    existing = cell.get("metadata", {}).get("slideshow", {}).get("slide_type")
    if existing:
        return existing
    if index == 0 or starts_slide(cell):
        return "slide"
    return "-"


def with_slide_metadata(nb):
    """Return a copy of ``nb`` with ``metadata.slideshow.slide_type`` set on every cell."""
    out = copy.deepcopy(nb)
    for i, cell in enumerate(out.cells):
        cell.metadata.setdefault("slideshow", {})
        cell.metadata["slideshow"]["slide_type"] = slide_type(cell, i)
    # A deck must open on a slide, even when the first cell is a note or skipped.
    for cell in out.cells:
        if cell.metadata["slideshow"]["slide_type"] in ("notes", "skip"):
            continue
        if cell.metadata["slideshow"]["slide_type"] != "slide":
            cell.metadata["slideshow"]["slide_type"] = "slide"
        break
    return out


def slides_exporter(reveal_url_prefix=None):
    """Return an ``nbconvert.SlidesExporter`` with alt text on images and scrolling slides."""
    from nbconvert import SlidesExporter

    exporter = SlidesExporter(extra_loaders=[jinja2.DictLoader({SLIDES_TEMPLATE_NAME: _SLIDES_TEMPLATE})],
                              embed_images=True)
    exporter.template_file = SLIDES_TEMPLATE_NAME
    exporter.reveal_scroll = True
    # The vendored theme: nbconvert's default (simple) loads its fonts from Google.
    exporter.reveal_theme = "white"
    reveal_url_prefix = reveal_url_prefix or os.environ.get("EXPLAINER_REVEAL_URL") or REVEAL_FOLDER
    exporter.reveal_url_prefix = reveal_url_prefix.rstrip("/")
    return exporter


def copy_reveal(out_dir):
    """Copy the vendored reveal.js files into ``out_dir/reveal.js``; return that folder.

    The folder is replaced if it exists, so a deck folder never mixes two reveal.js copies.
    """
    target = Path(out_dir) / REVEAL_FOLDER
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(REVEAL_DIR, target)
    return target


def render_slides(nb, title, reveal_url_prefix=None):
    """Return the reveal.js HTML of an executed notebook (read without widget state)."""
    deck = with_slide_metadata(_html.without_widget_state(nb))
    deck.metadata["title"] = title
    body, _ = slides_exporter(reveal_url_prefix).from_notebook_node(deck)
    return typeset_math(body)


def export_slides(notebooks_dir: Path, out_dir: Path, *, reveal_url_prefix=None,
                  progress=None, interactive=False, lang="en", frame_progress=None,
                  max_values=None, repo_url=None) -> list[Path]:
    """Execute every lesson and write it as ``NAME.slides.html`` in ``out_dir``.

    Parameters
    ----------
    notebooks_dir : pathlib.Path
        Folder of the lesson notebooks (every ``*.ipynb`` in it).
    out_dir : pathlib.Path
        Folder for the decks (created if needed).
    reveal_url_prefix : str, optional
        Where reveal.js 4 is loaded from (a URL, or a path relative to ``out_dir``); by default
        ``$EXPLAINER_REVEAL_URL`` if set, else the vendored copy, which is then copied into
        ``out_dir/reveal.js`` so the decks open from disk with no network.
    progress : callable, optional
        Called as ``progress(deck_path, seconds)`` after each deck is written.
    interactive : bool
        Give every explorer on a slide its controls, swapping precomputed frames as on the
        static site (:mod:`explainer.classroom.static_explorers`; frames in
        ``out_dir/frames``, reused when unchanged), so a teacher moves the sliders in the deck
        with no kernel and no network. With ``False`` each explorer shows its default figure.
    lang : str
        Language edition of the decks (``"en"`` or ``"zh"``): the language the frames are
        drawn in and of the words around the controls.
    frame_progress, max_values, repo_url
        As in :func:`explainer.classroom.static_site.export_site`.

    Returns
    -------
    list of pathlib.Path
        One deck per lesson, in lesson order.
    """
    from ..notebooks import find_notebooks
    from .cells import notebook_title

    notebooks_dir, out_dir = Path(notebooks_dir), Path(out_dir)
    paths = find_notebooks(notebooks_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if not (reveal_url_prefix or os.environ.get("EXPLAINER_REVEAL_URL")):
        copy_reveal(out_dir)
    written = []
    with language(lang):
        store = _html.frame_store(out_dir, frame_progress, max_values) if interactive else None
        for path in paths:
            start = time.perf_counter()
            nb = _html.execute_for_export(path)
            title = notebook_title(nb, path.stem.replace("_", " "))
            assets = ""
            if store is not None:
                nb, names = _html.interactive_explorers(nb, store, path, lang, repo_url)
                assets = _html.explorer_assets() + DECK_EXPLORER_STYLE if names else ""
            deck = render_slides(nb, title, reveal_url_prefix)
            target = out_dir / f"{path.stem}.slides.html"
            target.write_text(_html.add_assets(deck, assets) if assets else deck, encoding="utf-8")
            written.append(target)
            if progress is not None:
                progress(target, time.perf_counter() - start)
    return written


#: Explorers on a slide: the figure fits the slide's width and the controls sit under it.
DECK_EXPLORER_STYLE = """<style>
.reveal .explainer-static-explorer img { max-width: 100%; height: auto; margin: 0; }
.reveal .explainer-static-explorer input[type=range] { width: 16em; }
</style>
"""
