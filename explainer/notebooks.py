"""Find, execute and tidy the lesson notebooks (used by ``explainer check`` and ``explainer tidy``).

Notebooks are stored without images or widget state. The only outputs kept are the small text
outputs of cells tagged ``nbval-check-output`` (a cell tag, so students see no test marker),
which ``pytest --nbval-lax`` compares.
"""

from __future__ import annotations

import time
from pathlib import Path

CHECK_TAG = "nbval-check-output"


def find_notebooks(folder="notebooks"):
    """Return the lesson notebooks in ``folder``, sorted by name (checkpoints excluded)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ValueError(f"folder must be an existing notebooks folder; got {str(folder)!r}")
    return sorted(p for p in folder.glob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


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
