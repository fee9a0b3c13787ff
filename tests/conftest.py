"""Shared test settings: a non-interactive matplotlib backend, opt-in slow and browser tests
(:mod:`support.opt_in`) and the fixtures several test files use.

The browser and server fixtures are all here, and the browser and servers are shared by the
whole run: one chromium (``browser``, with a fresh page per test from ``chromium_page``), one
Voilà server (``voila_server``) and one JupyterLab (``lab_server``, serving ``lab_root``),
each started by the first test that asks for it; so is the static site of the real lessons
(``real_site``), exported once for the tests that read it; ``free_port`` is a port for a server a test
starts itself. Test files with browser tests run after all the others, so the browser's event
loop (which ``asyncio.run`` would trip over) runs while few other tests do.

What tests share besides fixtures is in the ``tests/support`` package, imported normally
(``from support.paths import ROOT``); no test imports this file.
"""

import shutil

import matplotlib
import pytest

from support.opt_in import add_options, fail_skipped_browser_test, skip_unless_opted_in
from support.paths import ARTIFACTS, NOTEBOOKS, ROOT  # noqa: F401  (old imports; going)

matplotlib.use("Agg")


def pytest_addoption(parser):
    add_options(parser)


def pytest_collection_modifyitems(config, items):
    skip_unless_opted_in(config, items)
    # Files with browser tests run last, each file's tests together and in order (so that a
    # module's fixtures are made once).
    with_browser = {item.path for item in items if item.get_closest_marker("browser")}
    items.sort(key=lambda item: item.path in with_browser)  # a stable sort


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


@pytest.fixture
def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on now, for a server a test starts itself
    (``explainer lab``); the shared servers below find theirs the same way."""
    from support.browser import free_port as find_free_port

    return find_free_port()


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by Playwright, shared by the whole run (skipped without it
    locally, a failure in CI)."""
    from support.browser import find_chromium, launch

    find_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def chromium_page(browser):
    """Call with ``(width, height)`` for a page in a fresh browser context (no cookies or cache
    from other tests); every context is closed after the test."""
    contexts = []

    def new_page(width=1366, height=768):
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        return context.new_page()

    yield new_page
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def voila_server(tmp_path_factory):
    """One Voilà serving the projector app (``explainer.classroom.apps``) for the whole run;
    its base URL (``support.browser.app_url`` makes an explorer's address)."""
    from support.browser import browser_required, voila_server as serve

    if browser_required():
        import voila  # noqa: F401  (in CI a missing Voilà is a failure, not a skip)
    else:
        pytest.importorskip("voila")
    from explainer.classroom.apps import write_apps

    from support.paths import ARTIFACTS

    workdir = tmp_path_factory.mktemp("voila")
    write_apps(workdir / "apps")
    try:
        with serve(workdir / "apps", workdir) as base:
            yield base
    finally:
        ARTIFACTS.mkdir(exist_ok=True)
        shutil.copy(workdir / "voila.log", ARTIFACTS / "voila.log")


@pytest.fixture(scope="session")
def lab_root(tmp_path_factory):
    """The folder the run's JupyterLab serves: ``notebooks/`` (a link to the project's lessons)
    beside any folder a test writes its own notebooks into."""
    from support.paths import NOTEBOOKS

    root = tmp_path_factory.mktemp("lab-root")
    (root / "notebooks").symlink_to(NOTEBOOKS, target_is_directory=True)
    return root


@pytest.fixture(scope="session")
def lab_server(lab_root, tmp_path_factory):
    """One JupyterLab for the whole run (tests only: 127.0.0.1, no token), serving
    ``lab_root``; its base URL. Its log is copied to ``test-artifacts/jupyterlab.log``."""
    from support.browser import jupyterlab_server
    from support.paths import ARTIFACTS

    workdir = tmp_path_factory.mktemp("lab")
    try:
        with jupyterlab_server(lab_root, workdir) as base:
            yield base
    finally:
        ARTIFACTS.mkdir(exist_ok=True)
        if (workdir / "jupyterlab.log").exists():
            shutil.copy(workdir / "jupyterlab.log", ARTIFACTS / "jupyterlab.log")


@pytest.fixture(scope="session")
def real_site(tmp_path_factory):
    """The static site of the real lessons, exported once for the run (about two and a half
    minutes) and read by the tests of the real site: every English lesson in ``site/`` and, in
    ``site/zh``, the Chinese lesson 1 (the Chinese pages share one template), each page with
    its language switch. Returns a dict: ``site`` (the folder), ``index`` (the English
    ``index.html``) and ``frames`` (the ``frame_progress`` calls of each edition's export,
    keyed by language). Tests only read it; a test that exports again copies it first."""
    from explainer.classroom.static_site import export_editions
    from support.paths import NOTEBOOKS

    base = tmp_path_factory.mktemp("real-site")
    lessons = base / "notebooks"
    (lessons / "zh").mkdir(parents=True)
    for path in NOTEBOOKS.glob("*.ipynb"):
        shutil.copy(path, lessons / path.name)
    shutil.copy(NOTEBOOKS / "zh" / "01_avoid_the_rush.ipynb", lessons / "zh")
    # Every lesson of an edition runs before its frames are drawn: the last lesson that ran
    # says which edition the frames that follow belong to.
    edition = {"lang": "en"}
    frames = {"en": [], "zh": []}

    def lesson_ran(path, seconds):
        edition["lang"] = "zh" if path.parent.name == "zh" else "en"

    indexes = export_editions(lessons, base / "site", progress=lesson_ran,
                              frame_progress=lambda *call: frames[edition["lang"]].append(call))
    return {"site": base / "site", "index": indexes[0], "frames": frames}
