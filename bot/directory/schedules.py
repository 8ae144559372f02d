"""Opening hours of directory services: parsing, "open now?", next opening/closing, display.

Why it is built this way:

* Hours are local wall-clock times in a *named* time zone (zoneinfo), never numeric offsets.
  "Open" means the local clock shows a time inside a slot, so a 09:00–18:00 hotline opens at
  09:00 on both sides of a DST change, a slot 01:00–04:00 lasts two real hours on the
  spring-forward night and four on the fall-back night (the repeated hour counts twice).
* A slot belongs to the day on which it *starts*: an overnight slot Friday 22:00–06:00 follows
  Friday's validity, closure and holiday rules, also for its hours after midnight. A Saturday
  closure therefore does not cut it short, a Friday holiday cancels it completely.
* Appointment-only slots are shown in the hours but never count as open (walk-in only).
* Everything derivable from a schedule is computed once when it is built, so `is_open` is a
  time-zone conversion and a few comparisons: the store calls it for many candidates.
* `next_opening`/`next_closing` only look at the instants where the answer of `is_open` can
  change (occurrences of slot boundaries on the local clock and DST transitions) and ask
  `is_open` there, so the three functions can never disagree.
"""

import heapq
import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.dates import format_time, get_day_names, get_time_format
from holidays.countries import Germany as GermanHolidays

logger = logging.getLogger(__name__)

TIMEZONE_DEFAULT = "Europe/Berlin"
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
HOLIDAY_MODES = ("closed", "open", "special")
MINUTES_PER_DAY = 1440

_SECONDS_PER_DAY = 86400
_DAY = timedelta(days=1)
_UTC = timezone.utc
_STARTS, _ENDS = 0, 1  # index into an (start, end) interval
_TIME_RE = re.compile(r"([01]\d|2[0-3]):([0-5]\d)|24:00")
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_COMPACT_ENTRY_RE = re.compile(r"([^\d]+?)\s*(\d.*)")
_SCHEDULE_FIELDS = frozenset(
    {
        "contact",
        "timezone",
        "valid_from",
        "valid_to",
        "weekly",
        "closures",
        "holidays",
        "holiday_hours",
    }
)
_WEEKLY_FIELDS = frozenset({"days", "opens", "closes", "appointment_only", "booking_url"})
_CLOSURE_FIELDS = frozenset({"from", "to", "reason"})
_HOURS_FIELDS = frozenset({"opens", "closes"})

Interval = tuple[int, int]  # seconds after the start day's midnight, end may exceed one day


class ScheduleError(ValueError):
    """Invalid schedule data; the message names the field and the reason."""


@dataclass(frozen=True)
class Slot:
    """One weekly slot in local wall-clock minutes since midnight.

    `closes <= opens` means the slot ends on the next day (22:00–06:00; 09:00–09:00 is 24
    hours); `closes == 1440` is the midnight that ends the same day.
    """

    weekday: int  # 0 = Monday .. 6 = Sunday
    opens: int
    closes: int
    appointment_only: bool = False
    booking_url: str | None = None

    def __post_init__(self) -> None:
        if not _is_int(self.weekday) or not 0 <= self.weekday <= 6:
            raise ScheduleError(f"Slot.weekday: {self.weekday!r} is not 0 (Monday) .. 6 (Sunday)")
        _check_minute("Slot.opens", self.opens, MINUTES_PER_DAY - 1)
        _check_minute("Slot.closes", self.closes, MINUTES_PER_DAY)

    @property
    def end(self) -> int:
        """Closing time in minutes after the start day's midnight (> 1440 when overnight)."""
        return _slot_end(self.opens, self.closes)


@dataclass(frozen=True)
class Closure:
    """Dates (inclusive) on which the schedule is closed, e.g. company holidays."""

    start: date
    end: date
    reason: str | None = None

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ScheduleError(f"Closure.end: {self.end} is before start {self.start}")


