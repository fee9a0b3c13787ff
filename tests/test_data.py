"""Shipped data: every file has a complete provenance record and matches its checksum."""

import json
import shutil

import pandas as pd
import pytest

from explainer import data

REQUIRED = ("file", "title", "source", "url", "retrieved", "status", "units", "sha256")


def test_there_is_data():
    assert "capacity_utilisation_annual" in data.datasets()


@pytest.mark.parametrize("name", data.datasets())
def test_provenance_complete(name):
    record = data.provenance(name)
    for field in REQUIRED:
        assert record.get(field), f"{name}: provenance lacks {field}"
    assert (data.DATA_DIR / record["file"]).is_file()
    assert len(record["sha256"]) == 64
    assert record["retrieved"][:4].isdigit()


@pytest.mark.parametrize("name", data.datasets())
def test_checksum_matches(name):
    record = data.provenance(name)
    assert data.file_sha256(data.DATA_DIR / record["file"]) == record["sha256"]
    frame = data.load(name)
    assert len(frame) > 0
    assert frame.attrs["provenance"]["source"] == record["source"]


def test_every_csv_has_a_record():
    files = {p.name for p in data.DATA_DIR.glob("*.csv")}
    recorded = {data.provenance(n)["file"] for n in data.datasets()}
    assert files == recorded


def test_tampered_file_is_detected(tmp_path, monkeypatch):
    name = "capacity_utilisation_annual"
    record = data.provenance(name)
    shutil.copy(data.DATA_DIR / record["file"], tmp_path / record["file"])
    (tmp_path / f"{name}.json").write_text(json.dumps(record), encoding="utf-8")
    with open(tmp_path / record["file"], "a", encoding="utf-8") as fh:
        fh.write("2024,99.9,,made up,,\n")
    monkeypatch.setattr(data, "DATA_DIR", tmp_path)
    data.manifest.cache_clear()
    try:
        with pytest.raises(data.ChecksumError):
            data.load(name)
    finally:
        data.manifest.cache_clear()


def test_capacity_values_match_nbs_releases():
    annual = data.load("capacity_utilisation_annual").set_index("year")["utilisation_pct"]
    assert annual[2023] == 75.1 and annual[2022] == 75.6 and annual[2021] == 77.5
    # 2020 is derived: 2021 was reported as 3.0 points higher.
    assert annual[2021] - annual[2020] == pytest.approx(3.0)
    q4 = data.load("capacity_utilisation_by_industry_2023q4").set_index("industry")["utilisation_pct"]
    assert q4["Non-metallic mineral products"] == 64.7
    assert q4.min() == 64.7


def test_unknown_dataset():
    with pytest.raises(ValueError, match="name must be one of"):
        data.load("no_such_data")
