"""The service directory's records: services, events and the document that carries them.

The shape is the Lotse profile of Open Referral HSDS 3 (docs/directory-format.md). Every record
is validated when it is built from JSON, and a problem raises `ValidationError` naming the
record, the field path and the reason, so a municipality can fix its file without reading code.
`to_dict()` gives the normalized JSON with a stable key order: export -> import -> export is
byte-identical.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.directory.gazetteer import resolve_town
from bot.directory.schedules import Schedule, ScheduleError, is_open

logger = logging.getLogger(__name__)

PROFILE = "lotse-hsds-3"
LANGUAGES = ("de", "en", "ar", "tr", "uk", "ru", "fa", "ro", "bg", "pl")
CATEGORIES = (
    "childcare",
    "job_support",
    "counselling",
    "language_course",
    "prevention",
    "community",
    "event",
    "emergency",
)
CONTACT_TYPES = ("phone", "email", "web", "chat", "whatsapp")
MSO_ACTIVITIES = (
    "counselling",
    "homework_help",
    "refugee_support",
    "culture",
    "religion",
    "sport",
    "language",
    "women",
    "youth",
    "parents",
)
DISTRICT_AREA = "Kreis Gütersloh"
STATE_AREA = "NRW"
DEFAULT_TIMEZONE = "Europe/Berlin"
MAX_AGE = 120

_ID = re.compile(r"[a-z0-9-]{3,80}")
_POSTCODE = re.compile(r"[0-9]{5}")
_SPOKEN_LANGUAGE = re.compile(r"[a-z]{2,3}")
_COUNTRY = re.compile(r"[A-Z]{2}")
_URL = re.compile(r"https?://[^\s/$.?#][^\s]*", re.IGNORECASE)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# International form, or a German short number that exists only as dialled (110, 112, 116 xxx):
# "+49 110" would not connect, so emergency numbers stay as people dial them.
_PHONE = re.compile(r"\+[1-9][0-9 ()/-]{5,30}|11[0-9]|116 ?[0-9]{3}")
_EVENT_TIME = "%Y-%m-%dT%H:%M"
# Germany's bounding box: catches swapped latitude/longitude, the most common coordinate error.
_LATITUDES = (47.2, 55.1)
_LONGITUDES = (5.8, 15.1)


_ORGANIZATION_FIELDS = frozenset(("id", "name", "website", "email", "is_mso"))
_CONTACT_FIELDS = frozenset(("id", "type", "value", "label"))
_SOURCE_FIELDS = frozenset(("name", "url", "sample"))
_COST_FIELDS = frozenset(("free", "description"))
_MSO_FIELDS = frozenset(("communities", "origins", "activities"))
_PLACE_FIELDS = frozenset(("name", "address", "town"))
_LOCATION_FIELDS = frozenset(
    ("name", "address", "postal_code", "town", "district", "latitude", "longitude",
     "accessibility")
)  # fmt: skip
# translated fields, in the order exports list them
_SERVICE_TRANSLATED = ("name", "description", "application_process")
_EVENT_TRANSLATED = ("title", "description")


class ValidationError(ValueError):
    """A record breaks the data format; the message names record, field path and reason."""

    def __init__(self, record: str, field_path: str, reason: str, record_id: str | None = None):
        self.record = record
        self.field = field_path
        self.reason = reason
        self.record_id = record_id
        where = f"{record} ({record_id})" if record_id else record
        super().__init__(f"{where}: {field_path}: {reason}" if field_path else f"{where}: {reason}")


def _type_name(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false"}
    if value is None:
        return "null"
    return names.get(type(value), "a number" if isinstance(value, int | float) else "a value")


class _Reader:
    """Typed access to one JSON object; every problem becomes a ValidationError for its field."""

    def __init__(self, data: Any, record: str, record_id: str | None = None, prefix: str = ""):
        self.record = record
        self.record_id = record_id
        self.prefix = prefix
        if not isinstance(data, dict):
            raise self.error("", f"must be an object, not {_type_name(data)}")
        self.data: dict[str, Any] = data

    def error(self, key: str, reason: str) -> ValidationError:
        path = f"{self.prefix}{key}" if key else self.prefix.rstrip(".")
        return ValidationError(self.record, path, reason, self.record_id)

    def reject_unknown(self, allowed: frozenset[str]) -> None:
        if not self.data.keys() <= allowed:
            unknown = sorted(set(self.data) - allowed)[0]
            raise self.error(unknown, "unknown field (see docs/directory-format.md)")

    def child(self, key: str) -> _Reader | None:
        value = self.data.get(key)
        if value is None:
            return None
        return _Reader(value, self.record, self.record_id, f"{self.prefix}{key}.")

    def required_child(self, key: str) -> _Reader:
        child = self.child(key)
        if child is None:
            raise self.error(key, "is required")
        return child

    def children(self, key: str) -> list[_Reader]:
        items = self._list(key)
        return [
            _Reader(item, self.record, self.record_id, f"{self.prefix}{key}[{i}].")
            for i, item in enumerate(items)
        ]

    def raw_list(self, key: str) -> list[Any]:
        return self._list(key)

    def string(self, key: str) -> str | None:
        """An optional text; empty counts as missing."""
        value = self.data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        return self._text(key, value)

    def required_string(self, key: str) -> str:
        value = self.data.get(key)
        if value is None:
            raise self.error(key, "is required")
        if isinstance(value, str) and not value.strip():
            raise self.error(key, "must not be empty")
        return self._text(key, value)

    def matching(self, key: str, pattern: re.Pattern[str], reason: str) -> str | None:
        """An optional text that must match `pattern` (else: "<value> <reason>")."""
        value = self.string(key)
        if value is not None and not pattern.fullmatch(value):
            raise self.error(key, f"{value!r} {reason}")
        return value

    def required_matching(self, key: str, pattern: re.Pattern[str], reason: str) -> str:
        value = self.required_string(key)
        if not pattern.fullmatch(value):
            raise self.error(key, f"{value!r} {reason}")
        return value

    def _text(self, key: str, value: Any) -> str:
        if not isinstance(value, str):
            raise self.error(key, f"must be a string, not {_type_name(value)}")
        return value.strip()

    def boolean(self, key: str, default: bool | None = None) -> bool:
        value = self.data.get(key)
        if value is None:
            if default is None:
                raise self.error(key, "is required (true or false)")
            return default
        if not isinstance(value, bool):
            raise self.error(key, f"must be true or false, not {value!r}")
        return value

    def integer(self, key: str, low: int, high: int) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, f"{value!r} is not a whole number")
        if not low <= value <= high:
            raise self.error(key, f"{value} is not between {low} and {high}")
        return value

    def number(self, key: str, low: float, high: float, where: str) -> float:
        value = self.data.get(key)
        if value is None:
            raise self.error(key, "is required")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(key, f"{value!r} is not a number")
        if not low <= value <= high:
            raise self.error(key, f"{value} is outside {where} ({low} to {high})")
        return float(value)

    def strings(
        self, key: str, check: Callable[[str], str | None] | None = None
    ) -> tuple[str, ...]:
        """A list of non-empty strings, duplicates dropped; `check` returns a reason or None."""
        result: list[str] = []
        for i, value in enumerate(self._list(key)):
            if not isinstance(value, str) or not value.strip():
                raise self.error(f"{key}[{i}]", f"must be a non-empty string, not {value!r}")
            value = value.strip()
            reason = check(value) if check else None
            if reason:
                raise self.error(f"{key}[{i}]", f"{value!r} {reason}")
            if value not in result:
                result.append(value)
        return tuple(result)

    def date(self, key: str) -> date:
        value = self.required_string(key)
        try:
            if len(value) != 10:
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            raise self.error(key, f"{value!r} is not a date YYYY-MM-DD") from None

    def _list(self, key: str) -> list[Any]:
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.error(key, f"must be a list, not {_type_name(value)}")
        return value


def _one_of(allowed: Iterable[str], what: str) -> Callable[[str], str | None]:
    options = tuple(allowed)
    return lambda value: (
        None if value in options else f"is not a known {what} ({', '.join(options)})"
    )


def _check_url(reader: _Reader, key: str) -> str | None:
    return reader.matching(key, _URL, "is not a web address (http:// or https://)")


def _check_email(reader: _Reader, key: str) -> str | None:
    return reader.matching(key, _EMAIL, "is not an e-mail address")


@lru_cache(maxsize=4096)
def canonical_place(value: str) -> str:
    """A canonical district town for any spelling; other places (outside the district) as given."""
    if value.casefold() in (DISTRICT_AREA.casefold(), "kreis guetersloh", "kreis gutersloh"):
        return DISTRICT_AREA
    if value.casefold() == STATE_AREA.casefold():
        return STATE_AREA
    return resolve_town(value) or value


def _translations(reader: _Reader, keys: tuple[str, ...]) -> dict[str, dict[str, str]]:
    block = reader.child("translations")
    if block is None:
        return {}
    allowed = frozenset(keys)
    result: dict[str, dict[str, str]] = {}
    for lang in sorted(block.data):
        if lang not in LANGUAGES:
            raise block.error(lang, f"{lang!r} is not one of the languages {', '.join(LANGUAGES)}")
        entry = block.child(lang)
        if entry is None:
            continue
        entry.reject_unknown(allowed)
        texts = {key: entry.string(key) for key in keys}
        kept = {key: text for key, text in texts.items() if text is not None}
        if kept:
            result[lang] = kept
    return result


def _localized(
    translations: Mapping[str, Mapping[str, str]], lang: str, key: str, german: str | None
) -> str | None:
    return translations.get(lang, {}).get(key) or german


def _drop_empty(data: dict[str, Any]) -> dict[str, Any]:
    """Optional fields are left out when unset so exports stay readable and stable."""
    return {key: value for key, value in data.items() if value not in (None, [], {}, ())}


@dataclass(frozen=True)
class Organization:
    id: str
    name: str
    is_mso: bool = False
    website: str | None = None
    email: str | None = None

    @classmethod
    def from_reader(cls, reader: _Reader) -> Organization:
        reader.reject_unknown(_ORGANIZATION_FIELDS)
        return cls(
            id=reader.required_string("id"),
            name=reader.required_string("name"),
            is_mso=reader.boolean("is_mso"),
            website=_check_url(reader, "website"),
            email=_check_email(reader, "email"),
        )

    def to_dict(self) -> dict[str, Any]:
        data = {"id": self.id, "name": self.name, "website": self.website, "email": self.email}
        return {**_drop_empty(data), "is_mso": self.is_mso}


@dataclass(frozen=True)
class Location:
    address: str
    postal_code: str
    town: str
    latitude: float
    longitude: float
    name: str | None = None
    district: str | None = None
    accessibility: tuple[str, ...] = ()

    @classmethod
    def from_reader(cls, reader: _Reader) -> Location:
        reader.reject_unknown(_LOCATION_FIELDS)
        return cls(
            name=reader.string("name"),
            address=reader.required_string("address"),
            postal_code=reader.required_matching(
                "postal_code", _POSTCODE, "is not a 5-digit German postcode"
            ),
            town=canonical_place(reader.required_string("town")),
            district=reader.string("district"),
            latitude=reader.number("latitude", *_LATITUDES, where="Germany"),
            longitude=reader.number("longitude", *_LONGITUDES, where="Germany"),
            accessibility=reader.strings("accessibility"),
        )

    def to_dict(self) -> dict[str, Any]:
        return _drop_empty(
            {
                "name": self.name,
                "address": self.address,
                "postal_code": self.postal_code,
                "town": self.town,
                "district": self.district,
                "latitude": self.latitude,
                "longitude": self.longitude,
                "accessibility": list(self.accessibility),
            }
        )


@dataclass(frozen=True)
class Contact:
    id: str
    type: str
    value: str
    label: str | None = None

    @classmethod
    def from_reader(cls, reader: _Reader) -> Contact:
        reader.reject_unknown(_CONTACT_FIELDS)
        kind = reader.required_matching(
            "type", re.compile("|".join(CONTACT_TYPES)), f"is not one of {', '.join(CONTACT_TYPES)}"
        )
        checks = {
            "phone": (
                _PHONE,
                "is not a phone number in international form (+49 5241 ...)"
                " or a short number (110, 112, 116 016)",
            ),
            "whatsapp": (_PHONE, "is not a phone number in international form (+49 ...)"),
            "email": (_EMAIL, "is not an e-mail address"),
            "web": (_URL, "is not a web address (http:// or https://)"),
            "chat": (_URL, "is not a web address (http:// or https://)"),
        }
        pattern, reason = checks[kind]
        return cls(
            id=reader.required_string("id"),
            type=kind,
            value=reader.required_matching("value", pattern, reason),
            label=reader.string("label"),
        )

    def to_dict(self) -> dict[str, Any]:
        return _drop_empty(
            {"id": self.id, "type": self.type, "value": self.value, "label": self.label}
        )


@dataclass(frozen=True)
class Source:
    name: str
    sample: bool
    url: str | None = None

    @classmethod
    def from_reader(cls, reader: _Reader) -> Source:
        reader.reject_unknown(_SOURCE_FIELDS)
        return cls(
            name=reader.required_string("name"),
            url=_check_url(reader, "url"),
            sample=reader.boolean("sample"),
        )

    def to_dict(self) -> dict[str, Any]:
        return {**_drop_empty({"name": self.name, "url": self.url}), "sample": self.sample}


@dataclass(frozen=True)
class Cost:
    free: bool
    description: str | None = None

    @classmethod
    def from_reader(cls, reader: _Reader) -> Cost:
        reader.reject_unknown(_COST_FIELDS)
        return cls(free=reader.boolean("free"), description=reader.string("description"))

    def to_dict(self) -> dict[str, Any]:
        return {"free": self.free, **_drop_empty({"description": self.description})}


@dataclass(frozen=True)
class MsoProfile:
    """What a newcomer needs to find a migrant self-organisation: community, origin, activities."""

    communities: tuple[str, ...] = ()
    origins: tuple[str, ...] = ()
    activities: tuple[str, ...] = ()

    @classmethod
    def from_reader(cls, reader: _Reader) -> MsoProfile:
        reader.reject_unknown(_MSO_FIELDS)

        def country(value: str) -> str | None:
            return None if _COUNTRY.fullmatch(value) else "is not an ISO 3166 alpha-2 code (SY)"

        return cls(
            communities=reader.strings("communities"),
            origins=reader.strings("origins", country),
            activities=reader.strings("activities", _one_of(MSO_ACTIVITIES, "MSO activity")),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "communities": list(self.communities),
            "origins": list(self.origins),
            "activities": list(self.activities),
        }


@dataclass(frozen=True)
class Place:
    """Where an event takes place (events are not bound to a service location)."""

    name: str
    town: str
    address: str | None = None

    @classmethod
    def from_reader(cls, reader: _Reader) -> Place:
        reader.reject_unknown(_PLACE_FIELDS)
        return cls(
            name=reader.required_string("name"),
            address=reader.string("address"),
            town=canonical_place(reader.required_string("town")),
        )

    def to_dict(self) -> dict[str, Any]:
        return _drop_empty({"name": self.name, "address": self.address, "town": self.town})


def _record_id(data: Any, record: str) -> str:
    """Read and check a record's id first, so every later error can name the record by it."""
    reader = _Reader(data, record)
    value = reader.data.get("id")
    if not isinstance(value, str) or not _ID.fullmatch(value):
        shown = (
            "is required"
            if value is None
            else f"{value!r} is not an id of 3-80 characters a-z 0-9 -"
        )
        raise reader.error("id", shown)
    return value


