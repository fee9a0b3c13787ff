"""The command line's parser and ``main``: ``explainer COMMAND [options]``.

Options that several commands take are declared once, in parent parsers (argparse's
``parents=``): the lessons folder (``--notebooks``), the editions to write (``--lang``), the
repository's address (``--repo``) and the choice between moving and still figures on the
exported pages (``--frozen``).
"""

from __future__ import annotations

import argparse

from .. import __version__
from .classroom import cmd_apps, cmd_export, cmd_figures, cmd_grader, cmd_links, cmd_slides, cmd_student
from .lab import cmd_lab
from .lessons import cmd_bench, cmd_check, cmd_data, cmd_tidy, cmd_translate

NOTEBOOKS_HELP = "folder of the lesson notebooks (default: %(default)s)"
LANG_HELP = ("which edition: en (notebooks/), zh (the Chinese edition, notebooks/zh/) or all "
             "(default: %(default)s)")
REPO_HELP = ("public address of the class's repository, for the links to live notebooks on "
             "Binder (default: Repository in [project.urls] of pyproject.toml)")
FROZEN_HELP = ("show one figure per explorer instead of precomputed frames that move with the "
               "controls (faster, smaller)")


def _parent(*arguments):
    """A parent parser holding ``arguments``: ``(flags, keywords)`` pairs of ``add_argument``."""
    parent = argparse.ArgumentParser(add_help=False)
    for flags, keywords in arguments:
        parent.add_argument(*flags, **keywords)
    return parent


def build_parser():
    from ..classroom import apps as apps_module, links as links_module
    from ..i18n import language_choices

    lessons_folder = _parent((("--notebooks",), dict(default=links_module.NOTEBOOKS_DIR,
                                                     help=NOTEBOOKS_HELP)))
    each_edition = _parent((("--lang",), dict(choices=language_choices(allow_all=True),
                                              default="all", help=LANG_HELP)))
    repository = _parent((("--repo",), dict(default=None, metavar="URL", help=REPO_HELP)))
    pages = _parent((("--frozen",), dict(action="store_true", help=FROZEN_HELP)))

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

    def command(name, func, text, *parents):
        cmd = sub.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".",
                             parents=parents)
        cmd.set_defaults(func=func)
        return cmd

    lab = command("lab", cmd_lab, "open the lessons in JupyterLab (127.0.0.1, token login); "
                  "any --Option=value is passed on to JupyterLab", lessons_folder)
    lab.add_argument("--no-browser", action="store_true", help="do not open a browser tab")
    lab.add_argument("--port", type=int, default=0, help="port to listen on (default: Jupyter's, 8888 or the next free one)")
    lab.add_argument("--allow-root", action="store_true",
                     help="start even as root (only on a machine you can throw away; "
                          "in a container this is done for you)")
    lab.add_argument("--lang", choices=language_choices(), default="en",
                     help="language of the lessons: en (English) or zh (中文) (default: %(default)s)")

    check = command("check", cmd_check, "execute every notebook headless, one pass/fail line "
                    "with the time for each", lessons_folder, each_edition)
    check.add_argument("--timeout", type=int, default=300,
                       help="seconds a cell may run before it fails (default: %(default)s)")

    tidy = command("tidy", cmd_tidy, "execute notebooks and store them clean (only checked "
                   "text outputs)", lessons_folder)
    tidy.add_argument("paths", nargs="*", help="notebooks to tidy (default: every lesson)")
    tidy.add_argument("--lang", choices=language_choices(allow_all=True), default="all",
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

    bench = command("bench", cmd_bench, "time slider moves: fast path against full redraw per "
                    "explorer (or a class of kernels with --class), as JSON", lessons_folder)
    bench.add_argument("--moves", type=int, default=40,
                       help="student moves per explorer, each timed both ways (default: %(default)s)")
    bench.add_argument("--only", nargs="*", metavar="NAME", help="explorer names to measure (default: all)")
    bench.add_argument("--seed", type=int, default=0, help="seed of the simulated moves (default: %(default)s)")
    bench.add_argument("--class", dest="class_sizes", metavar="N[,N...]",
                       help="instead: start N kernels at once, each a student moving the sliders "
                            "of a lesson under --notebooks, for each N listed (e.g. 1,2,5,10,20)")
    bench.add_argument("--seconds", type=float, default=60.0,
                       help="with --class: how long each class works (default: %(default)s)")

    data_cmd = command("data", cmd_data, "list the shipped datasets and verify their checksums")
    data_cmd.add_argument("--lang", choices=language_choices(), default="en",
                          help="language of titles, descriptions and sources: en or zh (中文) "
                               "(default: %(default)s)")

    student = command("student", cmd_student, "write the student edition (solutions replaced "
                      "by answer cells)", lessons_folder, each_edition)
    student.add_argument("--out", default="student", help="folder to write (default: %(default)s; "
                         "the Chinese edition goes to OUT/zh)")

    grader = command("grader", cmd_grader, "write an otter-grader autograder archive per "
                     "lesson, to grade students' exercises with 'otter run'")
    grader.add_argument("--out", default="autograders", help="folder to write (default: %(default)s)")

    export = command("export", cmd_export, "export the lessons, executed, to a static HTML "
                     "site that opens offline (classroom tools)",
                     lessons_folder, each_edition, pages, repository)
    export.add_argument("--out", default="site", help="folder to write (default: %(default)s; "
                        "the Chinese edition goes to OUT/zh)")

    slides = command("slides", cmd_slides, "export each lesson as a reveal.js slide deck "
                     "(classroom tools)", lessons_folder, each_edition, pages, repository)
    slides.add_argument("--out", default="slides", help="folder to write (default: %(default)s; "
                        "the Chinese decks go to OUT/zh)")

    figures = command("figures", cmd_figures, "write every explorer's default figure as PNG "
                      "and SVG, with alt text and sources")
    figures.add_argument("--out", default="figures", help="folder to write (default: %(default)s)")

    apps = command("apps", cmd_apps, "write the projector-mode Voila app, one notebook that "
                   "shows any explorer (?explorer=NAME)")
    apps.add_argument("--out", default=str(apps_module.APPS_DIR),
                      help="folder of the app notebook (default: %(default)s)")

    links = command("links", cmd_links, "print Binder and class hub links for every lesson "
                    "and app, as a Markdown table", lessons_folder, repository)
    links.add_argument("--branch", default=links_module.BRANCH,
                       help="branch the links open (default: %(default)s)")
    links.add_argument("--hub", default=None,
                       help="class JupyterHub address, e.g. https://hub.example.edu "
                            "(adds nbgitpuller links)")
    links.add_argument("--binder", default=links_module.BINDER_URL,
                       help="Binder service (default: %(default)s)")
    return parser


def main(argv=None):
    """Run ``explainer`` with ``argv`` (default: the command line); return its exit code."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "lab":
        parser.error(f"unrecognised arguments: {' '.join(extra)}")
    args.jupyter_args = extra  # ``explainer lab`` passes any --Option=value on to JupyterLab
    return args.func(args)
