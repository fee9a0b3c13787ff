"""Commands on the lessons themselves: ``check``, ``tidy``, ``translate``, ``bench``, ``data``."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .common import lessons, notebooks_dir, shown_path
from .progress import KernelLogFilter


def cmd_check(args):
    """Execute every notebook headless; print one pass/fail line with the time for each."""
    from ..notebooks import execute

    failures, total = 0, 0.0
    with KernelLogFilter() as log_filter:
        for path in lessons(args, args.lang):
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
            log_filter.flush()
            print(f"{status:4}  {seconds:6.1f} s  {shown_path(path, args.notebooks)}", flush=True)
    print(f"{'all pass' if not failures else f'{failures} failed'}; {total:.1f} s in total")
    return 1 if failures else 0


def cmd_tidy(args):
    """Execute notebooks and store them clean (only checked cells' text outputs)."""
    from ..notebooks import tidy

    paths = [Path(p) for p in args.paths] or lessons(args, getattr(args, "lang", "all"))
    with KernelLogFilter() as log_filter:
        for path in paths:
            seconds = tidy(path)
            log_filter.flush()
            print(f"tidied {path} ({seconds:.1f} s)", flush=True)
    return 0


def cmd_translate(args):
    """Update the translation catalogs and regenerate the Chinese edition, or only report."""
    from .. import translation

    root = Path(args.root).resolve()
    if not (root / "notebooks").is_dir():
        sys.exit(f"explainer: no notebooks folder under {root}; run this from the project "
                 "folder or pass --root PATH")
    project = translation.Project(root)
    if args.check:
        lines = translation.problems(project)
        for line in lines:
            print(line)
        print(f"{len(lines)} problem(s)" if lines else "the Chinese edition is complete and up to date")
        return 1 if lines else 0
    changed = translation.update(project)
    for path in changed:
        print(f"{'updated' if path.exists() else 'removed'} {path.relative_to(root)}", flush=True)
    stale = [p for p in changed if p.suffix == ".ipynb"]
    if stale and not args.no_execute:
        cmd_tidy(argparse.Namespace(paths=[str(p) for p in stale], notebooks=None))
    lines = translation.problems(project)
    print(f"{len(lines)} entr(y/ies) still to translate or check: run 'explainer translate "
          "--check' to list them" if lines else "the Chinese edition is complete and up to date")
    return 0


def cmd_bench(args):
    """Time slider moves, fast path against full redraw (or a class of kernels); print JSON."""
    from .. import bench

    if args.class_sizes:
        try:
            sizes = [int(n) for n in args.class_sizes.split(",")]
        except ValueError:
            sys.exit(f"explainer bench: --class takes whole numbers separated by commas, "
                     f"e.g. 1,2,5; got {args.class_sizes!r}")
        report = bench.run_class_benchmark(sizes, seconds=args.seconds,
                                           notebooks=notebooks_dir(args.notebooks), seed=args.seed)
        print(json.dumps(report, indent=2))
        return 0
    report = bench.run_benchmark(moves=args.moves, only=args.only or None, seed=args.seed)
    print(json.dumps(report, indent=2))
    return 0 if report["all_within_target"] else 1


def cmd_data(args):
    """List the shipped datasets with their provenance, verifying every checksum."""
    from .. import data, i18n

    i18n.set_language(args.lang)
    _ = i18n.gettext
    problems = 0
    for name, record, problem in data.audit():
        if problem is None:
            print(f"{name}: {_(record['title'])}")
            if args.lang != "en":
                print(f"    {_(record['description'])}")
            print("    " + _("{source} ({status}); checked {date}; sha256 ok").format(
                source=_(record["source"]), status=_(record["status"]), date=record["retrieved"]))
        else:
            problems += 1
            print(f"{name}: PROBLEM: {problem}")
    if problems:
        print(f"{problems} dataset problem(s) in {data.data_dir()}", file=sys.stderr)
        return 1
    return 0
