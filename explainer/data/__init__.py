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
import os
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..checks import InputTypeError
from ..i18n import N_

DATA_DIR = Path(__file__).resolve().parent
#: Set this environment variable to read the data (and provenance records) from another folder,
#: for example a copy being checked with ``explainer data``.
DATA_DIR_ENV = "EXPLAINER_DATA_DIR"
REQUIRED_FIELDS = ("file", "title", "description", "source", "url", "retrieved", "status", "units",
                   "sha256")


class ChecksumError(RuntimeError):
    """A shipped data file is missing or does not match the checksum in its provenance record."""


def data_dir():
    """The folder the datasets are read from: ``$EXPLAINER_DATA_DIR`` if set, else the package's."""
    return Path(os.environ.get(DATA_DIR_ENV) or DATA_DIR)


def read_record(path):
    """Read and check one provenance record (``NAME.json``).

    Raises
    ------
    ValueError
        Naming the file, if it is not valid JSON, not a JSON object, or lacks a required field
        (``file, title, description, source, url, retrieved, status, units, sha256``), or if
        its ``file`` is not ``NAME.csv`` or its ``sha256`` is not 64 hex digits.
    """
    path = Path(path)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise ValueError(f"provenance record {path.name} must be valid JSON: {err}") from None
    if not isinstance(record, dict):
        raise ValueError(f"provenance record {path.name} must be a JSON object; got {type(record).__name__}")
    missing = [field for field in REQUIRED_FIELDS if field not in record or record[field] in ("", None, {}, [])]
    if missing:
        raise ValueError(f"provenance record {path.name} must have the field(s) {', '.join(missing)}; "
                         f"required: {', '.join(REQUIRED_FIELDS)}")
    if record["file"] != f"{path.stem}.csv":
        raise ValueError(f"provenance record {path.name} must describe {path.stem}.csv; "
                         f"its file field says {record['file']!r}")
    digest = record["sha256"]
    if not (isinstance(digest, str) and len(digest) == 64
            and all(ch in "0123456789abcdef" for ch in digest.lower())):
        raise ValueError(f"provenance record {path.name} must give sha256 as 64 hex digits; got {digest!r}")
    return record


@lru_cache(maxsize=4)
def _manifest(directory):
    return {path.stem: read_record(path) for path in sorted(Path(directory).glob("*.json"))}


def manifest():
    """Return the provenance records of every dataset, keyed by dataset name.

    Raises
    ------
    ValueError
        Naming the file, if a record is malformed or incomplete (see :func:`read_record`).
    """
    return _manifest(str(data_dir()))


manifest.cache_clear = _manifest.cache_clear


def datasets():
    """Return the names of all shipped datasets, sorted."""
    return sorted(manifest())


def provenance(name):
    """Return the provenance record of one dataset.

    Raises
    ------
    ValueError
        If ``name`` is not a shipped dataset (``TypeError`` too if it is not text).
    """
    records = manifest()
    if not isinstance(name, str):
        raise InputTypeError(f"name must be a dataset name (text), one of {', '.join(sorted(records))}; "
                             f"got {name!r}")
    if name not in records:
        raise ValueError(f"name must be one of {', '.join(sorted(records))}; got {name!r}")
    return dict(records[name])


def file_sha256(path):
    """Return the hex sha256 digest of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def verify(name):
    """Check one dataset's file against its recorded checksum; raise ``ChecksumError`` if not."""
    record = provenance(name)
    path = data_dir() / record["file"]
    if not path.is_file():
        raise ChecksumError(f"{record['file']} is missing: its provenance record {name}.json "
                            "describes a file that is not there")
    actual = file_sha256(path)
    if actual != record["sha256"]:
        raise ChecksumError(
            f"{record['file']} has sha256 {actual}, but its provenance record says {record['sha256']}"
        )
    return True


