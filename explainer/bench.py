"""Benchmark: the cost of a slider move, fast path against full redraw, and a class's load.

``explainer bench`` moves every explorer's controls the way a student does (mostly one to three
steps of a slider, sometimes a jump, sometimes another option; seeded) and times each move
twice, back to back at the same state: through the fast path a student gets (model, only the
moving artists drawn over the cached picture, PNG) and through a full redraw of the same
explorer (model, every artist drawn, PNG). Both run in the same process and the same minute,
so their ratio compares like with like whatever the machine; the verdict is about that ratio
(:data:`TARGET_RATIO`) and the PNG payload (:data:`TARGET_PNG_KB`), never about milliseconds.

``explainer bench --class 1,2,5`` starts that many real kernels (jupyter_client) at once; in
each, a simulated student builds a lesson's explorers and moves sliders at a student's pace
(:func:`student_session`) for a fixed time. It reports the move latency and CPU seconds per
move measured inside the kernels, with the machine's load before and after: the basis of the
sizing advice in ``docs/teaching.md``.
"""

from __future__ import annotations

import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

#: A fast-path move should take at most this share of a full redraw of the same explorer.
TARGET_RATIO = 0.30
#: The PNG a move sends to the browser, at most (kB).
TARGET_PNG_KB = 150.0
TARGET_IMPORT_S = 0.3


def control_values(control, steps):
    """Values that sweep a control across its range (every option for a choice control)."""
    options = getattr(control, "options", None)
    if options is not None and not hasattr(control, "min"):
        labels = [o[1] if isinstance(o, tuple) else o for o in options]
        return [labels[i % len(labels)] for i in range(max(steps, len(labels)))]
    values = np.linspace(control.min, control.max, steps)
    if isinstance(control.value, int) and not isinstance(control.value, bool):
        return [int(round(v)) for v in values]
    return [float(v) for v in values]


def student_value(control, rng):
    """A value a student might move ``control`` to next.

    A slider mostly moves one to three of its steps (arrow keys, a short drag), one move in
    five jumps to another point of its range (a click on the track); a drop-down or a row of
    buttons takes another option.
    """
    if hasattr(control, "step") and hasattr(control, "min"):
        if rng.random() < 0.2:
            return rng.choice(control_values(control, 9))
        value = control.value + rng.choice([-3, -2, -1, 1, 2, 3]) * control.step
        value = min(control.max, max(control.min, value))
        return int(round(value)) if isinstance(control.value, int) else round(value, 10)
    options = [v for v in getattr(control, "_options_values", ()) if v != control.value]
    return rng.choice(options) if options else control.value


def _percentile_ms(seconds, q):
    return round(float(np.percentile(np.asarray(seconds) * 1000.0, q)), 1)


def measure_explorer(cls, moves=40, seed=0):
    """Time ``moves`` student moves of a new ``cls`` explorer, each through both paths.

    Returns a JSON-ready dict: medians and 95th percentiles (ms) of the fast path and of a
    full redraw of the same state, their ratio, the share of moves the fast path served
    without drawing in full and, among all moves, the share it served from memory (a state
    shown before), and the PNG sizes (kB).
    """
    explorer = cls()
    rng = random.Random(seed)
    keys = list(explorer.controls)
    fast, full, sizes = [], [], []
    fast_served = 0
    reused = explorer.renderer.frames_reused
    try:
        while len(fast) < moves:
            control = explorer.controls[rng.choice(keys)]
            value = student_value(control, rng)
            if value == control.value:
                continue
            served = explorer.renderer.fast_draws
            start = time.perf_counter()
            control.value = value  # the observer runs the model, draws and encodes the PNG
            fast.append(time.perf_counter() - start)
            fast_served += explorer.renderer.fast_draws > served
            sizes.append(len(explorer.image.value) / 1000.0)
            start = time.perf_counter()
            explorer.refresh(full=True)  # the same state, every artist drawn
            full.append(time.perf_counter() - start)
        reused = explorer.renderer.frames_reused - reused
    finally:
        explorer.close()
    ratio = statistics.median(fast) / statistics.median(full)
    return {
        "moves": len(fast),
        "fast_median_ms": _percentile_ms(fast, 50),
        "fast_p95_ms": _percentile_ms(fast, 95),
        "full_median_ms": _percentile_ms(full, 50),
        "full_p95_ms": _percentile_ms(full, 95),
        "ratio": round(ratio, 3),
        "fast_share": round(fast_served / len(fast), 3),
        "reused_share": round(reused / len(fast), 3),
        "png_kb_median": round(statistics.median(sizes), 1),
        "png_kb_max": round(max(sizes), 1),
        "within_target": ratio <= TARGET_RATIO and max(sizes) <= TARGET_PNG_KB,
    }