@dataclass(frozen=True)
class Schedule:
    """Weekly opening hours with validity, closures and NRW holiday rules.

    Construction normalizes (sorted, duplicate-free tuples) so that equal hours compare equal
    and `to_dict` is stable.
    """

    slots: tuple[Slot, ...] = ()
    timezone: str = TIMEZONE_DEFAULT
    valid_from: date | None = None
    valid_to: date | None = None
    closures: tuple[Closure, ...] = ()
    holidays: str = "closed"
    holiday_hours: tuple[tuple[int, int], ...] = ()
    contact: str | None = None
    _zone: ZoneInfo = field(init=False, repr=False, compare=False)
    _weekly: tuple[tuple[Interval, ...], ...] = field(init=False, repr=False, compare=False)
    _holiday: tuple[Interval, ...] = field(init=False, repr=False, compare=False)
    _overnight: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._normalize()
        if self.holidays not in HOLIDAY_MODES:
            raise ScheduleError(
                f"holidays: {self.holidays!r} is not one of {', '.join(HOLIDAY_MODES)}"
            )
        if self.holidays == "special" and not self.holiday_hours:
            raise ScheduleError("holiday_hours: required when holidays is 'special'")
        if self.holidays != "special" and self.holiday_hours:
            raise ScheduleError("holiday_hours: only allowed when holidays is 'special'")
        if (
            self.valid_from is not None
            and self.valid_to is not None
            and self.valid_to < self.valid_from
        ):
            raise ScheduleError(f"valid_to: {self.valid_to} is before valid_from {self.valid_from}")
        self._precompute()

    def _normalize(self) -> None:
        for i, (opens, closes) in enumerate(self.holiday_hours):
            _check_minute(f"holiday_hours[{i}].opens", opens, MINUTES_PER_DAY - 1)
            _check_minute(f"holiday_hours[{i}].closes", closes, MINUTES_PER_DAY)
        object.__setattr__(self, "slots", tuple(sorted(set(self.slots), key=_slot_order)))
        object.__setattr__(self, "closures", tuple(sorted(set(self.closures), key=_closure_order)))
        hours = {(opens, closes) for opens, closes in self.holiday_hours}
        object.__setattr__(self, "holiday_hours", tuple(sorted(hours)))

    def _precompute(self) -> None:
        object.__setattr__(self, "_zone", _zone_named(self.timezone))
        weekly: list[list[Interval]] = [[] for _ in DAY_CODES]
        for slot in self.slots:
            if not slot.appointment_only:
                weekly[slot.weekday].append((slot.opens * 60, slot.end * 60))
        holiday = [
            (opens * 60, _slot_end(opens, closes) * 60) for opens, closes in self.holiday_hours
        ]
        object.__setattr__(self, "_weekly", tuple(_merged(day) for day in weekly))
        object.__setattr__(self, "_holiday", _merged(holiday))
        all_intervals = [*holiday, *(iv for day in weekly for iv in day)]
        object.__setattr__(self, "_overnight", any(e > _SECONDS_PER_DAY for _, e in all_intervals))

    @property
    def has_walk_in(self) -> bool:
        """False when the schedule can never be open (only appointment slots, or none)."""
        return any(self._weekly) or bool(self._holiday)

    def intervals_on(self, day: date) -> tuple[Interval, ...]:
        """Walk-in intervals (seconds after `day`'s midnight) of the slots starting on `day`."""
        if (self.valid_from is not None and day < self.valid_from) or (
            self.valid_to is not None and day > self.valid_to
        ):
            return ()
        for closure in self.closures:
            if closure.start <= day <= closure.end:
                return ()
        if self.holidays != "open" and is_public_holiday(day):
            return self._holiday
        return self._weekly[day.weekday()]

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Schedule":
        """Build from the JSON shape of docs/directory-format.md ("Schedules")."""
        _require_object("schedule", d, _SCHEDULE_FIELDS)
        weekly = _list_field("weekly", d.get("weekly", []))
        closures = _list_field("closures", d.get("closures", []))
        hours = _list_field("holiday_hours", d.get("holiday_hours", []))
        contact = d.get("contact")
        if contact is not None and not isinstance(contact, str):
            raise ScheduleError(f"contact: {contact!r} is not a contact id")
        return cls(
            slots=tuple(
                slot
                for i, entry in enumerate(weekly)
                for slot in _slots_from(f"weekly[{i}]", entry)
            ),
            timezone=d.get("timezone", TIMEZONE_DEFAULT),
            valid_from=_optional_date("valid_from", d.get("valid_from")),
            valid_to=_optional_date("valid_to", d.get("valid_to")),
            closures=tuple(_closure_from(f"closures[{i}]", c) for i, c in enumerate(closures)),
            holidays=d.get("holidays", "closed"),
            holiday_hours=tuple(_hours_from(f"holiday_hours[{i}]", h) for i, h in enumerate(hours)),
            contact=contact,
        )

    def to_dict(self) -> dict[str, Any]:
        """Normalized JSON shape; slots with equal hours are grouped into one entry."""
        return {
            "contact": self.contact,
            "timezone": self.timezone,
            "valid_from": self.valid_from.isoformat() if self.valid_from else None,
            "valid_to": self.valid_to.isoformat() if self.valid_to else None,
            "weekly": _weekly_entries(self.slots),
            "closures": [_closure_entry(closure) for closure in self.closures],
            "holidays": self.holidays,
            "holiday_hours": [
                {"opens": _hhmm(opens), "closes": _hhmm(closes)}
                for opens, closes in self.holiday_hours
            ],
        }


