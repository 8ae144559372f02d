"""What the stores index for each record: search keys, folded words, walk-in hours.

Why it is built this way:

* Search is a walk along one index. Every active service has rows in `search_keys`, one per
  (place, category) it can be found by, where place is a district town it is located in or
  serves ('' = anywhere) and category is one of its categories ('' = any). A row carries
  the service's rank for that place (local first, then the distance to the town centre,
  precomputed) and the filter columns (age, MSO), so "childcare in Verl for a 3-year-old"
  reads the index in result order and stops after three matches. A district-wide service
  has rows for all 13 towns (not local there).
* Text is folded in Python before it is indexed or searched (case, diacritics, ß -> ss,
  German umlauts also as ae/oe/ue), so `Gutersloh`, `Guetersloh` and `gütersloh` all find
  `Gütersloh`, whatever the database's own tokenizer would do, on SQLite and PostgreSQL.
* "Open now" is prefiltered in SQL on weekly walk-in minutes that know whether they apply on
  public holidays; closures and validity ranges are confirmed with the schedules engine.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bot.directory.gazetteer import towns
from bot.directory.model import DISTRICT_AREA, STATE_AREA, Event, Service
from bot.directory.schedules import MINUTES_PER_DAY, Schedule

# Part of every content hash: bump it when indexing changes, so a re-import re-indexes.
INDEX_VERSION = "6"
ANYWHERE = ""
ANY_CATEGORY = ""
LOCAL, WIDE = 0, 1  # rank groups: in or for the town itself, then district- or state-wide
NOWHERE = 1e12  # distance rank of services without a location: after all located ones
KM_PER_DEGREE = 111.195
BAND_DEGREES = 0.01  # latitude bands of the `near` index (about 1.1 km)
PREFIX_MIN_LENGTH = 4
PREFIX_END = "\U0010ffff"  # sorts after every character: words from `term` to `term + END`
MAX_TERMS = 8
# Spoken languages with a bit in `search_keys.lang_mask` (a filter without a join); others
# are looked up in `service_languages`. Appending keeps old bits; any change needs a re-import
# (bump INDEX_VERSION).
MASKED_LANGUAGES = (
    "de", "en", "ar", "tr", "uk", "ru", "fa", "ro", "bg", "pl",
    "ku", "ckb", "kmr", "ti", "so", "sq", "sr", "hr", "bs", "mk", "sl", "it", "es", "fr", "pt",
    "nl", "el", "hu", "cs", "sk", "lt", "lv", "et", "hy", "ka", "az", "ur", "hi", "bn", "pa",
    "ta", "ps", "prs", "am", "om", "ha", "yo", "ig", "sw", "zh", "vi", "th", "ja", "ko", "he",
    "tk", "uz", "kk", "tg", "mn", "ln", "wo",
)  # fmt: skip
# day rules of walk-in rows: on ordinary days only, on public holidays only, on both
ORDINARY_DAYS, HOLIDAYS, ALL_DAYS = 0, 1, 2
_NO_MIN_AGE, _NO_MAX_AGE = 0, 999
_WORD = re.compile(r"[^\W_]+")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
# letters that Unicode does not decompose, and Arabic/Persian letter variants users mix up
_LETTERS = {"ł": "l", "ı": "i", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ي": "ی", "ك": "ک"}


@lru_cache(maxsize=1)
def _folding_table() -> dict[int, str | None]:
    """Drops combining marks (diacritics, Arabic harakat, the tatweel) and maps _LETTERS."""
    table: dict[int, str | None] = {
        code: None for code in range(0x10000) if unicodedata.combining(chr(code))
    }
    table[ord("ـ")] = None
    table.update({ord(letter): plain for letter, plain in _LETTERS.items()})
    return table


def fold(text: str) -> str:
    """Lower case without diacritics: `Gütersloh` -> `gutersloh`, `Straße` -> `strasse`."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKD", text.casefold()).translate(_folding_table())


def words(text: str) -> list[str]:
    """The folded words of a text, as both the index and the queries see them."""
    return _WORD.findall(fold(text))


