"""A private Voilà server for the browser tests of the app notebooks (projector mode, axe)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def voila_server(apps_dir, workdir, timeout=90):
    """Serve the notebooks of ``apps_dir`` with Voilà on 127.0.0.1; yield the base URL.

    An explorer's app is at :func:`app_url`. Config and runtime folders are private;
    the server's process group is always stopped.
    """
    workdir = Path(workdir)
    port = _free_port()
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(workdir / "config"),
               JUPYTER_RUNTIME_DIR=str(workdir / "runtime"), MPLBACKEND="Agg",
               PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    log = (workdir / "voila.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "voila", str(apps_dir), "--no-browser", f"--port={port}",
         "--Voila.ip=127.0.0.1", "--Voila.port_retries=0", "--show_tracebacks=True"],
        cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"Voilà exited with code {process.returncode}")
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if time.monotonic() > deadline:
                raise TimeoutError(f"Voilà did not listen on port {port} within {timeout} s")
            time.sleep(0.3)
        yield f"http://127.0.0.1:{port}"
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=15)
        log.close()


@contextlib.contextmanager
def chromium_page(width=1366, height=768):
    """Yield a Playwright page of Debian's chromium at ``width`` x ``height``."""
    from playwright.sync_api import sync_playwright

    from browser_support import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser.new_page(viewport={"width": width, "height": height})
        finally:
            browser.close()


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
