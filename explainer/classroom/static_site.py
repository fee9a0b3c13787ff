"""Export the lessons, executed, as HTML pages that read without a kernel or a network.

Each notebook is executed, its widget state removed so that every explorer shows the PNG of
its default settings (with the explorer's finding as alt text) and every quiz shows its
static version, and converted with nbconvert's ``lab`` template minus its remote scripts.
Images are embedded as ``data:`` URLs, styles are inlined, and LaTeX stays as ``$...$``
text: the pages open from disk, offline, with nothing else beside them. An ``index.html``
links the lessons in order.
"""

from __future__ import annotations

import html
import time
from pathlib import Path

from . import _html
from .cells import notebook_title


def html_exporter():
    """Return an ``nbconvert.HTMLExporter`` configured for offline pages.

    Returns
    -------
    nbconvert.HTMLExporter
        Uses the ``lab`` template extended by :data:`explainer.classroom._html.SITE_TEMPLATE_NAME`
        (no require.js, MathJax, mermaid or widget scripts; images with alt text; solutions
        folded), and embeds images.
    """
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", extra_loaders=[_html.site_loader()],
                            embed_images=True)
    exporter.template_file = _html.SITE_TEMPLATE_NAME
    # Not used by the template above; set so that nothing falls back to a CDN address.
    exporter.require_js_url = ""
    exporter.mathjax_url = ""
    return exporter


def render_page(nb, title, *, lang="en"):
    """Return the HTML page of an (executed) notebook, read without widget state.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        The notebook; it is not modified.
    title : str
        The page title.
    lang : str
        Language of the page (its ``lang`` attribute).

    Returns
    -------
    str
        A complete, self-contained HTML document.
    """
    page_nb = _html.without_widget_state(nb)
    page_nb.metadata["title"] = title
    body, _ = html_exporter().from_notebook_node(page_nb)
    body = _set_lang(body, lang)
    return _html.mark_math(body)


def _set_lang(page, lang):
    """Set the ``lang`` attribute of the page's ``<html>`` element."""
    import re

    return re.sub(r"<html\b[^>]*>", f'<html lang="{html.escape(lang)}">', page, count=1)


def _add_assets(page, assets):
    """Insert ``assets`` (style and script of the explorers) before ``</body>``."""
    head, sep, tail = page.rpartition("</body>")
    return head + assets + sep + tail if sep else page + assets


def site_size(out_dir):
    """Return the total size in bytes of every file under ``out_dir``."""
    return sum(p.stat().st_size for p in Path(out_dir).rglob("*") if p.is_file())


def _nav(previous, following):
    links = ['<a href="index.html">All lessons</a>']
    if previous:
        links.insert(0, f'<a href="{html.escape(previous[0])}">← {html.escape(previous[1])}</a>')
    if following:
        links.append(f'<a href="{html.escape(following[0])}">{html.escape(following[1])} →</a>')
    return '<nav class="explainer-site-nav" aria-label="Lessons">' + " · ".join(links) + "</nav>"


def _add_nav(page, nav):
    """Insert the navigation bar at the top of the page's ``<main>`` (else before ``</body>``)."""
    if "<main>" in page:
        return page.replace("<main>", "<main>\n" + nav, 1)
    return page.replace("</body>", nav + "\n</body>", 1)


#: What the index says about the explorers, with and without precomputed frames.
INTERACTIVE_NOTE = ("Every explorer works here without any installation: its controls move one "
                    "at a time over precomputed settings, and each figure is described in words "
                    "for screen readers. Open a lesson in JupyterLab to move the sliders freely.")
FROZEN_NOTE = ("Each interactive explorer appears as the figure of its default settings, "
               "described in words for screen readers. Open a lesson in JupyterLab to move the "
               "sliders.")


