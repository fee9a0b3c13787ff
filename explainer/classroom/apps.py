"""Projector mode: one Voilà app notebook shows any explorer, named in its address.

``notebooks/apps/explorer.ipynb`` is one code cell, ``show()``. Voilà runs it for each page it
serves and passes the page's query string to the kernel as ``QUERY_STRING`` (Voilà 0.5 sets it,
with the rest of the request, in the kernel's environment), so one notebook serves every
explorer in both languages::

    voila notebooks/apps/explorer.ipynb
    # then open http://localhost:8866/?explorer=excess_entry        (one explorer)
    #        or http://localhost:8866/?explorer=excess_entry&lang=zh (in Chinese)
    #        or http://localhost:8866/                               (a list of every explorer)

On Binder or a hub the same notebook opens as ``voila/render/notebooks/apps/explorer.ipynb?
explorer=NAME`` (:mod:`explainer.classroom.links` makes the links). Voilà shows only the
rendered output (no code): the explorer's heading (its :meth:`Explorer.title`, translated
through the catalog ``apps.po``), one sentence on what to do, and the explorer.
:func:`projector` makes the figure fill the window's width and sets the controls, the readout
and the text in 18 px type; at 1366 x 768 (a common projector) the figure's smallest text
(7 pt on a 7.2 inch figure) renders at about 17 px. It also gives each slider handle the
slider's label as its accessible name and the live figure the readout's sentence as its
``alt`` text, on every update. Press F11 for full screen.

Without an explorer in the address (or with a name that is not one) the page lists every
explorer as a link. In JupyterLab, where a notebook has no address, ``show("excess_entry")``
shows one. A new or renamed explorer needs no new file: :func:`explainer.widgets.all_explorers`
is the list. ``explainer apps`` writes the notebook (a test fails while it differs from
:func:`app_text`) and removes the per-explorer app notebooks of earlier releases.
"""

from __future__ import annotations

from pathlib import Path

from ..i18n import LANGUAGES, N_, check_language, edition_folder, gettext

#: Default folder of the app notebook, relative to the project folder.
APPS_DIR = Path("notebooks") / "apps"

#: The file name of the one app notebook in :data:`APPS_DIR`.
APP_FILE = "explorer.ipynb"

#: Notebook metadata key marking a generated app notebook (the one app, and the per-explorer
#: apps of earlier releases, which :func:`write_apps` removes).
APP_KEY = "explainer_app"

#: The environment variable in which Voilà hands the page's query string to the kernel.
QUERY_VARIABLE = "QUERY_STRING"

KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}

#: What to do with an app, under its heading (translated in the catalog ``classroom.po``).
INSTRUCTIONS = N_("Move a slider, or click one and use the arrow keys; the figure and the "
                  "sentence under it update at once. The sentence states what the figure shows.")


#: The list of explorers an app page shows when its address names none.
INDEX_HEADING = N_("Projector mode: pick an explorer")
INDEX_UNKNOWN = N_("There is no explorer called {name}.")


def instructions(lang):
    """Return the app instructions in language ``lang``."""
    return gettext(INSTRUCTIONS, check_language(lang, name="lang"))


#: Style sheet of projector mode (scoped to the projected explorer, plus the page text).
PROJECTOR_CSS = """
body { --jp-widgets-font-size: 18px; --jp-widgets-inline-height: 36px;
       --jp-content-font-size1: 18px; --jp-ui-font-size1: 18px; }
.jp-RenderedHTMLCommon { font-size: 18px; }
.explainer-projector { width: 100%; font-size: 18px; }
.explainer-projector img.explainer-figure { width: 100% !important; max-width: 100% !important;
  height: auto !important; flex: 1 1 100% !important; }
.explainer-projector .widget-label, .explainer-projector .widget-readout,
.explainer-projector .explainer-readout, .explainer-projector select,
.explainer-projector .widget-toggle-button { font-size: 18px !important; }
.explainer-projector .widget-label { line-height: 36px; }
"""