def audit():
    """Check every data file and provenance record; never stop at the first problem.

    Returns
    -------
    list of (str, dict or None, str or None)
        ``(name, record, problem)`` for every dataset name found (a ``.json`` record or a
        ``.csv`` file), sorted; ``problem`` is ``None`` when the record is complete and the
        file matches its checksum, else a sentence naming the file and what is wrong.
    """
    directory = data_dir()
    records = {p.stem: p for p in directory.glob("*.json")}
    files = {p.stem: p for p in directory.glob("*.csv")}
    report = []
    for name in sorted(set(records) | set(files)):
        if name not in records:
            report.append((name, None, f"{name}.csv has no provenance record {name}.json"))
            continue
        try:
            record = read_record(records[name])
        except ValueError as err:
            report.append((name, None, str(err)))
            continue
        path = directory / record["file"]
        if not path.is_file():
            report.append((name, record, f"{record['file']} is missing: its provenance record "
                                         f"{name}.json describes a file that is not there"))
            continue
        actual = file_sha256(path)
        if actual != record["sha256"]:
            report.append((name, record, f"{record['file']} has sha256 {actual}, but its "
                                         f"provenance record says {record['sha256']}"))
            continue
        report.append((name, record, None))
    return report


def load(name):
    """Load a dataset as a DataFrame after verifying its checksum.

    The provenance record is attached as ``frame.attrs["provenance"]``.
    """
    verify(name)
    record = provenance(name)
    frame = pd.read_csv(data_dir() / record["file"])
    frame.attrs["provenance"] = record
    return frame


def source_line(name):
    """Return a one-line source note for a figure built from dataset ``name``."""
    from ..i18n import _

    record = provenance(name)
    return _("Source: {source}; status: {status}.").format(source=_(record["source"]),
                                                           status=_(record["status"]))


#: Readable names of the columns (and of a few category values) that lessons display, shown in
#: the reader's language by :func:`labelled`. The CSV files keep their own column names: they
#: are the record.
COLUMN_LABELS = {
    "statement": N_("statement"),
    "what_is_counted": N_("what is counted"),
    "denominator": N_("denominator"),
    "share_pct": N_("share (%)"),
    "qualifier": N_("qualifier"),
    "rule": N_("rule"),
    "year": N_("year"),
    "share_of": N_("share of"),
    "status": N_("status"),
    "source": N_("source"),
    "sector": N_("sector"),
    "vintage": N_("vintage"),
    "primary": N_("primary"),
    "secondary": N_("secondary"),
    "tertiary": N_("tertiary"),
    "release_2019": N_("2019 release"),
    "yearbook_2010": N_("Yearbook 2010"),
    "communique_2020": N_("2020 communiqué"),
    "communique_2023": N_("2023 communiqué"),
    "report": N_("report"),
    "size_trillion_yuan": N_("size (trillion yuan)"),
    "share_of_digital_economy_pct": N_("share of the digital economy (%)"),
    "share_of_gdp_pct": N_("share of GDP (%)"),
    "digital_economy_trillion_yuan": N_("digital economy (trillion yuan)"),
    "study": N_("study"),
    "period": N_("period"),
    "finding": N_("finding"),
    "rd_expenditure_bn_yuan": N_("R&D expenditure (bn yuan)"),
    "rd_intensity_pct_gdp": N_("R&D intensity (% of GDP)"),
    "basic_research_share_pct": N_("basic research (% of R&D)"),
}


def labelled(frame):
    """``frame`` for display, its column and index names in the reader's language.

    In English the table is returned as it is (the column names of the CSV file); in a
    translation, the names listed in :data:`COLUMN_LABELS` (column and index names, and the
    category labels of a pivot table's rows and columns) are translated; the numbers and the
    text of the cells are untouched.

    >>> from explainer import data
    >>> list(data.labelled(data.load("rd_expenditure_china").iloc[:, :2]).columns)
    ['year', 'rd_expenditure_bn_yuan']
    """
    from .. import i18n

    if i18n.get_language() == i18n.LANGUAGES[0]:
        return frame

    def label(name):
        return i18n._(COLUMN_LABELS[name]) if isinstance(name, str) and name in COLUMN_LABELS else name

    shown = frame.rename(columns=label, index=label)
    shown.columns = shown.columns.set_names([label(name) for name in shown.columns.names])
    shown.index = shown.index.set_names([label(name) for name in shown.index.names])
    return shown
