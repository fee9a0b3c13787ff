"""The Chinese edition, generated from the English source and gettext catalogs.

English is the source. The translated editions are those of every language after the first in
:data:`explainer.i18n.LANGUAGES` (:data:`TARGETS`; today Chinese, ``zh``); the paths below use
``zh``. Three kinds of text are translated, each through ordinary gettext ``.po`` catalogs that
any translation tool opens:

- **Lesson notebooks.** ``translations/zh/<notebook>.po`` holds one entry per markdown cell
  (``msgctxt`` the cell id, ``msgid`` the English cell). :func:`build_notebook` writes
  ``notebooks/zh/<notebook>.ipynb``: the markdown cells in Chinese, the code cells unchanged
  except for one line at the top of the first code cell that selects the language
  (:func:`explainer.i18n.language_line`).
- **Instructor notes.** ``translations/zh/instructor/<note>.po`` holds one entry per block of
  ``docs/instructor/<note>.md`` (blocks are separated by blank lines; ``msgctxt`` numbers
  them). :func:`build_note` writes ``docs/instructor/zh/<note>.md``.
- **Widgets, figures, quizzes, exercise hints and classroom exports.**
  ``explainer/locale/zh/<domain>.po`` holds the strings marked with ``_()`` / ``N_()`` /
  ``pgettext()`` in the package's code, one catalog per explorer and a few shared ones;
  :mod:`explainer.i18n` reads them at run time. The rule (:func:`domain_of`): the strings of
  ``widgets/NAME.py`` and ``plots/NAME.py`` go to ``NAME.po``, the explorer's catalog; those of
  ``models/FAMILY.py`` to ``FAMILY.po`` (the explorer's catalog when the family has one
  explorer of that name); ``classroom/`` to ``classroom.po``; quizzes and exercises to
  ``quiz_LESSON.po`` and ``exercises_LESSON.po``; the rest to ``explainer.po``.

:func:`update_catalog` merges new English text into a catalog as ``msgmerge`` does: an entry
whose English is unchanged keeps its translation; an entry whose English changed keeps its
old translation as a starting point but becomes *fuzzy* (with the previous English recorded),
so it is not used until a translator checks it; new English gets an empty entry; English that
is gone becomes obsolete. A string that moves to another user-interface catalog (its code moved
to another module) takes its translation with it, unchanged: every catalog of the language is
the translation memory of the others, and a catalog whose module is gone is removed. :func:`problems` lists every missing or fuzzy entry and every
generated file that is out of date; ``explainer translate`` updates and regenerates
everything, ``explainer translate --check`` only reports.
"""

from __future__ import annotations

import copy
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from .i18n import LANGUAGES, LOCALE_DIR, edition_folder, language_entry, language_line

#: The gettext keywords of the package's code (see :mod:`explainer.i18n`).
KEYWORDS = {"_": None, "N_": None, "gettext": None, "pgettext": ((1, "c"), 2)}

PACKAGE_DIR = Path(__file__).resolve().parent
#: The languages the English source is translated into (every language after the source).
TARGETS = LANGUAGES[1:]

_FENCE = re.compile(r"^\s*(```|~~~)")
_LINK = re.compile(r"(\]\()(?!https?:|#|mailto:|/)([^)\s]+)(\))")
_HAS_WORDS = re.compile(r"[A-Za-z]{2,}")


@dataclass(frozen=True)
class Segment:
    """One translatable piece of a source: a stable key and its English text."""

    context: str
    english: str


# --------------------------------------------------------------------------- sources

def notebook_segments(notebook):
    """The markdown cells of a notebook (a dict as read from JSON), as segments keyed by cell id."""
    segments = []
    for cell in notebook["cells"]:
        if cell["cell_type"] == "markdown":
            text = _text(cell["source"])
            if text.strip():
                segments.append(Segment(cell["id"], text))
    return segments


