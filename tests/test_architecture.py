"""Layering: models and data never import plotting or widget libraries; imports stay cheap."""

import pkgutil
import subprocess
import sys

import explainer.data
import explainer.models


def _modules(package):
    return [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)]


def test_models_and_data_import_no_matplotlib_or_ipywidgets():
    modules = _modules(explainer.models) + ["explainer.data", "explainer.checks"]
    assert len(modules) > 4
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = sorted(k for k in sys.modules if k.split('.')[0] in ('matplotlib', 'ipywidgets', 'IPython'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"models/data pulled in: {out.stdout.strip()}"


def test_plots_import_no_ipywidgets():
    import explainer.plots

    modules = _modules(explainer.plots)
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print('ipywidgets' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_top_level_import_is_light():
    code = "import sys, explainer; print(sorted(k for k in ('numpy', 'matplotlib', 'pandas') if k in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