def index_words(texts: Iterable[str]) -> list[str]:
    """Distinct folded words of the texts, German umlauts also spelled ae/oe/ue."""
    text = "\n".join(texts)
    found = words(text)
    if any(ch in text for ch in "äöüÄÖÜ"):
        found += words(text.translate(_UMLAUTS))
    return list(dict.fromkeys(found))


def query_terms(text: str | None) -> list[str]:
    """Search words of a free-text query (at most MAX_TERMS, duplicates dropped)."""
    return list(dict.fromkeys(words(text or "")))[:MAX_TERMS]


def is_prefix_term(term: str) -> bool:
    """Words of four letters or more also find longer words (`kita` finds `kitas`)."""
    return len(term) >= PREFIX_MIN_LENGTH


def has_all_terms(indexed: Iterable[str], terms: Iterable[str]) -> bool:
    """Whether indexed words contain every term, as the full-text indexes decide it."""
    indexed = list(indexed)
    return all(
        any(word.startswith(term) if is_prefix_term(term) else word == term for word in indexed)
        for term in terms
    )


def language_bit(code: str) -> int | None:
    """The language's bit in `lang_mask`, None if it has none (then `service_languages`)."""
    return 1 << MASKED_LANGUAGES.index(code) if code in MASKED_LANGUAGES else None


def place_token(place: str) -> str:
    """Facet words in the full-text index: they start with a digit, unlike German words."""
    return "0fp" + "".join(words(place))


def category_token(category: str) -> str:
    return "0fc" + "".join(words(category))


def language_token(code: str) -> str:
    return "0fl" + code


MSO_TOKEN = "0fmso"


def facet_tokens(service: Service) -> list[str]:
    """Where, what, in which languages, MSO: for the full-text index to intersect."""
    return [
        *(place_token(place) for place in _places(service) if place != ANYWHERE),
        *(category_token(category) for category in service.categories),
        *(language_token(code) for code in service.languages),
        *([MSO_TOKEN] if service.organization.is_mso else []),
    ]


def content_hash(doc: str) -> str:
    return hashlib.sha256(f"{INDEX_VERSION}\n{doc}".encode()).hexdigest()


def canonical_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def km_squared(lat0: float, lon0: float, lat: float, lon: float) -> float:
    """Equirectangular squared distance in km², the ranking measure (same formula as in SQL)."""
    east_scale = math.cos(math.radians(lat0)) * KM_PER_DEGREE
    north = (lat - lat0) * KM_PER_DEGREE
    east = (lon - lon0) * east_scale
    return north * north + east * east


def latitude_band(latitude: float) -> int:
    return math.floor(latitude / BAND_DEGREES)


@lru_cache(maxsize=1)
def town_centres() -> dict[str, tuple[float, float]]:
    return {town.name: (town.latitude, town.longitude) for town in towns()}


def walk_in_rows(schedule: Schedule) -> set[tuple[str, int, int, int, int, int]]:
    """(tz, weekday, opens, closes, day rule, spill) minutes of walk-in hours.

    Like `schedules.walk_in_minutes`, overnight slots are split at midnight, but each row
    also says whether it applies on public holidays, and `spill` marks the part after
    midnight, which follows the rules of the day before (the day the slot starts).
    """
    ordinary_rule = ALL_DAYS if schedule.holidays == "open" else ORDINARY_DAYS
    spans = [
        (slot.weekday, slot.opens, slot.end, ordinary_rule)
        for slot in schedule.slots
        if not slot.appointment_only
    ]
    if schedule.holidays == "special":
        spans += [
            (day, opens, closes if closes > opens else closes + MINUTES_PER_DAY, HOLIDAYS)
            for day in range(7)
            for opens, closes in schedule.holiday_hours
        ]
    rows = set()
    for day, opens, end, rule in spans:
        rows.add((schedule.timezone, day, opens, min(end, MINUTES_PER_DAY), rule, 0))
        if end > MINUTES_PER_DAY:
            rows.add((schedule.timezone, (day + 1) % 7, 0, end - MINUTES_PER_DAY, rule, 1))
    return rows


HOUR_BITS_PER_COLUMN = 56  # 7 days x 24 hours in three integer columns