@lru_cache(maxsize=4096)
def _parsed_schedule(canonical: str) -> Schedule:
    """Schedules are immutable and many services share their hours: parse each shape once."""
    return Schedule.from_dict(json.loads(canonical))


def _schedules(reader: _Reader, contact_ids: set[str]) -> tuple[Schedule, ...]:
    result = []
    for i, item in enumerate(reader.raw_list("schedules")):
        path = f"schedules[{i}]"
        try:
            schedule = _parsed_schedule(json.dumps(item, sort_keys=True))
        except ScheduleError as exc:
            raise reader.error(path, str(exc)) from None
        if schedule.contact is not None and schedule.contact not in contact_ids:
            raise reader.error(f"{path}.contact", f"{schedule.contact!r} is not a contact id here")
        result.append(schedule)
    return tuple(result)


def _contacts(reader: _Reader) -> tuple[Contact, ...]:
    contacts: list[Contact] = []
    for i, child in enumerate(reader.children("contacts")):
        contact = Contact.from_reader(child)
        if any(c.id == contact.id for c in contacts):
            raise reader.error(f"contacts[{i}].id", f"{contact.id!r} is used twice")
        contacts.append(contact)
    return tuple(contacts)


_SERVICE_FIELDS = frozenset((
    "id", "organization", "name", "description", "application_process", "translations",
    "categories", "keywords", "status", "minimum_age", "maximum_age", "target_groups",
    "languages", "cost", "required_documents", "location", "online", "service_area",
    "contacts", "schedules", "mso", "source", "last_checked",
))  # fmt: skip


