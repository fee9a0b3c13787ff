"""Precomputed frames: every explorer's figure and finding over a grid of control values.

The static site cannot run Python, so its explorers show frames drawn in advance by the live
explorer itself (its public API only: ``controls``, ``set``, ``values``, ``image.value``,
``alt_text``). The grid moves **one control at a time** away from the defaults:

- a slider takes its own steps, or an evenly spaced subset of at most :data:`MAX_VALUES`
  of them that always includes the default;
- a drop-down list or a row of toggle buttons takes every option;
- two controls that only make sense together can be named in the explorer's
  ``static_joint_grid`` attribute; they are then precomputed on their joint grid.

Frames are PNG files named by the SHA-256 of their bytes (identical figures are stored once).
Each explorer's table of frames is cached in ``frames/cache/`` under a key made of the code of
the explorer and of every ``explainer`` module it uses, the data files, the constructor
arguments, the grid settings, the matplotlib version and the language of the explorer
(:func:`explainer.i18n.get_language`, with that language's catalogs): an unchanged explorer
is not drawn again by the next export.

The PNG bytes are re-encoded losslessly (opaque RGBA stored as RGB, zlib level 6), so
a frame is pixel-equal to what the live explorer shows at the same setting, and about a
tenth smaller.

Why frames, and not Python in the browser: a page that runs the explorers itself needs numpy
and matplotlib compiled to WebAssembly, and neither registry the project installs from has
them (pip finds no numpy wheel for the ``pyodide_2024_0_wasm32`` or
``emscripten_3_1_58_wasm32`` platforms; npm's ``pyodide`` is the core only and loads numpy
and matplotlib from a CDN, as JupyterLite does), so such a page would not work offline, from
disk, which is what the site is for. What the frames give (one export of both editions, 2
cores): 46 explorers in the lessons with 1,546 frames, 1,408 distinct PNG files of about
47 KB; lesson pages of 0.4-0.9 MB with the default frame inline. What they cost: the site
is 73 MB instead of 7.1 MB with ``--frozen`` (one still figure per explorer), and a first
export takes 271 s instead of 90 s; an unchanged explorer is not drawn again (74 s). Keep
them until numpy and matplotlib publish WebAssembly wheels on PyPI or npm (see
``CONTRIBUTING.md``, "Three design decisions, measured").
"""

from __future__ import annotations

import ast
import hashlib
import inspect
import io
import json
import math
import sys
import types
from pathlib import Path

#: At most this many values per slider (the slider's own steps when it has no more).
MAX_VALUES = 11

#: Bump when the frame format or the grid rule changes (invalidates every cache entry).
FORMAT_VERSION = 1


# -- the grid ---------------------------------------------------------------------------------

def _is_slider(control):
    return all(hasattr(control, attr) for attr in ("min", "max", "step")) and \
        not hasattr(control, "options")


def slider_values(control, max_values=MAX_VALUES):
    """Return the values a slider takes in the grid, in increasing order.

    Parameters
    ----------
    control : ipywidgets.IntSlider or ipywidgets.FloatSlider
        The slider; its ``min``, ``max``, ``step`` and current ``value`` (the default) are read.
    max_values : int
        At most this many values (at least 2); the slider's own steps when it has no more.
        The default value is always included.

    Raises
    ------
    ValueError
        If ``max_values`` is below 2 or the slider's step is not positive.
    """
    if not isinstance(max_values, int) or max_values < 2:
        raise ValueError(f"max_values must be an integer >= 2, got {max_values!r}")
    low, high, step, default = control.min, control.max, control.step, control.value
    if not step or step <= 0:
        raise ValueError(f"step must be > 0, got {step!r}")
    integer = isinstance(low, int) and isinstance(step, int) and isinstance(default, int)
    n_steps = int(round((high - low) / step))

    def at(i):
        value = low + i * step
        return int(value) if integer else round(float(value), 10)

    if n_steps + 1 <= max_values:
        indices = list(range(n_steps + 1))
    else:
        indices = sorted({int(round(i * n_steps / (max_values - 1))) for i in range(max_values)})
    values = [at(i) for i in indices]
    if not any(math.isclose(v, default, rel_tol=0, abs_tol=abs(step) * 1e-6) for v in values):
        if len(values) >= max_values:
            nearest = min(range(len(values)), key=lambda j: abs(values[j] - default))
            if 0 < nearest < len(values) - 1:
                values.pop(nearest)
        values.append(default)
        values.sort()
    return values


