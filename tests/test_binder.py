"""Binder: build a fresh environment exactly as repo2docker does, then run every notebook in it.

repo2docker runs ``binder/postBuild`` from the repository root (the ``binder/`` folder makes it
ignore the root ``pyproject.toml``); postBuild installs the lock ``binder/lock.txt`` without
compiling it to bytecode, then compiles only the modules a lesson imports.
"""

import re
import subprocess
import sys
import venv

import pytest
from conftest import NOTEBOOKS, ROOT

def _name(requirement):
    """Normalised project name of a requirement line (``Foo_Bar>=1`` -> ``foo-bar``)."""
    return re.split(r"[<>=!~ ;\[#]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _lines(path):
    return [line.split("#")[0].strip() for line in path.read_text().splitlines()
            if line.split("#")[0].strip()]


def test_binder_files_are_complete():
    pins = _lines(ROOT / "binder" / "lock.txt")
    assert pins and all("==" in r for r in pins), "every Binder requirement must be pinned"
    names = {_name(r) for r in pins}
    assert {"jupyterlab", "ipywidgets", "matplotlib", "numpy", "pandas", "ipykernel", "nbclient",
            "voila"} <= names
    assert not any(r.startswith("-e") for r in pins)
    assert (ROOT / "binder" / "runtime.txt").read_text().strip().startswith("python-3.")
    assert "pip install --no-deps" in (ROOT / "binder" / "postBuild").read_text()


def test_binder_lock_is_compiled_from_the_short_list():
    """requirements.in lists the package's runtime dependencies plus Voila; the lock has them all."""
    tomllib = pytest.importorskip("tomllib")
    wanted = {_name(r) for r in _lines(ROOT / "binder" / "requirements.in")}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert wanted == {_name(r) for r in project["dependencies"]} | {"voila"}
    pins = {_name(r) for r in _lines(ROOT / "binder" / "lock.txt")}
    assert wanted <= pins
    command = "pip-compile --annotation-style=line --no-emit-find-links --no-emit-index-url " \
              "--output-file=binder/lock.txt --strip-extras binder/requirements.in"
    header = (ROOT / "binder" / "lock.txt").read_text().split("\n\n")[0]
    for part in command.split():  # the command that regenerates the lock, in both files
        assert part in header
        assert part in (ROOT / "binder" / "requirements.in").read_text()


#: Tools a student never runs: tests, browser automation, documentation builders, grading.
NOT_FOR_STUDENTS = {"pytest", "hypothesis", "nbval", "coverage", "pip-tools", "playwright",
                    "selenium", "pyppeteer", "sphinx", "otter-grader"}


def tools_in_lock(text):
    """The names of :data:`NOT_FOR_STUDENTS` pinned in a lock file's ``text``."""
    pins = {_name(line.split("#")[0]) for line in text.splitlines() if "==" in line.split("#")[0]}
    return sorted(pins & NOT_FOR_STUDENTS)


def test_the_tool_check_finds_a_browser_driver_or_a_docs_builder():
    lock = "numpy==2.4.6  # via pandas\nplaywright==1.65.2  # via nbconvert\nSphinx==9.0.4\n"
    assert tools_in_lock(lock) == ["playwright", "sphinx"]


def test_student_image_has_no_test_browser_docs_or_grading_tools():
    found = tools_in_lock((ROOT / "binder" / "lock.txt").read_text(encoding="utf-8"))
    assert not found, f"tools a student never runs in the student image: {found}"
    wanted = (ROOT / "binder" / "requirements.in").read_text(encoding="utf-8")
    assert not tools_in_lock(wanted.replace(">=", "=="))


#: The student environment's size limit: a fresh venv built by postBuild, in MB as ``du -sm``
#: counts them (2**20 bytes). Pulling the image is part of every Binder launch.
STUDENT_IMAGE_MB = 450


def environment_megabytes(folder):
    """Disk use of ``folder`` in MB, as ``du -sm`` reports it."""
    result = subprocess.run(["du", "-sm", str(folder)], capture_output=True, text=True, check=True)
    return float(result.stdout.split()[0])


def test_postbuild_installs_the_lock_without_compiling_everything():
    text = (ROOT / "binder" / "postBuild").read_text()
    assert "--no-compile -r binder/lock.txt" in text and "compile_what_runs.py" in text
    assert not (ROOT / "binder" / "requirements.txt").exists(), \
        "repo2docker would install (and compile) binder/requirements.txt before postBuild"


@pytest.mark.slow
def test_fresh_binder_environment_runs_every_notebook(tmp_path):
    env_dir = tmp_path / "binder-env"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    env = {"PATH": f"{env_dir / 'bin'}:/usr/bin:/bin", "HOME": str(tmp_path), "MPLBACKEND": "Agg",
           "PYTHONDONTWRITEBYTECODE": "1"}  # postBuild must compile what a lesson imports anyway
    subprocess.run(["bash", str(ROOT / "binder" / "postBuild")], cwd=ROOT, env=env, check=True,
                   timeout=1800)
    size = environment_megabytes(env_dir)
    print(f"fresh Binder environment: {size:.0f} MB")
    assert size <= STUDENT_IMAGE_MB, f"the student environment takes {size:.0f} MB"
    compiled = list(env_dir.glob("lib/python*/site-packages/explainer/widgets/__pycache__/*.pyc"))
    assert compiled, "postBuild compiles the modules a lesson imports"
    assert not list(env_dir.glob("lib/python*/site-packages/pandas/tests/**/*.pyc")), \
        "modules no lesson imports stay uncompiled"
    news = list(env_dir.glob("share/jupyter/lab/settings/overrides.d/explainer.json"))
    assert news and '"fetchNews": "false"' in news[0].read_text(), "postBuild turns the news prompt off"
    result = subprocess.run([str(env_dir / "bin" / "explainer"), "check", "--notebooks", str(NOTEBOOKS)],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=1200)
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [l for l in result.stdout.splitlines() if l.endswith(".ipynb")]
    assert len(lines) == len(list(NOTEBOOKS.glob("*.ipynb"))) + len(list(NOTEBOOKS.glob("zh/*.ipynb")))
    assert all(l.startswith("pass") for l in lines)
