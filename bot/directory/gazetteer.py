"""Gazetteer of Kreis Gütersloh: municipalities, postcodes, districts and spellings.

Newcomers write town names in many scripts and spellings ("Guetersloh", "Гютерсло",
"غوترسلوه", "rheda", "33415"). Everything here maps such text to one of the 13 canonical
municipality names fixed in DESIGN.md, which is the value of the `town` entity and the key
the directory searches by. The data lives in `towns.yml` next to this module.
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

logger = logging.getLogger(__name__)

TOWNS_FILE = Path(__file__).with_name("towns.yml")
EARTH_RADIUS_KM = 6371.0088
_POSTCODE = re.compile(r"\d{5}")


@dataclass(frozen=True)
class District:
    """An Ortsteil with an approximate centre, e.g. Avenwedde in Gütersloh."""

    name: str
    latitude: float
    longitude: float
    spellings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Town:
    """One of the 13 municipalities of the district, with what identifies it."""

    name: str
    postcodes: tuple[str, ...]
    latitude: float
    longitude: float
    districts: tuple[District, ...]
    spellings: tuple[str, ...] = ()


# ---------------------------------------------------------------------------------------------
# Normalisation


# Letters that NFKD would take apart but that are distinct letters in their language.
_KEEP_WHOLE = frozenset("йїў")
_LETTER_MAP = str.maketrans(
    {
        "ı": "i",  # Turkish dotless i
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
        "ґ": "г",  # Ukrainian ge, often typed as г
        "ё": "е",
        "ٱ": "ا",  # Arabic alef wasla
        "ة": "ه",  # ta marbuta, commonly written as ha
        "ى": "ي",  # alef maqsura
        "ی": "ي",  # Persian yeh
        "ې": "ي",  # Pashto yeh
        "ک": "ك",  # Persian kaf
        "ە": "ه",
        "ـ": "",  # tatweel (kashida) is only stretching
        "\u200c": " ",  # zero-width non-joiner separates Persian word parts
        "\u200d": "",
    }
)
# German transliterations of umlauts: "Guetersloh" must equal "Gütersloh" (which becomes u).
_UMLAUT_DIGRAPH = re.compile(r"(?<=[a-z])([aou])e|^([aou])e(?=[a-z])")
_CYRILLIC_APOSTROPHE = re.compile(r"(?<=[\u0400-\u04ff])['’ʼ`](?=[\u0400-\u04ff])")
_SEPARATORS = re.compile(r"[^\w]+|_+")


@cache  # characters repeat; decomposing each anew took half the time of `normalize`
def _fold_char(char: str) -> str:
    """Strip diacritics from one character, keeping letters that are letters of their own."""
    if char in _KEEP_WHOLE:
        return char
    if char.isdigit() and not char.isascii():
        return str(unicodedata.digit(char, char))
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize(text: str) -> str:
    """Fold text to a matching key: "Schloß Holte-Stukenbrock" -> "schloss holte stukenbrock".

    Case-folded, diacritics stripped (ü -> u, and the transliteration ue -> u too), ß -> ss,
    Arabic/Persian letter variants unified (أ -> ا, ة -> ه, ی -> ي, ک -> ك, no harakat),
    Cyrillic kept except ё -> е and ґ -> г, non-ASCII digits made ASCII, and any run of
    punctuation, hyphens or spaces collapsed to one space.
    """
    text = unicodedata.normalize("NFC", text).casefold()
    text = _CYRILLIC_APOSTROPHE.sub("", text)
    text = "".join(_fold_char(c) for c in text).translate(_LETTER_MAP)
    words = _SEPARATORS.sub(" ", text).split()
    return " ".join(_UMLAUT_DIGRAPH.sub(r"\1\2", word) for word in words)


# ---------------------------------------------------------------------------------------------
# Loading


def _parse_town(raw: dict[str, Any]) -> Town:
    districts = tuple(
        District(str(d["name"]), float(d["latitude"]), float(d["longitude"]),
                 tuple(str(s) for s in d.get("spellings") or ()))
        for d in raw.get("districts") or ()
    )
    return Town(
        name=str(raw["name"]),
        postcodes=tuple(str(code) for code in raw["postcodes"]),
        latitude=float(raw["latitude"]),
        longitude=float(raw["longitude"]),
        districts=districts,
        spellings=tuple(str(s) for s in raw.get("spellings") or ()),
    )


@cache
def towns() -> list[Town]:
    """All 13 municipalities, in the order of `towns.yml` (alphabetical)."""
    with TOWNS_FILE.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return [_parse_town(raw) for raw in data["towns"]]


def _district_spellings(town: Town) -> dict[str, set[str]]:
    """District names alone, in their other spellings and as "<town> <district>" (e.g.
    "Gütersloh-Avenwedde")."""
    keys: dict[str, set[str]] = {}
    for district in town.districts:
        for spelling in (district.name, *district.spellings, f"{town.name} {district.name}"):
            keys.setdefault(normalize(spelling), set()).add(town.name)
    return keys


@cache
def all_spellings() -> dict[str, str]:
    """Map every normalised spelling (names, aliases, unambiguous districts) to its town.

    A district name shared by two towns (Sende, Bokel) is left out, because it cannot tell
    the towns apart. Two towns claiming the same explicit alias is a data error.
    """
    spellings: dict[str, str] = {}
    district_claims: dict[str, set[str]] = {}
    for town in towns():
        for spelling in (town.name, *town.spellings):
            key = normalize(spelling)
            owner = spellings.setdefault(key, town.name)
            if owner != town.name:
                raise ValueError(
                    f"{TOWNS_FILE}: spelling {spelling!r} of {town.name} is also one of {owner}"
                )
        for key, owners in _district_spellings(town).items():
            district_claims.setdefault(key, set()).update(owners)
    for key, owners in district_claims.items():
        if len(owners) == 1 and key not in spellings:
            spellings[key] = next(iter(owners))
    return spellings


@cache
def _compact_spellings() -> dict[str, str]:
    """Spellings without spaces, so "RhedaWiedenbrück" or "SchlossHolte" still resolve."""
    return {key.replace(" ", ""): town for key, town in all_spellings().items()}


@cache
def _postcodes() -> dict[str, str]:
    return {code: town.name for town in towns() for code in town.postcodes}


# ---------------------------------------------------------------------------------------------
# Look-ups


def town_of_postcode(code: str | int) -> str | None:
    """The municipality a five-digit postcode belongs to, or None outside the district."""
    return _postcodes().get(normalize(str(code)))


def resolve_town(text: str) -> str | None:
    """Canonical town name for a spelling, district name or postcode; None if unknown.

    Meant for whole values (a slot, a button, a form field), not for running text: use
    `bot.entities.extract_entities` to find towns inside a sentence.
    """
    key = normalize(text)
    if not key:
        return None
    town = all_spellings().get(key) or _compact_spellings().get(key.replace(" ", ""))
    if town:
        return town
    codes = [code for code in _POSTCODE.findall(key) if code in _postcodes()]
    return _postcodes()[codes[0]] if codes else None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance between two WGS84 points in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@cache
def _reference_points() -> tuple[tuple[str, float, float], ...]:
    """Town centres and district centres, so large towns are covered beyond their centre."""
    points = []
    for town in towns():
        points.append((town.name, town.latitude, town.longitude))
        points.extend((town.name, d.latitude, d.longitude) for d in town.districts)
    return tuple(points)


def nearest_town(lat: float, lon: float, max_km: float = 25) -> str | None:
    """The town whose centre or district centre is closest to a point (e.g. a shared
    Telegram location), or None when nothing is within `max_km`.

    Without municipal boundaries this is an approximation: points just across the district
    border (e.g. in Bielefeld) are attributed to the nearest town as long as they are within
    `max_km` of one of its reference points.
    """
    best_town, best_km = None, math.inf
    for name, p_lat, p_lon in _reference_points():
        km = distance_km(lat, lon, p_lat, p_lon)
        if km < best_km:
            best_town, best_km = name, km
    return best_town if best_km <= max_km else None
