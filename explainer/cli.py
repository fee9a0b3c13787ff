"""Command line of the lessons: ``explainer lab | check | tidy | translate | bench | data | student
| grader | export | slides | figures | apps | links``. Run ``explainer COMMAND --help`` for a command's options."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

from . import __version__

START_NOTEBOOK = "00_start_here.ipynb"

#: Settings that keep JupyterLab from asking about, or fetching, the Jupyter news feed.
NEWS_OFF = {"@jupyterlab/apputils-extension:notification": {"checkForUpdates": False,
                                                            "fetchNews": "false"}}

#: Every kernel logs this when it starts; it says nothing the reader can act on.
KERNEL_NOISE = re.compile(r"Kernel is running over TCP without encryption")

CLASSROOM_HINT = ("{command} needs the classroom tools ({missing} is not installed). Install them "
                  "with: python3 -m pip install -e '.[classroom]' (from the project folder)")


def _notebooks_dir(path):
    folder = Path(path)
    if not folder.is_dir():
        sys.exit(f"explainer: no notebooks folder at {folder.resolve()}; run this from the "
                 "project folder or pass --notebooks PATH")
    return folder


#: What only the ``classroom`` extra installs for ``export`` and ``slides``: their other
#: imports (nbconvert, bs4, jinja2) come with JupyterLab, so they prove nothing.
CLASSROOM_MODULES = ("latex2mathml",)


def require_classroom(command, modules=CLASSROOM_MODULES):
    """Exit with the install command if a module of the ``classroom`` extra is missing."""
    import importlib.util

    for module in modules:
        if importlib.util.find_spec(module) is None:
            sys.exit("explainer: " + CLASSROOM_HINT.format(command=command, missing=module))


class KernelLogFilter:
    """Send file descriptor 2 through a temporary file while kernels run, minus their noise.

    Kernels started by nbclient write their log to the parent's standard error, and every one
    warns that it "is running over TCP without encryption" (it listens on 127.0.0.1 only).
    Inside the ``with`` block standard error goes to a temporary file; :meth:`flush` copies
    every line except that warning to the real standard error. Where ``os.pread`` is missing
    (Windows) nothing is filtered.
    """

    def __init__(self, noise=KERNEL_NOISE):
        self.noise = noise
        self._file = None

    def __enter__(self):
        if not hasattr(os, "pread"):
            return self
        sys.stderr.flush()
        self._file = tempfile.TemporaryFile()
        self._saved = os.dup(2)
        self._offset = 0
        self._pending = b""
        os.dup2(self._file.fileno(), 2)
        return self

    def flush(self):
        """Copy what was written since the last call, without the noise lines."""
        if self._file is None:
            return
        with contextlib.suppress(ValueError, OSError):
            sys.stderr.flush()
        while True:
            chunk = os.pread(self._file.fileno(), 1 << 16, self._offset)
            if not chunk:
                break
            self._offset += len(chunk)
            self._pending += chunk
        *lines, self._pending = self._pending.split(b"\n")
        kept = [line + b"\n" for line in lines if not self.noise.search(line.decode(errors="replace"))]
        if kept:
            os.write(self._saved, b"".join(kept))

    def __exit__(self, *exc):
        if self._file is None:
            return False
        self.flush()
        if self._pending and not self.noise.search(self._pending.decode(errors="replace")):
            os.write(self._saved, self._pending)
        os.dup2(self._saved, 2)
        os.close(self._saved)
        self._file.close()
        self._file = None
        return False


class Progress:
    """Print one line per lesson, ``[i/n]  seconds  name``, flushing kernel logs first."""

    def __init__(self, total, log_filter=None):
        self.total, self.count = total, 0
        self.log_filter = log_filter
        self.start = self.last = time.perf_counter()

    def __call__(self, path, seconds=None):
        now = time.perf_counter()
        seconds = now - self.last if seconds is None else seconds
        self.last = now
        self.count += 1
        if self.log_filter is not None:
            self.log_filter.flush()
        print(f"[{self.count}/{self.total}] {seconds:6.1f} s  {path}", flush=True)

    @property
    def elapsed(self):
        return time.perf_counter() - self.start


def _lessons(args, lang="en"):
    """The lessons of edition ``lang`` (``en``, ``zh`` or ``all``) under ``--notebooks``."""
    from .notebooks import find_notebooks

    return find_notebooks(_notebooks_dir(args.notebooks), lang)


def _shown(path, folder):
    """``path`` as the lines of ``check`` show it: relative to the lessons folder (``zh/NAME``)."""
    try:
        return Path(path).relative_to(Path(folder)).as_posix()
    except ValueError:
        return Path(path).name


# --- explainer lab -------------------------------------------------------------------------

def running_as_root():
    """Whether this process runs as the superuser (never on Windows)."""
    return hasattr(os, "geteuid") and os.geteuid() == 0


def in_container(root="/"):
    """Whether this looks like a Docker/Podman/Kubernetes container (marker files or cgroup)."""
    root = Path(root)
    if (root / ".dockerenv").exists() or (root / "run" / ".containerenv").exists():
        return True
    try:
        cgroup = (root / "proc" / "1" / "cgroup").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return bool(re.search(r"docker|containerd|kubepods|libpod|podman|lxc", cgroup))


def wants_root(jupyter_args):
    """Whether the extra JupyterLab arguments already allow running as root."""
    return any(arg == "--allow-root" or re.match(r"--(ServerApp|NotebookApp)\.allow_root=(True|true|1)$", arg)
               for arg in jupyter_args)


def root_decision(is_root, container, allowed):
    """Return ``(add_allow_root, message)`` for ``explainer lab``; message None means silent.

    Raises
    ------
    SystemExit
        When running as root outside a container without ``--allow-root``: JupyterLab would
        stop with a bare "Running as root is not recommended".
    """
    if not is_root or allowed:
        return False, None
    if container:
        return True, ("explainer lab: running as root inside a container, so JupyterLab is "
                      "started with --allow-root")
    sys.exit("explainer lab: you are logged in as root, and JupyterLab will not start as root "
             "(anyone who reaches the server could run commands as root). Run it as an "
             "ordinary user, or, on a machine you can throw away, with: explainer lab --allow-root")


def default_app_settings_dir():
    """JupyterLab's own application settings folder (where an admin's overrides.json lives)."""
    from jupyterlab.commands import get_app_dir

    return Path(get_app_dir()) / "settings"


def prepare_app_settings(target, source=None):
    """Fill ``target`` as JupyterLab's application settings folder for the lessons.

    Copies what ``source`` (JupyterLab's own settings folder) holds, so that settings made by
    an administrator still apply, then sets :data:`NEWS_OFF` in ``overrides.json``: no prompt
    about Jupyter news, no request to a news or update server. The user's own settings
    (``~/.jupyter/lab/user-settings``) are neither read nor written. Returns the path of
    ``overrides.json``.
    """
    import shutil

    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    source = Path(source) if source is not None else default_app_settings_dir()
    if source.is_dir():
        shutil.copytree(source, target, dirs_exist_ok=True)
    overrides_path = target / "overrides.json"
    overrides = {}
    if overrides_path.exists():
        with contextlib.suppress(ValueError):
            overrides = json.loads(overrides_path.read_text(encoding="utf-8"))
    for plugin, values in NEWS_OFF.items():
        overrides.setdefault(plugin, {}).update(values)
    overrides_path.write_text(json.dumps(overrides, indent=2) + "\n", encoding="utf-8")
    return overrides_path


def lab_argv(folder, settings_dir, *, no_browser=False, port=0, allow_root=False, lang="en"):
    """Return the JupyterLab arguments of ``explainer lab`` (localhost only; token kept).

    With ``lang="zh"`` JupyterLab opens the Chinese start notebook (``notebooks/zh/``).
    """
    folder = Path(folder).resolve()
    start = f"{folder.name}/{START_NOTEBOOK}" if lang == "en" else f"{folder.name}/{lang}/{START_NOTEBOOK}"
    argv = [
        f"--ServerApp.root_dir={folder.parent}",
        "--ServerApp.ip=127.0.0.1",
        f"--LabApp.default_url=/lab/tree/{start}",
        f"--LabApp.app_settings_dir={settings_dir}",
    ]
    if no_browser:
        argv.append("--no-browser")
    if port:
        argv.append(f"--port={port}")
    if allow_root:
        argv.append("--allow-root")
    return argv


def cmd_lab(args):
    """Open JupyterLab at the start notebook (localhost only, token authentication kept)."""
    folder = _notebooks_dir(args.notebooks)
    if args.lang != "en" and not (folder / args.lang / START_NOTEBOOK).exists():
        sys.exit(f"explainer: no {args.lang} edition at {(folder / args.lang).resolve()}; "
                 "run 'explainer translate' from the project folder")
    os.environ["EXPLAINER_LANG"] = args.lang  # kernels started by this server inherit it
    add_root, message = root_decision(running_as_root(), in_container(),
                                      args.allow_root or wants_root(args.jupyter_args))
    if message:
        print(message, file=sys.stderr)
    from jupyterlab.labapp import main as lab_main

    with tempfile.TemporaryDirectory(prefix="explainer-lab-settings-") as settings:
        prepare_app_settings(settings)
        argv = lab_argv(folder, settings, no_browser=args.no_browser, port=args.port,
                        allow_root=add_root or args.allow_root, lang=args.lang)
        sys.argv = ["jupyter-lab", *argv, *args.jupyter_args]
        return lab_main()


# --- long commands: one line per lesson ----------------------------------------------------

def cmd_check(args):
    """Execute every notebook headless; print one pass/fail line with the time for each."""
    from .notebooks import execute

    failures, total = 0, 0.0
    with KernelLogFilter() as log_filter:
        for path in _lessons(args, args.lang):
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
            print(f"{status:4}  {seconds:6.1f} s  {_shown(path, args.notebooks)}", flush=True)
    print(f"{'all pass' if not failures else f'{failures} failed'}; {total:.1f} s in total")
    return 1 if failures else 0


def cmd_tidy(args):
    """Execute notebooks and store them clean (only checked cells' text outputs)."""
    from .notebooks import tidy

    paths = [Path(p) for p in args.paths] or _lessons(args, getattr(args, "lang", "all"))
    with KernelLogFilter() as log_filter:
        for path in paths:
            seconds = tidy(path)
            log_filter.flush()
            print(f"tidied {path} ({seconds:.1f} s)", flush=True)
    return 0


def cmd_translate(args):
    """Update the translation catalogs and regenerate the Chinese edition, or only report."""
    from . import translation

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
    """Measure explorer update latency next to a new-figure-per-update baseline; print JSON."""
    from .bench import run_benchmark

    report = run_benchmark(steps=args.steps, baseline_steps=args.baseline_steps,
                           only=args.only or None)
    print(json.dumps(report, indent=2))
    return 0 if report["all_within_target"] else 1


def cmd_data(args):
    """List the shipped datasets with their provenance, verifying every checksum."""
    from . import data, i18n

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


def _editions(args):
    """The editions a command writes: ``--lang`` (``all``: each one that has lessons)."""
    from .i18n import ALL, LANGUAGES
    from .notebooks import find_notebooks

    folder = _notebooks_dir(args.notebooks)
    wanted = LANGUAGES if args.lang == ALL else (args.lang,)
    return [lang for lang in wanted if find_notebooks(folder, lang)]


def cmd_student(args):
    """Write the student edition of every lesson (solution cells removed), in each language."""
    from .classroom.student_edition import make_student_edition
    from .i18n import edition_folder

    progress = Progress(len(_lessons(args, args.lang)))
    written = []
    for lang in _editions(args):
        written += make_student_edition(edition_folder(_notebooks_dir(args.notebooks), lang),
                                        edition_folder(args.out, lang), progress=progress, lang=lang)
    print(f"wrote {len(written)} notebooks to {args.out} in {progress.elapsed:.1f} s")
    return 0


def cmd_grader(args):
    """Write one otter-grader autograder archive per lesson with exercises."""
    require_classroom("explainer grader", ("otter",))
    from .classroom.grading import write_autograders
    from .exercises import lessons

    progress = Progress(len(lessons()))
    written = write_autograders(Path(args.out), progress=progress)
    print(f"wrote {len(written)} autograder archives to {args.out} in {progress.elapsed:.1f} s; "
          f"grade a notebook with: otter run -a {written[0]} -o results/ NOTEBOOK.ipynb")
    return 0


def _repo(args, command, placeholder_means):
    """The ``--repo`` of ``command``, checked (by default ``[project.urls]``, see
    ``links.REPO_URL``); says on standard error what the placeholder address means."""
    from .classroom.links import REPO_URL, check_repo_url, is_placeholder

    try:
        repo = check_repo_url(args.repo) if args.repo else REPO_URL
    except ValueError as err:
        sys.exit(f"{command}: --repo: {err}")
    if is_placeholder(repo):
        print(f"{command}: the repository is still the placeholder {repo} of [project.urls] "
              f"in pyproject.toml: {placeholder_means}; pass --repo URL of the class's "
              "repository", file=sys.stderr)
    return repo


def cmd_export(args):
    """Export every lesson, executed, to a static HTML site that works offline."""
    require_classroom("explainer export")
    from .classroom.static_site import export_editions, site_size

    repo = _repo(args, "explainer export", "the pages say so instead of linking to Binder")
    with KernelLogFilter() as log_filter:
        progress = Progress(len(_lessons(args, args.lang)), log_filter)
        frames = FrameProgress()
        indexes = export_editions(_notebooks_dir(args.notebooks), Path(args.out),
                                  langs=_editions(args), progress=progress,
                                  frame_progress=frames, interactive=not args.frozen,
                                  repo_url=repo)
    size = site_size(args.out)
    print(f"wrote {' and '.join(str(i) for i in indexes)} in {progress.elapsed:.1f} s; "
          f"site {size / 1e6:.1f} MB"
          + (f" ({frames.summary()})" if frames.explorers else ""))
    return 0


class FrameProgress:
    """Print one line per explorer when its frames are drawn (or reused from the cache)."""

    def __init__(self):
        self.explorers = self.frames = self.reused = 0
        self.start = time.perf_counter()

    def __call__(self, name, done, total, cached=False):
        now = time.perf_counter()
        if done == 0:
            self.start = now
        if done != total:
            return
        self.explorers += 1
        self.frames += total
        self.reused += bool(cached)
        how = "reused" if cached else f"drawn in {now - self.start:5.1f} s"
        print(f"  frames  {total:4d} {how}  {name}", flush=True)

    def summary(self):
        return (f"{self.explorers} explorers, {self.frames} frames, "
                f"{self.reused} explorers reused from the cache")


def cmd_slides(args):
    """Export every lesson as a slide deck for the classroom."""
    require_classroom("explainer slides")
    from .classroom.slides import REVEAL_FOLDER, copy_reveal, export_slides
    from .i18n import edition_folder

    repo = _repo(args, "explainer slides", "the decks say so instead of linking to Binder")
    written = []
    with KernelLogFilter() as log_filter:
        progress = Progress(len(_lessons(args, args.lang)), log_filter)
        frames = FrameProgress()
        for lang in _editions(args):
            prefix = None
            if lang != "en" and not os.environ.get("EXPLAINER_REVEAL_URL"):
                copy_reveal(args.out)  # one copy of reveal.js for both languages
                prefix = f"../{REVEAL_FOLDER}"
            written += export_slides(edition_folder(_notebooks_dir(args.notebooks), lang),
                                     edition_folder(args.out, lang), progress=progress,
                                     reveal_url_prefix=prefix, interactive=not args.frozen,
                                     lang=lang, frame_progress=frames, repo_url=repo)
    print(f"wrote {len(written)} decks to {args.out} in {progress.elapsed:.1f} s")
    return 0


def cmd_figures(args):
    """Write every explorer's default figure as PNG and SVG, with its source line."""
    from .classroom.figures import export_figures

    for path in export_figures(Path(args.out)):
        print(f"wrote {path}")
    return 0


def cmd_apps(args):
    """Write the projector-mode app notebook (one for every explorer); remove older apps."""
    from .classroom.apps import APP_QUERY_HELP, write_apps

    app, *removed = write_apps(Path(args.out))
    print(f"wrote {app}")
    for path in removed:
        print(f"removed {path} (an app of an earlier release)")
    print(APP_QUERY_HELP.format(app=app))
    return 0


def cmd_links(args):
    """Print a Markdown table of Binder (and class hub) links for every lesson and app."""
    from .classroom.links import lesson_links, links_markdown

    repo = _repo(args, "explainer links", "these links open a repository that does not exist")
    try:
        rows = lesson_links(_notebooks_dir(args.notebooks), args.hub, repo, args.branch,
                            args.binder)
    except ValueError as err:
        sys.exit(f"explainer links: {err}")
    sys.stdout.write(links_markdown(rows))
    return 0


NOTEBOOKS_HELP = "folder of the lesson notebooks (default: %(default)s)"
LANG_HELP = ("which edition: en (notebooks/), zh (the Chinese edition, notebooks/zh/) or all "
             "(default: %(default)s)")
REPO_HELP = ("public address of the class's repository, for the links to live notebooks on "
             "Binder (default: Repository in [project.urls] of pyproject.toml)")


def build_parser():
    from .classroom import apps as apps_module, links as links_module
    from .i18n import language_choices

    editions = language_choices(allow_all=True)
    parser = argparse.ArgumentParser(
        prog="explainer",
        description="Lessons on new quality productive forces: open them in JupyterLab, check "
                    "them, and build classroom material from them. Run 'explainer COMMAND "
                    "--help' for a command's options.",
        epilog="Commands that export or project (export, slides, Voila) need the classroom "
               "tools: python3 -m pip install -e '.[classroom]'.")
    parser.add_argument("--version", action="version", version=f"explainer {__version__}",
                        help="print the version and exit")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name, func, text):
        cmd = sub.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        cmd.set_defaults(func=func)
        return cmd

    lab = command("lab", cmd_lab, "open the lessons in JupyterLab (127.0.0.1, token login); "
                  "any --Option=value is passed on to JupyterLab")
    lab.add_argument("--notebooks", default="notebooks", help=NOTEBOOKS_HELP)
    lab.add_argument("--no-browser", action="store_true", help="do not open a browser tab")
    lab.add_argument("--port", type=int, default=0, help="port to listen on (default: Jupyter's, 8888 or the next free one)")
    lab.add_argument("--allow-root", action="store_true",
                     help="start even as root (only on a machine you can throw away; "
                          "in a container this is done for you)")

    lab.add_argument("--lang", choices=language_choices(), default="en",
                     help="language of the lessons: en (English) or zh (中文) (default: %(default)s)")

    check = command("check", cmd_check, "execute every notebook headless, one pass/fail line "
                    "with the time for each")
    check.add_argument("--notebooks", default="notebooks", help=NOTEBOOKS_HELP)
    check.add_argument("--timeout", type=int, default=300,
                       help="seconds a cell may run before it fails (default: %(default)s)")
    check.add_argument("--lang", choices=editions, default="all", help=LANG_HELP)

    tidy = command("tidy", cmd_tidy, "execute notebooks and store them clean (only checked "
                   "text outputs)")
    tidy.add_argument("paths", nargs="*", help="notebooks to tidy (default: every lesson)")
    tidy.add_argument("--notebooks", default="notebooks", help=NOTEBOOKS_HELP)
    tidy.add_argument("--lang", choices=editions, default="all",
                      help=LANG_HELP + "; ignored when notebooks are named")

    translate = command("translate", cmd_translate, "update the Chinese translation catalogs "
                        "from the English text and regenerate the Chinese edition")
    translate.add_argument("--check", action="store_true",
                           help="write nothing; list missing, fuzzy and out-of-date "
                                "translations and fail if there are any")
    translate.add_argument("--no-execute", action="store_true",
                           help="do not re-run the regenerated Chinese notebooks to store "
                                "their checked outputs")
    translate.add_argument("--root", default=".", help="project folder (default: the current one)")

    bench = command("bench", cmd_bench, "measure explorer update latency, as JSON")
    bench.add_argument("--steps", type=int, default=40,
                       help="updates per control sweep (default: %(default)s)")
    bench.add_argument("--baseline-steps", type=int, default=10,
                       help="updates of the new-figure-per-update baseline (default: %(default)s)")
    bench.add_argument("--only", nargs="*", metavar="NAME", help="explorer names to measure (default: all)")

    data_cmd = command("data", cmd_data, "list the shipped datasets and verify their checksums")
    data_cmd.add_argument("--lang", choices=language_choices(), default="en",
                          help="language of titles, descriptions and sources: en or zh (中文) "
                               "(default: %(default)s)")

    student = command("student", cmd_student, "write the student edition (solutions replaced "
                      "by answer cells)")
    student.add_argument("--notebooks", default="notebooks", help=NOTEBOOKS_HELP)
    student.add_argument("--out", default="student", help="folder to write (default: %(default)s; "
                         "the Chinese edition goes to OUT/zh)")
    student.add_argument("--lang", choices=editions, default="all", help=LANG_HELP)

    grader = command("grader", cmd_grader, "write an otter-grader autograder archive per "
                     "lesson, to grade students' exercises with 'otter run'")
    grader.add_argument("--out", default="autograders", help="folder to write (default: %(default)s)")

    export = command("export", cmd_export, "export the lessons, executed, to a static HTML "
                     "site that opens offline (classroom tools)")
    export.add_argument("--notebooks", default="notebooks", help=NOTEBOOKS_HELP)
    export.add_argument("--out", default="site", help="folder to write (default: %(default)s; "
                        "the Chinese edition goes to OUT/zh)")
    export.add_argument("--lang", choices=editions, default="all", help=LANG_HELP)
    export.add_argument("--frozen", action="store_true",
                        help="show one figure per explorer instead of precomputed frames that "
                             "move with the controls (faster, smaller)")
    export.add_argument("--repo", default=None, metavar="URL", help=REPO_HELP)

    slides = command("slides", cmd_slides, "export each lesson as a reveal.js slide deck "
                     "(classroom tools)")
    slides.add_argument("--notebooks", default="notebooks", help=NOTEBOOKS_HELP)
    slides.add_argument("--out", default="slides", help="folder to write (default: %(default)s; "
                        "the Chinese decks go to OUT/zh)")
    slides.add_argument("--lang", choices=editions, default="all", help=LANG_HELP)
    slides.add_argument("--frozen", action="store_true",
                        help="show one figure per explorer instead of controls that move "
                             "precomputed frames (faster, smaller)")
    slides.add_argument("--repo", default=None, metavar="URL", help=REPO_HELP)

    figures = command("figures", cmd_figures, "write every explorer's default figure as PNG "
                      "and SVG, with alt text and sources")
    figures.add_argument("--out", default="figures", help="folder to write (default: %(default)s)")

    apps = command("apps", cmd_apps, "write the projector-mode Voila app, one notebook that "
                   "shows any explorer (?explorer=NAME)")
    apps.add_argument("--out", default=str(apps_module.APPS_DIR),
                      help="folder of the app notebook (default: %(default)s)")

    links = command("links", cmd_links, "print Binder and class hub links for every lesson "
                    "and app, as a Markdown table")
    links.add_argument("--notebooks", default=links_module.NOTEBOOKS_DIR, help=NOTEBOOKS_HELP)
    links.add_argument("--repo", default=None, metavar="URL", help=REPO_HELP)
    links.add_argument("--branch", default=links_module.BRANCH,
                       help="branch the links open (default: %(default)s)")
    links.add_argument("--hub", default=None,
                       help="class JupyterHub address, e.g. https://hub.example.edu "
                            "(adds nbgitpuller links)")
    links.add_argument("--binder", default=links_module.BINDER_URL,
                       help="Binder service (default: %(default)s)")
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
