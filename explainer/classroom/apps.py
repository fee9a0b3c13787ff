"""Projector mode: one small app notebook per explorer, to open full screen with Voilà.

``notebooks/apps/NAME.ipynb`` holds a heading, one sentence on what to do, and the lines
that show the explorer through :func:`projector`. Voilà runs it and shows only the rendered
output (no code). :func:`projector` makes the figure fill the window's width and sets the
controls, the readout and the text in 18 px type; at 1366 x 768 (a common projector) the
figure's smallest text (7 pt on a 7.2 inch figure) renders at about 17 px. It also gives
each slider handle the slider's label as its accessible name and the live figure the
readout's sentence as its ``alt`` text, on every update. Press F11 for full screen::

    voila notebooks/apps/excess_entry.ipynb          # one explorer
    voila notebooks/apps                              # a list of all of them

The folder is generated from :func:`explainer.widgets.all_explorers`; regenerate it after
adding or renaming an explorer with ``explainer apps`` (a test fails while
the folder is out of date). Files in the folder are written byte-for-byte reproducibly.

Each app also exists in Chinese, ``notebooks/apps/zh/NAME.ipynb``: the same notebook with
Chinese instructions and the language line of the Chinese edition
(:func:`explainer.i18n.language_line`) at the top of its code, so the explorer's
controls, figure and finding are Chinese wherever the catalogs translate them. The heading
is the explorer's one-line summary (its docstring), translated through the catalog
``explainer/locale/zh/apps.po``::

    voila notebooks/apps/zh/excess_entry.ipynb
"""

from __future__ import annotations

from pathlib import Path

from ..i18n import LANGUAGES, N_, check_language, edition_folder, gettext, language_line

#: Default location of the app notebooks, relative to the project folder.
APPS_DIR = Path("notebooks") / "apps"

#: Notebook metadata key marking a generated app (stale ones are removed on regeneration).
APP_KEY = "explainer_app"

KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}

#: What to do with an app, under its heading (translated in the catalog ``classroom.po``).
INSTRUCTIONS = N_("Move a slider, or click one and use the arrow keys; the figure and the "
                  "sentence under it update at once. The sentence states what the figure shows.")


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


def _explorers(explorers):
    if explorers is None:
        from ..widgets import all_explorers

        explorers = all_explorers()
    return dict(sorted(explorers.items()))


def app_notebook(name, cls, lang="en"):
    """Return the app notebook that shows explorer class ``cls`` (registered as ``name``).

    Parameters
    ----------
    name : str
        The explorer's ``name``; also the notebook's file stem.
    cls : type
        The Explorer subclass; it must be importable from ``cls.__module__``.
    lang : {"en", "zh"}
        Language of the instructions; a Chinese app's code starts with the language line.

    Returns
    -------
    nbformat.NotebookNode
        Two cells (markdown heading and instructions; code showing the explorer) with fixed
        cell ids, a python3 kernelspec and ``metadata.explainer_app.explorer == name``.
    """
    import nbformat

    text = instructions(lang)
    title = gettext(cls.title().rstrip("."), lang)  # catalog apps.po
    heading = nbformat.v4.new_markdown_cell(f"# {title}\n\n{text}")
    heading.id = f"{name}-heading"
    first = ""
    if lang != LANGUAGES[0]:
        first = language_line(lang) + "\n"
    code = nbformat.v4.new_code_cell(f"{first}from explainer.classroom.apps import projector\n"
                                     f"from {cls.__module__} import {cls.__name__}\n\n"
                                     f"projector({cls.__name__}())")
    code.id = f"{name}-explorer"
    nb = nbformat.v4.new_notebook(cells=[heading, code])
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = {"name": "python"}
    nb.metadata[APP_KEY] = {"explorer": name,
                            "note": "Generated by explainer.classroom.apps; do not edit by hand."}
    if lang != LANGUAGES[0]:
        nb.metadata[APP_KEY]["language"] = lang
    return nb


def app_text(name, cls, lang="en"):
    """Return the exact file text of the app notebook for ``name`` in ``lang``."""
    import nbformat

    return nbformat.writes(app_notebook(name, cls, lang)) + "\n"


def _generated(path):
    import json

    try:
        return APP_KEY in json.loads(path.read_text(encoding="utf-8")).get("metadata", {})
    except (OSError, ValueError):
        return False


def _app_files(apps_dir, explorers, langs):
    """Yield ``(path, text)`` for the app notebook of every explorer, language by language, and
    ``(path, None)`` after each language's apps for every generated app of an explorer that no
    longer exists."""
    explorers = _explorers(explorers)
    for lang in langs:
        folder = edition_folder(apps_dir, lang)
        for name, cls in explorers.items():
            yield folder / f"{name}.ipynb", app_text(name, cls, lang)
        for path in sorted(folder.glob("*.ipynb")) if folder.is_dir() else ():
            if path.stem not in explorers and _generated(path):
                yield path, None


def apps_out_of_sync(apps_dir=APPS_DIR, explorers=None, langs=LANGUAGES):
    """Return a list of problems that make ``apps_dir`` differ from the explorers (empty if in sync).

    Parameters
    ----------
    apps_dir : path-like
        The app folder (the Chinese apps are in its ``zh`` sub-folder).
    explorers : dict of str to type, optional
        ``{name: ExplorerClass}``; by default :func:`explainer.widgets.all_explorers`.
    langs : sequence of str
        The languages to check (default: English and Chinese).

    Returns
    -------
    list of str
        One sentence per missing, outdated or stale app notebook.
    """
    problems = []
    for path, text in _app_files(apps_dir, explorers, langs):
        if text is None:
            problems.append(f"{path} shows no existing explorer")
        elif not path.exists():
            problems.append(f"{path} is missing")
        elif path.read_text(encoding="utf-8") != text:
            problems.append(f"{path} is out of date")
    return problems


def write_apps(apps_dir=APPS_DIR, explorers=None, langs=LANGUAGES):
    """Write one app notebook per explorer and language; remove generated ones now stale.

    Parameters
    ----------
    apps_dir : path-like
        Folder to write (created if needed); the Chinese apps go to its ``zh`` sub-folder.
    explorers : dict of str to type, optional
        ``{name: ExplorerClass}``; by default :func:`explainer.widgets.all_explorers`.
    langs : sequence of str
        The languages to write (default: English and Chinese).

    Returns
    -------
    list of pathlib.Path
        The app notebooks, language by language, in explorer-name order. Files that were
        already up to date are left untouched (so their modification times do not change).
    """
    written = []
    for path, text in _app_files(apps_dir, explorers, langs):
        if text is None:
            path.unlink()
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
