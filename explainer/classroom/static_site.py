"""Export the lessons, executed, as HTML pages that read without a kernel or a network.

Each notebook is executed, its widget state removed so that every explorer shows the PNG of
its default settings (with the explorer's finding as alt text) and every quiz shows its
static version, and converted with nbconvert's ``lab`` template minus its remote scripts.
Images are embedded as ``data:`` URLs, styles are inlined, and formulas are typeset as MathML
(:mod:`explainer.classroom.formulas`): the pages open from disk, offline, with nothing else
beside them. An ``index.html`` links the lessons in order.

The site has two editions: English at ``SITE/`` and Chinese at ``SITE/zh/`` (from
``notebooks/zh/``, see :func:`export_editions`). Every page, the index included, carries
``<html lang="en">`` or ``<html lang="zh-Hans">`` and a visible link to the same page in the
other language (English ↔ 中文). The Chinese edition's explorer frames are drawn with
:func:`explainer.i18n.set_language` set to ``"zh"``, so their figures and findings are Chinese.
"""

from __future__ import annotations

import contextlib
import html
import os
import time
from pathlib import Path

from ..i18n import LANGUAGES, N_, check_language, edition_folder, gettext, language_entry
from . import _html
from .cells import notebook_title
from .formulas import typeset_math


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


#: The words of the site around the lessons (translated in the catalog ``classroom.po``).
SITE_STRINGS = {
    "all": N_("All lessons"),
    "nav": N_("Lessons"),
    "switch": N_("Language"),
    "title": N_("Lessons: new quality productive forces (新质生产力)"),
    "intro": N_("Small published economic models and real data, read through Wang Yiming's "
                "2024 interview with Caijing. These pages were produced by running every "
                "lesson."),
    "interactive": N_("Every explorer works here without any installation: its controls move "
                      "one at a time over precomputed settings, and each figure is described "
                      "in words for screen readers. Open a lesson in JupyterLab to move the "
                      "sliders freely."),
    "frozen": N_("Each interactive explorer appears as the figure of its default settings, "
                 "described in words for screen readers. Open a lesson in JupyterLab to move "
                 "the sliders."),
    "solutions": N_('Solutions are folded under "Solution": try each exercise before opening it.'),
    "solution": N_("Solution (try the exercise first)"),
}


def site_strings(lang):
    """Return the site words of edition ``lang``, with ``name`` the language's own name.

    Raises
    ------
    ValueError
        If ``lang`` is not a language of the lessons (:func:`explainer.i18n.check_language`).
    """
    check_language(lang, name="lang")
    words = {key: gettext(text, lang) for key, text in SITE_STRINGS.items()}
    return {"name": language_entry(lang).name, **words}


def html_lang(lang):
    """Return the HTML ``lang`` attribute of edition ``lang`` (``zh`` → ``zh-Hans``)."""
    return language_entry(check_language(lang, name="lang")).html_lang


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
    body = _set_lang(body, html_lang(lang))
    if lang != LANGUAGES[0]:
        body = body.replace(f"<summary>{SITE_STRINGS['solution']}</summary>",
                            f"<summary>{site_strings(lang)['solution']}</summary>")
    return typeset_math(body)


def _set_lang(page, lang):
    """Set the ``lang`` attribute of the page's ``<html>`` element."""
    import re

    return re.sub(r"<html\b[^>]*>", f'<html lang="{html.escape(lang)}">', page, count=1)


def site_size(out_dir):
    """Return the total size in bytes of every file under ``out_dir``."""
    return sum(p.stat().st_size for p in Path(out_dir).rglob("*") if p.is_file())


def language_switch(other, page):
    """Return the visible link to ``page`` in the other edition, or ``""`` without one.

    ``other`` is ``{"lang": ..., "prefix": ..., "pages": set of file names}`` (see
    :func:`export_site`); when the other edition has no such page its index is linked.
    """
    if not other:
        return ""
    target = page if page in other["pages"] else "index.html"
    words = site_strings(other["lang"])
    code = html_lang(other["lang"])
    return (f'<p class="explainer-language-switch"><a href="{html.escape(other["prefix"] + target)}" '
            f'hreflang="{code}" lang="{code}" rel="alternate">{html.escape(words["name"])}</a></p>')


def _nav(previous, following, lang="en", switch=""):
    words = site_strings(lang)
    links = [f'<a href="index.html">{html.escape(words["all"])}</a>']
    if previous:
        links.insert(0, f'<a href="{html.escape(previous[0])}">← {html.escape(previous[1])}</a>')
    if following:
        links.append(f'<a href="{html.escape(following[0])}">{html.escape(following[1])} →</a>')
    return (switch + f'<nav class="explainer-site-nav" aria-label="{html.escape(words["nav"])}">'
            + " · ".join(links) + "</nav>")


def _add_nav(page, nav):
    """Insert the navigation bar at the top of the page's ``<main>`` (else before ``</body>``)."""
    if "<main>" in page:
        return page.replace("<main>", "<main>\n" + nav, 1)
    return page.replace("</body>", nav + "\n</body>", 1)


#: What the index says about the explorers, with and without precomputed frames.
INTERACTIVE_NOTE = SITE_STRINGS["interactive"]
FROZEN_NOTE = SITE_STRINGS["frozen"]