def _format(control, value):
    fmt = getattr(control, "readout_format", None)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, int) and not isinstance(control.min, float):
        return str(value)
    try:
        return format(value, fmt or ".2f")
    except (TypeError, ValueError):
        return f"{value:g}"


def control_specs(explorer, max_values=MAX_VALUES):
    """Return one description per control: name, label, kind, values, value labels, default.

    ``kind`` is ``"range"`` for a slider (shown as ``<input type="range">`` over the indices of
    ``values``) and ``"select"`` for a drop-down list or toggle buttons (shown as ``<select>``).
    """
    specs = []
    for name, control in explorer.controls.items():
        label = getattr(control, "description", "") or name
        if _is_slider(control):
            values = slider_values(control, max_values)
            labels = [_format(control, v) for v in values]
            kind = "range"
        elif hasattr(control, "options"):
            values = list(control._options_values)
            labels = [str(text) for text in control._options_labels]
            kind = "select"
        elif isinstance(control.value, bool):
            from ..i18n import pgettext

            values, kind = [False, True], "select"
            labels = [pgettext("switch", "off"), pgettext("switch", "on")]
        else:
            raise ValueError(f"control {name!r} of {type(explorer).__name__} has no grid "
                             "(not a slider, a list of options or a toggle)")
        default = control.value
        index = next(i for i, v in enumerate(values)
                     if v == default or (isinstance(v, float) and isinstance(default, (int, float))
                                         and math.isclose(v, default, rel_tol=0, abs_tol=1e-9)))
        specs.append({"name": name, "label": label, "kind": kind, "values": values,
                      "labels": labels, "default": index})
    return specs


def joint_groups(explorer, specs):
    """Return the joint grids as lists of control indices (from ``static_joint_grid``)."""
    names = [spec["name"] for spec in specs]
    groups = []
    for group in getattr(explorer, "static_joint_grid", ()) or ():
        group = tuple(group)
        if len(group) != 2 or any(g not in names for g in group) or group[0] == group[1]:
            raise ValueError(f"static_joint_grid of {type(explorer).__name__} must hold pairs of "
                             f"two different control names among {names}, got {group!r}")
        if any(names.index(g) in taken for g in group for taken in groups):
            raise ValueError(f"static_joint_grid of {type(explorer).__name__}: a control may "
                             f"belong to one pair only, got {group!r} again")
        groups.append([names.index(g) for g in group])
    return groups


def grid_keys(specs, groups=()):
    """Return every grid point as a tuple of value indices (the defaults first)."""
    default = tuple(spec["default"] for spec in specs)
    keys = [default]
    seen = {default}
    in_group = {i: g for g in groups for i in g}

    def add(key):
        if key not in seen:
            seen.add(key)
            keys.append(key)

    for i, spec in enumerate(specs):
        if i in in_group:
            continue
        for j in range(len(spec["values"])):
            key = list(default)
            key[i] = j
            add(tuple(key))
    for a, b in groups:
        for ja in range(len(specs[a]["values"])):
            for jb in range(len(specs[b]["values"])):
                key = list(default)
                key[a], key[b] = ja, jb
                add(tuple(key))
    return keys


def key_text(key):
    """The key of a grid point in the page's data: value indices joined by commas."""
    return ",".join(str(i) for i in key)


