"""The language of what a student sees: English (the source) or Chinese (中文).

Every string a student reads in a widget, a figure, a quiz or an exercise hint goes through
:func:`_` (gettext). English is the source language: ``_("Number of firms")`` returns the
English text unless the current language has a translation of it in a gettext catalog.

The catalogs are ordinary gettext ``.po`` files in ``explainer/locale/<language>/``, one per
model family (``excess_entry.po`` holds the strings of ``models/``, ``plots/`` and
``widgets/excess_entry.py``), plus ``quiz_<lesson>.po``, ``exercises_<lesson>.po`` and
``explainer.po`` for the rest. ``explainer translate`` extracts the strings from the code and
updates the catalogs (see :mod:`explainer.translation`); translators fill them with any gettext
tool (Poedit, Weblate, a text editor). Fuzzy entries (the English changed since they were
translated) are not used: the English shows until a translator confirms the entry.

A notebook picks its language in its first code cell::

    from explainer import i18n; i18n.set_language("zh")

Strings defined at import time (quiz questions, exercise hints) are marked with :func:`N_`,
which only marks them for extraction; they are translated with :func:`_` when shown.

This module is pure Python (no matplotlib, no widgets), so every layer may import it. Figures
need a font with Chinese glyphs; :mod:`explainer.plots.style` checks for one and keeps figure
text in English when none is installed.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

#: The languages the lessons are written in; the first is the source.
LANGUAGES = ("en", "zh")

#: The folder of the user-interface catalogs, one sub-folder per translated language.
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

#: An environment variable that sets the starting language (``explainer lab --lang zh`` sets it).
LANGUAGE_VARIABLE = "EXPLAINER_LANG"

_state = {"language": None}


def check_language(language):
    """Return ``language`` if the lessons exist in it; otherwise raise a ``ValueError``."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}; got {language!r}")
    return language


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


def year(value):
    """A year as students write it: ``2023`` in English, ``2023年`` in Chinese."""
    return f"{int(value)}年" if is_chinese() else f"{int(value)}"