def parse_compact_hours(text: str) -> Schedule:
    """Parse the CSV column form `MO-FR 09:00-12:00; TU,TH 14:00-16:30` (Europe/Berlin).

    Entries are separated by `;`, days by `,` (ranges with `-`, also across Sunday), several
    time spans of one entry by `,`. Public holidays are closed.
    """
    if not isinstance(text, str) or not text.strip(" ;"):
        raise ScheduleError(f"hours: {text!r} is empty, expected e.g. 'MO-FR 09:00-12:00'")
    slots: list[Slot] = []
    for i, raw in enumerate(text.split(";")):
        entry = raw.strip()
        if not entry:
            continue
        path = f"hours[{i}]"
        match = _COMPACT_ENTRY_RE.fullmatch(entry)
        if not match:
            raise ScheduleError(f"{path}: {entry!r} is not 'DAYS HH:MM-HH:MM'")
        days = _compact_days(f"{path}.days", match[1])
        for span in match[2].split(","):
            opens, closes = _compact_span(path, span)
            slots.extend(Slot(day, opens, closes) for day in days)
    return Schedule(slots=tuple(slots))


def is_open(schedule: Schedule, at: datetime) -> bool:
    """True if a walk-in slot covers the local wall-clock time of `at` (timezone-aware)."""
    _require_aware("at", at)
    local = at.astimezone(schedule._zone)
    second = local.hour * 3600 + local.minute * 60 + local.second
    day = local.date()
    if _covers(schedule.intervals_on(day), second):
        return True
    return schedule._overnight and _covers(
        schedule.intervals_on(day - _DAY), second + _SECONDS_PER_DAY
    )


def next_opening(schedule: Schedule, after: datetime, horizon_days: int = 400) -> datetime | None:
    """Earliest instant >= `after` at which `is_open` holds, in the schedule's time zone.

    Returns `after` itself (converted) if open then, None if not open within `horizon_days`.
    Compare results by instant (`.timestamp()`): Python's `==` between different tzinfos is
    False for times in a DST fold.
    """
    _require_aware("after", after)
    zone = schedule._zone
    if is_open(schedule, after):
        return after.astimezone(zone)
    for instant in _change_points(schedule, after, horizon_days, _STARTS):
        if is_open(schedule, instant):
            return instant.astimezone(zone)
    return None


def next_closing(schedule: Schedule, at: datetime, horizon_days: int = 400) -> datetime | None:
    """End of the open period around `at`; contiguous slots count as one period.

    None if closed at `at`, and also if the period does not end within `horizon_days` (24/7).
    """
    _require_aware("at", at)
    if not is_open(schedule, at):
        return None
    for instant in _change_points(schedule, at, horizon_days, _ENDS):
        if not is_open(schedule, instant):
            return instant.astimezone(schedule._zone)
    return None


