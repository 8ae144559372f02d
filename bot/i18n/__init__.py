"""Reply texts in ten languages, from one gettext catalog per language.

Catalogs live in `bot/i18n/locales/<lang>.po` (msgid = a stable key such as `ask.town`, msgstr =
the text with `{placeholders}`), so translators can use any .po tool. German is the fallback.
"""

from __future__ import annotations

import string
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

LANGUAGES: tuple[str, ...] = ("de", "en", "ar", "tr", "uk", "ru", "fa", "ro", "bg", "pl")
FALLBACK = "de"
RTL = frozenset({"ar", "fa"})
NATIVE_NAMES: dict[str, str] = {
    "de": "Deutsch",
    "en": "English",
    "ar": "العربية",
    "tr": "Türkçe",
    "uk": "Українська",
    "ru": "Русский",
    "fa": "فارسی",
    "ro": "Română",
    "bg": "Български",
    "pl": "Polski",
}
LOCALES_DIR = Path(__file__).parent / "locales"


def direction(lang: str) -> str:
    """Text direction of a language: 'rtl' for Arabic and Farsi, else 'ltr'."""
    return "rtl" if lang in RTL else "ltr"


def supported(lang: str | None) -> str:
    """The language if we speak it, else the fallback."""
    return lang if lang in LANGUAGES else FALLBACK


@cache
def catalog(lang: str) -> dict[str, str]:
    """Key → text for one language (empty translations are treated as missing)."""
    path = LOCALES_DIR / f"{lang}.po"
    if not path.exists():
        return {}
    with path.open("rb") as fh:
        po = read_po(fh, locale=lang)
    return {str(m.id): str(m.string) for m in po if m.id and m.string}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def t(key: str, lang: str, **params: object) -> str:
    """The text for `key` in `lang` (German if missing), with placeholders filled."""
    text = catalog(supported(lang)).get(key) or catalog(FALLBACK)[key]
    return text.format(**params) if params else text