# -- rendering --------------------------------------------------------------------------------

def compact_png(png):
    """Re-encode PNG bytes losslessly and smaller (opaque RGBA as RGB, zlib level 6)."""
    from PIL import Image

    image = Image.open(io.BytesIO(png))
    image.load()
    if image.mode == "RGBA" and image.getextrema()[3] == (255, 255):
        image = image.convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format="png", compress_level=6)
    return buffer.getvalue()


def render_frames(explorer, specs, keys):
    """Yield ``(key, png, alt)`` for every grid key, drawn by ``explorer`` via ``set``.

    The explorer is left at its default settings afterwards.
    """
    names = [spec["name"] for spec in specs]
    defaults = {spec["name"]: spec["values"][spec["default"]] for spec in specs}
    try:
        for key in keys:
            values = {name: specs[i]["values"][j] for i, (name, j) in enumerate(zip(names, key))}
            explorer.set(**values)
            yield key, explorer.image.value, explorer.alt_text
    finally:
        explorer.set(**defaults)


# -- cache key --------------------------------------------------------------------------------

def _explainer_modules(cls):
    """Return the ``explainer`` modules that the explorer's class uses (transitively)."""
    seen = {}
    todo = [sys.modules[c.__module__] for c in cls.__mro__ if c.__module__.startswith("explainer")]
    while todo:
        module = todo.pop()
        if module.__name__ in seen:
            continue
        seen[module.__name__] = module
        for value in list(vars(module).values()):
            if isinstance(value, types.ModuleType):
                target = value
            else:
                target = sys.modules.get(getattr(value, "__module__", None) or "")
            if target is not None and target.__name__.startswith("explainer") and \
                    target.__name__ not in seen and "classroom" not in target.__name__:
                todo.append(target)
    return [seen[name] for name in sorted(seen)]


def _data_files():
    from .. import data

    folder = Path(data.__file__).parent
    return sorted(p for p in folder.iterdir() if p.suffix in (".csv", ".json"))


def _catalog_files(language):
    from ..i18n import LANGUAGES, LOCALE_DIR

    if language == LANGUAGES[0]:
        return []
    return sorted((LOCALE_DIR / language).glob("*.po"))


def explorer_key(cls, kwargs=None, max_values=MAX_VALUES, language=None):
    """Return the cache key of an explorer's frames (hex SHA-256, 20 characters).

    It changes when the code of the explorer or of any ``explainer`` module it uses changes,
    when a data file changes, or when the constructor arguments, the grid rule, the
    matplotlib version or the language (default: :func:`explainer.i18n.get_language`) change,
    and, for a translated language, when one of its catalogs changes.
    """
    import matplotlib

    from ..i18n import get_language

    language = language or get_language()
    digest = hashlib.sha256()
    settings = {"class": f"{cls.__module__}.{cls.__qualname__}", "kwargs": kwargs or {},
                "max_values": max_values, "format": FORMAT_VERSION,
                "matplotlib": matplotlib.__version__, "language": language,
                "joint": [list(g) for g in getattr(cls, "static_joint_grid", ()) or ()]}
    digest.update(json.dumps(settings, sort_keys=True, default=repr).encode())
    for module in _explainer_modules(cls):
        try:
            digest.update(inspect.getsource(module).encode())
        except (OSError, TypeError):
            digest.update(module.__name__.encode())
    for path in [*_data_files(), *_catalog_files(language)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:20]


# -- the frame store --------------------------------------------------------------------------

