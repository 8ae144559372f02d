"""How users type: one folded spelling for the many ways a word reaches us.

Phone keyboards and habits give one word many spellings: with or without accents (`ș`/`s`,
`ё`/`е`), Farsi typed on an Arabic layout (`ي ك` for `ی ک`), the Farsi verb prefix joined, spaced
or linked by a zero-width non-joiner (`میخوام`, `می خوام`, `می‌خوام`), Persian or Arabic-Indic
digits, letters held down for emphasis ("hilfeee"). `fold` maps all of them to one spelling. The
safety net matches its keywords on folded text, and the intent classifier counts its word and
character n-grams on it, so both treat these spellings alike.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that casefolding and accent stripping leave apart although users type them alike.
_FOLD_TABLE = str.maketrans(
    {
        "ı": "i", "ł": "l", "\u200c": " ", "’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'",
        "ک": "ك", "ی": "ي", "ى": "ي", "ة": "ه", "ـ": None,
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)  # fmt: skip
# Combining marks: Latin and Cyrillic accents, Arabic vowel signs, hamza and madda.
_MARKS = re.compile("[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_REPEATED_LETTERS = re.compile(r"([^\W\d_])\1+")
_FARSI_VERB_PREFIX = re.compile(r"(?<![^\W_])(ن?مي) (?=[\u0600-\u06ff])")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Casefold, drop accents and Arabic marks, unify Farsi/Arabic letters and digits, collapse
    letters repeated for emphasis and join the Farsi verb prefix `می` to its verb (`می خوام`,
    `می‌خوام` and `میخوام` are one spelling)."""
    text = unicodedata.normalize("NFD", text.casefold().translate(_FOLD_TABLE))
    text = _MARKS.sub("", text)
    text = _REPEATED_LETTERS.sub(r"\1", text)
    text = _FARSI_VERB_PREFIX.sub(r"\1", text)
    return _SPACES.sub(" ", text)
