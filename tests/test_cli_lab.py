"""``explainer lab`` (``explainer/cli/lab.py``) and the JupyterLab settings it shares with
Binder (``explainer/lab_settings.py``): root and containers, the news prompt turned off, the
arguments JupyterLab gets."""

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from explainer.cli import lab, main
from explainer.lab_settings import NEWS_OFF, write_image_overrides
from support.browser import free_port, wait_for_http
from support.paths import ROOT


def test_in_container_detection(tmp_path):
    plain = tmp_path / "plain"
    (plain / "proc" / "1").mkdir(parents=True)
    (plain / "proc" / "1" / "cgroup").write_text("0::/init.scope\n")
    assert not lab.in_container(plain)
    docker = tmp_path / "docker"
    docker.mkdir()
    (docker / ".dockerenv").touch()
    assert lab.in_container(docker)
    podman = tmp_path / "podman"
    (podman / "run").mkdir(parents=True)
    (podman / "run" / ".containerenv").touch()
    assert lab.in_container(podman)
    kube = tmp_path / "kube"
    (kube / "proc" / "1").mkdir(parents=True)
    (kube / "proc" / "1" / "cgroup").write_text("11:memory:/kubepods/besteffort/pod1234\n")
    assert lab.in_container(kube)


def test_root_decision():
    assert lab.root_decision(is_root=False, container=False, allowed=False) == (False, None)
    assert lab.root_decision(is_root=True, container=False, allowed=True) == (False, None)
    add, message = lab.root_decision(is_root=True, container=True, allowed=False)
    assert add and "container" in message and "--allow-root" in message and "\n" not in message
    with pytest.raises(SystemExit) as done:
        lab.root_decision(is_root=True, container=False, allowed=False)
    assert "root" in str(done.value.code) and "explainer lab --allow-root" in str(done.value.code)
    assert lab.wants_root(["--ServerApp.allow_root=True"]) and lab.wants_root(["--allow-root"])
    assert not lab.wants_root(["--ServerApp.allow_root=False", "--port=1"])


def test_app_settings_turn_the_news_off_and_keep_the_admins(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    admin = tmp_path / "admin-settings"
    admin.mkdir()
    (admin / "overrides.json").write_text(json.dumps(
        {"@jupyterlab/apputils-extension:themes": {"theme": "JupyterLab Dark"},
         "@jupyterlab/apputils-extension:notification": {"doNotDisturbMode": True}}))
    (admin / "page_config.json").write_text('{"disabledExtensions": ["x"]}')
    path = lab.prepare_app_settings(tmp_path / "lab-settings", admin)
    overrides = json.loads(path.read_text())
    assert overrides["@jupyterlab/apputils-extension:notification"] == {
        "doNotDisturbMode": True, "checkForUpdates": False, "fetchNews": "false"}
    assert overrides["@jupyterlab/apputils-extension:themes"] == {"theme": "JupyterLab Dark"}
    assert (tmp_path / "lab-settings" / "page_config.json").exists()
    assert "fetchNews" not in (admin / "overrides.json").read_text(), "the source must not change"
    assert not (tmp_path / "home").exists(), "the user's own settings must not be touched"
    fresh = lab.prepare_app_settings(tmp_path / "fresh", tmp_path / "missing")
    assert json.loads(fresh.read_text()) == NEWS_OFF


def test_lab_argv():
    argv = lab.lab_argv(ROOT / "notebooks", "/tmp/s", no_browser=True, port=9999, allow_root=True)
    assert f"--ServerApp.root_dir={ROOT}" in argv and "--ServerApp.ip=127.0.0.1" in argv
    assert "--LabApp.default_url=/lab/tree/notebooks/00_start_here.ipynb" in argv
    assert "--LabApp.app_settings_dir=/tmp/s" in argv
    assert {"--no-browser", "--port=9999", "--allow-root"} <= set(argv)
    assert not any("token" in a or "password" in a for a in argv)
    assert "--allow-root" not in lab.lab_argv(ROOT / "notebooks", "/tmp/s")


@pytest.mark.parametrize("root, container", [(False, False), (True, True), (True, False)])
def test_cmd_lab_builds_jupyters_arguments(root, container, monkeypatch, capsys):
    import jupyterlab.labapp

    seen = {}

    def fake_lab_main():
        seen["argv"] = list(sys.argv)
        settings = next(a.split("=", 1)[1] for a in sys.argv if a.startswith("--LabApp.app_settings_dir="))
        seen["overrides"] = json.loads((Path(settings) / "overrides.json").read_text())
        return 0

    monkeypatch.setattr(jupyterlab.labapp, "main", fake_lab_main)
    monkeypatch.setattr(lab, "running_as_root", lambda: root)
    monkeypatch.setattr(lab, "in_container", lambda: container)
    args = ["lab", "--notebooks", str(ROOT / "notebooks"), "--no-browser", "--LabApp.foo=1"]
    if root and not container:
        with pytest.raises(SystemExit, match="--allow-root"):
            main(args)
        assert not seen
        return
    assert main(args) == 0
    assert seen["argv"][-1] == "--LabApp.foo=1"
    assert ("--allow-root" in seen["argv"]) == root
    assert ("running as root inside a container" in capsys.readouterr().err) == root
    assert seen["overrides"]["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"


@pytest.mark.slow
def test_lab_server_serves_the_news_setting_off(tmp_path):
    """Start ``explainer lab`` on a free port and read the notification settings it serves."""
    port, token = free_port(), "test-token-only"
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(tmp_path / "cfg"), HOME=str(tmp_path),
               JUPYTER_RUNTIME_DIR=str(tmp_path / "rt"), PYTHONPATH=str(ROOT))
    extra = ["--allow-root"] if lab.running_as_root() and not lab.in_container() else []
    proc = subprocess.Popen([sys.executable, "-m", "explainer", "lab", "--no-browser", "--port",
                             str(port), f"--IdentityProvider.token={token}", *extra],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/api", process=proc)
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/lab/api/settings/@jupyterlab/apputils-extension:notification",
            headers={"Authorization": f"token {token}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            served = json.load(response)
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=30)
    # Overrides replace the schema's defaults (JupyterLab's own defaults: "none", i.e. ask; true).
    defaults = {key: value.get("default") for key, value in served["schema"]["properties"].items()}
    assert defaults["fetchNews"] == "false" and defaults["checkForUpdates"] is False, defaults
    assert "Running as root is not recommended" not in stderr
    if lab.running_as_root() and lab.in_container():
        assert "running as root inside a container" in stderr
    assert not (tmp_path / ".jupyter" / "lab" / "user-settings" / "@jupyterlab" /
                "apputils-extension" / "notification.jupyterlab-settings").exists()


def test_the_image_overrides_turn_the_news_off_in_their_own_file(tmp_path):
    """What Binder's postBuild writes: the same setting as ``explainer lab``, in overrides.d."""
    path = write_image_overrides(tmp_path / "settings")
    assert path == tmp_path / "settings" / "overrides.d" / "explainer.json"
    assert json.loads(path.read_text()) == NEWS_OFF
    postbuild = (ROOT / "binder" / "postBuild").read_text()
    assert "explainer.lab_settings import write_image_overrides" in postbuild
    assert "explainer.cli" not in postbuild, "postBuild uses no command-line internals"