class FrameStore:
    """Frame files and cached frame tables under ``folder`` (normally ``SITE/frames``).

    Parameters
    ----------
    folder : pathlib.Path
        Created if needed. Frames are ``folder/SHA.png``; tables ``folder/cache/NAME-KEY.json``.
    max_values : int
        Passed to :func:`slider_values`.
    progress : callable, optional
        Called as ``progress(name, done, total, cached)`` before (``done`` 0) and while an
        explorer's frames are drawn (``cached`` false), and once with ``done == total`` and ``cached`` true when an
        explorer's frames are reused.
    """

    def __init__(self, folder, max_values=MAX_VALUES, progress=None):
        self.folder = Path(folder)
        self.cache = self.folder / "cache"
        self.cache.mkdir(parents=True, exist_ok=True)
        self.max_values = max_values
        self.progress = progress
        self.used_tables = set()
        self.used_frames = set()
        self.drawn = 0
        self.reused = 0

    def table(self, cls, kwargs=None):
        """Return the frame table of ``cls(**kwargs)``, drawing its frames unless cached.

        Returns
        -------
        dict
            ``name``, ``controls`` (see :func:`control_specs`), ``joint`` (lists of control
            indices), ``default`` (key of the default frame), ``frames`` (key → ``[file
            name, alt text]``) and ``cached`` (whether it came from the cache).
        """
        kwargs = dict(kwargs or {})
        key = explorer_key(cls, kwargs, self.max_values)
        path = self.cache / f"{cls.name}-{key}.json"
        if path.exists():
            table = json.loads(path.read_text(encoding="utf-8"))
            files = {entry[0] for entry in table["frames"].values()}
            if all((self.folder / f).exists() for f in files):
                self._use(path, files)
                self.reused += 1
                if self.progress is not None:
                    self.progress(cls.name, len(table["frames"]), len(table["frames"]), True)
                return dict(table, cached=True)
        explorer = cls(**kwargs)
        try:
            specs = control_specs(explorer, self.max_values)
            groups = joint_groups(explorer, specs)
            keys = grid_keys(specs, groups)
            frames = {}
            if self.progress is not None:
                self.progress(cls.name, 0, len(keys), False)
            for n, (grid_key, png, alt) in enumerate(render_frames(explorer, specs, keys), 1):
                frames[key_text(grid_key)] = [self.write(png), alt]
                if self.progress is not None:
                    self.progress(cls.name, n, len(keys), False)
        finally:
            explorer.close()
        table = {"name": cls.name, "controls": specs, "joint": groups,
                 "default": key_text(keys[0]), "frames": frames}
        path.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
        self._use(path, {entry[0] for entry in frames.values()})
        self.drawn += 1
        return dict(table, cached=False)

    def write(self, png):
        """Store a frame (compacted) under its content hash; return its file name."""
        data = compact_png(png)
        name = hashlib.sha256(data).hexdigest()[:24] + ".png"
        target = self.folder / name
        if not target.exists():
            target.write_bytes(data)
        return name

    def _use(self, table_path, files):
        self.used_tables.add(table_path.name)
        self.used_frames.update(files)

    def prune(self):
        """Delete frame files and tables that this export did not use; return how many."""
        removed = 0
        for path in self.folder.glob("*.png"):
            if path.name not in self.used_frames:
                path.unlink()
                removed += 1
        for path in self.cache.glob("*.json"):
            if path.name not in self.used_tables:
                path.unlink()
                removed += 1
        return removed


# -- finding explorers in a lesson -------------------------------------------------------------

def explorer_calls(source, classes):
    """Return ``[(class, kwargs)]`` for each explorer constructed in a cell's ``source``.

    Parameters
    ----------
    source : str
        Python code of a cell.
    classes : dict of str to type
        Explorer classes by class name.

    Only calls written ``ClassName(...)`` or ``module.ClassName(...)`` with literal keyword
    arguments (numbers, strings, ...) are returned; others cannot be rebuilt and are skipped.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    calls = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else \
            func.attr if isinstance(func, ast.Attribute) else None
        if name not in classes or node.args:
            continue
        try:
            kwargs = {kw.arg: ast.literal_eval(kw.value) for kw in node.keywords}
        except ValueError:
            continue
        if None in kwargs:
            continue
        calls.append((classes[name], kwargs))
    return calls
