"""Packaging: every import declared, the runtime and the extras as CONTRIBUTING describes
them, one version source, and the classroom commands saying how to install their extra."""

import ast
import re
import sys

import pytest

import explainer
from explainer.cli import main
from support.paths import ROOT

tomllib = pytest.importorskip("tomllib")

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def _name(requirement):
    return re.split(r"[<>=!~ ;\[]", requirement, maxsplit=1)[0].lower().replace("_", "-")


#: import name -> distribution name, where they differ.
DISTRIBUTION = {"bs4": "beautifulsoup4", "PIL": "pillow", "otter": "otter-grader",
                "jupyter_client": "jupyter-client"}


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
        main([command, "--out", str(tmp_path / "out")])
    message = str(done.value.code)
    assert f"explainer {command} needs the classroom tools ({module} is not installed)" in message
    assert "pip install -e '.[classroom]'" in message
    assert not (tmp_path / "out").exists()
    classroom = {_name(r) for r in PYPROJECT["project"]["optional-dependencies"]["classroom"]}
    runtime = {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    distribution = DISTRIBUTION.get(module, module)
    assert distribution in classroom and distribution not in runtime
