"""``explainer lab``: JupyterLab at the start notebook, on 127.0.0.1 with its token login.

As root it stops and says what to do, except inside a container, where it adds
``--allow-root`` and says so. Each run gets a private application settings folder: a copy of
JupyterLab's own (an administrator's settings still apply) with the news prompt turned off
(:data:`explainer.lab_settings.NEWS_OFF`).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import tempfile
from pathlib import Path

from ..lab_settings import NEWS_OFF, default_app_settings_dir
from .common import notebooks_dir

START_NOTEBOOK = "00_start_here.ipynb"


def running_as_root():
    """Whether this process runs as the superuser (never on Windows)."""
    return hasattr(os, "geteuid") and os.geteuid() == 0


def in_container(root="/"):
    """Whether this looks like a Docker/Podman/Kubernetes container (marker files or cgroup)."""
    root = Path(root)
    if (root / ".dockerenv").exists() or (root / "run" / ".containerenv").exists():
        return True
    try:
        cgroup = (root / "proc" / "1" / "cgroup").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return bool(re.search(r"docker|containerd|kubepods|libpod|podman|lxc", cgroup))


def wants_root(jupyter_args):
    """Whether the extra JupyterLab arguments already allow running as root."""
    return any(arg == "--allow-root" or re.match(r"--(ServerApp|NotebookApp)\.allow_root=(True|true|1)$", arg)
               for arg in jupyter_args)


def root_decision(is_root, container, allowed):
    """Return ``(add_allow_root, message)`` for ``explainer lab``; message None means silent.

    Raises
    ------
    SystemExit
        When running as root outside a container without ``--allow-root``: JupyterLab would
        stop with a bare "Running as root is not recommended".
    """
    if not is_root or allowed:
        return False, None
    if container:
        return True, ("explainer lab: running as root inside a container, so JupyterLab is "
                      "started with --allow-root")
    sys.exit("explainer lab: you are logged in as root, and JupyterLab will not start as root "
             "(anyone who reaches the server could run commands as root). Run it as an "
             "ordinary user, or, on a machine you can throw away, with: explainer lab --allow-root")


def prepare_app_settings(target, source=None):
    """Fill ``target`` as JupyterLab's application settings folder for the lessons.

    Copies what ``source`` (JupyterLab's own settings folder) holds, so that settings made by
    an administrator still apply, then sets :data:`NEWS_OFF` in ``overrides.json``: no prompt
    about Jupyter news, no request to a news or update server. The user's own settings
    (``~/.jupyter/lab/user-settings``) are neither read nor written. Returns the path of
    ``overrides.json``.
    """
    import shutil

    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    source = Path(source) if source is not None else default_app_settings_dir()
    if source.is_dir():
        shutil.copytree(source, target, dirs_exist_ok=True)
    overrides_path = target / "overrides.json"
    overrides = {}
    if overrides_path.exists():
        with contextlib.suppress(ValueError):
            overrides = json.loads(overrides_path.read_text(encoding="utf-8"))
    for plugin, values in NEWS_OFF.items():
        overrides.setdefault(plugin, {}).update(values)
    overrides_path.write_text(json.dumps(overrides, indent=2) + "\n", encoding="utf-8")
    return overrides_path


def lab_argv(folder, settings_dir, *, no_browser=False, port=0, allow_root=False, lang="en"):
    """Return the JupyterLab arguments of ``explainer lab`` (localhost only; token kept).

    With ``lang="zh"`` JupyterLab opens the Chinese start notebook (``notebooks/zh/``).
    """
    folder = Path(folder).resolve()
    start = f"{folder.name}/{START_NOTEBOOK}" if lang == "en" else f"{folder.name}/{lang}/{START_NOTEBOOK}"
    argv = [
        f"--ServerApp.root_dir={folder.parent}",
        "--ServerApp.ip=127.0.0.1",
        f"--LabApp.default_url=/lab/tree/{start}",
        f"--LabApp.app_settings_dir={settings_dir}",
    ]
    if no_browser:
        argv.append("--no-browser")
    if port:
        argv.append(f"--port={port}")
    if allow_root:
        argv.append("--allow-root")
    return argv


def cmd_lab(args):
    """Open JupyterLab at the start notebook (localhost only, token authentication kept)."""
    folder = notebooks_dir(args.notebooks)
    if args.lang != "en" and not (folder / args.lang / START_NOTEBOOK).exists():
        sys.exit(f"explainer: no {args.lang} edition at {(folder / args.lang).resolve()}; "
                 "run 'explainer translate' from the project folder")
    os.environ["EXPLAINER_LANG"] = args.lang  # kernels started by this server inherit it
    add_root, message = root_decision(running_as_root(), in_container(),
                                      args.allow_root or wants_root(args.jupyter_args))
    if message:
        print(message, file=sys.stderr)
    from jupyterlab.labapp import main as lab_main

    with tempfile.TemporaryDirectory(prefix="explainer-lab-settings-") as settings:
        prepare_app_settings(settings)
        argv = lab_argv(folder, settings, no_browser=args.no_browser, port=args.port,
                        allow_root=add_root or args.allow_root, lang=args.lang)
        sys.argv = ["jupyter-lab", *argv, *args.jupyter_args]
        return lab_main()
