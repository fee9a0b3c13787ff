"""Shared test settings: a non-interactive matplotlib backend, opt-in slow and browser tests
(:mod:`support.opt_in`) and the fixtures several test files use.

What tests share besides fixtures is in the ``tests/support`` package, imported normally
(``from support.paths import ROOT``); no test imports this file.
"""

import matplotlib
import pytest

from support.opt_in import add_options, fail_skipped_browser_test, skip_unless_opted_in
from support.paths import ARTIFACTS, NOTEBOOKS, ROOT  # noqa: F401  (old imports; going)

matplotlib.use("Agg")


def pytest_addoption(parser):
    add_options(parser)


def pytest_collection_modifyitems(config, items):
    skip_unless_opted_in(config, items)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    fail_skipped_browser_test(item, outcome.get_result())


@pytest.fixture
def in_language():
    """Call with ``"en"`` or ``"zh"`` to build what follows in that language; reset afterwards."""
    from explainer import i18n

    before = i18n._state["language"]
    yield i18n.set_language
    i18n._state["language"] = before
