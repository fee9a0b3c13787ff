"""Helpers for the real-browser tests: a private JupyterLab server and Debian's chromium."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

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
  return w.content.widgets.every(c => c.model.type !== 'code' ||
      (c.model.executionCount !== null && !c.node.querySelector('.jp-InputArea-prompt').textContent.includes('*')));
}""" % PANEL
