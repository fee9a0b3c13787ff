"""Find, execute and tidy the lesson notebooks (used by ``explainer check`` and ``explainer tidy``).

The lessons exist in two editions: English in ``notebooks/`` and the generated Chinese edition
in ``notebooks/zh/`` (see :mod:`explainer.translation`). :func:`find_notebooks` lists one
edition or both (``lang="all"``); every tool that goes through it chooses its edition on
purpose.

Notebooks are stored without images or widget state. The only outputs kept are the small text
outputs of cells tagged ``nbval-check-output`` (a cell tag, so students see no test marker),
which ``pytest --nbval-lax`` compares.
"""

from __future__ import annotations

import time
from pathlib import Path

from .i18n import ALL, LANGUAGES, check_language, edition_folder

CHECK_TAG = "nbval-check-output"


def language_of(path):
    """Return the edition a notebook belongs to: its folder's name if that is a translated
    language (:data:`explainer.i18n.LANGUAGES`), else the source language."""
    parent = Path(path).parent.name
    return parent if parent in LANGUAGES[1:] else LANGUAGES[0]


def find_notebooks(folder="notebooks", lang="en"):
    """Return the lesson notebooks in ``folder``, sorted by name (checkpoints excluded).

    Parameters
    ----------
    folder : path-like
        The lessons folder (``notebooks``; also works for ``notebooks/apps``).
    lang : {"en", "zh", "all"}
        ``"en"``: the notebooks in ``folder`` itself; ``"zh"``: those in ``folder/zh`` (none
        if that folder does not exist; see :func:`explainer.i18n.edition_folder`); ``"all"``:
        every language, English first.

    Raises
    ------
    ValueError
        If ``folder`` is not a folder or ``lang`` is not a language or ``"all"``
        (:func:`explainer.i18n.check_language`).
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise ValueError(f"folder must be an existing notebooks folder; got {str(folder)!r}")
    check_language(lang, allow_all=True, name="lang")
    found = []
    for edition in (LANGUAGES if lang == ALL else (lang,)):
        where = edition_folder(folder, edition)
        if where.is_dir():
            found.extend(sorted(p for p in where.glob("*.ipynb")
                                if ".ipynb_checkpoints" not in p.parts))
    return found


def execute(path, timeout=300, kernel_name="python3"):
    """Execute one notebook in its own folder; return ``(notebook, seconds)``.

    Raises ``nbclient.exceptions.CellExecutionError`` if a cell fails.
    """
    import nbformat
    from nbclient import NotebookClient

    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name=kernel_name,
                            resources={"metadata": {"path": str(path.parent)}})
    start = time.perf_counter()
    client.execute()
    return nb, time.perf_counter() - start


def is_checked(cell):
    """Whether nbval compares this cell's output."""
    return cell.get("cell_type") == "code" and CHECK_TAG in cell.get("metadata", {}).get("tags", [])


def strip(nb):
    """Remove outputs, execution counts and widget state, keeping checked cells' text outputs."""
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        if cell.get("cell_type") != "code":
            continue
        cell.metadata.pop("execution", None)
        if is_checked(cell):
            kept = []
            for out in cell.get("outputs", []):
                if out.get("output_type") == "stream":
                    kept.append(out)
                elif out.get("output_type") in ("execute_result", "display_data"):
                    text = out.get("data", {}).get("text/plain")
                    if text is not None:
                        out["data"] = {"text/plain": text}
                        out["metadata"] = {}
                        kept.append(out)
            cell["outputs"] = kept  # nbval needs the execution count of a checked cell
        else:
            cell["outputs"] = []
            cell["execution_count"] = None
    return nb


def tidy(path):
    """Execute a notebook and save it back with only its checked text outputs."""
    import nbformat

    nb, seconds = execute(path)
    nbformat.write(strip(nb), path)
    return seconds
