"""A damaged data folder is reported file by file, by name, and ``explainer data`` fails.

Each test works on a copy of the shipped data folder, pointed to by ``EXPLAINER_DATA_DIR``.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from explainer import data
from explainer.cli import main

ROOT = Path(__file__).resolve().parents[1]
NAMES = data.datasets()  # of the shipped, intact folder
FIRST, LAST = NAMES[0], NAMES[-1]


@pytest.fixture
def copy_dir(tmp_path, monkeypatch):
    """A copy of the shipped CSV and JSON files, used by explainer.data for this test."""
    target = tmp_path / "data"
    target.mkdir()
    for path in data.DATA_DIR.iterdir():
        if path.suffix in (".csv", ".json"):
            shutil.copy(path, target / path.name)
    monkeypatch.setenv(data.DATA_DIR_ENV, str(target))
    data.manifest.cache_clear()
    yield target
    data.manifest.cache_clear()


def run_cli(capsys):
    code = main(["data"])
    out, err = capsys.readouterr()
    return code, out + err


def run_subprocess(directory):
    env = dict(os.environ, PYTHONPATH=f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}")
    env[data.DATA_DIR_ENV] = str(directory)
    done = subprocess.run([sys.executable, "-m", "explainer.cli", "data"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    return done.returncode, done.stdout + done.stderr


def tamper(directory, name):
    with open(directory / f"{name}.csv", "a", encoding="utf-8") as fh:
        fh.write("9999,1,2,3\n")


def test_intact_copy_passes(copy_dir, capsys):
    code, text = run_cli(capsys)
    assert code == 0
    assert text.count("sha256 ok") == len(NAMES)


def test_tampered_csv_is_named_and_later_files_still_checked(copy_dir, capsys):
    tamper(copy_dir, FIRST)
    code, text = run_cli(capsys)
    assert code != 0
    assert f"{FIRST}.csv has sha256" in text
    assert "Traceback" not in text
    # every other dataset was still checked (the first one no longer stops the run)
    assert text.count("sha256 ok") == len(NAMES) - 1
    assert f"{LAST}:" in text


def test_tampered_csv_fails_the_command_line(copy_dir):
    tamper(copy_dir, LAST)
    code, text = run_subprocess(copy_dir)
    assert code != 0
    assert f"{LAST}.csv" in text and "Traceback" not in text
    assert "sha256 ok" in text  # the others were reported


def test_intact_copy_passes_on_the_command_line(copy_dir):
    code, text = run_subprocess(copy_dir)
    assert code == 0, text


def test_missing_csv_is_reported(copy_dir, capsys):
    (copy_dir / f"{FIRST}.csv").unlink()
    code, text = run_cli(capsys)
    assert code != 0
    assert f"{FIRST}.csv is missing" in text
    with pytest.raises(data.ChecksumError, match=f"{FIRST}.csv is missing"):
        data.load(FIRST)


def test_csv_without_record_is_reported(copy_dir, capsys):
    shutil.copy(copy_dir / f"{FIRST}.csv", copy_dir / "orphan_table.csv")
    code, text = run_cli(capsys)
    assert code != 0
    assert "orphan_table.csv has no provenance record orphan_table.json" in text


@pytest.mark.parametrize("field", data.REQUIRED_FIELDS)
def test_record_missing_a_field_is_named(copy_dir, capsys, field):
    path = copy_dir / f"{FIRST}.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    del record[field]
    path.write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(ValueError, match=rf"{FIRST}\.json must have the field\(s\) {field}\b"):
        data.load(FIRST)
    code, text = run_cli(capsys)
    assert code != 0
    assert f"{FIRST}.json" in text and field in text
    assert text.count("sha256 ok") == len(NAMES) - 1


def test_malformed_json_is_named(copy_dir, capsys):
    (copy_dir / f"{LAST}.json").write_text('{"file": "oops",', encoding="utf-8")
    with pytest.raises(ValueError, match=f"{LAST}.json must be valid JSON"):
        data.provenance(FIRST)
    code, text = run_cli(capsys)
    assert code != 0
    assert f"{LAST}.json must be valid JSON" in text and "Traceback" not in text


def test_record_that_is_not_an_object_is_named(copy_dir):
    (copy_dir / f"{FIRST}.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ValueError, match=f"{FIRST}.json must be a JSON object"):
        data.datasets()


def test_record_for_another_file_is_named(copy_dir):
    path = copy_dir / f"{FIRST}.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    record["file"] = f"{LAST}.csv"
    path.write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(ValueError, match=f"{FIRST}.json must describe {FIRST}.csv"):
        data.load(FIRST)


@pytest.mark.parametrize("name", [["nev_china"], None, 3])
def test_dataset_name_of_the_wrong_type(name):
    with pytest.raises(TypeError, match="name must be a dataset name"):
        data.load(name)
