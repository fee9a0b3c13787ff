"""Links that open each lesson: on Binder, or on a class JupyterHub through nbgitpuller.

The repository's public address comes from one place, ``Repository`` in the
``[project.urls]`` table of ``pyproject.toml``, read from the installed package's metadata
(:func:`repository_url`; :data:`REPO_URL` holds it). Until the repository is published it is
the placeholder ``https://github.com/OWNER/explainer``: pages exported then show a note
instead of a live link that would lead nowhere (:func:`live_link`). Pass ``repo_url=`` to
every function, or ``--repo`` to ``explainer links | export | slides``, for a class's own
repository or fork::

    explainer links --repo https://github.com/OWNER/explainer --hub https://hub.example.edu

prints a Markdown table with a Binder link and an nbgitpuller link for every lesson and every
explorer's projector app, in English and then in Chinese (the lessons of ``notebooks/zh/``
and the apps with ``&lang=zh``, marked 中文). Every app is the one app notebook
``notebooks/apps/explorer.ipynb`` opened in Voilà with the explorer in its address
(``?explorer=NAME``, see :mod:`explainer.classroom.apps`).

Every query value is percent-encoded with :func:`urllib.parse.urlencode`, including the
``urlpath`` that nbgitpuller passes on after pulling: a raw ``/``, ``&``, ``#`` or space there
would be read as part of the outer link. Decoding a link's query gives back exactly the
values that went in (the tests check this).
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from urllib.parse import quote, urlencode, urlsplit

#: The address ``[project.urls]`` holds until the repository is published.
PLACEHOLDER_REPO_URL = "https://github.com/OWNER/explainer"
#: The distribution whose metadata names the repository.
DISTRIBUTION = "explainer"


def _pyproject_repository():
    """``Repository`` of ``[project.urls]`` in the source tree's ``pyproject.toml``, or ``None``."""
    path = Path(__file__).resolve().parents[2] / "pyproject.toml"
    try:
        import tomllib

        project = tomllib.loads(path.read_text(encoding="utf-8")).get("project", {})
    except (ImportError, OSError, ValueError):  # Python 3.10, no source tree, a broken file
        return None
    if project.get("name") != DISTRIBUTION:
        return None
    return project.get("urls", {}).get("Repository")


def repository_url():
    """Return the repository's public address, as ``[project.urls]`` of ``pyproject.toml`` has it.

    Read from the installed package's metadata (``Project-URL: Repository, ...``); without it
    (the package imported from a source tree that was never installed, or installed before
    the table had the entry) from the ``pyproject.toml`` beside the package; failing both,
    :data:`PLACEHOLDER_REPO_URL`. After changing the table, reinstall the package
    (``pip install -e .``) or pass the address with ``--repo``.
    """
    from importlib import metadata

    try:
        entries = metadata.metadata(DISTRIBUTION).get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        entries = []
    for entry in entries:
        label, _, url = entry.partition(",")
        if label.strip().lower() == "repository" and url.strip():
            return url.strip()
    return _pyproject_repository() or PLACEHOLDER_REPO_URL


def is_placeholder(repo_url):
    """Whether ``repo_url`` is still the placeholder (its path names the owner ``OWNER``)."""
    return "OWNER" in urlsplit(repo_url).path.split("/")


#: The repository's public address (see :func:`repository_url`).
REPO_URL = repository_url()
#: Branch the links open.
BRANCH = "main"
#: The public Binder service.
BINDER_URL = "https://mybinder.org"
#: Folder of the lessons inside the repository.
NOTEBOOKS_DIR = "notebooks"


def repo_folder(repo_url=REPO_URL):
    """Return the folder nbgitpuller clones ``repo_url`` into: the repository's name."""
    path = urlsplit(repo_url).path.rstrip("/")
    name = PurePosixPath(path).name
    if name.endswith(".git"):
        name = name[:-4]
    if not name:
        raise ValueError(f"repo_url must end with the repository's name; got {repo_url!r}")
    return name


def _check_http(url, what):
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{what} must be an http(s) address such as https://hub.example.edu; got {url!r}")
    return url.rstrip("/")