def index_page(entries, *, lang="en", interactive=False):
    """Return the ``index.html`` text linking ``entries``, a list of ``(file name, title)``.

    ``lang`` is the page's language; ``interactive`` says whether the explorers move.
    """
    explorers = (INTERACTIVE_NOTE if interactive else FROZEN_NOTE)
    items = "\n".join(f'    <li><a href="{html.escape(name)}">{html.escape(title)}</a></li>'
                      for name, title in entries)
    return f"""<!DOCTYPE html>
<html lang="{html.escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Lessons: new quality productive forces (新质生产力)</title>
<style>
  body {{ font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
         max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.5; color: #1a1a1a; }}
  li {{ margin: 0.4em 0; }}
  a {{ color: #0057a0; }}
  .note {{ color: #444; font-size: 0.95em; }}
</style>
</head>
<body>
<main>
  <h1>Lessons: new quality productive forces (新质生产力)</h1>
  <p>Small published economic models and real data, read through Wang Yiming's 2024 interview
     with Caijing. These pages were produced by running every lesson. {explorers}</p>
  <ol>
{items}
  </ol>
  <p class="note">Solutions are folded under "Solution": try each exercise before opening it.</p>
</main>
</body>
</html>
"""


def export_site(notebooks_dir: Path, out_dir: Path, *, progress=None, lang="en",
                interactive=True, frame_progress=None, max_values=None) -> Path:
    """Execute every lesson and write one offline HTML page per lesson plus ``index.html``.

    Parameters
    ----------
    notebooks_dir : pathlib.Path
        Folder of the lesson notebooks (every ``*.ipynb`` in it, in name order).
    out_dir : pathlib.Path
        Folder for the pages (created if needed); ``NAME.ipynb`` becomes ``NAME.html``.
    progress : callable, optional
        Called as ``progress(path, seconds)`` after each lesson has run, with the lesson's
        path and the seconds it took (the command line prints one line per lesson).
    lang : str
        Language edition of the pages (see :data:`explainer.classroom.static_explorers.STRINGS`).
    interactive : bool
        Replace every explorer's frozen figure by controls that swap precomputed frames
        (:mod:`explainer.classroom.frames`, written to ``out_dir/frames``, reused by the next
        export when unchanged). With ``False`` the pages show one figure per explorer.
    frame_progress : callable, optional
        Called as ``frame_progress(name, done, total, cached)`` while an explorer's frames
        are drawn or reused (see :class:`explainer.classroom.frames.FrameStore`).
    max_values : int, optional
        At most this many values per slider (default
        :data:`explainer.classroom.frames.MAX_VALUES`).

    Returns
    -------
    pathlib.Path
        The path of ``index.html``.

    Raises
    ------
    nbclient.exceptions.CellExecutionError
        If a lesson fails to run; no partial site is reported as complete.
    """
    from ..notebooks import find_notebooks

    notebooks_dir, out_dir = Path(notebooks_dir), Path(out_dir)
    paths = find_notebooks(notebooks_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    executed = []
    for path in paths:
        start = time.perf_counter()
        nb = _html.execute_for_export(path)
        if progress is not None:
            progress(path, time.perf_counter() - start)
        executed.append((path, nb, notebook_title(nb, path.stem.replace("_", " "))))
    entries = [(path.stem + ".html", title) for path, _, title in executed]
    store = _frame_store(out_dir, frame_progress, max_values) if interactive else None
    for i, (path, nb, title) in enumerate(executed):
        assets = ""
        if store is not None:
            nb, names = _interactive(nb, store, path, lang)
            assets = _explorer_assets() if names else ""
        page = render_page(nb, title, lang=lang)
        page = _add_assets(page, assets) if assets else page
        nav = _nav(entries[i - 1] if i > 0 else None,
                   entries[i + 1] if i + 1 < len(entries) else None)
        page = _add_nav(page, nav)
        (out_dir / entries[i][0]).write_text(page, encoding="utf-8")
    index = out_dir / "index.html"
    index.write_text(index_page(entries, lang=lang, interactive=interactive), encoding="utf-8")
    if store is not None:
        store.prune()
    return index


def _frame_store(out_dir, frame_progress, max_values):
    from .frames import MAX_VALUES, FrameStore

    return FrameStore(Path(out_dir) / "frames", max_values=max_values or MAX_VALUES,
                      progress=frame_progress)


def _interactive(nb, store, path, lang):
    """Return ``nb`` with interactive explorers, linking the lesson's live notebook on Binder."""
    from .links import NOTEBOOKS_DIR, binder_link
    from .static_explorers import interactive_notebook

    live = binder_link(f"{NOTEBOOKS_DIR}/{Path(path).name}")
    return interactive_notebook(nb, store, lang=lang, live_url=live, prefix=Path(path).stem)


def _explorer_assets():
    from .static_explorers import page_assets

    return page_assets()