def walk_in_minutes(schedule: Schedule) -> list[tuple[int, int, int]]:
    """(weekday, opens, closes) minutes of walk-in hours, overnight slots split at midnight.

    Meant as an SQL prefilter for "open now", so it is a superset: with holidays "special"
    the holiday hours are listed for every weekday (a holiday can fall on any day).
    """
    hours = [(s.weekday, s.opens, s.closes) for s in schedule.slots if not s.appointment_only]
    if schedule.holidays == "special":
        hours += [
            (day, opens, closes) for day in range(7) for opens, closes in schedule.holiday_hours
        ]
    rows: set[tuple[int, int, int]] = set()
    for day, opens, closes in hours:
        end = _slot_end(opens, closes)
        rows.add((day, opens, min(end, MINUTES_PER_DAY)))
        if end > MINUTES_PER_DAY:
            rows.add(((day + 1) % 7, 0, end - MINUTES_PER_DAY))
    return sorted(rows)


def is_public_holiday(day: date) -> bool:
    """True on public holidays in North Rhine-Westphalia (statutory days, not school breaks)."""
    return day in _nrw_holidays(day.year)


def format_weekly(schedule: Schedule, lang: str) -> list[str]:
    """Walk-in hours, one line per group of days with equal hours, e.g. 'Mo.–Fr. 09:00–12:00'."""
    return _format_days(schedule, lang, appointment_only=False)


def format_appointment_days(schedule: Schedule, lang: str) -> list[str]:
    """Appointment-only hours in the same form, e.g. 'Mi. 13:00–17:00'."""
    return _format_days(schedule, lang, appointment_only=True)


def format_moment(moment: datetime, lang: str) -> str:
    """Weekday and time, e.g. 'Montag, 09:00' (de), in the moment's own zone.

    Moments in UTC or a fixed offset are shown in Europe/Berlin, where the users are.
    """
    _require_aware("moment", moment)
    if not isinstance(moment.tzinfo, ZoneInfo):
        moment = moment.astimezone(ZoneInfo(TIMEZONE_DEFAULT))
    locale = _locale(lang)
    day_name = get_day_names("wide", locale=locale)[moment.weekday()]
    clock = _format_clock(moment.hour * 60 + moment.minute, lang)
    glue = str(locale.datetime_formats["short"]).replace("'", "")
    return glue.replace("{0}", clock).replace("{1}", day_name)


# --- evaluation helpers -------------------------------------------------------------------


def _covers(intervals: tuple[Interval, ...], second: int) -> bool:
    return any(start <= second < end for start, end in intervals)


def _change_points(
    schedule: Schedule, after: datetime, horizon_days: int, boundary: int
) -> Iterator[datetime]:
    """Yield UTC instants > `after`, ascending, at which `is_open` may change.

    Opening (boundary=_STARTS) can only happen where the local clock reaches a slot start or
    jumps at a DST transition; closing likewise at slot ends. Days are walked in local order;
    a heap keeps the instants sorted because overnight ends and DST folds make local days
    overlap. Assumes at most one offset change per local day (true for all current zones).
    """
    if not schedule.has_walk_in:
        return
    zone = schedule._zone
    after_utc = after.astimezone(_UTC)
    local_day = after.astimezone(zone).date()
    first, last = local_day - 2 * _DAY, local_day + horizon_days * _DAY
    if schedule.valid_from is not None:
        first = max(first, schedule.valid_from - _DAY)
    if schedule.valid_to is not None:
        last = min(last, schedule.valid_to + _DAY)
    pending: list[datetime] = []
    day = first
    bound = _first_instant_of(zone, day)
    offset = bound.astimezone(zone).utcoffset()
    while day <= last:
        next_bound = _first_instant_of(zone, day + _DAY)
        next_offset = next_bound.astimezone(zone).utcoffset()
        while pending and pending[0] < bound:
            yield heapq.heappop(pending)
        midnight = datetime.combine(day, time())
        for interval in schedule.intervals_on(day):
            wall = midnight + timedelta(seconds=interval[boundary])
            for instant in _occurrences(zone, wall):
                if instant > after_utc:
                    heapq.heappush(pending, instant)
        if next_offset != offset:
            transition = _transition_between(zone, bound, next_bound)
            if transition > after_utc:
                heapq.heappush(pending, transition)
        day, bound, offset = day + _DAY, next_bound, next_offset
    while pending and pending[0] < bound:  # later ones could be preceded by unseen days
        yield heapq.heappop(pending)


