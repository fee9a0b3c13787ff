"""Layering: each layer imports only from itself and the layers below; models and data never
import plotting or widget libraries; imports stay cheap.

The layers, lowest first, are written once in :data:`LAYERS`. Every import in every module of
the package is read from its source (``import`` and ``from ... import``, at the top or inside a
function, relative or absolute), so an import that runs back up is found whether or not it runs
in the tests. The detection itself is tested on a crafted package, to prove it can fail.
"""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import explainer
import explainer.data
import explainer.models

#: The packages and modules of ``explainer`` by layer, lowest first. A module may import from
#: its own layer and the layers below it, never from a layer above.
LAYERS = (
    ("data", "models", "checks", "i18n", "lab_settings"),
    ("plots",),
    ("widgets", "quizzes", "exercises"),
    ("classroom", "translation", "notebooks", "bench"),
    ("cli", "__main__"),
)

#: Inside a package with modules of several roles, its modules by layer, lowest first: the
#: same rule one level down (a module imports from its own layer and the layers below).
INNER_LAYERS = {
    "cli": (("common", "progress"), ("lab", "lessons", "classroom"), ("parser",),
            ("__init__", "__main__")),
}

PACKAGE_DIR = Path(explainer.__file__).resolve().parent


def layer_of(part):
    """The layer number of the top-level package or module ``part`` of ``explainer``."""
    for number, members in enumerate(LAYERS):
        if part in members:
            return number
    raise AssertionError(f"explainer.{part} is in no layer: add it to LAYERS")


def _module_name(path, root):
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return parts[:-1] if parts[-1] == "__init__" else parts