#: Accessible names the widgets cannot set from Python in ipywidgets 8: a slider handle gets
#: its slider's label as ``aria-label``; the figure gets the readout sentence (its text
#: alternative) as ``alt``. A MutationObserver keeps both current as the views re-render.
PROJECTOR_JS = """
(function () {
  function name(root) {
    root.querySelectorAll('.widget-slider').forEach(function (slider) {
      var label = slider.querySelector('.widget-label');
      var text = label ? label.textContent.trim() : '';
      slider.querySelectorAll('.noUi-handle').forEach(function (handle) {
        if (text && handle.getAttribute('aria-label') !== text) handle.setAttribute('aria-label', text);
      });
    });
    root.querySelectorAll('.explainer-explorer').forEach(function (explorer) {
      var readout = explorer.querySelector('.explainer-readout');
      var text = readout ? readout.textContent.trim() : '';
      explorer.querySelectorAll('img.explainer-figure').forEach(function (img) {
        if (text && img.getAttribute('alt') !== text) img.setAttribute('alt', text);
      });
    });
  }
  new MutationObserver(function () { name(document); }).observe(
    document.body, {subtree: true, childList: true, characterData: true});
  name(document);
})();
"""


def projector(explorer):
    """Show ``explorer`` in projector mode; return it (the last line of an app notebook).

    Displays the projector style sheet and the script of accessible names (see
    :data:`PROJECTOR_CSS`, :data:`PROJECTOR_JS`) and marks the explorer's widget with the
    class ``explainer-projector``.
    """
    from IPython.display import HTML, display

    if not hasattr(explorer, "widget"):
        raise ValueError(f"explorer must be an Explorer (with a .widget), not {type(explorer).__name__}")
    display(HTML(f"<style>{PROJECTOR_CSS}</style><script>{PROJECTOR_JS}</script>"))
    explorer.widget.add_class("explainer-projector")
    return explorer


def _explorers(explorers=None):
    if explorers is None:
        from ..widgets import all_explorers

        explorers = all_explorers()
    return dict(sorted(explorers.items()))


def app_query(name, lang=LANGUAGES[0]):
    """Return the query string that opens explorer ``name`` in ``lang`` (no ``lang`` for English).

    >>> app_query("excess_entry"), app_query("excess_entry", "zh")
    ('explorer=excess_entry', 'explorer=excess_entry&lang=zh')
    """
    from urllib.parse import urlencode

    fields = {"explorer": name}
    if check_language(lang, name="lang") != LANGUAGES[0]:
        fields["lang"] = lang
    return urlencode(fields)


def read_query(query):
    """Return ``(explorer name or None, language or None)`` from a page's query string.

    Unknown fields are ignored; so is a ``lang`` that is not a language of the lessons.

    >>> read_query("explorer=excess_entry&lang=zh")
    ('excess_entry', 'zh')
    >>> read_query("")
    (None, None)
    """
    from urllib.parse import parse_qs

    fields = parse_qs(query or "")
    name = (fields.get("explorer") or [None])[0]
    lang = (fields.get("lang") or [None])[0]
    return name, (lang if lang in LANGUAGES else None)


def app_title(cls, lang):
    """Return the heading of ``cls``'s app in ``lang``: its :meth:`Explorer.title`, translated."""
    return gettext(cls.title().rstrip("."), check_language(lang, name="lang"))  # catalog apps.po


def index_markdown(lang, explorers=None, unknown=None):
    """Return the Markdown list of every explorer, each a link to its app page in ``lang``.

    ``unknown``, a name the address asked for that is no explorer, is named above the list.
    """
    lang = check_language(lang, name="lang")
    lines = [f"# {gettext(INDEX_HEADING, lang)}", ""]
    if unknown:
        lines += [gettext(INDEX_UNKNOWN, lang).format(name=f"`{unknown}`"), ""]
    for name, cls in _explorers(explorers).items():
        lines.append(f"- [{app_title(cls, lang)}](?{app_query(name, lang)}) (`{name}`)")
    return "\n".join(lines) + "\n"