def index_page(entries, *, lang="en", interactive=False, other=None):
    """Return the ``index.html`` text linking ``entries``, a list of ``(file name, title)``.

    ``lang`` is the page's edition; ``interactive`` says whether the explorers move; ``other``
    describes the other edition for the language switch (see :func:`language_switch`).
    """
    words = site_strings(lang)
    explorers = words["interactive"] if interactive else words["frozen"]
    switch = language_switch(other, "index.html")
    items = "\n".join(f'    <li><a href="{html.escape(name)}">{html.escape(title)}</a></li>'
                      for name, title in entries)
    return f"""<!DOCTYPE html>
<html lang="{html.escape(html_lang(lang))}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{html.escape(words["title"])}</title>
<style>
  body {{ font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
         max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.5; color: #1a1a1a; }}
  li {{ margin: 0.4em 0; }}
  a {{ color: #0057a0; }}
  .note {{ color: #444; font-size: 0.95em; }}
  .explainer-language-switch {{ text-align: right; margin: 0; }}
</style>
</head>
<body>
<main>
  {switch}
  <h1>{html.escape(words["title"])}</h1>
  <p>{html.escape(words["intro"])} {html.escape(explorers)}</p>
  <ol>
{items}
  </ol>
  <p class="note">{html.escape(words["solutions"])}</p>
</main>
</body>
</html>
"""


@contextlib.contextmanager
def language(lang):
    """Run the block in edition ``lang``: :func:`explainer.i18n.set_language` for explorers
    drawn here and ``$EXPLAINER_LANG`` for kernels started here; both are set back after."""
    from .. import i18n

    previous = i18n.get_language()
    saved = os.environ.get(i18n.LANGUAGE_VARIABLE)
    i18n.set_language(lang)
    os.environ[i18n.LANGUAGE_VARIABLE] = lang
    try:
        yield
    finally:
        i18n.set_language(previous)
        if saved is None:
            os.environ.pop(i18n.LANGUAGE_VARIABLE, None)
        else:
            os.environ[i18n.LANGUAGE_VARIABLE] = saved


def export_editions(notebooks_dir: Path, out_dir: Path, *, langs=LANGUAGES, progress=None,
                    interactive=True, frame_progress=None, max_values=None,
                    repo_url=None) -> list[Path]:
    """Export the English site to ``out_dir`` and the Chinese one to ``out_dir/zh``.

    The Chinese lessons are read from ``notebooks_dir/zh``; an edition without lessons is
    skipped. Each page links the same page of the other edition (English ↔ 中文). Other
    parameters as in :func:`export_site`; returns the ``index.html`` of each edition written.
    """
    from ..notebooks import find_notebooks

    notebooks_dir, out_dir = Path(notebooks_dir), Path(out_dir)
    present = [lang for lang in langs if find_notebooks(notebooks_dir, lang)]
    folders = {lang: edition_folder(out_dir, lang) for lang in present}
    pages = {lang: {p.stem + ".html" for p in find_notebooks(notebooks_dir, lang)}
             for lang in present}
    written = []
    for lang in present:
        others = [o for o in present if o != lang]
        other = None
        if others:
            o = others[0]
            prefix = os.path.relpath(folders[o], folders[lang]).replace(os.sep, "/") + "/"
            other = {"lang": o, "prefix": prefix, "pages": pages[o]}
        written.append(export_site(edition_folder(notebooks_dir, lang), folders[lang],
                                   progress=progress, lang=lang, interactive=interactive,
                                   frame_progress=frame_progress, max_values=max_values,
                                   other=other, repo_url=repo_url))
    return written


def export_site(notebooks_dir: Path, out_dir: Path, *, progress=None, lang="en",
                interactive=True, frame_progress=None, max_values=None, other=None,
                repo_url=None) -> Path:
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
    other : dict, optional
        The other edition, for the language switch on every page: ``lang``, ``prefix`` (its
        folder relative to ``out_dir``, ending in ``/``) and ``pages`` (its file names).
    repo_url : str, optional
        The class's repository, for the explorers' links to the live notebook on Binder
        (default: :data:`explainer.classroom.links.REPO_URL`, from ``[project.urls]``); while
        it is the placeholder the pages say so instead of linking.

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
    site_strings(lang)
    paths = find_notebooks(notebooks_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    executed = []
    with language(lang):
        for path in paths:
            start = time.perf_counter()
            nb = _html.execute_for_export(path)
            if progress is not None:
                progress(path, time.perf_counter() - start)
            executed.append((path, nb, notebook_title(nb, path.stem.replace("_", " "))))
        entries = [(path.stem + ".html", title) for path, _, title in executed]
        store = _html.frame_store(out_dir, frame_progress, max_values) if interactive else None
        for i, (path, nb, title) in enumerate(executed):
            assets = ""
            if store is not None:
                nb, names = _html.interactive_explorers(nb, store, path, lang, repo_url)
                assets = _html.explorer_assets() if names else ""
            page = render_page(nb, title, lang=lang)
            page = _html.add_assets(page, assets) if assets else page
            nav = _nav(entries[i - 1] if i > 0 else None,
                       entries[i + 1] if i + 1 < len(entries) else None, lang,
                       language_switch(other, entries[i][0]))
            page = _add_nav(page, nav)
            (out_dir / entries[i][0]).write_text(page, encoding="utf-8")
    index = out_dir / "index.html"
    index.write_text(index_page(entries, lang=lang, interactive=interactive, other=other),
                     encoding="utf-8")
    if store is not None:
        store.prune()
    return index
