"""Shared test settings: a non-interactive matplotlib backend, the project's paths, and opt-in
slow and browser tests.

Plain ``pytest`` runs the fast tests. Tests marked ``slow`` (notebook execution, servers, fresh
environments) run with ``--run-slow`` (or ``EXPLAINER_RUN_SLOW=1``); tests marked ``browser``
(Debian's chromium driving JupyterLab or Voila) run with ``--run-browser`` (or
``EXPLAINER_RUN_BROWSER=1``). ``bash scripts/test-all`` turns both on. Selecting tests with
``-m`` (for example ``pytest -m slow``) also runs what it selects. A browser test that was
asked for and skips itself (chromium or Voila missing) counts as a failure.
"""

import os
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
ARTIFACTS = ROOT / "test-artifacts"

#: marker -> (command line option, environment variable) that turns its tests on.
OPT_IN = {"browser": ("--run-browser", "EXPLAINER_RUN_BROWSER"),
          "slow": ("--run-slow", "EXPLAINER_RUN_SLOW")}


def pytest_addoption(parser):
    group = parser.getgroup("explainer", "explainer: opt-in tests")
    group.addoption("--run-slow", action="store_true", default=False,
                    help="also run tests marked slow (notebooks executed, servers, fresh "
                         "environments); or set EXPLAINER_RUN_SLOW=1")
    group.addoption("--run-browser", action="store_true", default=False,
                    help="also run tests marked browser (needs Debian's chromium); or set "
                         "EXPLAINER_RUN_BROWSER=1")


def opted_in(config, marker):
    """Whether the tests carrying ``marker`` were asked for (option, variable or ``-m``)."""
    option, variable = OPT_IN[marker]
    return (config.getoption(option) or os.environ.get(variable, "") not in ("", "0")
            or bool(config.getoption("markexpr", "")))


def pytest_collection_modifyitems(config, items):
    run = {marker: opted_in(config, marker) for marker in OPT_IN}
    for item in items:
        # A browser test is governed by --run-browser alone, even when it is also slow.
        marker = next((m for m in OPT_IN if item.get_closest_marker(m)), None)
        if marker and not run[marker]:
            option, variable = OPT_IN[marker]
            item.add_marker(pytest.mark.skip(reason=f"{marker} test: run with {option} "
                                                    f"(or {variable}=1)"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A browser test that was asked for fails instead of skipping (no chromium, no Voila...):
    CI runs with --run-browser and must not pass without having driven a browser."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and item.get_closest_marker("browser") and opted_in(item.config, "browser"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = (f"browser test asked for (--run-browser) but skipped: "
                           f"{str(reason).removeprefix('Skipped: ')}")


@pytest.fixture
def in_language():
    """Call with ``"en"`` or ``"zh"`` to build what follows in that language; reset afterwards."""
    from explainer import i18n

    before = i18n._state["language"]
    yield i18n.set_language
    i18n._state["language"] = before
