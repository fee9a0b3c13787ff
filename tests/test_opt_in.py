"""Opt-in tests (``tests/support/opt_in.py``): slow and browser tests run only when asked
for, and a browser test asked for fails rather than skips."""

import os
import subprocess
import sys

import pytest

from support.opt_in import opted_in, skip_unless_opted_in
from support.paths import ROOT


class _Item:
    def __init__(self, *markers, name="test_x", path=ROOT / "tests" / "test_x.py"):
        self.markers, self.originalname, self.name, self.path = list(markers), name, name, path

    def get_closest_marker(self, name):
        return next((m for m in self.markers if m == name), None)

    def add_marker(self, mark):
        self.markers.append(mark.name if mark.name != "skip" else ("skip", mark.kwargs["reason"]))


class _Config:
    def __init__(self, **options):
        self.options = {"--run-slow": False, "--run-browser": False, "markexpr": "", **options}

    def getoption(self, name, default=None):
        return self.options.get(name, default)


@pytest.mark.parametrize("options, ran", [
    ({}, {"fast"}),
    ({"--run-slow": True}, {"fast", "slow"}),
    ({"--run-browser": True}, {"fast", "browser"}),
    ({"--run-slow": True, "--run-browser": True}, {"fast", "slow", "browser"}),
    ({"markexpr": "slow"}, {"fast", "slow", "browser"}),
])
def test_opt_in_markers(options, ran, monkeypatch):
    for variable in ("EXPLAINER_RUN_SLOW", "EXPLAINER_RUN_BROWSER"):
        monkeypatch.delenv(variable, raising=False)
    items = {"fast": _Item(), "slow": _Item("slow"), "browser": _Item("browser", "slow")}
    skip_unless_opted_in(_Config(**options), list(items.values()))
    skipped = {key for key, item in items.items() if any(isinstance(m, tuple) for m in item.markers)}
    assert set(items) - skipped == ran
    if "slow" not in ran:
        (reason,) = [m[1] for m in items["slow"].markers if isinstance(m, tuple)]
        assert "--run-slow" in reason and "EXPLAINER_RUN_SLOW=1" in reason


def test_environment_variables_opt_in(monkeypatch):
    monkeypatch.setenv("EXPLAINER_RUN_SLOW", "1")
    monkeypatch.setenv("EXPLAINER_RUN_BROWSER", "0")
    assert opted_in(_Config(), "slow") and not opted_in(_Config(), "browser")


@pytest.mark.slow
def test_plain_pytest_skips_slow_tests_and_run_slow_runs_them(tmp_path):
    (tmp_path / "test_demo.py").write_text(
        "import pytest\n\n@pytest.mark.slow\ndef test_slow():\n    pass\n\n"
        "@pytest.mark.browser\n@pytest.mark.slow\ndef test_browser():\n"
        "    pytest.skip('Debian chromium is not installed')\n\n"
        "def test_fast():\n    pass\n")
    (tmp_path / "conftest.py").write_text((ROOT / "tests" / "conftest.py").read_text())
    env = {k: v for k, v in os.environ.items() if not k.startswith("EXPLAINER_RUN_")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "tests"), env.get("PYTHONPATH", "")])

    def run(*options):
        out = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
                              "-rs", "-o", "markers=slow\n browser", *options, str(tmp_path)],
                             cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
        return out.stdout

    assert "1 passed, 2 skipped" in run()
    everything = run("--run-slow", "--run-browser")
    assert "1 failed, 2 passed" in everything, everything
    assert "asked for (--run-browser) but skipped: Debian chromium is not installed" in everything