def _first_instant_of(zone: ZoneInfo, day: date) -> datetime:
    """A UTC lower bound (exact unless DST skips midnight) of the instants of local `day`."""
    midnight = datetime.combine(day, time())
    offset = max(_offset(zone, midnight), _offset(zone, midnight.replace(fold=1)))
    return (midnight - offset).replace(tzinfo=_UTC)


def _occurrences(zone: ZoneInfo, wall: datetime) -> list[datetime]:
    """UTC instants at which the local clock shows naive `wall`: none in a DST gap, two in a fold.

    By PEP 495, fold=0 uses the offset before a transition and fold=1 the one after; a larger
    offset before means the clock was set back (fold), a smaller one that it jumped (gap).
    """
    before, after = _offset(zone, wall), _offset(zone, wall.replace(fold=1))
    if before == after:
        return [(wall - before).replace(tzinfo=_UTC)]
    if before > after:
        return [(wall - before).replace(tzinfo=_UTC), (wall - after).replace(tzinfo=_UTC)]
    return []


def _transition_between(zone: ZoneInfo, low: datetime, high: datetime) -> datetime:
    """First UTC instant in (low, high] with another offset than `low` (bisection to 1 s)."""
    old = low.astimezone(zone).utcoffset()
    lo, hi = 0, int((high - low).total_seconds())
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if (low + timedelta(seconds=mid)).astimezone(zone).utcoffset() == old:
            lo = mid
        else:
            hi = mid
    return low + timedelta(seconds=hi)


def _offset(zone: ZoneInfo, wall: datetime) -> timedelta:
    offset = zone.utcoffset(wall)
    if offset is None:  # pragma: no cover - zoneinfo always answers
        raise ValueError(f"time zone {zone} has no offset for {wall}")
    return offset


@lru_cache(maxsize=64)
def _nrw_holidays(year: int) -> frozenset[date]:
    logger.debug("computing NRW public holidays for %s", year)
    return frozenset(GermanHolidays(subdiv="NW", years=year))


# --- construction helpers -----------------------------------------------------------------


def _slot_end(opens: int, closes: int) -> int:
    return closes if closes > opens else closes + MINUTES_PER_DAY


def _merged(intervals: Iterable[Interval]) -> tuple[Interval, ...]:
    """Sorted union of intervals, touching ones joined (12:00–14:00 + 14:00–16:00)."""
    merged: list[Interval] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def _slot_order(slot: Slot) -> tuple[int, int, int, bool, str]:
    return (slot.weekday, slot.opens, slot.closes, slot.appointment_only, slot.booking_url or "")


def _closure_order(closure: Closure) -> tuple[date, date, str]:
    return (closure.start, closure.end, closure.reason or "")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_minute(name: str, value: object, maximum: int) -> None:
    if not _is_int(value) or not 0 <= value <= maximum:  # type: ignore[operator]
        raise ScheduleError(f"{name}: {value!r} is not a minute of the day (0..{maximum})")


def _zone_named(name: object) -> ZoneInfo:
    if not isinstance(name, str) or not name:
        raise ScheduleError(f"timezone: {name!r} is not a time zone name like 'Europe/Berlin'")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ScheduleError(f"timezone: {name!r} is not a known time zone name") from error


def _require_aware(name: str, value: datetime) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got {value!r}")


def _require_object(path: str, value: object, allowed: frozenset[str]) -> None:
    if not isinstance(value, Mapping):
        raise ScheduleError(f"{path}: expected an object, got {type(value).__name__}")
    unknown = sorted(str(key) for key in value if key not in allowed)
    if unknown:
        raise ScheduleError(f"{path}: unknown field {unknown[0]!r}")


