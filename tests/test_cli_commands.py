"""Packaging and the command line: version, help, subcommands, ``explainer lab`` set-up
(root, news prompt), per-lesson progress, and the kernels' TCP warning filtered out."""

import ast
import json
import os
import re
import subprocess
import sys
import urllib.request

import nbformat
import pytest
from support.browser import free_port, wait_for_http
from conftest import ROOT

import explainer
from explainer import cli

tomllib = pytest.importorskip("tomllib")

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
KERNELSPEC = {"name": "python3", "display_name": "Python 3", "language": "python"}
NOISE = ("[IPKernelApp] WARNING | Kernel is running over TCP without encryption. All "
         "communication (including code and outputs) is sent in plain text.")


# --- packaging -------------------------------------------------------------------------------

def _name(requirement):
    return re.split(r"[<>=!~ ;\[]", requirement, maxsplit=1)[0].lower().replace("_", "-")


#: import name -> distribution name, where they differ.
DISTRIBUTION = {"bs4": "beautifulsoup4", "PIL": "pillow", "otter": "otter-grader"}


def _third_party_imports(path):
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return {DISTRIBUTION.get(n, n).lower() for n in names
            if n not in sys.stdlib_module_names and n not in ("__future__", "explainer")}


def test_every_import_is_declared_and_only_the_classroom_needs_the_extra():
    runtime = {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    classroom = {_name(r) for r in PYPROJECT["project"]["optional-dependencies"]["classroom"]}
    for path in sorted((ROOT / "explainer").rglob("*.py")):
        allowed = runtime | classroom if "classroom" in path.parts else runtime
        undeclared = _third_party_imports(path) - allowed
        assert not undeclared, f"{path.relative_to(ROOT)} imports undeclared {sorted(undeclared)}"


def test_runtime_dependencies_are_what_the_lessons_need():
    runtime = {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    extras = PYPROJECT["project"]["optional-dependencies"]
    assert {"numpy", "pandas", "matplotlib", "ipywidgets", "jupyterlab", "nbclient"} <= runtime
    tools = {"pytest", "hypothesis", "nbval", "playwright", "voila", "nbconvert", "beautifulsoup4",
             "otter-grader", "latex2mathml"}
    assert not runtime & tools, f"tools among the runtime dependencies: {sorted(runtime & tools)}"
    assert {"pytest", "hypothesis", "nbval", "playwright"} <= {_name(r) for r in extras["test"]}
    assert {"voila", "nbconvert", "beautifulsoup4", "otter-grader", "latex2mathml"} <= {
        _name(r) for r in extras["classroom"]}
    assert '".[test,classroom]"' in (ROOT / "scripts" / "test-all").read_text()


def test_one_version_source():
    assert "version" not in PYPROJECT["project"] and "version" in PYPROJECT["project"]["dynamic"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "explainer.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+", explainer.__version__)


def test_version_option(capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"explainer {explainer.__version__}"


def test_python_dash_m_explainer_runs_the_command_line():
    out = subprocess.run([sys.executable, "-m", "explainer", "--version"], cwd=ROOT,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == f"explainer {explainer.__version__}"


def test_every_subcommand_and_option_has_help():
    parser = cli.build_parser()
    (sub,) = [a for a in parser._actions if a.dest == "command"]
    names = set(sub.choices)
    assert {"lab", "check", "tidy", "bench", "data", "student", "export", "slides", "figures",
            "apps", "links"} <= names
    helped = {choice.dest for choice in sub._choices_actions if choice.help}
    assert helped == names, f"subcommands without help: {sorted(names - helped)}"
    for name, command in sub.choices.items():
        for action in command._actions:
            assert action.help, f"explainer {name} {action.option_strings or action.dest} has no help"


def test_old_module_entry_points_are_gone():
    from explainer.classroom import apps, links

    assert not hasattr(apps, "main") and not hasattr(links, "main")
    for path in [*(ROOT / "docs").rglob("*.md"), ROOT / "README.md", *(ROOT / "explainer").rglob("*.py")]:
        assert "python -m explainer.classroom" not in path.read_text(encoding="utf-8"), path


def test_links_subcommand(capsys):
    assert cli.main(["links", "--notebooks", str(ROOT / "notebooks"),
                     "--hub", "https://hub.example.edu"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("| Notebook | Binder | Class hub |")
    assert "00_start_here.ipynb" in out and "hub.example.edu/hub/user-redirect/git-pull" in out
    with pytest.raises(SystemExit, match="hub_url must be an http"):
        cli.main(["links", "--notebooks", str(ROOT / "notebooks"), "--hub", "hub.example.edu"])


def test_apps_subcommand(tmp_path, monkeypatch, capsys):
    import explainer.widgets
    from explainer.widgets.excess_entry import ExcessEntryExplorer

    monkeypatch.setattr(explainer.widgets, "all_explorers", lambda: {"excess_entry": ExcessEntryExplorer})
    nbformat.write(nbformat.v4.new_notebook(metadata={"explainer_app": {"explorer": "x"}}),
                   tmp_path / "excess_entry.ipynb")
    assert cli.main(["apps", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert f"wrote {tmp_path / 'explorer.ipynb'}" in out
    assert f"removed {tmp_path / 'excess_entry.ipynb'}" in out and "?explorer=NAME" in out
    assert nbformat.read(tmp_path / "explorer.ipynb", as_version=4).metadata["explainer_app"]
    assert not (tmp_path / "excess_entry.ipynb").exists()


@pytest.mark.parametrize("command, module", [("export", "latex2mathml"),
                                             ("slides", "latex2mathml"),
                                             ("grader", "otter")])
def test_classroom_commands_say_how_to_install_the_extra(command, module, monkeypatch, tmp_path):
    """Each command looks for a module that only the classroom extra installs (JupyterLab
    brings nbconvert, bs4 and jinja2 anyway, so their presence proves nothing)."""
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == module else real(name, *a))
    with pytest.raises(SystemExit) as done:
        cli.main([command, "--out", str(tmp_path / "out")])
    message = str(done.value.code)
    assert f"explainer {command} needs the classroom tools ({module} is not installed)" in message
    assert "pip install -e '.[classroom]'" in message
    assert not (tmp_path / "out").exists()
    classroom = {_name(r) for r in PYPROJECT["project"]["optional-dependencies"]["classroom"]}
    runtime = {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    distribution = DISTRIBUTION.get(module, module)
    assert distribution in classroom and distribution not in runtime


# --- explainer lab: root, container, news prompt ----------------------------------------------

def test_in_container_detection(tmp_path):
    plain = tmp_path / "plain"
    (plain / "proc" / "1").mkdir(parents=True)
    (plain / "proc" / "1" / "cgroup").write_text("0::/init.scope\n")
    assert not cli.in_container(plain)
    docker = tmp_path / "docker"
    docker.mkdir()
    (docker / ".dockerenv").touch()
    assert cli.in_container(docker)
    podman = tmp_path / "podman"
    (podman / "run").mkdir(parents=True)
    (podman / "run" / ".containerenv").touch()
    assert cli.in_container(podman)
    kube = tmp_path / "kube"
    (kube / "proc" / "1").mkdir(parents=True)
    (kube / "proc" / "1" / "cgroup").write_text("11:memory:/kubepods/besteffort/pod1234\n")
    assert cli.in_container(kube)


def test_root_decision():
    assert cli.root_decision(is_root=False, container=False, allowed=False) == (False, None)
    assert cli.root_decision(is_root=True, container=False, allowed=True) == (False, None)
    add, message = cli.root_decision(is_root=True, container=True, allowed=False)
    assert add and "container" in message and "--allow-root" in message and "\n" not in message
    with pytest.raises(SystemExit) as done:
        cli.root_decision(is_root=True, container=False, allowed=False)
    assert "root" in str(done.value.code) and "explainer lab --allow-root" in str(done.value.code)
    assert cli.wants_root(["--ServerApp.allow_root=True"]) and cli.wants_root(["--allow-root"])
    assert not cli.wants_root(["--ServerApp.allow_root=False", "--port=1"])


def test_app_settings_turn_the_news_off_and_keep_the_admins(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    admin = tmp_path / "admin-settings"
    admin.mkdir()
    (admin / "overrides.json").write_text(json.dumps(
        {"@jupyterlab/apputils-extension:themes": {"theme": "JupyterLab Dark"},
         "@jupyterlab/apputils-extension:notification": {"doNotDisturbMode": True}}))
    (admin / "page_config.json").write_text('{"disabledExtensions": ["x"]}')
    path = cli.prepare_app_settings(tmp_path / "lab-settings", admin)
    overrides = json.loads(path.read_text())
    assert overrides["@jupyterlab/apputils-extension:notification"] == {
        "doNotDisturbMode": True, "checkForUpdates": False, "fetchNews": "false"}
    assert overrides["@jupyterlab/apputils-extension:themes"] == {"theme": "JupyterLab Dark"}
    assert (tmp_path / "lab-settings" / "page_config.json").exists()
    assert "fetchNews" not in (admin / "overrides.json").read_text(), "the source must not change"
    assert not (tmp_path / "home").exists(), "the user's own settings must not be touched"
    fresh = cli.prepare_app_settings(tmp_path / "fresh", tmp_path / "missing")
    assert json.loads(fresh.read_text()) == cli.NEWS_OFF


def test_lab_argv():
    argv = cli.lab_argv(ROOT / "notebooks", "/tmp/s", no_browser=True, port=9999, allow_root=True)
    assert f"--ServerApp.root_dir={ROOT}" in argv and "--ServerApp.ip=127.0.0.1" in argv
    assert "--LabApp.default_url=/lab/tree/notebooks/00_start_here.ipynb" in argv
    assert "--LabApp.app_settings_dir=/tmp/s" in argv
    assert {"--no-browser", "--port=9999", "--allow-root"} <= set(argv)
    assert not any("token" in a or "password" in a for a in argv)
    assert "--allow-root" not in cli.lab_argv(ROOT / "notebooks", "/tmp/s")


@pytest.mark.parametrize("root, container", [(False, False), (True, True), (True, False)])
def test_cmd_lab_builds_jupyters_arguments(root, container, monkeypatch, capsys):
    import jupyterlab.labapp

    seen = {}

    def fake_lab_main():
        seen["argv"] = list(sys.argv)
        settings = next(a.split("=", 1)[1] for a in sys.argv if a.startswith("--LabApp.app_settings_dir="))
        seen["overrides"] = json.loads((cli.Path(settings) / "overrides.json").read_text())
        return 0

    monkeypatch.setattr(jupyterlab.labapp, "main", fake_lab_main)
    monkeypatch.setattr(cli, "running_as_root", lambda: root)
    monkeypatch.setattr(cli, "in_container", lambda: container)
    args = ["lab", "--notebooks", str(ROOT / "notebooks"), "--no-browser", "--LabApp.foo=1"]
    if root and not container:
        with pytest.raises(SystemExit, match="--allow-root"):
            cli.main(args)
        assert not seen
        return
    assert cli.main(args) == 0
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
    extra = ["--allow-root"] if cli.running_as_root() and not cli.in_container() else []
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
    if cli.running_as_root() and cli.in_container():
        assert "running as root inside a container" in stderr
    assert not (tmp_path / ".jupyter" / "lab" / "user-settings" / "@jupyterlab" /
                "apputils-extension" / "notification.jupyterlab-settings").exists()


# --- long commands: progress per lesson, no kernel TCP warning ---------------------------------

def test_kernel_log_filter_drops_only_the_tcp_warning(capfd):
    with cli.KernelLogFilter() as log_filter:
        subprocess.run([sys.executable, "-c", f"import sys; sys.stderr.write({NOISE!r} + '\\n'"
                        " + 'a real kernel error\\n')"], check=True)
        log_filter.flush()
        os.write(2, b"no newline at the end")
    err = capfd.readouterr().err
    assert "a real kernel error\n" in err and err.endswith("no newline at the end")
    assert "without encryption" not in err


def test_student_command_prints_one_line_per_lesson_with_time(tmp_path, capsys):
    src = tmp_path / "notebooks"
    src.mkdir()
    for name in ("01_a", "02_b"):
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(f"# {name}")])
        nbformat.write(nb, src / f"{name}.ipynb")
    assert cli.main(["student", "--notebooks", str(src), "--out", str(tmp_path / "s")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"\[1/2\] +\d+\.\d s  .*01_a\.ipynb", lines[0]), lines[0]
    assert re.fullmatch(r"\[2/2\] +\d+\.\d s  .*02_b\.ipynb", lines[1]), lines[1]
    assert lines[2].startswith("wrote 2 notebooks")


@pytest.mark.slow
def test_check_shows_no_kernel_tcp_warning(tmp_path, capfd):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import sys\n"
                                                                  "print('x', file=sys.stderr)")])
    nb.metadata["kernelspec"] = KERNELSPEC
    nbformat.write(nb, tmp_path / "a.ipynb")
    assert cli.main(["check", "--notebooks", str(tmp_path)]) == 0
    out, err = capfd.readouterr()
    assert re.search(r"^pass +\d+\.\d s  a\.ipynb$", out, re.M)
    assert "without encryption" not in err


@pytest.mark.slow
def test_export_and_slides_print_progress_without_kernel_warnings(tmp_path, capfd):
    pytest.importorskip("nbconvert")
    lessons = tmp_path / "notebooks"
    lessons.mkdir()
    for name in ("01_a", "02_b"):
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(f"# {name}"),
                                             nbformat.v4.new_code_cell("1 + 1")])
        nb.metadata["kernelspec"] = KERNELSPEC
        nbformat.write(nb, lessons / f"{name}.ipynb")
    assert cli.main(["export", "--notebooks", str(lessons), "--out", str(tmp_path / "site")]) == 0
    assert cli.main(["slides", "--notebooks", str(lessons), "--out", str(tmp_path / "slides")]) == 0
    out, err = capfd.readouterr()
    lines = out.splitlines()
    assert re.fullmatch(r"\[1/2\] +\d+\.\d s  .*01_a\.ipynb", lines[0]), lines
    assert re.fullmatch(r"\[2/2\] +\d+\.\d s  .*02_b\.ipynb", lines[1]), lines
    assert lines[2].startswith(f"wrote {tmp_path / 'site' / 'index.html'} in ")
    assert re.fullmatch(r"\[2/2\] +\d+\.\d s  .*02_b\.slides\.html", lines[4]), lines
    assert lines[5].startswith("wrote 2 decks")
    assert "without encryption" not in err


@pytest.mark.slow
def test_export_student_and_slides_write_both_languages(tmp_path, capfd):
    pytest.importorskip("nbconvert")
    from explainer.i18n import language_line

    lessons = tmp_path / "notebooks"
    (lessons / "zh").mkdir(parents=True)
    for folder, first in ((lessons, ""), (lessons / "zh", language_line("zh") + "\n")):
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# A"),
                                             nbformat.v4.new_code_cell(first + "1 + 1")])
        nb.metadata["kernelspec"] = KERNELSPEC
        nbformat.write(nb, folder / "01_a.ipynb")
    site, slides, student = tmp_path / "site", tmp_path / "slides", tmp_path / "student"
    assert cli.main(["export", "--notebooks", str(lessons), "--out", str(site)]) == 0
    assert cli.main(["slides", "--notebooks", str(lessons), "--out", str(slides)]) == 0
    assert cli.main(["student", "--notebooks", str(lessons), "--out", str(student)]) == 0
    out = capfd.readouterr().out
    assert f"wrote {site / 'index.html'} and {site / 'zh' / 'index.html'} in " in out
    assert re.search(r"^\[2/2\] +\d+\.\d s  .*zh/01_a\.slides\.html$", out, re.M), out
    assert "wrote 2 decks" in out and "wrote 2 notebooks" in out
    english = (site / "01_a.html").read_text(encoding="utf-8")
    chinese = (site / "zh" / "01_a.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in english and 'href="zh/01_a.html"' in english
    assert '<html lang="zh-Hans">' in chinese and 'href="../01_a.html"' in chinese
    deck = (slides / "zh" / "01_a.slides.html").read_text(encoding="utf-8")
    assert 'src="../reveal.js/dist/reveal.js"' in deck
    assert (slides / "reveal.js" / "dist" / "reveal.js").is_file()
    assert (student / "zh" / "01_a.ipynb").is_file() and (student / "01_a.ipynb").is_file()
    assert cli.main(["export", "--notebooks", str(lessons), "--out", str(tmp_path / "en"),
                     "--lang", "en", "--frozen"]) == 0
    assert not (tmp_path / "en" / "zh").exists()
    assert "zh/01_a.html" not in (tmp_path / "en" / "01_a.html").read_text(encoding="utf-8")