@dataclass(frozen=True)
class Service:
    id: str
    organization: Organization
    name: str
    description: str
    categories: tuple[str, ...]
    source: Source
    last_checked: date
    application_process: str | None = None
    translations: dict[str, dict[str, str]] = field(default_factory=dict)
    keywords: tuple[str, ...] = ()
    status: str = "active"
    minimum_age: int | None = None
    maximum_age: int | None = None
    target_groups: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    cost: Cost | None = None
    required_documents: tuple[str, ...] = ()
    location: Location | None = None
    online: bool = False
    service_area: tuple[str, ...] = ()
    contacts: tuple[Contact, ...] = ()
    schedules: tuple[Schedule, ...] = ()
    mso: MsoProfile | None = None

    @classmethod
    def from_dict(cls, data: Any, path: str = "service") -> Service:
        """Validate one service record (JSON object) and build it; raises ValidationError."""
        record_id = _record_id(data, path)
        reader = _Reader(data, path, record_id)
        reader.reject_unknown(_SERVICE_FIELDS)
        contacts = _contacts(reader)
        categories = reader.strings("categories", _one_of(CATEGORIES, "category"))
        if not categories:
            raise reader.error("categories", f"needs at least one of {', '.join(CATEGORIES)}")
        minimum_age = reader.integer("minimum_age", 0, MAX_AGE)
        maximum_age = reader.integer("maximum_age", 0, MAX_AGE)
        if minimum_age is not None and maximum_age is not None and minimum_age > maximum_age:
            raise reader.error("maximum_age", f"{maximum_age} is below minimum_age {minimum_age}")
        status = reader.string("status") or "active"
        if status not in ("active", "inactive"):
            raise reader.error("status", f"{status!r} is not 'active' or 'inactive'")
        location = reader.child("location")
        cost = reader.child("cost")
        mso = reader.child("mso")
        return cls(
            id=record_id,
            organization=Organization.from_reader(reader.required_child("organization")),
            name=reader.required_string("name"),
            description=reader.required_string("description"),
            application_process=reader.string("application_process"),
            translations=_translations(reader, _SERVICE_TRANSLATED),
            categories=categories,
            keywords=reader.strings("keywords"),
            status=status,
            minimum_age=minimum_age,
            maximum_age=maximum_age,
            target_groups=reader.strings("target_groups"),
            languages=tuple(
                code.lower()
                for code in reader.strings(
                    "languages",
                    lambda v: (
                        None
                        if _SPOKEN_LANGUAGE.fullmatch(v.lower())
                        else "is not an ISO 639-1/-3 language code"
                    ),
                )
            ),
            cost=Cost.from_reader(cost) if cost else None,
            required_documents=reader.strings("required_documents"),
            location=Location.from_reader(location) if location else None,
            online=reader.boolean("online", default=False),
            service_area=tuple(canonical_place(v) for v in reader.strings("service_area")),
            contacts=contacts,
            schedules=_schedules(reader, {c.id for c in contacts}),
            mso=MsoProfile.from_reader(mso) if mso else None,
            source=Source.from_reader(reader.required_child("source")),
            last_checked=reader.date("last_checked"),
        )

    def to_dict(self) -> dict[str, Any]:
        """Normalized JSON in the documented field order; unset optional fields are left out."""
        data: dict[str, Any] = {
            "id": self.id,
            "organization": self.organization.to_dict(),
            "name": self.name,
            "description": self.description,
            "application_process": self.application_process,
            "translations": self.translations,
            "categories": list(self.categories),
            "keywords": list(self.keywords),
            "status": self.status,
            "minimum_age": self.minimum_age,
            "maximum_age": self.maximum_age,
            "target_groups": list(self.target_groups),
            "languages": list(self.languages),
            "cost": self.cost.to_dict() if self.cost else None,
            "required_documents": list(self.required_documents),
            "location": self.location.to_dict() if self.location else None,
            "online": self.online,
            "service_area": list(self.service_area),
            "contacts": [c.to_dict() for c in self.contacts],
            "schedules": [s.to_dict() for s in self.schedules],
            "mso": self.mso.to_dict() if self.mso else None,
            "source": self.source.to_dict(),
            "last_checked": self.last_checked.isoformat(),
        }
        kept = _drop_empty(data)
        kept["status"] = self.status
        kept["online"] = self.online
        return {key: kept[key] for key in data if key in kept}

    @property
    def is_active(self) -> bool:
        return self.status == "active"

    @property
    def areas(self) -> tuple[str, ...]:
        """Where the service is offered: its service_area, or else the town it is located in."""
        if self.service_area:
            return self.service_area
        return (self.location.town,) if self.location else ()

    def name_in(self, lang: str) -> str:
        return _localized(self.translations, lang, "name", self.name) or self.name

    def description_in(self, lang: str) -> str:
        return _localized(self.translations, lang, "description", self.description) or ""

    def application_in(self, lang: str) -> str | None:
        return _localized(self.translations, lang, "application_process", self.application_process)

    def schedule_for(self, contact_id: str | None = None) -> Schedule | None:
        """The first schedule of one contact (None: the service's own hours), if any."""
        return next((s for s in self.schedules if s.contact == contact_id), None)

    def opening_schedules(self) -> tuple[Schedule, ...]:
        """The schedules that say whether the service is open: its own, or else its contacts'.

        A hotline-only service has no hours of its own; its hotline's hours are then the
        service's reachability.
        """
        own = tuple(s for s in self.schedules if s.contact is None)
        return own or self.schedules

    def is_open(self, at: datetime) -> bool:
        """Open for walk-in (or reachable) at an aware instant, holidays and closures included."""
        return any(is_open(schedule, at) for schedule in self.opening_schedules())