def check_repo_url(repo_url):
    """Return ``repo_url`` without a trailing ``/``; a ``ValueError`` unless it is an http(s)
    address ending in the repository's name."""
    repo_url = _check_http(repo_url, "repo_url")
    repo_folder(repo_url)
    return repo_url


def live_link(path_in_repo, repo_url=None, branch=BRANCH):
    """Return ``(link, note)`` for a page's link to the live notebook ``path_in_repo`` on Binder.

    With a real repository (``repo_url``, by default :data:`REPO_URL`) the link is
    :func:`binder_link`'s and the note empty. With the placeholder there is no link (it
    would open a 404) and the note, in the current language, says how to get one.
    """
    repo_url = repo_url or REPO_URL
    if is_placeholder(repo_url):
        from ..i18n import _

        return None, _("Set --repo to your class's repository to get a live Binder link.")
    return binder_link(path_in_repo, repo_url, branch), ""


def lab_urlpath(path_in_repo, prefix=""):
    """Return the JupyterLab ``urlpath`` that opens ``path_in_repo`` (e.g. ``lab/tree/notebooks/x.ipynb``)."""
    parts = [p for p in (prefix, str(PurePosixPath(path_in_repo))) if p]
    return "lab/tree/" + "/".join(parts)


def voila_urlpath(path_in_repo, prefix=""):
    """Return the ``urlpath`` that renders ``path_in_repo`` with Voilà (``voila/render/...``)."""
    parts = [p for p in (prefix, str(PurePosixPath(path_in_repo))) if p]
    return "voila/render/" + "/".join(parts)


def binder_base(repo_url=REPO_URL, branch=BRANCH, binder_url=BINDER_URL):
    """Return the Binder launch address of the repository at ``branch``.

    GitHub repositories use Binder's ``/v2/gh/OWNER/NAME/BRANCH`` form; any other git
    address uses ``/v2/git/ENCODED-URL/BRANCH``.
    """
    repo_url = _check_http(repo_url, "repo_url")
    binder_url = _check_http(binder_url, "binder_url")
    parts = urlsplit(repo_url)
    segments = [s for s in parts.path.split("/") if s]
    if parts.netloc.lower() == "github.com" and len(segments) == 2:
        owner, name = segments[0], segments[1].removesuffix(".git")
        return f"{binder_url}/v2/gh/{quote(owner)}/{quote(name)}/{quote(branch, safe='')}"
    return f"{binder_url}/v2/git/{quote(repo_url, safe='')}/{quote(branch, safe='')}"


def binder_link(path_in_repo, repo_url=REPO_URL, branch=BRANCH, binder_url=BINDER_URL, voila=False):
    """Return the Binder link that opens ``path_in_repo`` in JupyterLab (or in Voilà).

    Parameters
    ----------
    path_in_repo : str
        Path of the notebook inside the repository, e.g. ``notebooks/01_avoid_the_rush.ipynb``.
    repo_url : str
        Public address of the repository (default: :data:`REPO_URL`).
    branch : str
        Branch to build.
    binder_url : str
        The Binder service.
    voila : bool
        Open the notebook as a Voilà app instead of in JupyterLab.

    Returns
    -------
    str
        e.g. ``https://mybinder.org/v2/gh/OWNER/explainer/main?urlpath=lab%2Ftree%2Fnotebooks%2F...``
    """
    urlpath = voila_urlpath(path_in_repo) if voila else lab_urlpath(path_in_repo)
    return binder_base(repo_url, branch, binder_url) + "?" + urlencode({"urlpath": urlpath})


def nbgitpuller_link(hub_url, path_in_repo, repo_url=REPO_URL, branch=BRANCH, voila=False):
    """Return the nbgitpuller link that pulls the repository into a hub user's home and opens a notebook.

    Parameters
    ----------
    hub_url : str
        The JupyterHub's address, e.g. ``https://hub.example.edu`` (no ``/hub`` suffix).
    path_in_repo : str
        Path of the notebook inside the repository.
    repo_url : str
        Public address of the repository (default: :data:`REPO_URL`).
    branch : str
        Branch to pull.
    voila : bool
        Open the notebook as a Voilà app (the hub must have Voilà installed).

    Returns
    -------
    str
        ``HUB/hub/user-redirect/git-pull?repo=...&branch=...&urlpath=...``, where ``urlpath``
        opens ``REPO-NAME/path_in_repo`` (nbgitpuller clones into a folder named after the
        repository), every value percent-encoded.
    """
    hub_url = _check_http(hub_url, "hub_url")
    repo_url = _check_http(repo_url, "repo_url")
    folder = repo_folder(repo_url)
    urlpath = voila_urlpath(path_in_repo, folder) if voila else lab_urlpath(path_in_repo, folder)
    query = urlencode({"repo": repo_url, "branch": branch, "urlpath": urlpath})
    return f"{hub_url}/hub/user-redirect/git-pull?{query}"


