"""Real data shipped with the package, each file with a provenance record.

Every CSV in this folder, ``NAME.csv``, has a provenance record beside it, ``NAME.json``, giving
its title, source, URL, the date its values were checked, its status (publisher's page,
repost, derived, ...), its units and its sha256 checksum. Nothing is fetched at run time.

Examples
--------
>>> from explainer import data
>>> table = data.load("capacity_utilisation_annual")
>>> data.source_line("capacity_utilisation_annual")  # doctest: +ELLIPSIS
'Source: National Bureau of Statistics of China...'
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

import pandas as pd

DATA_DIR = Path(__file__).resolve().parent
REQUIRED_FIELDS = ("file", "title", "source", "url", "retrieved", "status", "units", "sha256")


class ChecksumError(RuntimeError):
    """A shipped data file does not match the checksum in its provenance record."""


@lru_cache(maxsize=1)
def manifest():
    """Return the provenance records of every dataset, keyed by dataset name."""
    records = {}
    for path in sorted(DATA_DIR.glob("*.json")):
        with path.open(encoding="utf-8") as fh:
            records[path.stem] = json.load(fh)
    return records


def datasets():
    """Return the names of all shipped datasets, sorted."""
    return sorted(manifest())


def provenance(name):
    """Return the provenance record of one dataset.

    Raises
    ------
    ValueError
        If ``name`` is not a shipped dataset.
    """
    records = manifest()
    if name not in records:
        raise ValueError(f"name must be one of {', '.join(sorted(records))}; got {name!r}")
    return dict(records[name])


def file_sha256(path):
    """Return the hex sha256 digest of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def verify(name):
    """Check one dataset's file against its recorded checksum; raise ``ChecksumError`` if not."""
    record = provenance(name)
    actual = file_sha256(DATA_DIR / record["file"])
    if actual != record["sha256"]:
        raise ChecksumError(
            f"{record['file']} has sha256 {actual}, but its provenance record says {record['sha256']}"
        )
    return True


def load(name):
    """Load a dataset as a DataFrame after verifying its checksum.

    The provenance record is attached as ``frame.attrs["provenance"]``.
    """
    verify(name)
    record = provenance(name)
    frame = pd.read_csv(DATA_DIR / record["file"])
    frame.attrs["provenance"] = record
    return frame


def source_line(name):
    """Return a one-line source note for a figure built from dataset ``name``."""
    record = provenance(name)
    return f"Source: {record['source']}; status: {record['status']}."
