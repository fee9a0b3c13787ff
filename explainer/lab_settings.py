"""The JupyterLab settings the lessons need: no prompt about, and no request for, Jupyter news.

``explainer lab`` writes them into a private settings folder for each run
(:mod:`explainer.cli.lab`); Binder's ``binder/postBuild`` writes them into the image's own
JupyterLab settings folder with :func:`write_image_overrides`, so both turn the same setting
off. Nothing here reads or writes a user's own settings (``~/.jupyter/lab/user-settings``).
"""

from __future__ import annotations

import json
from pathlib import Path

#: Settings that keep JupyterLab from asking about, or fetching, the Jupyter news feed.
NEWS_OFF = {"@jupyterlab/apputils-extension:notification": {"checkForUpdates": False,
                                                            "fetchNews": "false"}}


def default_app_settings_dir():
    """JupyterLab's own application settings folder (where an admin's overrides.json lives)."""
    from jupyterlab.commands import get_app_dir

    return Path(get_app_dir()) / "settings"


def write_image_overrides(settings_dir=None):
    """Write :data:`NEWS_OFF` as ``overrides.d/explainer.json`` in JupyterLab's application
    settings folder (``settings_dir``, by default :func:`default_app_settings_dir`): a named
    override of its own, beside any other. Returns the file's path."""
    folder = Path(settings_dir or default_app_settings_dir()) / "overrides.d"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "explainer.json"
    path.write_text(json.dumps(NEWS_OFF, indent=2) + "\n", encoding="utf-8")
    return path