_EVENT_FIELDS = frozenset((
    "id", "organization", "title", "description", "translations", "start", "end", "timezone",
    "online", "place", "registration_url", "categories", "source", "last_checked",
))  # fmt: skip


def _event_time(reader: _Reader, key: str) -> datetime:
    value = reader.required_string(key)
    try:
        return datetime.strptime(value, _EVENT_TIME)
    except ValueError:
        raise reader.error(key, f"{value!r} is not a local date-time YYYY-MM-DDTHH:MM") from None


def _timezone(reader: _Reader) -> str:
    name = reader.string("timezone") or DEFAULT_TIMEZONE
    try:
        if not re.fullmatch(r"[A-Za-z_]+(/[A-Za-z0-9_+-]+)+", name):
            raise ZoneInfoNotFoundError(name)
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise reader.error(
            "timezone", f"{name!r} is not a time-zone name like Europe/Berlin"
        ) from None
    return name


@dataclass(frozen=True)
class Event:
    id: str
    organization: Organization
    title: str
    start: datetime
    end: datetime
    online: bool
    source: Source
    last_checked: date
    timezone: str = DEFAULT_TIMEZONE
    description: str | None = None
    translations: dict[str, dict[str, str]] = field(default_factory=dict)
    place: Place | None = None
    registration_url: str | None = None
    categories: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: Any, path: str = "event") -> Event:
        """Validate one event record (JSON object) and build it; raises ValidationError."""
        record_id = _record_id(data, path)
        reader = _Reader(data, path, record_id)
        reader.reject_unknown(_EVENT_FIELDS)
        start = _event_time(reader, "start")
        end = _event_time(reader, "end")
        if end <= start:
            raise reader.error("end", f"{data['end']!r} is not after start {data['start']!r}")
        online = reader.boolean("online")
        place = reader.child("place")
        if place is None and not online:
            raise reader.error("place", "is required for an event that is not online")
        return cls(
            id=record_id,
            organization=Organization.from_reader(reader.required_child("organization")),
            title=reader.required_string("title"),
            description=reader.string("description"),
            translations=_translations(reader, _EVENT_TRANSLATED),
            start=start,
            end=end,
            timezone=_timezone(reader),
            online=online,
            place=Place.from_reader(place) if place else None,
            registration_url=_check_url(reader, "registration_url"),
            categories=reader.strings("categories", _one_of(CATEGORIES, "category")),
            source=Source.from_reader(reader.required_child("source")),
            last_checked=reader.date("last_checked"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "organization": self.organization.to_dict(),
            "title": self.title,
            "description": self.description,
            "translations": self.translations,
            "start": self.start.strftime(_EVENT_TIME),
            "end": self.end.strftime(_EVENT_TIME),
            "timezone": self.timezone,
            "online": self.online,
            "place": self.place.to_dict() if self.place else None,
            "registration_url": self.registration_url,
            "categories": list(self.categories),
            "source": self.source.to_dict(),
            "last_checked": self.last_checked.isoformat(),
        }
        kept = _drop_empty(data)
        kept["online"] = self.online
        return {key: kept[key] for key in data if key in kept}

    @property
    def starts_at(self) -> datetime:
        """The start as an aware datetime in the event's own time zone."""
        return self.start.replace(tzinfo=ZoneInfo(self.timezone))

    @property
    def ends_at(self) -> datetime:
        return self.end.replace(tzinfo=ZoneInfo(self.timezone))

    def title_in(self, lang: str) -> str:
        return _localized(self.translations, lang, "title", self.title) or self.title

    def description_in(self, lang: str) -> str | None:
        return _localized(self.translations, lang, "description", self.description)


_DOCUMENT_FIELDS = frozenset(("profile", "name", "sample_data", "notice", "services", "events"))


def _unique(records: Iterable[Service | Event], kind: str) -> None:
    seen: dict[str, int] = {}
    for i, record in enumerate(records):
        if record.id in seen:
            raise ValidationError(
                f"{kind}[{i}]", "id", f"duplicate of {kind}[{seen[record.id]}]", record.id
            )
        seen[record.id] = i


@dataclass(frozen=True)
class Document:
    """A whole directory file: services, events and what the file says about itself."""

    services: tuple[Service, ...] = ()
    events: tuple[Event, ...] = ()
    name: str | None = None
    sample_data: bool = False
    notice: str | None = None

    def __post_init__(self) -> None:
        _unique(self.services, "services")
        _unique(self.events, "events")

    @classmethod
    def from_json(cls, data: Any) -> Document:
        """A datapackage-style document, or a plain list of services (no events then)."""
        if isinstance(data, list):
            return cls(services=_services(data))
        reader = _Reader(data, "document")
        reader.reject_unknown(_DOCUMENT_FIELDS)
        profile = reader.string("profile")
        if profile not in (None, PROFILE):
            raise reader.error("profile", f"{profile!r} is not {PROFILE!r}")
        return cls(
            services=_services(reader.raw_list("services")),
            events=tuple(
                Event.from_dict(item, f"events[{i}]")
                for i, item in enumerate(reader.raw_list("events"))
            ),
            name=reader.string("name"),
            sample_data=reader.boolean("sample_data", default=False),
            notice=reader.string("notice"),
        )

    def to_json(self) -> dict[str, Any]:
        """The document with services and events sorted by id (a deterministic export)."""
        head = _drop_empty({"profile": PROFILE, "name": self.name})
        head["sample_data"] = self.sample_data
        if self.notice:
            head["notice"] = self.notice
        return {
            **head,
            "services": [s.to_dict() for s in sorted(self.services, key=lambda s: s.id)],
            "events": [e.to_dict() for e in sorted(self.events, key=lambda e: e.id)],
        }


def _services(items: list[Any]) -> tuple[Service, ...]:
    return tuple(Service.from_dict(item, f"services[{i}]") for i, item in enumerate(items))
