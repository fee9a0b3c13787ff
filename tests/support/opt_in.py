"""Opt-in tests: ``slow`` and ``browser`` tests run only when asked for.

Plain ``pytest`` runs the fast tests. Tests marked ``slow`` (notebook execution, servers, fresh
environments) run with ``--run-slow`` (or ``EXPLAINER_RUN_SLOW=1``); tests marked ``browser``
(Debian's chromium driving JupyterLab or Voila) run with ``--run-browser`` (or
``EXPLAINER_RUN_BROWSER=1``). Selecting tests with ``-m`` (for example ``pytest -m slow``)
also runs what it selects. A browser test that was asked for and skips itself (chromium or
Voila missing) counts as a failure. ``tests/conftest.py`` calls these from pytest's hooks.
"""

import os

import pytest

#: marker -> (command line option, environment variable) that turns its tests on.
OPT_IN = {"browser": ("--run-browser", "EXPLAINER_RUN_BROWSER"),
          "slow": ("--run-slow", "EXPLAINER_RUN_SLOW")}


def add_options(parser):
    """Declare ``--run-slow`` and ``--run-browser``."""
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


def skip_unless_opted_in(config, items):
    """Mark each slow or browser test that was not asked for as skipped, saying how to run it."""
    run = {marker: opted_in(config, marker) for marker in OPT_IN}
    for item in items:
        # A browser test is governed by --run-browser alone, even when it is also slow.
        marker = next((m for m in OPT_IN if item.get_closest_marker(m)), None)
        if marker and not run[marker]:
            option, variable = OPT_IN[marker]
            item.add_marker(pytest.mark.skip(reason=f"{marker} test: run with {option} "
                                                    f"(or {variable}=1)"))


def fail_skipped_browser_test(item, report):
    """Turn the skip of a browser test that was asked for into a failure: CI runs with
    --run-browser and must not pass without having driven a browser."""
    if report.skipped and item.get_closest_marker("browser") and opted_in(item.config, "browser"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = (f"browser test asked for (--run-browser) but skipped: "
                           f"{str(reason).removeprefix('Skipped: ')}")
