"""Binder: build a fresh environment exactly as repo2docker does, then run every notebook in it.

repo2docker installs ``binder/requirements.txt``, then runs ``binder/postBuild`` from the
repository root; the ``binder/`` folder makes it ignore the root ``pyproject.toml``.
"""

import subprocess
import sys
import venv

import pytest
from conftest import NOTEBOOKS, ROOT

pytestmark = pytest.mark.slow


def test_binder_files_are_complete():
    requirements = (ROOT / "binder" / "requirements.txt").read_text().splitlines()
    pins = [r for r in requirements if r.strip() and not r.startswith("#")]
    assert pins and all("==" in r for r in pins), "every Binder requirement must be pinned"
    names = {r.split("==")[0].lower() for r in pins}
    assert {"jupyterlab", "ipywidgets", "matplotlib", "numpy", "pandas", "nbval"} <= names
    assert not any(r.startswith("-e") for r in pins)
    assert (ROOT / "binder" / "runtime.txt").read_text().strip().startswith("python-3.")
    assert "pip install" in (ROOT / "binder" / "postBuild").read_text()


def test_fresh_binder_environment_runs_every_notebook(tmp_path):
    env_dir = tmp_path / "binder-env"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    "-r", str(ROOT / "binder" / "requirements.txt")], check=True, timeout=1500)
    env = {"PATH": f"{env_dir / 'bin'}:/usr/bin:/bin", "HOME": str(tmp_path), "MPLBACKEND": "Agg"}
    subprocess.run(["bash", str(ROOT / "binder" / "postBuild")], cwd=ROOT, env=env, check=True,
                   timeout=600)
    result = subprocess.run([str(env_dir / "bin" / "explainer"), "check", "--notebooks", str(NOTEBOOKS)],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=1200)
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [l for l in result.stdout.splitlines() if l.endswith(".ipynb")]
    assert len(lines) == len(list(NOTEBOOKS.glob("*.ipynb")))
    assert all(l.startswith("pass") for l in lines)
