"""The real-browser tests' helpers, in one place: Debian's chromium, a free port, private
JupyterLab and Voilà servers, and the scripts that drive JupyterLab's page (``PANEL``,
``KERNEL_IDLE``, ``RUN_ALL``, ``ALL_RUN``, and :func:`run_notebook`, which opens a notebook and
runs all its cells; ``scripts/lab-latency`` uses them too).

The fixtures built on them (``browser``, ``chromium_page``, ``lab_server``, ``voila_server``,
``free_port``) are in ``tests/conftest.py``: the whole run shares one chromium and one server
of each kind.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def browser_required():
    """Whether a missing browser must fail the tests rather than skip them (in CI, or when
    ``EXPLAINER_REQUIRE_BROWSER`` is set)."""
    return any(os.environ.get(name, "").strip().lower() not in ("", "0", "false", "no")
               for name in ("CI", "EXPLAINER_REQUIRE_BROWSER"))


def find_chromium():
    """Return the path of Debian's chromium, or skip the test (fail it in CI) when it is missing."""
    import pytest

    path = shutil.which("chromium") or CHROMIUM
    if os.path.exists(path):
        return path
    message = "Debian's chromium is required: apt-get install chromium (never download a browser)"
    if browser_required():
        pytest.fail(f"{message}; CI or EXPLAINER_REQUIRE_BROWSER is set, so this is a failure")
    pytest.skip(message)


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url, timeout=90.0, process=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=3) as response:
                if response.status < 500:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s")


def launch(playwright):
    """Launch Debian's chromium, headless, with the arguments the tests need."""
    return playwright.chromium.launch(executable_path=find_chromium(), headless=True,
                                      args=CHROMIUM_ARGS)


def stop(process, timeout=20):
    """Stop ``process`` and its process group (SIGTERM, then SIGKILL)."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=timeout)


@contextlib.contextmanager
def voila_server(apps_dir, workdir, timeout=90):
    """Serve the notebooks of ``apps_dir`` with Voilà on 127.0.0.1; yield the base URL.

    An explorer's app is at :func:`app_url`. Config and runtime folders are private; the
    server's process group is always stopped.
    """
    workdir = Path(workdir)
    port = free_port()
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(workdir / "config"),
               JUPYTER_RUNTIME_DIR=str(workdir / "runtime"), MPLBACKEND="Agg",
               PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    env.pop("EXPLAINER_LANG", None)  # each app page picks its language from its address
    log = (workdir / "voila.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "voila", str(apps_dir), "--no-browser", f"--port={port}",
         "--Voila.ip=127.0.0.1", "--Voila.port_retries=0", "--show_tracebacks=True"],
        cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/", timeout=timeout, process=process)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(process, timeout=15)
        log.close()


def app_url(base, name, lang="en"):
    """The address of explorer ``name``'s app in ``lang`` on the Voilà server at ``base``."""
    from explainer.classroom.apps import APP_FILE, app_query

    return f"{base}/voila/render/{APP_FILE}?{app_query(name, lang)}"


def open_app(page, base, name, lang="en"):
    """Open explorer ``name``'s app and wait until its figure and readout are shown."""
    page.goto(app_url(base, name, lang), wait_until="commit", timeout=120_000)
    page.wait_for_selector("img.explainer-figure", timeout=120_000)
    page.wait_for_function(
        "document.querySelector('.explainer-readout') && "
        "document.querySelector('.explainer-readout').textContent.trim().length > 0",
        timeout=60_000)
    page.wait_for_function("document.querySelector('img.explainer-figure').naturalWidth > 0",
                           timeout=60_000)


def serious_violations(page):
    """Return ``{(rule, impact): node count}`` of axe-core's serious and critical violations."""
    from axe_playwright_python.sync_playwright import Axe

    counts = {}
    for violation in Axe().run(page).response["violations"]:
        if violation["impact"] in ("serious", "critical"):
            key = (violation["id"], violation["impact"])
            counts[key] = counts.get(key, 0) + len(violation["nodes"])
    return counts


@contextlib.contextmanager
def jupyterlab_server(root, workdir):
    """Start JupyterLab on 127.0.0.1 for tests only (no token), yield its base URL, stop it."""
    workdir = Path(workdir)
    config, runtime, settings = workdir / "config", workdir / "runtime", workdir / "settings"
    for d in (config, runtime, settings):
        d.mkdir(parents=True, exist_ok=True)
    overrides = {"@jupyterlab/apputils-extension:notification":
                 {"checkForUpdates": False, "fetchNews": "false"}}
    (settings / "overrides.json").write_text(json.dumps(overrides))
    labconfig = config / "labconfig"
    labconfig.mkdir(exist_ok=True)
    (labconfig / "default_setting_overrides.json").write_text(json.dumps(overrides))
    port = free_port()
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(config), JUPYTER_RUNTIME_DIR=str(runtime),
               JUPYTERLAB_SETTINGS_DIR=str(workdir / "user-settings"),
               JUPYTERLAB_WORKSPACES_DIR=str(workdir / "workspaces"), MPLBACKEND="Agg")
    env.pop("EXPLAINER_LANG", None)  # each notebook picks its own language (zh: its first line)
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1",
           f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
           "--IdentityProvider.token=", "--ServerApp.password=", "--ServerApp.allow_root=True",
           "--LabApp.expose_app_in_browser=True", f"--ServerApp.root_dir={root}",
           "--ServerApp.disable_check_xsrf=True"]
    log = open(workdir / "jupyterlab.log", "w")
    process = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for_http(f"{base}/api/status", process=process)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


# -- JupyterLab, driven through its application object (LabApp.expose_app_in_browser) --------

#: The notebook panel open on ``path``.
PANEL = """(path) => {
  if (!window.jupyterapp) return null;
  for (const w of window.jupyterapp.shell.widgets('main')) {
    if (w.context && w.context.path === path) return w;
  }
  return null;
}"""

KERNEL_IDLE = """(path) => {
  const find = %s;
  const w = find(path);
  const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
  return !!k && k.status === 'idle';
}""" % PANEL

RUN_ALL = """(path) => {
  const find = %s;
  const w = find(path);
  window.jupyterapp.shell.activateById(w.id);
  return window.jupyterapp.commands.execute('notebook:run-all-cells');
}""" % PANEL

ALL_RUN = """(path) => {
  const find = %s;
  const w = find(path);
  const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
  if (!k || k.status !== 'idle') return false;
  // A cell JupyterLab has not rendered yet (off screen) has no prompt: its count decides.
  const running = (c) => { const p = c.node.querySelector('.jp-InputArea-prompt');
                           return p !== null && p.textContent.includes('*'); };
  return w.content.widgets.every(c => c.model.type !== 'code' ||
      (c.model.executionCount !== null && !running(c)));
}""" % PANEL


def run_notebook(page, base, path, timeout=240_000):
    """Open notebook ``path`` (relative to the root of the JupyterLab at ``base``) in ``page``,
    run all its cells and wait until every code cell has run and the kernel is idle."""
    page.goto(f"{base}/lab/tree/{path}?reset", wait_until="domcontentloaded")
    page.wait_for_function(KERNEL_IDLE, arg=path, timeout=120_000)
    page.evaluate(RUN_ALL, path)
    time.sleep(1.0)  # the cells' prompts turn to [*] only once the kernel has the requests
    page.wait_for_function(ALL_RUN, arg=path, timeout=timeout, polling=500)
