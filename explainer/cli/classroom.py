"""Commands that build classroom material from the lessons: ``student``, ``grader``,
``export``, ``slides``, ``figures``, ``apps``, ``links``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .common import editions, lessons, notebooks_dir, repository, require_classroom
from .progress import FrameProgress, KernelLogFilter, Progress


def cmd_student(args):
    """Write the student edition of every lesson (solution cells removed), in each language."""
    from ..classroom.student_edition import make_student_edition
    from ..i18n import edition_folder

    progress = Progress(len(lessons(args, args.lang)))
    written = []
    for lang in editions(args):
        written += make_student_edition(edition_folder(notebooks_dir(args.notebooks), lang),
                                        edition_folder(args.out, lang), progress=progress, lang=lang)
    print(f"wrote {len(written)} notebooks to {args.out} in {progress.elapsed:.1f} s")
    return 0


def cmd_grader(args):
    """Write one otter-grader autograder archive per lesson with exercises."""
    require_classroom("explainer grader", ("otter",))
    from ..classroom.grading import write_autograders
    from ..exercises import lessons as exercise_lessons

    progress = Progress(len(exercise_lessons()))
    written = write_autograders(Path(args.out), progress=progress)
    print(f"wrote {len(written)} autograder archives to {args.out} in {progress.elapsed:.1f} s; "
          f"grade a notebook with: otter run -a {written[0]} -o results/ NOTEBOOK.ipynb")
    return 0


def cmd_export(args):
    """Export every lesson, executed, to a static HTML site that works offline."""
    require_classroom("explainer export")
    from ..classroom.static_site import export_editions, site_size

    repo = repository(args, "explainer export", "the pages say so instead of linking to Binder")
    with KernelLogFilter() as log_filter:
        progress = Progress(len(lessons(args, args.lang)), log_filter)
        frames = FrameProgress()
        indexes = export_editions(notebooks_dir(args.notebooks), Path(args.out),
                                  langs=editions(args), progress=progress,
                                  frame_progress=frames, interactive=not args.frozen,
                                  repo_url=repo)
    size = site_size(args.out)
    print(f"wrote {' and '.join(str(i) for i in indexes)} in {progress.elapsed:.1f} s; "
          f"site {size / 1e6:.1f} MB"
          + (f" ({frames.summary()})" if frames.explorers else ""))
    return 0


def cmd_slides(args):
    """Export every lesson as a slide deck for the classroom."""
    require_classroom("explainer slides")
    from ..classroom.slides import REVEAL_FOLDER, copy_reveal, export_slides
    from ..i18n import edition_folder

    repo = repository(args, "explainer slides", "the decks say so instead of linking to Binder")
    written = []
    with KernelLogFilter() as log_filter:
        progress = Progress(len(lessons(args, args.lang)), log_filter)
        frames = FrameProgress()
        for lang in editions(args):
            prefix = None
            if lang != "en" and not os.environ.get("EXPLAINER_REVEAL_URL"):
                copy_reveal(args.out)  # one copy of reveal.js for both languages
                prefix = f"../{REVEAL_FOLDER}"
            written += export_slides(edition_folder(notebooks_dir(args.notebooks), lang),
                                     edition_folder(args.out, lang), progress=progress,
                                     reveal_url_prefix=prefix, interactive=not args.frozen,
                                     lang=lang, frame_progress=frames, repo_url=repo)
    print(f"wrote {len(written)} decks to {args.out} in {progress.elapsed:.1f} s")
    return 0


def cmd_figures(args):
    """Write every explorer's default figure as PNG and SVG, with its source line."""
    from ..classroom.figures import export_figures

    for path in export_figures(Path(args.out)):
        print(f"wrote {path}")
    return 0


def cmd_apps(args):
    """Write the projector-mode app notebook (one for every explorer); remove older apps."""
    from ..classroom.apps import APP_QUERY_HELP, write_apps

    app, *removed = write_apps(Path(args.out))
    print(f"wrote {app}")
    for path in removed:
        print(f"removed {path} (an app of an earlier release)")
    print(APP_QUERY_HELP.format(app=app))
    return 0


def cmd_links(args):
    """Print a Markdown table of Binder (and class hub) links for every lesson and app."""
    from ..classroom.links import lesson_links, links_markdown

    repo = repository(args, "explainer links", "these links open a repository that does not exist")
    try:
        rows = lesson_links(notebooks_dir(args.notebooks), args.hub, repo, args.branch,
                            args.binder)
    except ValueError as err:
        sys.exit(f"explainer links: {err}")
    sys.stdout.write(links_markdown(rows))
    return 0
