"""Arabizi and Finglish spelled in Arabic script for the sentence encoder."""

from __future__ import annotations

import pytest

from bot.language import arabizi_or_finglish
from bot.transliteration import in_arabic_script


@pytest.mark.parametrize(
    ("latin", "script"),
    [
        ("3ndi", "عندی"),  # Arabizi digits for the letters Latin lacks
        ("7arara", "حارارا"),
        ("khoone", "خونه"),  # digraphs; a final e is ه
        ("shab", "شاب"),
        ("mikham", "میخام"),
        ("xorde", "خورده"),  # Finglish also writes kh as x
        ("ibni 4 snin", "ایبنی 4 سنین"),  # numbers stay numbers
        ("Jobcenter!", "جوبکنتر!"),  # punctuation stays
    ],
)
def test_words_in_latin_letters_are_spelt_in_arabic_script(latin: str, script: str) -> None:
    assert in_arabic_script(latin) == script


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ibni 3ando 7arara", True),
        ("shoharam mano zade, komak mikham", True),
        ("baddi kurs almani bi gutersloh", True),
        ("my husband hit me, I need help", False),
        ("Ich suche einen Kitaplatz für meine Tochter", False),
        ("Oğlum için kreş arıyorum", False),
        ("ابني عنده حرارة", False),  # already in Arabic script
    ],
)
def test_arabizi_and_finglish_are_told_from_other_latin_text(text: str, expected: bool) -> None:
    assert arabizi_or_finglish(text) is expected