def imports_of(path, root):
    """``[(line, imported name)]`` for every import of ``explainer`` modules in ``path``."""
    module = _module_name(path, root)
    package = module if path.name == "__init__.py" else module[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level:
            base = ".".join(package[:len(package) - node.level + 1] + ([node.module] if node.module else []))
            names = [base] if node.module else [f"{base}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module]
        else:
            continue
        found += [(node.lineno, name) for name in names if name.split(".")[0] == root.name]
    return found


def upward_imports(root):
    """Every import in the package at ``root`` that runs from a lower layer to a higher one."""
    problems = []
    for path in sorted(Path(root).rglob("*.py")):
        module = _module_name(path, root)
        if len(module) < 2:
            continue  # the package's own __init__ sits above the layers (it imports nothing)
        own = layer_of(module[1])
        for line, name in imports_of(path, root):
            parts = name.split(".")
            if len(parts) < 2 or not any((root / f"{parts[1]}{end}").exists() for end in ("", ".py")):
                continue  # the package itself or a name it defines (``from . import __version__``)
            if layer_of(parts[1]) > own:
                problems.append(f"{path.relative_to(root.parent)}:{line} ({module[1]}, layer {own}) "
                                f"imports {name} (layer {layer_of(parts[1])})")
    return problems


def inner_upward_imports(root, package, layers):
    """Every import inside ``root/package`` that runs from a lower inner layer to a higher one."""
    def layer(name):
        for number, members in enumerate(layers):
            if name in members:
                return number
        raise AssertionError(f"explainer.{package}.{name} is in no layer: add it to INNER_LAYERS")

    problems = []
    for path in sorted((Path(root) / package).glob("*.py")):
        own = layer(path.stem)
        for line, name in imports_of(path, root):
            parts = name.split(".")
            if len(parts) < 3 or parts[1] != package:
                continue
            if not (Path(root) / package / f"{parts[2]}.py").exists():
                continue  # a name the package itself defines
            if layer(parts[2]) > own:
                problems.append(f"{path.relative_to(Path(root).parent)}:{line} ({path.stem}, layer "
                                f"{own}) imports {name} (layer {layer(parts[2])})")
    return problems


def package_cycles(root):
    """Pairs of top-level packages or modules that import each other (within one layer)."""
    graph = {}
    for path in sorted(Path(root).rglob("*.py")):
        module = _module_name(path, root)
        if len(module) < 2:
            continue
        for _line, name in imports_of(path, root):
            parts = name.split(".")
            if len(parts) > 1 and parts[1] != module[1] and \
                    any((root / f"{parts[1]}{end}").exists() for end in ("", ".py")):
                graph.setdefault(module[1], set()).add(parts[1])
    return sorted((a, b) for a in graph for b in graph[a] if a < b and a in graph.get(b, ()))


def private_imports(root):
    """Every ``from M import _name`` of a private function or constant of another module."""
    problems = []
    for path in sorted(Path(root).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            for alias in node.names:
                name = alias.name
                if name == "_" or not name.startswith("_") or name.startswith("__"):
                    continue  # gettext's _ and dunder names are public
                folder = path.parent if node.level else root.parent
                for _ in range(max(node.level - 1, 0)):
                    folder = folder.parent
                target = folder.joinpath(*(node.module or "").split(".")) if node.module else folder
                if (target / f"{name}.py").exists():
                    continue  # a package's private module, used inside the package
                problems.append(f"{path.relative_to(root.parent)}:{node.lineno} imports the private "
                                f"{name} of {node.module or 'its package'}")
    return problems


def test_no_import_runs_from_a_lower_layer_to_a_higher_one():
    modules = list(PACKAGE_DIR.rglob("*.py"))
    assert len(modules) > 60
    top = {path.relative_to(PACKAGE_DIR).parts[0].removesuffix(".py") for path in modules}
    assert top - {"__init__"} <= {part for layer in LAYERS for part in layer}, "a package has no layer"
    problems = upward_imports(PACKAGE_DIR)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("package", sorted(INNER_LAYERS))
def test_inside_a_package_no_import_runs_back_up(package):
    assert {p.stem for p in (PACKAGE_DIR / package).glob("*.py")} == {
        name for layer in INNER_LAYERS[package] for name in layer}, f"update INNER_LAYERS[{package!r}]"
    problems = inner_upward_imports(PACKAGE_DIR, package, INNER_LAYERS[package])
    assert not problems, "\n".join(problems)


def test_the_inner_layer_check_can_fail(tmp_path):
    root = _crafted_package(tmp_path, {
        "cli/__init__.py": "from .parser import main\n",
        "cli/common.py": "from .lab import cmd_lab\n",
        "cli/lab.py": "from .common import notebooks_dir\nfrom . import parser\n",
        "cli/parser.py": "from .lab import cmd_lab\n",
    })
    layers = (("common",), ("lab",), ("parser",), ("__init__",))
    problems = inner_upward_imports(root, "cli", layers)
    assert [line.split(" ")[0] for line in problems] == ["explainer/cli/common.py:1",
                                                         "explainer/cli/lab.py:2"], problems


def test_no_two_packages_import_each_other():
    assert package_cycles(PACKAGE_DIR) == []


def test_no_module_imports_another_modules_private_names():
    problems = private_imports(PACKAGE_DIR)
    assert not problems, "\n".join(problems)


def _crafted_package(tmp_path, files):
    root = tmp_path / "explainer"
    for name, text in {"__init__.py": "", **files}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_the_layer_check_finds_an_import_that_runs_back_up(tmp_path):
    root = _crafted_package(tmp_path, {
        "models/__init__.py": "",
        "models/good.py": "from ..checks import check_number\nimport explainer.i18n\n",
        "models/bad.py": "def f():\n    from ..plots.style import _\n",
        "plots/__init__.py": "",
        "plots/style.py": "from .. import i18n\nfrom ..widgets.base import Explorer\n",
        "widgets/__init__.py": "from .base import Explorer\n",
        "widgets/base.py": "from ..classroom import apps\n",
        "classroom/__init__.py": "",
        "classroom/apps.py": "from ..translation import x\nimport explainer.cli\n",
        "translation.py": "from .classroom import apps\nfrom .widgets import all_explorers\n",
        "cli.py": "from .classroom import apps\n",
    })
    problems = upward_imports(root)
    assert [line.split(" ")[0] for line in problems] == [
        "explainer/classroom/apps.py:2", "explainer/models/bad.py:2",
        "explainer/plots/style.py:2", "explainer/widgets/base.py:1"], problems
    assert "imports explainer.plots.style (layer 1)" in problems[1]


def test_the_cycle_check_finds_two_packages_that_import_each_other(tmp_path):
    root = _crafted_package(tmp_path, {
        "classroom/__init__.py": "",
        "classroom/apps.py": "from ..translation import language_line\n",
        "translation.py": "def app_segments():\n    from .classroom.figures import title\n",
        "notebooks.py": "from .classroom import apps\n",
    })
    assert package_cycles(root) == [("classroom", "translation")]


def test_the_layer_check_refuses_a_package_without_a_layer(tmp_path):
    root = _crafted_package(tmp_path, {"extras.py": "from .models import x\n"})
    with pytest.raises(AssertionError, match="explainer.extras is in no layer"):
        upward_imports(root)


def test_the_private_import_check_can_fail(tmp_path):
    root = _crafted_package(tmp_path, {
        "classroom/__init__.py": "",
        "classroom/_html.py": "def add_assets(): pass\n",
        "classroom/site.py": "def _frame_store(): pass\n",
        "classroom/slides.py": ("from . import _html\nfrom .site import _frame_store\n"
                                "from ..i18n import _, N_\n"),
    })
    assert private_imports(root) == [
        "explainer/classroom/slides.py:2 imports the private _frame_store of site"]


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