def _list_field(path: str, value: object) -> list[Any]:
    if not isinstance(value, list):
        raise ScheduleError(f"{path}: expected a list, got {type(value).__name__}")
    return value


def _parse_time(path: str, value: object, allow_24: bool) -> int:
    if not isinstance(value, str) or not _TIME_RE.fullmatch(value):
        raise ScheduleError(f"{path}: {value!r} is not a time HH:MM")
    if value == "24:00" and not allow_24:
        raise ScheduleError(f"{path}: '24:00' is only allowed as a closing time")
    hours, minutes = value.split(":")
    return int(hours) * 60 + int(minutes)


def _hhmm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def _optional_date(path: str, value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, str) and _DATE_RE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ScheduleError(f"{path}: {value!r} is not a date YYYY-MM-DD")


def _slots_from(path: str, entry: object) -> list[Slot]:
    _require_object(path, entry, _WEEKLY_FIELDS)
    assert isinstance(entry, Mapping)
    codes = entry.get("days")
    if not isinstance(codes, list) or not codes:
        raise ScheduleError(f"{path}.days: {codes!r} is not a non-empty list of day codes")
    days: list[int] = []
    for i, code in enumerate(codes):
        if code not in DAY_CODES:
            raise ScheduleError(f"{path}.days[{i}]: {code!r} is not a day ({' '.join(DAY_CODES)})")
        if DAY_CODES.index(code) in days:
            raise ScheduleError(f"{path}.days[{i}]: {code!r} is listed twice")
        days.append(DAY_CODES.index(code))
    opens = _parse_time(f"{path}.opens", entry.get("opens"), allow_24=False)
    closes = _parse_time(f"{path}.closes", entry.get("closes"), allow_24=True)
    appointment_only = entry.get("appointment_only", False)
    if not isinstance(appointment_only, bool):
        raise ScheduleError(f"{path}.appointment_only: {appointment_only!r} is not true/false")
    booking_url = entry.get("booking_url")
    if booking_url is not None and (not isinstance(booking_url, str) or not booking_url):
        raise ScheduleError(f"{path}.booking_url: {booking_url!r} is not a URL")
    return [Slot(day, opens, closes, appointment_only, booking_url) for day in days]


def _closure_from(path: str, entry: object) -> Closure:
    _require_object(path, entry, _CLOSURE_FIELDS)
    assert isinstance(entry, Mapping)
    start = _optional_date(f"{path}.from", entry.get("from"))
    end = _optional_date(f"{path}.to", entry.get("to"))
    if start is None or end is None:
        raise ScheduleError(f"{path}: 'from' and 'to' are both required")
    if end < start:
        raise ScheduleError(f"{path}.to: {end} is before 'from' {start}")
    reason = entry.get("reason")
    if reason is not None and not isinstance(reason, str):
        raise ScheduleError(f"{path}.reason: {reason!r} is not a text")
    return Closure(start, end, reason)


def _hours_from(path: str, entry: object) -> tuple[int, int]:
    _require_object(path, entry, _HOURS_FIELDS)
    assert isinstance(entry, Mapping)
    return (
        _parse_time(f"{path}.opens", entry.get("opens"), allow_24=False),
        _parse_time(f"{path}.closes", entry.get("closes"), allow_24=True),
    )


def _weekly_entries(slots: tuple[Slot, ...]) -> list[dict[str, Any]]:
    """Group slots with identical hours; walk-in first, then by days and time."""
    groups: dict[tuple[int, int, bool, str | None], list[int]] = {}
    for slot in slots:
        key = (slot.opens, slot.closes, slot.appointment_only, slot.booking_url)
        groups.setdefault(key, []).append(slot.weekday)
    ordered = sorted(
        groups.items(),
        key=lambda item: (item[0][2], item[1], item[0][0], item[0][1], item[0][3] or ""),
    )
    entries = []
    for (opens, closes, appointment_only, booking_url), days in ordered:
        entry: dict[str, Any] = {
            "days": [DAY_CODES[day] for day in days],
            "opens": _hhmm(opens),
            "closes": _hhmm(closes),
        }
        if appointment_only:
            entry["appointment_only"] = True
        if booking_url is not None:
            entry["booking_url"] = booking_url
        entries.append(entry)
    return entries