def import_seconds(module="explainer", repeats=3):
    """Seconds a fresh interpreter takes to import ``module`` (best of ``repeats``)."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    times = []
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip()))
    return min(times)


def machine():
    import matplotlib

    return {"cpus": os.cpu_count(), "python": platform.python_version(),
            "matplotlib": matplotlib.__version__, "platform": platform.platform()}


def _load():
    return [round(v, 2) for v in os.getloadavg()] if hasattr(os, "getloadavg") else None


def run_benchmark(moves=40, only=None, seed=0):
    """Measure every explorer (or those named in ``only``); return a JSON-ready report."""
    from .widgets import all_explorers

    explorers = all_explorers()
    if only:
        unknown = set(only) - set(explorers)
        if unknown:
            raise ValueError(f"only must name explorers among {sorted(explorers)}; got {sorted(unknown)}")
        explorers = {k: v for k, v in explorers.items() if k in only}
    load_before = _load()
    results = {name: measure_explorer(cls, moves, seed) for name, cls in explorers.items()}
    load_after = _load()
    top_import = import_seconds("explainer")
    return {
        "machine": {**machine(), "load_before": load_before, "load_after": load_after},
        "target_ratio": TARGET_RATIO,
        "target_png_kb": TARGET_PNG_KB,
        "import_explainer_s": round(top_import, 3),
        "import_explainer_widgets_s": round(import_seconds("explainer.widgets.base"), 3),
        "import_within_target": top_import <= TARGET_IMPORT_S,
        "explorers": results,
        "median_ratio": round(statistics.median(r["ratio"] for r in results.values()), 3)
        if results else None,
        "all_within_target": all(r["within_target"] for r in results.values())
        and top_import <= TARGET_IMPORT_S,
    }


# -- a class of students, each with a kernel -------------------------------------------------

#: A code cell that shows an explorer: its last line is ``SomethingExplorer(...)``.
_SHOWS_EXPLORER = re.compile(r"^(\w+Explorer)\(.*\)\s*$")


def lesson_explorers(path):
    """Names of the explorers a lesson notebook shows, in order."""
    import nbformat

    from .widgets import all_explorers

    by_class = {cls.__name__: name for name, cls in all_explorers().items()}
    names = []
    for cell in nbformat.read(path, as_version=4).cells:
        lines = [line for line in cell.source.strip().splitlines() if not line.startswith("#")]
        match = _SHOWS_EXPLORER.match(lines[-1]) if cell.cell_type == "code" and lines else None
        if match and match.group(1) in by_class:
            names.append(by_class[match.group(1)])
    return names


def student_session(names, seconds, seed):
    """One simulated student, run inside a kernel: build the explorers ``names``, then move
    their sliders at a student's pace for ``seconds``.

    The student works on one explorer for 5-20 moves before the next, waits 200-500 ms
    between moves and now and then pauses 1.5-4 s to read. Each move's latency (wall clock)
    and CPU time (this process) are measured around the move. Returns a JSON-ready dict.
    """
    import resource

    from .widgets import all_explorers, memory

    rng = random.Random(seed)
    start = time.perf_counter()
    explorers = [all_explorers()[name]() for name in names]
    if memory.settle_after_cell():
        # In a lesson the cell that builds the explorers ends before the first move, and
        # the kernel then settles its memory (see explainer.widgets.memory); here building
        # and moving share one cell, so settle where that cell would end.
        memory.settle()
    build_s = time.perf_counter() - start
    latency, cpu = [], []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        explorer = rng.choice(explorers)
        for _ in range(rng.randint(5, 20)):
            if time.monotonic() >= end:
                break
            control = explorer.controls[rng.choice(list(explorer.controls))]
            value = student_value(control, rng)
            if value == control.value:
                continue
            wall, used = time.perf_counter(), time.process_time()
            control.value = value
            latency.append(time.perf_counter() - wall)
            cpu.append(time.process_time() - used)
            time.sleep(rng.uniform(0.2, 0.5))
            if rng.random() < 0.08:
                time.sleep(rng.uniform(1.5, 4.0))
    return {"latency_s": latency, "cpu_s": cpu, "build_s": build_s,
            "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _collect(client, msg_id, timeout):
    """Standard output of the execution ``msg_id`` on ``client``; raise on an error."""
    out, deadline = [], time.monotonic() + timeout
    while True:
        msg = client.get_iopub_msg(timeout=max(1.0, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind, content = msg["msg_type"], msg["content"]
        if kind == "stream" and content["name"] == "stdout":
            out.append(content["text"])
        elif kind == "error":
            raise RuntimeError(f"kernel error: {content['ename']}: {content['evalue']}")
        elif kind == "status" and content["execution_state"] == "idle":
            return "".join(out)


def run_class(students, seconds=60.0, notebooks="notebooks", seed=0):
    """Start ``students`` kernels at once, one simulated student each; return a JSON-ready dict.

    Student ``i`` works through the explorers of lesson ``i`` modulo the number of numbered
    lessons (``01_...`` onwards; the start notebook is an introduction). Kernels import the
    ``explainer`` package this process runs.
    """
    from jupyter_client import KernelManager

    paths = [p for p in sorted(Path(notebooks).glob("*.ipynb")) if not p.name.startswith("00_")]
    lessons = [names for names in map(lesson_explorers, paths) if names]
    if not lessons:
        raise ValueError(f"notebooks must hold lessons that show explorers; none in {notebooks}")
    package_root = str(Path(__file__).resolve().parents[1])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        p for p in (package_root, os.environ.get("PYTHONPATH", "")) if p), MPLBACKEND="Agg")
    kernels = []
    load_before = _load()
    # Kernels talk over local sockets in a folder of their own: many kernels started at once
    # on TCP can race for the same free port.
    sockets = tempfile.TemporaryDirectory(prefix="explainer-class-")
    try:
        for i in range(students):
            manager = KernelManager(kernel_name="python3", transport="ipc",
                                    ip=os.path.join(sockets.name, f"student-{i}"))
            manager.start_kernel(env=env)
            client = manager.client()
            client.start_channels()
            kernels.append((manager, client))
        for _, client in kernels:
            client.wait_for_ready(timeout=300)
        pending = []
        for i, (_, client) in enumerate(kernels):
            code = ("import json\nfrom explainer.bench import student_session\n"
                    f"print(json.dumps(student_session({lessons[i % len(lessons)]!r}, "
                    f"{float(seconds)!r}, {seed + i})))")
            pending.append((client, client.execute(code, store_history=False)))
        sessions = [json.loads(_collect(client, msg_id, timeout=seconds + 900))
                    for client, msg_id in pending]
    finally:
        for manager, client in kernels:
            client.stop_channels()
            manager.shutdown_kernel(now=True)
        sockets.cleanup()
    load_after = _load()
    latency = [t for s in sessions for t in s["latency_s"]]
    cpu = [t for s in sessions for t in s["cpu_s"]]
    return {
        "students": students,
        "seconds": seconds,
        "load_before": load_before,
        "load_after": load_after,
        "moves": len(latency),
        "moves_per_student_per_minute": round(len(latency) / students / seconds * 60, 1),
        "p50_ms": _percentile_ms(latency, 50) if latency else None,
        "p95_ms": _percentile_ms(latency, 95) if latency else None,
        "max_ms": _percentile_ms(latency, 100) if latency else None,
        "cpu_s_per_move": round(statistics.mean(cpu), 4) if cpu else None,
        "build_s_median": round(statistics.median(s["build_s"] for s in sessions), 2),
        "kernel_max_rss_mb_median": round(statistics.median(s["max_rss_mb"] for s in sessions), 1),
    }


def run_class_benchmark(sizes, seconds=60.0, notebooks="notebooks", seed=0):
    """:func:`run_class` for each class size in ``sizes``, one after the other."""
    sizes = [int(n) for n in sizes]
    if not sizes or min(sizes) < 1:
        raise ValueError(f"class sizes must be whole numbers >= 1; got {sizes}")
    if not seconds > 0:
        raise ValueError(f"seconds must be > 0; got {seconds}")
    return {"machine": machine(), "seconds": seconds,
            "classes": [run_class(n, seconds, notebooks, seed) for n in sizes]}
