"""The command line: data listing, notebook check, bench report, and a safe ``lab``."""

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

import nbformat
import pytest
from browser_support import free_port, wait_for_http

from explainer import bench
from explainer.cli import main


def test_data_command(capsys):
    assert main(["data"]) == 0
    out = capsys.readouterr().out
    assert "capacity_utilisation_annual" in out and "sha256 ok" in out


def test_check_reports_pass_and_fail(tmp_path, capsys):
    good = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print(1 + 1)")])
    bad = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 / 0")])
    for nb in (good, bad):
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(good, tmp_path / "a_good.ipynb")
    nbformat.write(bad, tmp_path / "b_bad.ipynb")
    assert main(["check", "--notebooks", str(tmp_path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("pass") and lines[0].endswith("a_good.ipynb")
    assert lines[1].startswith("FAIL") and "ZeroDivisionError" in lines[1]
    assert lines[-1].startswith("1 failed")


def test_bench_report_structure():
    report = bench.run_benchmark(steps=3, baseline_steps=2, only=["viability"])
    entry = report["explorers"]["viability"]
    assert entry["updates"] > 0 and entry["baseline_updates"] > 0
    assert entry["median_ms"] > 0 and entry["p95_ms"] >= entry["median_ms"]
    assert report["target_p95_ms"] == 100.0
    assert isinstance(report["all_within_target"], bool)
    json.dumps(report)
    with pytest.raises(ValueError, match="only must name explorers"):
        bench.run_benchmark(steps=2, only=["nope"])


def test_control_values_cover_range():
    from explainer.widgets.controls import dropdown, slider

    assert bench.control_values(slider("x", 1, 0, 2, 0.5), 5) == [0.0, 0.5, 1.0, 1.5, 2.0]
    assert bench.control_values(slider("n", 3, 1, 5, 1, integer=True), 3) == [1, 3, 5]
    assert bench.control_values(dropdown("d", ["a", "b"], "a"), 1) == ["a", "b"]


@pytest.mark.slow
def test_lab_binds_localhost_and_keeps_token(tmp_path):
    port = free_port()
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(tmp_path / "cfg"),
               JUPYTER_RUNTIME_DIR=str(tmp_path / "rt"))
    proc = subprocess.Popen([sys.executable, "-m", "explainer.cli", "lab", "--no-browser",
                             "--port", str(port), "--ServerApp.allow_root=True"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/", process=proc)
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/contents/notebooks", timeout=5)
        assert err.value.code == 403, "the API must ask for Jupyter's token"
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=30)
    assert "127.0.0.1" in stderr and "token=" in stderr
    assert "00_start_here.ipynb" in stderr or "lab/tree/notebooks" in stderr