def hour_bit(weekday: int, hour: int) -> tuple[int, int]:
    """(column 0-2, bit value) of one hour of the week in the `hours0..2` masks."""
    index = weekday * 24 + hour
    return index // HOUR_BITS_PER_COLUMN, 1 << (index % HOUR_BITS_PER_COLUMN)


def hour_masks(rows: Iterable[tuple[str, int, int, int, int, int]]) -> list[int]:
    """Hours of the week with any walk-in time: a cheap superset test before the exact one."""
    masks = [0, 0, 0]
    for _, weekday, opens, closes, _, _ in rows:
        for hour in range(opens // 60, (closes - 1) // 60 + 1):
            column, bit = hour_bit(weekday, hour)
            masks[column] |= bit
    return masks


def _places(service: Service) -> dict[str, int]:
    """Each place the service can be found by, with its rank group there."""
    places = {ANYWHERE: LOCAL}
    if service.location:
        places[service.location.town] = LOCAL
    for area in service.service_area:
        if area in (DISTRICT_AREA, STATE_AREA):
            for town in town_centres():
                places.setdefault(town, WIDE)
        else:
            places[area] = LOCAL
    return places


def _search_keys(service: Service, hours: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """(place, category, rank group, distance, sort name, id, languages bitmask,
    min/max age, MSO, lat, lon, band, hours0-2)."""
    location = service.location
    centres = town_centres()
    filters = (
        sum(language_bit(code) or 0 for code in service.languages),
        _NO_MIN_AGE if service.minimum_age is None else service.minimum_age,
        _NO_MAX_AGE if service.maximum_age is None else service.maximum_age,
        int(service.organization.is_mso),
        location.latitude if location else None,
        location.longitude if location else None,
        latitude_band(location.latitude) if location else None,
        *hour_masks(hours),
    )
    sort_name = fold(service.name)
    rows = []
    for place, group in _places(service).items():
        if place == ANYWHERE or place not in centres:
            distance = 0.0
        elif location is None:
            distance = NOWHERE
        else:
            distance = km_squared(*centres[place], location.latitude, location.longitude)
        for category in (ANY_CATEGORY, *service.categories):
            rows.append((place, category, group, distance, sort_name, service.id, *filters))
    return rows


@dataclass(frozen=True)
class ServiceRow:
    """A service as the stores index it: search keys, words, languages, walk-in hours."""

    id: str
    doc: str
    hash: str
    active: bool
    keys: list[tuple[Any, ...]]
    title_words: list[str]
    body_words: list[str]
    facets: list[str]
    languages: tuple[str, ...]
    hours: list[tuple[str, int, int, int, int, int]]

    @classmethod
    def of(cls, service: Service) -> ServiceRow:
        doc = canonical_json(service.to_dict())
        names = [service.name, *(t.get("name", "") for t in service.translations.values())]
        title_words = index_words([*names, *service.keywords])
        body = [
            service.description,
            *(t.get("description", "") for t in service.translations.values()),
            service.organization.name,
            *(service.mso.communities if service.mso else ()),
        ]
        in_titles = set(title_words)
        hours = sorted(
            {row for schedule in service.opening_schedules() for row in walk_in_rows(schedule)}
        )
        return cls(
            id=service.id,
            doc=doc,
            hash=content_hash(doc),
            active=service.is_active,
            keys=_search_keys(service, hours) if service.is_active else [],
            title_words=title_words,
            body_words=[word for word in index_words(body) if word not in in_titles],
            facets=facet_tokens(service),
            languages=service.languages,
            hours=hours,
        )

    @property
    def titles(self) -> str:
        return " ".join(self.title_words)


@dataclass(frozen=True)
class EventRow:
    id: str
    doc: str
    hash: str
    start_ts: int
    end_ts: int
    town: str | None
    online: int

    @classmethod
    def of(cls, event: Event) -> EventRow:
        doc = canonical_json(event.to_dict())
        return cls(
            id=event.id,
            doc=doc,
            hash=content_hash(doc),
            start_ts=int(event.starts_at.timestamp()),
            end_ts=int(event.ends_at.timestamp()),
            town=event.place.town if event.place else None,
            online=int(event.online),
        )
