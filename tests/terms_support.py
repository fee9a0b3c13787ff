"""The term list of the Chinese edition (``translations/zh/terms.csv``): one Chinese word per concept.

Each row gives an English term, the one Chinese term the edition uses for it, the other
renderings that must not appear (``avoid``, regular expressions separated by ``|``), the
regular expression that finds the English term in the source (``english_pattern``; empty: the
English term itself, case-insensitive, plural allowed; ``-``: the concept has no fixed English
wording, only ``avoid`` is checked) and whether lesson 0's glossary shows the row (``glossary``).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

TERMS_FILE = Path(__file__).resolve().parents[1] / "translations" / "zh" / "terms.csv"


@dataclass(frozen=True)
class Term:
    english: str
    chinese: str
    avoid: tuple
    english_pattern: str
    glossary: bool

    def english_regex(self):
        """The pattern that finds the English term in source text, or ``None``."""
        if self.english_pattern == "-":
            return None
        if self.english_pattern:
            return re.compile(self.english_pattern, re.I | re.M)
        words = r"[\s-]+".join(re.escape(word) for word in re.split(r"[\s-]+", self.english))
        return re.compile(rf"\b{words}(?:s|es)?\b", re.I | re.M)

    def avoided(self, text):
        """The renderings of ``avoid`` found in ``text``."""
        return [match.group(0) for pattern in self.avoid
                for match in re.finditer(pattern, text, re.M)]


def _top_level_parts(pattern):
    """``pattern`` split at each ``|`` outside parentheses (one rendering per part)."""
    parts, depth, current = [], 0, ""
    for character in pattern:
        depth += {"(": 1, ")": -1}.get(character, 0)
        if character == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += character
    return [*parts, current]


def load_terms(path=TERMS_FILE):
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            rows.append(Term(
                english=row["english"].strip(),
                chinese=row["chinese"].strip(),
                avoid=tuple(part for part in _top_level_parts(row["avoid"]) if part),
                english_pattern=row["english_pattern"].strip(),
                glossary=row["glossary"].strip() == "yes",
            ))
    return rows
