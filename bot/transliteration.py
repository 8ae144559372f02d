"""Arabic and Farsi typed in Latin letters (Arabizi, Finglish), spelled back in Arabic script.

The sentence encoder learnt Arabic and Persian from text in their own script, so "shoharam mano
zade" or "ibni 3ando 7arara" mean little to it. Spelled back letter by letter, even roughly, such
a message lands near the same message in Arabic script: the featurizer adds this spelling's
vector to the message's own (reports/nlu-options.md). The spelling is for the encoder only; no
one reads it. Short "e" is dropped as both scripts drop it; every other vowel is written.
"""

from __future__ import annotations

import re

# Two-letter spellings first: digraphs, Arabizi digits with an apostrophe, long vowels.
PAIRS = (
    ("sh", "ش"), ("kh", "خ"), ("gh", "غ"), ("ch", "چ"), ("zh", "ژ"), ("th", "ث"), ("dh", "ذ"),
    ("3'", "غ"), ("7'", "خ"), ("aa", "ا"), ("ee", "ی"), ("oo", "و"), ("ou", "و"), ("ei", "ی"),
    ("ai", "ی"), ("ey", "ی"), ("ay", "ی"),
)  # fmt: skip
LETTERS = {
    "b": "ب", "p": "پ", "t": "ت", "j": "ج", "h": "ه", "d": "د", "r": "ر", "z": "ز", "s": "س",
    "f": "ف", "q": "ق", "k": "ک", "c": "ک", "g": "گ", "l": "ل", "m": "م", "n": "ن", "v": "و",
    "w": "و", "y": "ی", "x": "خ", "a": "ا", "i": "ی", "u": "و", "o": "و", "e": "",  # x: Finglish kh
    # Arabizi writes the letters Latin lacks as digits that look like them.
    "2": "ء", "3": "ع", "5": "خ", "6": "ط", "7": "ح", "8": "ق", "9": "ق",
}  # fmt: skip
FIRST = {"a": "ا", "e": "ا", "i": "ای", "o": "او", "u": "او", "aa": "آ"}
LAST = {"e": "ه"}  # Persian writes a final e (khune, khaste) as ه
WORD = re.compile(r"[a-z0-9']+")


def in_arabic_script(text: str) -> str:
    """The text with every word in Latin letters spelled in Arabic script."""
    return WORD.sub(lambda match: _spell(match.group()), text.lower())


def _spell(word: str) -> str:
    if word.isdigit():
        return word
    out = []
    i = 0
    while i < len(word):
        pair = next(((src, dst) for src, dst in PAIRS if word.startswith(src, i)), None)
        piece = pair[0] if pair else word[i]
        if i == 0 and piece in FIRST:
            out.append(FIRST[piece])
        elif i + len(piece) == len(word) and piece in LAST:
            out.append(LAST[piece])
        else:
            out.append(pair[1] if pair else LETTERS.get(piece, piece))
        i += len(piece)
    return "".join(out)