def show(explorer=None, lang=None, explorers=None):
    """Show one explorer in projector mode, or the list of them; the app notebook's one call.

    Parameters
    ----------
    explorer : str, optional
        The explorer's ``name``; by default the ``explorer`` field of the page's address
        (``$QUERY_STRING``, set by Voilà).
    lang : {"en", "zh"}, optional
        The language; by default the address's ``lang`` field, else the current language.
    explorers : dict of str to type, optional
        ``{name: ExplorerClass}``; by default :func:`explainer.widgets.all_explorers`.

    Returns
    -------
    Explorer or None
        The explorer shown, or ``None`` when the page lists the explorers instead (no name,
        or a name that is no explorer: the list then says so; a page never shows a traceback).
    """
    import json
    import os

    from IPython.display import HTML, Markdown, display

    from .. import i18n

    asked, asked_lang = read_query(os.environ.get(QUERY_VARIABLE, ""))
    name = explorer if explorer is not None else asked
    lang = check_language(lang, name="lang") if lang is not None else asked_lang
    lang = i18n.set_language(lang) if lang is not None else i18n.get_language()
    try:
        if explorers is None:
            from ..widgets import explorer_class

            cls = explorer_class(name)
        else:
            cls = explorers[name]
    except (KeyError, ValueError):
        display(Markdown(index_markdown(lang, explorers, unknown=name)))
        return None
    title = app_title(cls, lang)
    display(Markdown(f"# {title}\n\n{instructions(lang)}"))
    display(HTML(f"<script>document.title = {json.dumps(title)};</script>"))  # the browser tab
    return projector(cls())


#: How to open the app (printed by ``explainer apps``).
APP_QUERY_HELP = ("open it with 'voila {app}', then add ?explorer=NAME (and &lang=zh) to the "
                  "address, or pick an explorer from the list")

#: The code of the app notebook.
APP_SOURCE = "from explainer.classroom.apps import show\n\nshow()"


def app_notebook():
    """Return the app notebook: one code cell, ``show()``.

    Returns
    -------
    nbformat.NotebookNode
        One code cell with a fixed id, a python3 kernelspec and ``metadata.explainer_app``.
    """
    import nbformat

    code = nbformat.v4.new_code_cell(APP_SOURCE)
    code.id = "show-explorer"
    nb = nbformat.v4.new_notebook(cells=[code])
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = {"name": "python"}
    nb.metadata[APP_KEY] = {"note": "Generated by explainer.classroom.apps; do not edit by hand. "
                                    "Open with Voila and ?explorer=NAME (&lang=zh)."}
    return nb


def app_text():
    """Return the exact file text of the app notebook."""
    import nbformat

    return nbformat.writes(app_notebook()) + "\n"


def _generated(path):
    import json

    try:
        return APP_KEY in json.loads(path.read_text(encoding="utf-8")).get("metadata", {})
    except (OSError, ValueError):
        return False


def _stale_apps(apps_dir):
    """The generated app notebooks in ``apps_dir`` (and its language sub-folders) other than
    the one app: the per-explorer apps of earlier releases."""
    apps_dir = Path(apps_dir)
    folders = [edition_folder(apps_dir, lang) for lang in LANGUAGES]
    return [path for folder in folders if folder.is_dir()
            for path in sorted(folder.glob("*.ipynb"))
            if _generated(path) and path != apps_dir / APP_FILE]


def apps_out_of_sync(apps_dir=APPS_DIR):
    """Return a list of problems that make ``apps_dir`` differ from what :func:`write_apps` writes.

    Returns
    -------
    list of str
        One sentence for a missing or outdated app notebook and one per stale generated app.
    """
    path = Path(apps_dir) / APP_FILE
    problems = []
    if not path.exists():
        problems.append(f"{path} is missing")
    elif path.read_text(encoding="utf-8") != app_text():
        problems.append(f"{path} is out of date")
    problems += [f"{stale} is an app of an earlier release" for stale in _stale_apps(apps_dir)]
    return problems


def write_apps(apps_dir=APPS_DIR):
    """Write the app notebook to ``apps_dir``; remove the generated apps of earlier releases.

    Returns
    -------
    list of pathlib.Path
        The app notebook (left untouched when it is up to date, so its modification time does
        not change) and then each removed file.
    """
    apps_dir = Path(apps_dir)
    path = apps_dir / APP_FILE
    apps_dir.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text(encoding="utf-8") != app_text():
        path.write_text(app_text(), encoding="utf-8")
    removed = _stale_apps(apps_dir)
    for stale in removed:
        stale.unlink()
        if stale.parent != apps_dir and not any(stale.parent.iterdir()):
            stale.parent.rmdir()
    return [path, *removed]
