"""The language of what a student sees: English (the source) or Chinese (中文).

Every string a student reads in a widget, a figure, a quiz, an exercise hint or a classroom
export goes through :func:`_` (gettext). English is the source language: ``_("Number of
firms")`` returns the English text unless the current language has a translation of it in a
gettext catalog.

**The languages.** :data:`REGISTRY` is the one list of the languages of the lessons, the source
first, with what each tool needs to know about a language (its own name, its HTML ``lang``
code, how it writes a year). :data:`LANGUAGES` holds their codes; :func:`check_language` is the
one check of a language argument, and :func:`edition_folder` says where a language's edition of
a folder lives (English in the folder itself, each translation in a sub-folder named after its
code). Adding a language is adding a :class:`Language` here and its catalogs.

**The catalogs** are ordinary gettext ``.po`` files in ``explainer/locale/<language>/``, one per
explorer (``excess_entry.po`` holds the strings of ``widgets/excess_entry.py`` and
``plots/excess_entry.py``), plus ``quiz_<lesson>.po``, ``exercises_<lesson>.po``,
``classroom.po`` (the words of the exports, apps and student edition) and ``explainer.po`` for
the rest (see :func:`explainer.translation.domain_of`). ``explainer translate`` extracts the
strings from the code and updates the catalogs (see :mod:`explainer.translation`); translators
fill them with any gettext tool (Poedit, Weblate, a text editor). Fuzzy entries (the English
changed since they were translated) are not used: the English shows until a translator
confirms the entry.

A notebook picks its language in its first code cell (:func:`language_line`)::

    from explainer import i18n; i18n.set_language("zh")

Strings defined at import time (quiz questions, exercise hints, tables of words) are marked
with :func:`N_`, which only marks them for extraction; they are translated with :func:`_` or
:func:`gettext` when shown.

This module is pure Python (no matplotlib, no widgets), so every layer may import it. Figures
need a font with Chinese glyphs; :mod:`explainer.plots.style` checks for one and keeps figure
text in English when none is installed.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Language:
    """One language of the lessons.

    Attributes
    ----------
    code : str
        Its code (``"zh"``): the ``--lang`` value, the name of its folders and catalogs.
    name : str
        Its name in itself (``"中文"``), as a link to its edition reads.
    english_name : str
        Its name in English (``"Chinese"``), for catalog headers.
    html_lang : str
        The BCP 47 tag of its pages' ``<html lang>`` (``"zh-Hans"``: simplified characters).
    year_format : str
        How it writes a year, with a ``{year}`` field (``"{year}年"``).
    list_separator : str
        What separates the items of a list written on one line (``"；"``), such as the sources
        under a figure.
    """

    code: str
    name: str
    english_name: str
    html_lang: str
    year_format: str = "{year}"
    list_separator: str = "; "


#: The languages of the lessons, by code; the first is the source, the others are translations.
REGISTRY = {language.code: language for language in (
    Language("en", "English", "English", "en"),
    Language("zh", "中文", "Chinese", "zh-Hans", "{year}年", "；"),
)}

#: The codes of the languages of the lessons; the first is the source.
LANGUAGES = tuple(REGISTRY)

#: The value of a ``lang`` option that means every language at once (``--lang all``).
ALL = "all"

#: The folder of the user-interface catalogs, one sub-folder per translated language.
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

#: An environment variable that sets the starting language (``explainer lab --lang zh`` sets it).
LANGUAGE_VARIABLE = "EXPLAINER_LANG"

_state = {"language": None}


def language_choices(allow_all=False):
    """The values a language argument takes: :data:`LANGUAGES`, and :data:`ALL` if allowed."""
    return (*LANGUAGES, ALL) if allow_all else LANGUAGES


def check_language(language, allow_all=False, name="language"):
    """Return ``language`` if the lessons exist in it; otherwise raise a ``ValueError``.

    Parameters
    ----------
    language : str
        A language code (``"en"``, ``"zh"``), or ``"all"`` when ``allow_all`` is true.
    allow_all : bool
        Also accept :data:`ALL` (every language, for tools that write each edition).
    name : str
        The parameter's name in the message (``"lang"`` for the tools' keyword).

    >>> check_language("zh")
    'zh'
    >>> check_language("fr", name="lang")
    Traceback (most recent call last):
    ...
    ValueError: lang must be one of en, zh; got 'fr'
    """
    choices = language_choices(allow_all)
    if language not in choices:
        raise ValueError(f"{name} must be one of {', '.join(choices)}; got {language!r}")
    return language


def language_entry(language):
    """The :class:`Language` record of ``language`` (checked)."""
    return REGISTRY[check_language(language)]


def edition_folder(folder, language):
    """The folder of ``language``'s edition of ``folder``: the folder itself for the source
    language, its sub-folder named after the code for a translation.

    >>> edition_folder("notebooks", "zh").as_posix()
    'notebooks/zh'
    """
    folder = Path(folder)
    return folder if check_language(language, name="lang") == LANGUAGES[0] else folder / language


def language_line(language):
    """The line a translated notebook starts its first code cell with, to show ``language``.

    >>> language_line("zh")
    'from explainer import i18n; i18n.set_language("zh")'
    """
    return f'from explainer import i18n; i18n.set_language("{check_language(language)}")'


def get_language():
    """The current language: set by :func:`set_language`, else ``$EXPLAINER_LANG``, else English."""
    if _state["language"] is None:
        from_env = os.environ.get(LANGUAGE_VARIABLE, "").strip().lower()
        _state["language"] = from_env if from_env in LANGUAGES else LANGUAGES[0]
    return _state["language"]


def set_language(language):
    """Show every later widget, figure, quiz and hint in ``language`` (``"en"`` or ``"zh"``).

    Explorers already on the page keep their language; run their cells again to switch.
    """
    _state["language"] = check_language(language)
    return _state["language"]


@functools.lru_cache(maxsize=None)
def catalog(language):
    """Return ``{(context, english): translation}`` from every ``.po`` file of ``language``.

    Entries that are untranslated, fuzzy or obsolete are left out, so their English shows.
    """
    check_language(language)
    folder = LOCALE_DIR / language
    table = {}
    if language == LANGUAGES[0] or not folder.is_dir():
        return table
    from babel.messages.pofile import read_po

    for path in sorted(folder.glob("*.po")):
        with path.open("rb") as handle:
            try:
                entries = read_po(handle, locale=language)
            except Exception as error:  # a malformed catalog must name its file
                raise ValueError(f"catalog {path} cannot be read: {error}") from error
        for message in entries:
            if not message.id or not message.string or message.fuzzy:
                continue
            table[(message.context, message.id)] = message.string
    return table


def gettext(message, language=None):
    """Return ``message`` in ``language`` (default: the current one), or as is if untranslated."""
    language = get_language() if language is None else check_language(language)
    if language == LANGUAGES[0]:
        return message
    return catalog(language).get((None, message), message)


def pgettext(context, message, language=None):
    """Like :func:`gettext`, for a ``message`` whose meaning depends on ``context``."""
    language = get_language() if language is None else check_language(language)
    if language == LANGUAGES[0]:
        return message
    table = catalog(language)
    return table.get((context, message), table.get((None, message), message))


def _(message):
    """Translate ``message`` into the current language (the usual gettext shorthand)."""
    return gettext(message)


def N_(message):
    """Mark ``message`` for translation without translating it now (translate it when shown)."""
    return message


def is_chinese():
    """Whether the current language is Chinese."""
    return get_language() == "zh"


def year(value, language=None):
    """A year as students write it: ``2023`` in English, ``2023年`` in Chinese.

    ``language`` defaults to the current one; figures pass the language their text is drawn in
    (:func:`explainer.plots.style.figure_language`).

    >>> year(2023.0, "zh")
    '2023年'
    """
    language = get_language() if language is None else check_language(language)
    return REGISTRY[language].year_format.format(year=int(value))
