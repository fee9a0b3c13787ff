"""What the commands share: the lessons folder, the editions to write, the classroom extra and
the repository's address."""

from __future__ import annotations

import sys
from pathlib import Path

CLASSROOM_HINT = ("{command} needs the classroom tools ({missing} is not installed). Install them "
                  "with: python3 -m pip install -e '.[classroom]' (from the project folder)")

#: What only the ``classroom`` extra installs for ``export`` and ``slides``: their other
#: imports (nbconvert, bs4, jinja2) come with JupyterLab, so they prove nothing.
CLASSROOM_MODULES = ("latex2mathml",)


def notebooks_dir(path):
    """The lessons folder ``path`` (``--notebooks``); exit with a clear message if it is missing."""
    folder = Path(path)
    if not folder.is_dir():
        sys.exit(f"explainer: no notebooks folder at {folder.resolve()}; run this from the "
                 "project folder or pass --notebooks PATH")
    return folder


def lessons(args, lang="en"):
    """The lessons of edition ``lang`` (``en``, ``zh`` or ``all``) under ``--notebooks``."""
    from ..notebooks import find_notebooks

    return find_notebooks(notebooks_dir(args.notebooks), lang)


def shown_path(path, folder):
    """``path`` as the lines of ``check`` show it: relative to the lessons folder (``zh/NAME``)."""
    try:
        return Path(path).relative_to(Path(folder)).as_posix()
    except ValueError:
        return Path(path).name


def editions(args):
    """The editions a command writes: ``--lang`` (``all``: each one that has lessons)."""
    from ..i18n import ALL, LANGUAGES
    from ..notebooks import find_notebooks

    folder = notebooks_dir(args.notebooks)
    wanted = LANGUAGES if args.lang == ALL else (args.lang,)
    return [lang for lang in wanted if find_notebooks(folder, lang)]


def require_classroom(command, modules=CLASSROOM_MODULES):
    """Exit with the install command if a module of the ``classroom`` extra is missing."""
    import importlib.util

    for module in modules:
        if importlib.util.find_spec(module) is None:
            sys.exit("explainer: " + CLASSROOM_HINT.format(command=command, missing=module))


def repository(args, command, placeholder_means):
    """The ``--repo`` of ``command``, checked (by default ``[project.urls]``, see
    ``links.REPO_URL``); says on standard error what the placeholder address means."""
    from ..classroom.links import REPO_URL, check_repo_url, is_placeholder

    try:
        repo = check_repo_url(args.repo) if args.repo else REPO_URL
    except ValueError as err:
        sys.exit(f"{command}: --repo: {err}")
    if is_placeholder(repo):
        print(f"{command}: the repository is still the placeholder {repo} of [project.urls] "
              f"in pyproject.toml: {placeholder_means}; pass --repo URL of the class's "
              "repository", file=sys.stderr)
    return repo