def markdown_blocks(text):
    """Split a markdown document into blocks separated by blank lines (code fences kept whole)."""
    blocks, current, fenced = [], [], False
    for line in text.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
        if not line.strip() and not fenced:
            if current:
                blocks.append("\n".join(current))
                current = []
            continue
        current.append(line)
    if current:
        blocks.append("\n".join(current))
    return blocks


def needs_translation(block):
    """Whether a markdown block has words in it (rules, bare code and numbers are copied)."""
    if _FENCE.match(block) and block.rstrip().endswith(("```", "~~~")):
        return False
    return bool(_HAS_WORDS.search(block))


def note_segments(text):
    """The blocks of an instructor note that need translating, keyed ``block N``."""
    return [Segment(f"block {number}", block)
            for number, block in enumerate(markdown_blocks(text), start=1)
            if needs_translation(block)]


def _text(source):
    return "".join(source) if isinstance(source, list) else source


# --------------------------------------------------------------------------- catalogs

def read_catalog(path, language=TARGETS[0]):
    """Read a ``.po`` file of ``language`` (Babel's reader); an absent file is an empty catalog."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po

    path = Path(path)
    if not path.exists():
        return Catalog(locale=language, project="explainer", fuzzy=False)
    with path.open("rb") as handle:
        try:
            catalog = read_po(handle, locale=language)
        except Exception as error:
            raise ValueError(f"catalog {path} cannot be read: {error}") from error
    previous = _previous_ids(path.read_text(encoding="utf-8"))
    for message in catalog:
        if message.id and message.fuzzy and (message.context, message.id) in previous:
            message.previous_id = [previous[(message.context, message.id)]]
    return catalog


_PO_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def _po_unquote(lines):
    """The text of a ``.po`` string spread over ``lines`` (``msgid "..." "..."`` and ``"..."``)."""
    from babel.messages.pofile import unescape

    return "".join(unescape(match.group(0)) for line in lines for match in _PO_STRING.finditer(line))


def _previous_ids(text):
    """``{(context, msgid): previous msgid}`` from the ``#| msgid`` lines of a ``.po`` text.

    Babel writes these lines (the English a fuzzy entry was translated from) but does not read
    them back, so they are parsed here to survive the next update.
    """
    found = {}
    for block in text.split("\n\n"):
        lines = block.splitlines()
        old = [line[3:] for line in lines if line.startswith("#| ")]
        if not old:
            continue
        rest = [line for line in lines if not line.startswith("#")]
        context, ident, key = None, [], None
        for line in rest:
            if line.startswith("msgctxt "):
                key, context = "ctxt", [line]
            elif line.startswith("msgid "):
                key, ident = "id", [line]
            elif line.startswith("msgstr"):
                key = None
            elif line.startswith('"') and key == "ctxt":
                context.append(line)
            elif line.startswith('"') and key == "id":
                ident.append(line)
        context = _po_unquote(context) if context else None
        previous = [line for line in old if not line.startswith("msgctxt")]
        found[(context, _po_unquote(ident))] = _po_unquote(previous)
    return found


def write_catalog(catalog, path):
    """Write ``catalog`` to ``path`` as a ``.po`` file (sorted by source order, no line wrapping)."""
    from babel.messages.pofile import write_po

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    # file names without line numbers: moving code within a file does not change a catalog
    write_po(buffer, catalog, width=0, omit_header=False, include_previous=True,
             include_lineno=False, sort_output=False, sort_by_file=False)
    data = buffer.getvalue()
    data = re.sub(rb'^"POT-Creation-Date: .*\\n"\n', b"", data, flags=re.M)
    data = re.sub(rb'^"PO-Revision-Date: .*\\n"\n', b"", data, flags=re.M)
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)
        return True
    return False


def update_catalog(catalog, segments, locations=None, language=TARGETS[0], memory=None):
    """Return a new catalog holding ``segments``, carrying translations over from ``catalog``.

    ``segments`` are :class:`Segment` objects (context may be ``None`` for code strings).
    Unchanged English keeps its translation; English found unchanged in ``memory`` (``{(context,
    english): message}`` from the language's other catalogs) keeps that translation and its
    flags; English whose context is known but whose text changed becomes fuzzy with the old
    translation and ``previous_id``; English seen under another context reuses that
    translation; the rest is new and empty. Old entries not used become obsolete.
    ``locations`` maps a segment to ``[(file, line), ...]`` for code strings.
    """
    from babel.messages.catalog import Catalog

    old = {(m.context, m.id): m for m in catalog if m.id}
    old.update({(m.context, m.id): m for m in catalog.obsolete.values() if m.id})
    by_context = {}
    by_english = {}
    for (context, english), message in old.items():
        if message.string:
            by_english.setdefault(english, message)
            if context is not None:
                by_context.setdefault(context, message)
    header = f"# {language_entry(language).english_name} ({language}) translation of the explainer lessons."
    new = Catalog(locale=language, project="explainer", fuzzy=False,
                  header_comment=f"{header}\n# Update with: explainer translate")
    used, seen = set(), set()
    for segment in segments:
        key = (segment.context, segment.english)
        where = (locations or {}).get(segment, [])
        if key in seen:
            continue
        seen.add(key)
        previous = old.get(key)
        if previous is not None and previous.string:
            new.add(segment.english, previous.string, locations=where, context=segment.context,
                    flags=previous.flags, previous_id=previous.previous_id)
            used.add(key)
        elif key in (memory or {}):
            moved = memory[key]
            new.add(segment.english, moved.string, locations=where, context=segment.context,
                    flags=set(moved.flags), previous_id=moved.previous_id)
        elif segment.context in by_context and by_context[segment.context].id != segment.english:
            was = by_context[segment.context]
            new.add(segment.english, was.string, locations=where, context=segment.context,
                    flags={"fuzzy"}, previous_id=[was.id])
            used.add((was.context, was.id))
        elif segment.english in by_english:
            was = by_english[segment.english]
            new.add(segment.english, was.string, locations=where, context=segment.context,
                    flags=set(was.flags))
            used.add((was.context, was.id))
        else:
            new.add(segment.english, "", locations=where, context=segment.context)
    for key, message in old.items():
        if key not in used and key not in seen and message.string:
            new.obsolete[(message.id, message.context) if message.context else message.id] = \
                copy.copy(message)
    return new


def catalog_problems(catalog, name):
    """Missing and fuzzy entries of ``catalog`` as readable lines."""
    lines = []
    for message in catalog:
        if not message.id:
            continue
        where = f"{name} [{message.context}]" if message.context else name
        first = message.id.strip().splitlines()[0][:60]
        if not message.string:
            lines.append(f"{where}: no translation for {first!r}")
        elif message.fuzzy:
            lines.append(f"{where}: fuzzy (the English changed) {first!r}")
        else:
            problem = placeholder_mismatch(message.id, message.string)
            if problem:
                lines.append(f"{where}: {problem} in the translation of {first!r}")
    return lines


_FIELD = re.compile(r"(?<!\{)\{([A-Za-z_][\w.]*)?(?:![rsa])?(?::[^{}]*)?\}(?!\})")


#: The argument of a LaTeX command (``\\text{output per firm}``): words a translation translates,
#: not a format field.
_LATEX_ARGUMENT = re.compile(r"\\[A-Za-z]+\{[^{}]*\}")


def placeholder_mismatch(english, translation):
    """Describe a difference in ``{name}`` format fields between ``english`` and its translation.

    The argument of a LaTeX command (``\\text{const}`` in a formula) is not a field: its words
    are translated.
    """
    english = _LATEX_ARGUMENT.sub("", english)
    translation = _LATEX_ARGUMENT.sub("", translation)
    fields_en = sorted(m.group(1) or "" for m in _FIELD.finditer(english))
    fields_zh = sorted(m.group(1) or "" for m in _FIELD.finditer(translation))
    if "{" not in english:
        return ""
    if fields_en != fields_zh:
        return f"format fields {fields_zh} instead of {fields_en}"
    return ""


# --------------------------------------------------------------------------- generation

def translated(catalog):
    """``{(context, english): translation}`` of the confirmed entries of ``catalog``."""
    return {(m.context, m.id): m.string for m in catalog
            if m.id and m.string and not m.fuzzy}


def relink(text):
    """Point relative links of a markdown text one folder up, except links to sibling notebooks."""
    def fix(match):
        target = match.group(2)
        if target.endswith(".ipynb") and "/" not in target:
            return match.group(0)
        return f"{match.group(1)}../{target}{match.group(3)}"
    return _LINK.sub(fix, text)


def build_notebook(english, catalog, language=TARGETS[0]):
    """Return the ``language`` notebook (a dict) built from the ``english`` notebook and its catalog.

    A markdown cell without a confirmed translation stays English (``problems`` reports it).
    """
    table = translated(catalog)
    notebook = copy.deepcopy(english)
    first_code = True
    for cell in notebook["cells"]:
        if cell["cell_type"] == "markdown":
            text = _text(cell["source"])
            if text.strip():
                text = relink(table.get((cell["id"], text), text))
            cell["source"] = text
        elif cell["cell_type"] == "code" and first_code:
            cell["source"] = language_line(language) + "\n" + _text(cell["source"])
            first_code = False
    notebook["metadata"]["explainer"] = {"language": language}
    return notebook


def build_note(english_text, catalog):
    """Return the Chinese instructor note built from its English markdown and its catalog."""
    table = translated(catalog)
    blocks = []
    for number, block in enumerate(markdown_blocks(english_text), start=1):
        if needs_translation(block):
            block = table.get((f"block {number}", block), block)
        blocks.append(relink(block))
    return "\n\n".join(blocks) + "\n"


def same_notebook(generated, stored):
    """Whether a stored Chinese notebook matches the generated one (code outputs aside)."""
    def shape(notebook):
        cells = []
        for cell in notebook["cells"]:
            cells.append((cell["cell_type"], cell.get("id"), _text(cell["source"]),
                          json.dumps(cell.get("metadata", {}), sort_keys=True)))
        meta = {k: v for k, v in notebook["metadata"].items() if k != "widgets"}
        return cells, json.dumps(meta, sort_keys=True)
    return shape(generated) == shape(stored)


# --------------------------------------------------------------------------- the project

@dataclass(frozen=True)
class Project:
    """Where a checkout keeps its English sources, catalogs and generated translated editions.

    The paths of one translated edition take its ``language`` (default: the first of
    :data:`TARGETS`, Chinese).
    """

    root: Path
    #: The folder of the user-interface catalogs (the package's own by default).
    locale: Path = LOCALE_DIR
    #: The languages translated (every target language by default).
    languages: tuple = TARGETS

    @property
    def notebooks(self):
        return sorted((self.root / "notebooks").glob("[0-9][0-9]_*.ipynb"))

    @property
    def notes(self):
        return sorted((self.root / "docs" / "instructor").glob("[0-9][0-9]_*.md"))

    def notebook_catalog(self, english, language=TARGETS[0]):
        return self.root / "translations" / language / f"{english.stem}.po"

    def note_catalog(self, english, language=TARGETS[0]):
        return self.root / "translations" / language / "instructor" / f"{english.stem}.po"

    def notebook_twin(self, english, language=TARGETS[0]):
        return edition_folder(english.parent, language) / english.name

    def note_twin(self, english, language=TARGETS[0]):
        return edition_folder(english.parent, language) / english.name

    def ui_catalog(self, domain, language=TARGETS[0]):
        return self.locale / language / f"{domain}.po"


def domain_of(path):
    """The UI catalog (without ``.po``) that holds the strings of a package source file.

    The rule, by the file's place in the package:

    - ``widgets/NAME.py`` and ``plots/NAME.py``: ``NAME``, the catalog of the explorer named
      ``NAME`` (an explorer's widget and plot modules carry its name), or of the static figure
      of that name (``capacity``);
    - ``models/FAMILY.py``: ``FAMILY``, the family's own catalog. A family with one explorer of
      the same name (``excess_entry``) shares the explorer's catalog; a family behind several
      explorers (``hulten``, ``venture_finance``) keeps the strings of the model itself, which
      every one of its explorers can show, in a catalog of its own;
    - ``quizzes/LESSON.py``: ``quiz_LESSON``; ``exercises/LESSON/*.py``: ``exercises_LESSON``;
    - ``classroom/*``: ``classroom`` (the words of the exports, apps and student edition);
    - everything else (``widgets/base.py``, ``controls``, ``quiz``, ``plots/style.py``, the
      command line, ``data``): ``explainer``.

    Quiz questions, dataset records and app headings are not code strings and have their own
    catalogs (``quiz_LESSON``, ``data``, ``apps``; see :func:`ui_segments`).
    """
    relative = Path(path).resolve().relative_to(PACKAGE_DIR)
    parts = relative.parts
    if len(parts) == 2 and parts[0] in ("models", "plots", "widgets") and parts[1] != "__init__.py":
        stem = relative.stem
        if stem in ("base", "controls", "style"):
            return "explainer"
        if stem == "quiz":
            return "explainer"
        return stem
    if parts[0] == "quizzes" and len(parts) == 2 and parts[1] != "__init__.py":
        return f"quiz_{relative.stem}"
    if parts[0] == "exercises" and len(parts) == 3:
        return f"exercises_{parts[1]}"
    if parts[0] == "classroom":
        return "classroom"
    return "explainer"


def code_segments(package_dir=PACKAGE_DIR):
    """Every string the package's code marks for translation: ``{domain: [(segment, [(file, line)])]}``."""
    from babel.messages.extract import extract_from_file

    found = {}
    for path in sorted(Path(package_dir).rglob("*.py")):
        if "locale" in path.parts:
            continue
        domain = domain_of(path)
        for line, message, _comments, context in extract_from_file(
                "python", str(path), keywords=KEYWORDS, comment_tags=(),
                options={"encoding": "utf-8"}):
            if not isinstance(message, str) or not message:
                continue
            segment = Segment(context, message)
            where = (str(path.relative_to(Path(package_dir).parent)), line)
            found.setdefault(domain, {}).setdefault(segment, []).append(where)
    return {domain: list(items.items()) for domain, items in found.items()}


def notebook_code_segments(notebook_dir=PACKAGE_DIR.parent / "notebooks"):
    """The strings that the English lessons' code cells mark with ``_()``: ``{"notebooks": [...]}``.

    A code cell prints in the reader's language by writing ``from explainer.i18n import _``
    and ``print(_("{firms} firms").format(firms=n))``; its strings go to the ``notebooks``
    catalog, read at run time like every other catalog. (The cells themselves are copied
    unchanged into each edition.)
    """
    from babel.messages.extract import extract_python

    items = {}
    for path in sorted(Path(notebook_dir).glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        for cell in cells:
            if cell["cell_type"] != "code":
                continue
            source = io.BytesIO(_text(cell["source"]).encode("utf-8"))
            for _line, _function, message, _comments in extract_python(
                    source, KEYWORDS, (), {"encoding": "utf-8"}):
                if isinstance(message, str) and message:
                    where = (f"notebooks/{path.name}", 0)
                    items.setdefault(Segment(None, message), []).append(where)
    return {"notebooks": list(items.items())} if items else {}


def quiz_segments():
    """The prompts, options and explanations of every quiz: ``{domain: [(segment, [])]}``.

    Quiz questions are plain data (see :mod:`explainer.quizzes`), so they need no markers: the
    quiz widget translates each string when it shows it.
    """
    import importlib
    import pkgutil

    from . import quizzes

    found = {}
    for info in pkgutil.iter_modules(quizzes.__path__):
        module = importlib.import_module(f"{quizzes.__name__}.{info.name}")
        items = found.setdefault(f"quiz_{info.name}", {})
        for question in module.QUESTIONS:
            for text in [question["prompt"], *question["options"], question["explanation"]]:
                items.setdefault(Segment(None, text), [])
    return {domain: list(items.items()) for domain, items in found.items()}


#: The fields of a dataset's provenance record that a reader sees (``explainer data``, figures).
DATA_FIELDS = ("title", "description", "source", "status")


def data_segments():
    """The titles, descriptions, sources and statuses of the shipped datasets: ``{"data": [...]}``."""
    items = {}
    for path in sorted((PACKAGE_DIR / "data").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        for field in DATA_FIELDS:
            text = record.get(field)
            if isinstance(text, str) and text.strip():
                where = (str(path.relative_to(PACKAGE_DIR.parent)), 0)
                items.setdefault(Segment(None, text), []).append(where)
    return {"data": list(items.items())}


def app_segments():
    """The headings of the projector apps (each explorer's one-line summary): ``{"apps": [...]}``."""
    from .widgets import all_explorers

    items = {}
    for name, cls in sorted(all_explorers().items()):
        title = cls.title().rstrip(".")
        where = (f"{cls.__module__.replace('.', '/')}.py", 0)
        items.setdefault(Segment(None, title), []).append(where)
    return {"apps": list(items.items())}


def ui_segments():
    """Every user-interface string to translate, grouped by catalog (code, quizzes, datasets,
    app headings)."""
    found = code_segments()
    for extra in (quiz_segments(), data_segments(), app_segments(), notebook_code_segments()):
        for domain, items in extra.items():
            found.setdefault(domain, []).extend(items)
    return found


def update(project, write=True):
    """Update every catalog and regenerate every translated edition; return the paths changed.

    With ``write=False`` nothing is written; the return value lists what would change.
    """
    changed = []

    def save_catalog(catalog, path):
        if write:
            if write_catalog(catalog, path):
                changed.append(path)
        else:
            buffer_new, buffer_old = _po_bytes(catalog), (path.read_bytes() if path.exists() else b"")
            if _strip_dates(buffer_new) != _strip_dates(buffer_old):
                changed.append(path)

    for language in project.languages:
        for english in project.notebooks:
            source = json.loads(english.read_text(encoding="utf-8"))
            path = project.notebook_catalog(english, language)
            catalog = update_catalog(read_catalog(path, language), notebook_segments(source),
                                     language=language)
            save_catalog(catalog, path)
            twin = project.notebook_twin(english, language)
            generated = build_notebook(source, catalog, language)
            stored = json.loads(twin.read_text(encoding="utf-8")) if twin.exists() else None
            if stored is None or not same_notebook(generated, stored):
                if write:
                    _keep_outputs(generated, stored)
                    twin.parent.mkdir(parents=True, exist_ok=True)
                    _write_notebook(generated, twin)
                changed.append(twin)

        for english in project.notes:
            text = english.read_text(encoding="utf-8")
            path = project.note_catalog(english, language)
            catalog = update_catalog(read_catalog(path, language), note_segments(text),
                                     language=language)
            save_catalog(catalog, path)
            twin = project.note_twin(english, language)
            generated = build_note(text, catalog)
            if not twin.exists() or twin.read_text(encoding="utf-8") != generated:
                if write:
                    twin.parent.mkdir(parents=True, exist_ok=True)
                    twin.write_text(generated, encoding="utf-8")
                changed.append(twin)

        for path, catalog in ui_catalogs(project, language).items():
            if catalog is None:
                if write:
                    path.unlink()
                changed.append(path)
            else:
                save_catalog(catalog, path)
    return changed


def ui_catalogs(project, language):
    """``{path: updated catalog}`` of every user-interface catalog of ``language``, and
    ``{path: None}`` for each stored catalog whose strings are all gone (its module was
    renamed or removed).

    Every stored catalog of the language is the translation memory of the others: a string
    whose code moved to another module keeps its translation and flags in its new catalog (the
    translation of the catalog it left, when two catalogs had it), and is not kept as obsolete
    in the old one.
    """
    stored = {path.stem: read_catalog(path, language)
              for path in sorted((project.locale / language).glob("*.po"))}
    segments = ui_segments()
    staying = {domain: {(segment.context, segment.english) for segment, _ in items}
               for domain, items in segments.items()}
    left, stayed = {}, {}
    for domain, catalog in stored.items():
        for message in [*catalog, *catalog.obsolete.values()]:
            if message.id and message.string:
                key = (message.context, message.id)
                (stayed if key in staying.get(domain, ()) else left).setdefault(key, message)
    memory = {**stayed, **left}
    updated = {}
    for domain, items in segments.items():
        segments = [segment for segment, _ in items]
        old = stored[domain] if domain in stored else read_catalog(project.ui_catalog(domain, language),
                                                                    language)
        updated[domain] = update_catalog(old, segments, locations=dict(items), language=language,
                                         memory=memory)
    live = {(message.context, message.id) for catalog in updated.values() for message in catalog}
    for catalog in updated.values():
        for key, message in list(catalog.obsolete.items()):
            if (message.context, message.id) in live:
                del catalog.obsolete[key]
    result = {project.ui_catalog(domain, language): catalog for domain, catalog in updated.items()}
    for domain in stored.keys() - updated.keys():
        result[project.ui_catalog(domain, language)] = None
    return result


def problems(project):
    """Every missing or fuzzy translation and every out-of-date file, as readable lines."""
    lines = []
    for language in project.languages:
        for english in project.notebooks:
            path = project.notebook_catalog(english, language)
            lines += catalog_problems(read_catalog(path, language), _show(path, project))
        for english in project.notes:
            path = project.note_catalog(english, language)
            lines += catalog_problems(read_catalog(path, language), _show(path, project))
        for path in sorted((project.locale / language).glob("*.po")):
            lines += catalog_problems(read_catalog(path, language), _show(path, project))
    for path in update(project, write=False):
        lines.append(f"{_show(path, project)}: out of date (run: explainer translate)")
    return lines


def _show(path, project):
    try:
        return str(Path(path).relative_to(project.root))
    except ValueError:
        return str(path)


def _keep_outputs(generated, stored):
    """Carry the stored outputs of unchanged code cells into a regenerated notebook."""
    if stored is None:
        return
    old = {cell.get("id"): cell for cell in stored["cells"] if cell["cell_type"] == "code"}
    for cell in generated["cells"]:
        if cell["cell_type"] != "code":
            continue
        before = old.get(cell.get("id"))
        if before is not None and _text(before["source"]) == _text(cell["source"]):
            cell["outputs"] = before.get("outputs", [])
            cell["execution_count"] = before.get("execution_count")
        else:
            cell["outputs"] = []
            cell["execution_count"] = None


def _write_notebook(notebook, path):
    import nbformat

    nbformat.write(nbformat.from_dict(notebook), str(path))


def _po_bytes(catalog):
    from babel.messages.pofile import write_po

    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, include_previous=True, include_lineno=False,
             sort_output=False, sort_by_file=False)
    return buffer.getvalue()


def _strip_dates(data):
    return re.sub(rb'^"(POT-Creation|PO-Revision)-Date: .*\\n"\n', b"", data, flags=re.M)


__all__ = ["LANGUAGES", "TARGETS", "Project", "Segment", "build_note", "build_notebook",
           "catalog_problems", "code_segments", "domain_of", "markdown_blocks", "note_segments",
           "notebook_segments", "problems", "read_catalog", "relink", "ui_catalogs", "update",
           "update_catalog", "write_catalog"]