def _title(path):
    try:
        import nbformat

        from .cells import notebook_title

        return notebook_title(nbformat.read(path, as_version=4), path.stem)
    except Exception:  # a notebook being written may not parse yet; its name will do
        return path.stem


def lesson_links(notebooks_dir=NOTEBOOKS_DIR, hub_url=None, repo_url=REPO_URL, branch=BRANCH,
                 binder_url=BINDER_URL):
    """Return the links of every lesson in ``notebooks_dir`` and of every explorer's app.

    The apps are listed when ``notebooks_dir/apps/`` holds the app notebook: one per explorer
    of :func:`explainer.widgets.all_explorers` and language, each the app notebook with
    ``?explorer=NAME`` (``&lang=zh``) and titled with the explorer's translated heading.

    Parameters
    ----------
    notebooks_dir : path-like
        The local lessons folder (its name is the folder inside the repository).
    hub_url : str, optional
        The class JupyterHub; without it no nbgitpuller links are made.
    repo_url, branch, binder_url : str
        As in :func:`binder_link`.

    Returns
    -------
    list of dict
        One per notebook, in order (English lessons, English apps, Chinese lessons, Chinese
        apps), with keys ``path`` (inside the repository, an app's with its query), ``title``, ``kind`` (``"lesson"``
        or ``"app"``), ``lang`` (``"en"`` or ``"zh"``), ``binder`` and, when ``hub_url`` is
        given, ``hub``.
    """
    from ..i18n import LANGUAGES, edition_folder
    from ..notebooks import find_notebooks
    from .apps import APP_FILE, app_query, app_title

    notebooks_dir = Path(notebooks_dir)
    rel = PurePosixPath(notebooks_dir.name)
    app = notebooks_dir / "apps" / APP_FILE
    explorers = {}
    if app.exists():
        from ..widgets import all_explorers

        explorers = dict(sorted(all_explorers().items()))
    rows = []
    for lang in LANGUAGES:
        folder = PurePosixPath(edition_folder(rel, lang))
        pages = [(str(folder / path.name), _title(path), "lesson")
                 for path in find_notebooks(notebooks_dir, lang)]
        pages += [(f"{rel / 'apps' / APP_FILE}?{app_query(name, lang)}", app_title(cls, lang), "app")
                  for name, cls in explorers.items()]
        for in_repo, title, kind in pages:
            voila = kind == "app"
            row = {"path": in_repo, "title": title, "kind": kind, "lang": lang,
                   "binder": binder_link(in_repo, repo_url, branch, binder_url, voila=voila)}
            if hub_url:
                row["hub"] = nbgitpuller_link(hub_url, in_repo, repo_url, branch, voila=voila)
            rows.append(row)
    return rows


def links_markdown(rows):
    """Return a Markdown table of ``rows`` from :func:`lesson_links`.

    The rows of a translated edition start with the language's own name (``中文: ...``).
    """
    from ..i18n import LANGUAGES, language_entry

    hub = any("hub" in row for row in rows)
    header = "| Notebook | Binder |" + (" Class hub |" if hub else "")
    rule = "|---|---|" + ("---|" if hub else "")
    lines = [header, rule]
    for row in rows:
        title = row["title"].replace("|", "\\|")
        if row.get("lang", LANGUAGES[0]) != LANGUAGES[0]:
            title = f"{language_entry(row['lang']).name}: {title}"
        cells = [f"{title} (`{row['path']}`)", f"[open]({row['binder']})"]
        if hub:
            cells.append(f"[open]({row['hub']})")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
