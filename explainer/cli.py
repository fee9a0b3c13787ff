"""Command line: ``explainer lab | check | tidy | bench | data``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

START_NOTEBOOK = "00_start_here.ipynb"


def _notebooks_dir(path):
    folder = Path(path)
    if not folder.is_dir():
        sys.exit(f"explainer: no notebooks folder at {folder.resolve()}; run this from the "
                 "project folder or pass --notebooks PATH")
    return folder


def cmd_lab(args):
    """Open JupyterLab at the start notebook (localhost only, token authentication kept)."""
    from jupyterlab.labapp import main as lab_main

    folder = _notebooks_dir(args.notebooks)
    argv = [
        f"--ServerApp.root_dir={folder.resolve().parent}",
        "--ServerApp.ip=127.0.0.1",
        f"--LabApp.default_url=/lab/tree/{folder.name}/{START_NOTEBOOK}",
    ]
    if args.no_browser:
        argv.append("--no-browser")
    if args.port:
        argv.append(f"--port={args.port}")
    sys.argv = ["jupyter-lab", *argv, *args.jupyter_args]
    return lab_main()


def cmd_check(args):
    """Execute every notebook headless; print one pass/fail line with the time for each."""
    from .notebooks import execute, find_notebooks

    import time

    failures, total = 0, 0.0
    for path in find_notebooks(_notebooks_dir(args.notebooks)):
        start = time.perf_counter()
        try:
            execute(path, timeout=args.timeout)
            status = "pass"
        except Exception as err:  # report every failure, keep going
            name = getattr(err, "ename", None) or type(err).__name__
            value = getattr(err, "evalue", None) or (str(err).splitlines() or [""])[0]
            status = f"FAIL ({name}: {value})"
            failures += 1
        seconds = time.perf_counter() - start
        total += seconds
        print(f"{status:4}  {seconds:6.1f} s  {path.name}", flush=True)
    print(f"{'all pass' if not failures else f'{failures} failed'}; {total:.1f} s in total")
    return 1 if failures else 0


def cmd_tidy(args):
    """Execute notebooks and store them clean (only checked cells' text outputs)."""
    from .notebooks import find_notebooks, tidy

    paths = [Path(p) for p in args.paths] or find_notebooks(_notebooks_dir(args.notebooks))
    for path in paths:
        seconds = tidy(path)
        print(f"tidied {path} ({seconds:.1f} s)")
    return 0


def cmd_bench(args):
    """Measure explorer update latency next to a new-figure-per-update baseline; print JSON."""
    from .bench import run_benchmark

    report = run_benchmark(steps=args.steps, baseline_steps=args.baseline_steps,
                           only=args.only or None)
    print(json.dumps(report, indent=2))
    return 0 if report["all_within_target"] else 1


def cmd_data(args):
    """List the shipped datasets with their provenance, verifying every checksum."""
    from . import data

    problems = 0
    for name, record, problem in data.audit():
        if problem is None:
            print(f"{name}: {record['title']}\n    {record['source']} ({record['status']}); "
                  f"checked {record['retrieved']}; sha256 ok")
        else:
            problems += 1
            print(f"{name}: PROBLEM: {problem}")
    if problems:
        print(f"{problems} dataset problem(s) in {data.data_dir()}", file=sys.stderr)
        return 1
    return 0


def cmd_student(args):
    """Write the student edition of every lesson (solution cells removed)."""
    from .classroom.student_edition import make_student_edition

    for path in make_student_edition(_notebooks_dir(args.notebooks), Path(args.out)):
        print(f"wrote {path}")
    return 0


def cmd_export(args):
    """Export every lesson, executed, to a static HTML site that works offline."""
    from .classroom.static_site import export_site

    index = export_site(_notebooks_dir(args.notebooks), Path(args.out))
    print(f"wrote {index}")
    return 0


def cmd_slides(args):
    """Export every lesson as a slide deck for the classroom."""
    from .classroom.slides import export_slides

    for path in export_slides(_notebooks_dir(args.notebooks), Path(args.out)):
        print(f"wrote {path}")
    return 0


def cmd_figures(args):
    """Write every explorer's default figure as PNG and SVG, with its source line."""
    from .classroom.figures import export_figures

    for path in export_figures(Path(args.out)):
        print(f"wrote {path}")
    return 0


def build_parser():
    parser = argparse.ArgumentParser(prog="explainer", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    lab = sub.add_parser("lab", help="open the lessons in JupyterLab")
    lab.add_argument("--notebooks", default="notebooks")
    lab.add_argument("--no-browser", action="store_true")
    lab.add_argument("--port", type=int, default=0)
    lab.set_defaults(func=cmd_lab)

    check = sub.add_parser("check", help="execute every notebook headless")
    check.add_argument("--notebooks", default="notebooks")
    check.add_argument("--timeout", type=int, default=300)
    check.set_defaults(func=cmd_check)

    tidy = sub.add_parser("tidy", help="execute notebooks and store them clean")
    tidy.add_argument("paths", nargs="*")
    tidy.add_argument("--notebooks", default="notebooks")
    tidy.set_defaults(func=cmd_tidy)

    bench = sub.add_parser("bench", help="measure explorer update latency (JSON)")
    bench.add_argument("--steps", type=int, default=40, help="updates per control sweep")
    bench.add_argument("--baseline-steps", type=int, default=10)
    bench.add_argument("--only", nargs="*", help="explorer names to measure")
    bench.set_defaults(func=cmd_bench)

    student = sub.add_parser("student", help="write the student edition (no solutions)")
    student.add_argument("--notebooks", default="notebooks")
    student.add_argument("--out", default="student")
    student.set_defaults(func=cmd_student)

    export = sub.add_parser("export", help="export the lessons to a static HTML site")
    export.add_argument("--notebooks", default="notebooks")
    export.add_argument("--out", default="site")
    export.set_defaults(func=cmd_export)

    slides = sub.add_parser("slides", help="export each lesson as slides")
    slides.add_argument("--notebooks", default="notebooks")
    slides.add_argument("--out", default="slides")
    slides.set_defaults(func=cmd_slides)

    figures = sub.add_parser("figures", help="write every explorer's default figure (PNG, SVG)")
    figures.add_argument("--out", default="figures")
    figures.set_defaults(func=cmd_figures)

    data = sub.add_parser("data", help="list datasets and verify checksums")
    data.set_defaults(func=cmd_data)
    return parser


def main(argv=None):
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "lab":
        parser.error(f"unrecognised arguments: {' '.join(extra)}")
    args.jupyter_args = extra  # ``explainer lab`` passes any --Option=value on to JupyterLab
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
