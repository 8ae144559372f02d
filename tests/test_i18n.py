"""The reply catalogs: every language has every text, fills the same placeholders, and is really
translated (no German or English left behind, the right script, RTL only where it belongs)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from babel.messages.pofile import read_po
from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from bot.i18n import LANGUAGES, LOCALES_DIR, catalog, direction, placeholders, t

SOURCE_LANGUAGES = ("de", "en")
TRANSLATED = tuple(lang for lang in LANGUAGES if lang not in SOURCE_LANGUAGES)
SCRIPT = {
    "ar": "ARABIC",
    "fa": "ARABIC",
    "uk": "CYRILLIC",
    "ru": "CYRILLIC",
    "bg": "CYRILLIC",
    "tr": "LATIN",
    "ro": "LATIN",
    "pl": "LATIN",
}
# German institution names that stay German in every language (each explained in the user's
# language where it first appears), plus the bot's and the towns' names.
KEPT_NAMES = re.compile(
    r"(?<![^\W\d_])(?:Agentur für Arbeit|Kommunales Integrationszentrum|TelefonSeelsorge|"
    r"Hilfetelefon|Integrationskurse?|Jugendamt|Jobcenter|Kita|BAMF|MBE|JMD|"
    r"Lotse|Gütersloh|Rheda-Wiedenbrück|Verl)(?![^\W\d_])"
)
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
WORD = re.compile(r"[^\W\d_]{3,}")
MIN_WORDS_TO_DETECT = 5  # shorter texts (buttons, labels) are too short to tell the language
ARABIC_ONLY_LETTERS = "يك"  # Farsi writes ی and ک instead
PERSIAN_ONLY_LETTERS = "یکگپچژ"


def german() -> dict[str, str]:
    return catalog("de")


def without_names(text: str) -> str:
    """The text with placeholders and kept institution/place names blanked out."""
    return KEPT_NAMES.sub(" ", PLACEHOLDER.sub(" ", text))


def is_emoji(char: str) -> bool:
    """Emoji and pictographs (ℹ counts as a letter to Python, so letters() must skip it)."""
    return 0x2100 <= ord(char) <= 0x2BFF or ord(char) >= 0x1F000


def letters(text: str) -> list[str]:
    return [c for c in without_names(text) if c.isalpha() and not is_emoji(c)]


def words(text: str) -> list[str]:
    return WORD.findall(without_names(text).lower())


def left_untranslated(text: str, key: str) -> str | None:
    """Why `text` looks like the German or English text of `key` left in place, else None."""
    if not letters(text):
        return None  # only placeholders, emoji, punctuation, digits or kept names
    sources = [catalog(lang)[key] for lang in SOURCE_LANGUAGES]
    if text.strip().casefold() in {s.strip().casefold() for s in sources}:
        return "identical to the German or English text"
    own = words(text)
    source_words = {w for s in sources for w in words(s)}
    shared = [w for w in own if w in source_words]
    if own and len(shared) / len(own) > 0.5:
        return f"mostly German/English words: {shared}"
    return None


def layout(text: str) -> tuple[int, list[str]]:
    return text.count("\n"), sorted(c for c in text if is_emoji(c))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalog_has_exactly_the_german_keys_with_text(lang: str) -> None:
    texts = catalog(lang)
    assert sorted(german().keys() - texts.keys()) == [], "missing or empty"
    assert sorted(texts.keys() - german().keys()) == [], "not in de.po"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_are_the_same_as_in_german(lang: str) -> None:
    texts = catalog(lang)
    differing = {
        key: sorted(placeholders(texts.get(key, "")))
        for key, text in german().items()
        if placeholders(texts.get(key, "")) != placeholders(text)
    }
    assert differing == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_formats_with_its_placeholders(lang: str) -> None:
    for key, text in german().items():
        values = {name: f"<{name}>" for name in placeholders(text)}
        reply = t(key, lang, **values)
        assert reply.strip(), key
        assert all(value in reply for value in values.values()), key
        if values:
            assert "{" not in reply and "}" not in reply, key


@pytest.mark.parametrize("lang", LANGUAGES)
def test_texts_keep_the_line_breaks_and_emoji_of_the_german(lang: str) -> None:
    texts = catalog(lang)
    differing = [k for k, text in german().items() if layout(texts.get(k, "")) != layout(text)]
    assert differing == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_no_german_or_english_left_untranslated(lang: str) -> None:
    found = {key: left_untranslated(text, key) for key, text in catalog(lang).items()}
    assert {key: why for key, why in found.items() if why} == {}


def test_untranslated_check_finds_pasted_english_and_german() -> None:
    assert left_untranslated(catalog("en")["menu.intro"], "menu.intro")
    assert left_untranslated(german()["results.none"], "results.none")
    assert left_untranslated("Bitte schreiben Sie höchstens {max} Zeichen.", "error.too_long")
    assert left_untranslated("Online", "event.online")
    assert left_untranslated(catalog("pl")["menu.intro"], "menu.intro") is None
    assert left_untranslated("📍 {address}", "card.address") is None


def lingua_language(lang: str) -> Language:
    return Language.from_iso_code_639_1(getattr(IsoCode639_1, lang.upper()))


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    """A detector that only chooses among our ten languages (models ship with lingua)."""
    return LanguageDetectorBuilder.from_languages(*map(lingua_language, LANGUAGES)).build()


@pytest.mark.parametrize("lang", TRANSLATED)
def test_longer_texts_are_recognised_as_their_language(
    lang: str, detector: LanguageDetector
) -> None:
    """Catches a text pasted into the wrong catalog, e.g. Russian in uk.po or Polish in ro.po."""
    wrong = {}
    for key, text in catalog(lang).items():
        if len(words(text)) >= MIN_WORDS_TO_DETECT:
            found = detector.detect_language_of(without_names(text))
            if found != lingua_language(lang):
                wrong[key] = found.name if found else None
    assert wrong == {}


@pytest.mark.parametrize("lang", TRANSLATED)
def test_texts_are_mostly_in_the_script_of_the_language(lang: str) -> None:
    wrong = {}
    for key, text in catalog(lang).items():
        found = letters(text)
        if not found:
            continue
        share = sum(unicodedata.name(c, "").startswith(SCRIPT[lang]) for c in found) / len(found)
        if share < 0.6:
            wrong[key] = round(share, 2)
    assert wrong == {}


def test_farsi_uses_persian_letters_and_arabic_does_not() -> None:
    farsi = [k for k, text in catalog("fa").items() if set(text) & set(ARABIC_ONLY_LETTERS)]
    arabic = [k for k, text in catalog("ar").items() if set(text) & set(PERSIAN_ONLY_LETTERS)]
    assert farsi == []
    assert arabic == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalog_header_states_language_and_review_status(lang: str) -> None:
    with (LOCALES_DIR / f"{lang}.po").open("rb") as fh:
        po = read_po(fh)
    assert str(po.locale) == lang
    assert re.search(r"^# Review status: \S.*$", po.header_comment, re.MULTILINE)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_direction_is_rtl_exactly_for_arabic_and_farsi(lang: str) -> None:
    assert direction(lang) == ("rtl" if lang in {"ar", "fa"} else "ltr")