def _closure_entry(closure: Closure) -> dict[str, Any]:
    entry: dict[str, Any] = {"from": closure.start.isoformat(), "to": closure.end.isoformat()}
    if closure.reason is not None:
        entry["reason"] = closure.reason
    return entry


def _compact_days(path: str, text: str) -> list[int]:
    days: list[int] = []
    for part in text.replace(" ", "").upper().split(","):
        first, _, last = part.replace("–", "-").partition("-")
        for code in (first, last) if last else (first,):
            if code not in DAY_CODES:
                raise ScheduleError(f"{path}: {code!r} is not a day ({' '.join(DAY_CODES)})")
        start = DAY_CODES.index(first)
        length = (DAY_CODES.index(last) - start) % 7 + 1 if last else 1
        for offset in range(length):
            if (start + offset) % 7 not in days:
                days.append((start + offset) % 7)
    return days


def _compact_span(path: str, span: str) -> tuple[int, int]:
    opens, separator, closes = span.replace("–", "-").partition("-")
    if not separator:
        raise ScheduleError(f"{path}: {span.strip()!r} is not a time span HH:MM-HH:MM")
    return (
        _parse_time(f"{path}.opens", opens.strip(), allow_24=False),
        _parse_time(f"{path}.closes", closes.strip(), allow_24=True),
    )


# --- display helpers ----------------------------------------------------------------------


@lru_cache(maxsize=32)
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)


@lru_cache(maxsize=64)
def _time_pattern(lang: str, midnight_as_24: bool) -> str:
    """The locale's short time pattern; for 24:00 with 24-hour clocks H becomes k (1–24)."""
    pattern = str(get_time_format("short", locale=_locale(lang)).pattern)
    if not midnight_as_24:
        return pattern
    parts = pattern.split("'")  # odd parts are quoted literals
    return "'".join(p if i % 2 else p.replace("H", "k") for i, p in enumerate(parts))


def _format_clock(minute: int, lang: str) -> str:
    pattern = _time_pattern(lang, minute == MINUTES_PER_DAY)
    return format_time(time(minute // 60 % 24, minute % 60), pattern, locale=_locale(lang))


def _join(items: list[str], lang: str) -> str:
    """Join with the locale's list separator ('a, b'; Arabic 'a وb')."""
    pattern = str(_locale(lang).list_patterns["standard"]["middle"])
    joined = items[0]
    for item in items[1:]:
        joined = pattern.replace("{0}", joined).replace("{1}", item)
    return joined


def _format_days(schedule: Schedule, lang: str, appointment_only: bool) -> list[str]:
    hours_by_day: list[set[tuple[int, int]]] = [set() for _ in DAY_CODES]
    for slot in schedule.slots:
        if slot.appointment_only == appointment_only:
            hours_by_day[slot.weekday].add((slot.opens, slot.closes))
    days_by_hours: dict[tuple[tuple[int, int], ...], list[int]] = {}
    for day, hours in enumerate(hours_by_day):
        if hours:
            days_by_hours.setdefault(tuple(sorted(hours)), []).append(day)
    abbreviated = get_day_names("abbreviated", locale=_locale(lang))
    names = [abbreviated[day] for day in range(7)]
    lines = []
    for spans, days in sorted(days_by_hours.items(), key=lambda item: item[1]):
        texts = [f"{_format_clock(o, lang)}–{_format_clock(c, lang)}" for o, c in spans]
        lines.append(f"{_day_list(days, names, lang)} {_join(texts, lang)}")
    return lines


def _day_list(days: list[int], names: list[str], lang: str) -> str:
    """'Mo.–Fr.' for runs of three or more days, otherwise single days: 'Di., Do.'."""
    runs: list[list[int]] = []
    for day in days:
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{names[run[0]]}–{names[run[-1]]}")
        else:
            parts.extend(names[day] for day in run)
    return _join(parts, lang)
