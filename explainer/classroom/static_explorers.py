"""Explorers that move on the static site: labelled native controls swapping precomputed frames.

Each explorer output of an executed lesson is replaced by an HTML block: the explorer's
controls as ``<input type="range">`` and ``<select>`` (each with a ``<label>`` and an
``<output>`` showing its value), the default frame inline as a ``data:`` URL, the finding as a
live region, and the frame table (file names of the other frames, their findings and alt texts)
as inline JSON. A small plain-JavaScript file (``static_explorer.js``, inlined once per page)
swaps the image's ``src`` and ``alt`` and the finding when a control moves. Other frames load
only when asked for, as PNG files in ``frames/`` next to the page, so a page's first load stays
small, and ``<img src>`` works from ``file://`` where ``fetch`` does not.
"""

from __future__ import annotations

import base64
import copy
import html
import json
from importlib import resources

from ..i18n import N_, check_language, gettext
from ._html import WIDGET_VIEW
from .frames import explorer_calls

#: Words of the page around an explorer (translated in the catalog ``classroom.po``).
STRINGS = {
    "mode": N_("Here the controls move one at a time (moving one returns the others to their "
               "defaults); the {live} moves them freely."),
    "live": N_("live notebook on Binder"),
    "reset": N_("Returned to the default:"),
    "missing": N_("This combination was not precomputed; move a control back."),
    "controls": N_("Controls of the explorer"),
}


def strings(lang):
    """Return the page words of language ``lang``.

    Raises
    ------
    ValueError
        If ``lang`` is not a language of the lessons (:func:`explainer.i18n.check_language`).
    """
    check_language(lang, name="lang")
    return {key: gettext(text, lang) for key, text in STRINGS.items()}


def asset(name):
    """Return the text of a packaged asset (``static_explorer.js`` or ``.css``)."""
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def page_assets():
    """Return the ``<style>`` and ``<script>`` that every page with explorers carries once."""
    return (f"<style>\n{asset('static_explorer.css')}</style>\n"
            f"<script>\n{asset('static_explorer.js')}</script>\n")


def _json_for_script(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def explorer_block(table, default_png, block_id, *, lang="en", live_url=None,
                   frames_dir="frames/", live_note=""):
    """Return the HTML block of one explorer on the static site.

    Parameters
    ----------
    table : dict
        The explorer's frame table (:meth:`explainer.classroom.frames.FrameStore.table`).
    default_png : bytes
        The default frame, embedded inline.
    block_id : str
        Unique on the page; prefixes the ids of the controls.
    lang : str
        Language of the page's words (see :data:`STRINGS`).
    live_url : str, optional
        Address of the live notebook (Binder); without it the note names no link.
    frames_dir : str
        Folder of the frame files, relative to the page.
    live_note : str
        Said after the note, e.g. why there is no link (see
        :func:`explainer.classroom.links.live_link`).
    """
    words = strings(lang)
    default_alt = table["frames"][table["default"]][1]
    live = (f'<a href="{html.escape(live_url)}">{html.escape(words["live"])}</a>' if live_url
            else html.escape(words["live"]))
    rows = []
    for i, spec in enumerate(table["controls"]):
        cid = f"{block_id}-{i}"
        label = f'<label for="{cid}">{html.escape(spec["label"])}</label>'
        value = spec["labels"][spec["default"]]
        if spec["kind"] == "range":
            field = (f'<input type="range" id="{cid}" data-control-index="{i}" min="0" '
                     f'max="{len(spec["values"]) - 1}" step="1" value="{spec["default"]}" '
                     f'aria-valuetext="{html.escape(value)}" disabled>')
        else:
            options = "".join(
                f'<option value="{j}"{" selected" if j == spec["default"] else ""}>'
                f'{html.escape(text)}</option>' for j, text in enumerate(spec["labels"]))
            field = f'<select id="{cid}" data-control-index="{i}" disabled>{options}</select>'
        shown = (f'<output for="{cid}" data-value-index="{i}">{html.escape(value)}</output>')
        rows.append(f'<div class="explainer-control">{label}{field}{shown}</div>')
    data = {"controls": [{k: spec[k] for k in ("label", "kind", "labels", "default")}
                         for spec in table["controls"]],
            "joint": table["joint"], "default": table["default"], "frames": table["frames"],
            "dir": frames_dir, "strings": {k: words[k] for k in ("reset", "missing")}}
    src = "data:image/png;base64," + base64.b64encode(default_png).decode("ascii")
    return (
        f'<div class="explainer-static-explorer" id="{block_id}" '
        f'data-explorer="{html.escape(table["name"])}">\n'
        f'<p class="explainer-mode-note">{words["mode"].format(live=live)}'
        + (f' <span class="explainer-live-note">{html.escape(live_note)}</span>' if live_note else "")
        + '</p>\n'
        f'<div role="group" aria-label="{html.escape(words["controls"])}">'
        + "".join(rows) + "</div>\n"
        f'<p class="explainer-reset-note" aria-live="polite"></p>\n'
        f'<img class="explainer-frame" src="{src}" alt="{html.escape(default_alt)}">\n'
        f'<p class="explainer-finding explainer-caption" role="status" aria-live="polite">'
        f'{html.escape(default_alt)}</p>\n'
        f'<script type="application/json" class="explainer-frames-data">'
        f'{_json_for_script(data)}</script>\n</div>'
    )


def explorer_classes():
    """Return every named explorer class, keyed by its class name."""
    from ..widgets import all_explorers

    return {cls.__name__: cls for cls in all_explorers().values()}


def interactive_notebook(nb, store, *, lang="en", live_url=None, prefix="explorer",
                         live_note=""):
    """Return a copy of an executed notebook whose explorer outputs are interactive blocks.

    An explorer output is a display with a widget view and a PNG in a code cell that
    constructs explorers (``Name(...)`` with literal keyword arguments): the n-th such output
    is matched with the n-th construction. Cells where the counts differ are left static.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        The executed notebook; not modified.
    store : explainer.classroom.frames.FrameStore
        Where frames are drawn or reused.
    lang, live_url, live_note
        As in :func:`explorer_block`.
    prefix : str
        Prefix of the blocks' ids.

    Returns
    -------
    (nbformat.NotebookNode, list of str)
        The notebook and the names of the explorers made interactive, in order.
    """
    out = copy.deepcopy(nb)
    classes = explorer_classes()
    names = []
    for cell in out.cells:
        if cell.cell_type != "code":
            continue
        calls = explorer_calls(cell.source, classes)
        shown = [o for o in cell.get("outputs", [])
                 if WIDGET_VIEW in o.get("data", {}) and "image/png" in o.get("data", {})]
        if not calls or len(calls) != len(shown):
            continue
        for (cls, kwargs), output in zip(calls, shown):
            table = store.table(cls, kwargs)
            default_png = (store.folder / table["frames"][table["default"]][0]).read_bytes()
            block = explorer_block(table, default_png, f"{prefix}-{len(names) + 1}", lang=lang,
                                   live_url=live_url, live_note=live_note)
            output["data"] = {"text/html": block, "text/plain": output["data"].get("text/plain", "")}
            output.metadata = {}
            names.append(cls.name)
    return out, names
