"""Tests of the opening-hours engine: examples a user would notice, then properties.

All DST examples use Europe/Berlin 2025: clocks jump 02:00 -> 03:00 on 30 March (01:00 UTC)
and fall back 03:00 -> 02:00 on 26 October (01:00 UTC). Results are compared by instant
(`timestamp()`), since Python's `==` across time zones is False inside a DST fold.
"""

import json
import re
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import holidays
import pytest
from babel.dates import get_day_names
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.directory.schedules import (
    TIMEZONE_DEFAULT,
    Closure,
    Schedule,
    ScheduleError,
    Slot,
    format_appointment_days,
    format_moment,
    format_weekly,
    is_open,
    is_public_holiday,
    next_closing,
    next_opening,
    parse_compact_hours,
    walk_in_minutes,
)

BERLIN = ZoneInfo("Europe/Berlin")
UTC = timezone.utc
LANGS = ("de", "en", "ar", "tr", "uk", "ru", "fa", "ro", "bg", "pl")

DOC_EXAMPLE = {
    "contact": None,
    "timezone": "Europe/Berlin",
    "valid_from": "2025-01-01",
    "valid_to": None,
    "weekly": [
        {"days": ["MO", "TU", "WE", "TH", "FR"], "opens": "09:00", "closes": "12:00"},
        {"days": ["TU", "TH"], "opens": "14:00", "closes": "16:30"},
        {
            "days": ["WE"],
            "opens": "13:00",
            "closes": "17:00",
            "appointment_only": True,
            "booking_url": "https://example.org/termin",
        },
    ],
    "closures": [{"from": "2025-12-22", "to": "2026-01-02", "reason": "Betriebsferien"}],
    "holidays": "closed",
    "holiday_hours": [],
}


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def same_instant(a: datetime | None, b: datetime) -> bool:
    return a is not None and a.timestamp() == b.timestamp()


def weekly(*entries: tuple[str, str, str], **extra: object) -> Schedule:
    """Schedule from ("MO,TU", "09:00", "12:00") triples plus top-level fields."""
    rows = [{"days": d.split(","), "opens": o, "closes": c} for d, o, c in entries]
    return Schedule.from_dict({"weekly": rows, **extra})


# --- JSON shape -------------------------------------------------------------------------


def test_doc_example_round_trips_to_the_same_json() -> None:
    schedule = Schedule.from_dict(DOC_EXAMPLE)
    assert schedule.to_dict() == DOC_EXAMPLE
    assert Schedule.from_dict(schedule.to_dict()) == schedule


def test_to_dict_groups_slots_and_does_not_depend_on_input_order() -> None:
    slots = [Slot(day, 540, 720) for day in range(5)] + [Slot(1, 840, 990), Slot(3, 840, 990)]
    forward = Schedule(slots=tuple(slots))
    backward = Schedule(slots=tuple(reversed(slots + [Slot(0, 540, 720)])))
    assert forward == backward
    assert json.dumps(forward.to_dict()) == json.dumps(backward.to_dict())
    assert forward.to_dict()["weekly"] == [
        {"days": ["MO", "TU", "WE", "TH", "FR"], "opens": "09:00", "closes": "12:00"},
        {"days": ["TU", "TH"], "opens": "14:00", "closes": "16:30"},
    ]


def test_to_dict_writes_midnight_as_24_00_and_keeps_overnight_slots() -> None:
    schedule = weekly(("FR", "20:00", "24:00"), ("SA", "22:00", "06:00"))
    assert schedule.to_dict()["weekly"] == [
        {"days": ["FR"], "opens": "20:00", "closes": "24:00"},
        {"days": ["SA"], "opens": "22:00", "closes": "06:00"},
    ]


def test_special_holiday_hours_round_trip() -> None:
    data = {
        **DOC_EXAMPLE,
        "holidays": "special",
        "holiday_hours": [{"opens": "10:00", "closes": "14:00"}],
    }
    assert Schedule.from_dict(data).to_dict() == data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {
                "weekly": [
                    {"days": ["MO"], "opens": "09:00", "closes": "10:00"},
                    {"days": ["TU"], "opens": "25:00", "closes": "10:00"},
                ]
            },
            "weekly[1].opens: '25:00' is not a time HH:MM",
        ),
        (
            {"weekly": [{"days": ["MO", "XX"], "opens": "09:00", "closes": "10:00"}]},
            "weekly[0].days[1]: 'XX' is not a day (MO TU WE TH FR SA SU)",
        ),
        (
            {"weekly": [{"days": ["MO", "MO"], "opens": "09:00", "closes": "10:00"}]},
            "weekly[0].days[1]: 'MO' is listed twice",
        ),
        ({"weekly": [{"days": [], "opens": "09:00", "closes": "10:00"}]}, "weekly[0].days:"),
        (
            {"weekly": [{"days": ["MO"], "opens": "24:00", "closes": "10:00"}]},
            "weekly[0].opens: '24:00' is only allowed as a closing time",
        ),
        (
            {"weekly": [{"days": ["MO"], "opens": "09:00", "closes": "9:30"}]},
            "weekly[0].closes: '9:30' is not a time HH:MM",
        ),
        (
            {
                "weekly": [
                    {"days": ["MO"], "opens": "09:00", "closes": "10:00", "appointment_only": "yes"}
                ]
            },
            "weekly[0].appointment_only: 'yes' is not true/false",
        ),
        (
            {"weekly": [{"days": ["MO"], "opens": "09:00", "close": "10:00"}]},
            "weekly[0]: unknown field 'close'",
        ),
        ({"weekly": {"days": ["MO"]}}, "weekly: expected a list, got dict"),
        ({"timezone": "+01:00"}, "timezone: '+01:00' is not a known time zone name"),
        ({"timezone": "Mars/Olympus_Mons"}, "timezone: 'Mars/Olympus_Mons' is not a known"),
        ({"valid_from": "2025-02-30"}, "valid_from: '2025-02-30' is not a date YYYY-MM-DD"),
        (
            {"valid_from": "2025-03-01", "valid_to": "2025-02-01"},
            "valid_to: 2025-02-01 is before valid_from 2025-03-01",
        ),
        (
            {"closures": [{"from": "2025-03-01", "to": "2025-02-01"}]},
            "closures[0].to: 2025-02-01 is before 'from' 2025-03-01",
        ),
        ({"closures": [{"from": "2025-03-01"}]}, "closures[0]: 'from' and 'to' are both required"),
        ({"holidays": "sometimes"}, "holidays: 'sometimes' is not one of closed, open, special"),
        ({"holidays": "special"}, "holiday_hours: required when holidays is 'special'"),
        (
            {"holiday_hours": [{"opens": "10:00", "closes": "12:00"}]},
            "holiday_hours: only allowed when holidays is 'special'",
        ),
        (
            {"holidays": "special", "holiday_hours": [{"opens": "10:00", "closes": "12:60"}]},
            "holiday_hours[0].closes: '12:60' is not a time HH:MM",
        ),
        ({"holiday": "open"}, "schedule: unknown field 'holiday'"),
    ],
)
def test_from_dict_names_the_field_and_the_reason(change: dict, message: str) -> None:
    data = {**DOC_EXAMPLE, **change}
    with pytest.raises(ScheduleError, match="^" + re.escape(message)):
        Schedule.from_dict(data)


def test_schedule_error_is_a_value_error_and_dict_is_required() -> None:
    with pytest.raises(ValueError, match=r"^schedule: expected an object, got list"):
        Schedule.from_dict([])  # type: ignore[arg-type]


def test_direct_construction_validates_slots() -> None:
    with pytest.raises(ScheduleError, match="Slot.closes"):
        Slot(0, 600, 1441)
    with pytest.raises(ScheduleError, match="Slot.weekday"):
        Slot(7, 600, 700)
    with pytest.raises(ScheduleError, match="Closure.end"):
        Closure(date(2025, 2, 2), date(2025, 2, 1))


# --- compact CSV form ---------------------------------------------------------------------


def test_compact_hours_example_from_the_format_doc() -> None:
    schedule = parse_compact_hours("MO-FR 09:00-12:00; TU,TH 14:00-16:30")
    assert schedule.to_dict()["weekly"] == DOC_EXAMPLE["weekly"][:2]
    assert schedule.timezone == TIMEZONE_DEFAULT
    assert schedule.holidays == "closed"


def test_compact_hours_accepts_several_spans_wraparound_ranges_and_lowercase() -> None:
    schedule = parse_compact_hours("sa-mo 10:00–12:00, 13:00-15:00; WE 22:00-02:00;")
    assert schedule == Schedule(
        slots=tuple(Slot(day, o, c) for day in (5, 6, 0) for o, c in ((600, 720), (780, 900)))
        + (Slot(2, 1320, 120),)
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "hours: '' is empty"),
        (" ; ", "hours: ' ; ' is empty"),
        ("XY 09:00-10:00", "hours[0].days: 'XY' is not a day"),
        ("MO-FR", "hours[0]: 'MO-FR' is not 'DAYS HH:MM-HH:MM'"),
        ("MO 09:00", "hours[0]: '09:00' is not a time span HH:MM-HH:MM"),
        ("MO 09:00-12:00; TU 09:00-25:00", "hours[1].closes: '25:00' is not a time HH:MM"),
    ],
)
def test_compact_hours_errors_name_the_entry(text: str, message: str) -> None:
    with pytest.raises(ScheduleError, match="^" + re.escape(message)):
        parse_compact_hours(text)


# --- is_open / next_opening / next_closing: plain weeks -----------------------------------


def test_doc_example_open_closed_and_next_opening() -> None:
    schedule = Schedule.from_dict(DOC_EXAMPLE)
    assert is_open(schedule, berlin(2025, 3, 4, 10, 0))  # Tuesday morning
    assert not is_open(schedule, berlin(2025, 3, 4, 12, 0))  # closes is exclusive
    assert is_open(schedule, berlin(2025, 3, 4, 11, 59, 59))
    assert not is_open(schedule, berlin(2025, 3, 8, 10, 0))  # Saturday
    # Wednesday afternoon is appointment-only: not "open now", next walk-in is Thursday 09:00
    assert not is_open(schedule, berlin(2025, 3, 5, 14, 0))
    assert same_instant(next_opening(schedule, berlin(2025, 3, 5, 14, 0)), berlin(2025, 3, 6, 9))


def test_split_hours_closed_at_lunch_and_reopen_the_same_day() -> None:
    schedule = weekly(("MO", "09:00", "12:00"), ("MO", "14:00", "16:30"))
    lunch = berlin(2025, 3, 3, 13, 0)
    assert not is_open(schedule, lunch)
    assert same_instant(next_opening(schedule, lunch), berlin(2025, 3, 3, 14, 0))
    assert same_instant(next_closing(schedule, berlin(2025, 3, 3, 10)), berlin(2025, 3, 3, 12))
    assert next_closing(schedule, lunch) is None


def test_contiguous_slots_form_one_open_period() -> None:
    schedule = weekly(("MO", "12:00", "14:00"), ("MO", "14:00", "16:00"))
    assert same_instant(next_closing(schedule, berlin(2025, 3, 3, 13)), berlin(2025, 3, 3, 16))


def test_next_opening_returns_after_itself_when_open_in_the_schedule_zone() -> None:
    schedule = Schedule.from_dict(DOC_EXAMPLE)
    moment = utc(2025, 3, 4, 9, 30, 15)  # 10:30:15 in Berlin
    result = next_opening(schedule, moment)
    assert same_instant(result, moment)
    assert result is not None and result.tzinfo is BERLIN


def test_next_opening_is_none_beyond_validity_or_without_walk_in_hours() -> None:
    expired = weekly(("MO", "09:00", "12:00"), valid_to="2024-12-31")
    assert next_opening(expired, berlin(2025, 1, 1)) is None
    appointments_only = Schedule(slots=(Slot(0, 540, 720, appointment_only=True),))
    assert next_opening(appointments_only, berlin(2025, 1, 1)) is None
    assert not is_open(appointments_only, berlin(2025, 3, 3, 10))


def test_next_opening_respects_the_horizon() -> None:
    late = weekly(("MO", "09:00", "12:00"), valid_from="2025-06-02")
    assert next_opening(late, berlin(2025, 1, 1), horizon_days=30) is None
    assert same_instant(next_opening(late, berlin(2025, 1, 1)), berlin(2025, 6, 2, 9))


def test_naive_datetimes_are_rejected() -> None:
    schedule = Schedule.from_dict(DOC_EXAMPLE)
    naive = datetime(2025, 3, 4, 10)
    for call in (is_open, next_opening, next_closing):
        with pytest.raises(ValueError, match="timezone-aware"):
            call(schedule, naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        format_moment(naive, "de")


def test_closures_are_inclusive_and_validity_bounds_apply() -> None:
    schedule = Schedule.from_dict(DOC_EXAMPLE)
    assert not is_open(schedule, berlin(2025, 12, 22, 10))  # first day of the closure
    assert not is_open(schedule, berlin(2026, 1, 2, 10))  # last day (a Friday)
    assert same_instant(next_opening(schedule, berlin(2025, 12, 19, 13)), berlin(2026, 1, 5, 9))
    assert not is_open(schedule, berlin(2024, 12, 31, 10))  # before valid_from
    bounded = weekly(("MO,TU,WE,TH,FR", "09:00", "12:00"), valid_to="2025-03-05")
    assert is_open(bounded, berlin(2025, 3, 5, 10))
    assert not is_open(bounded, berlin(2025, 3, 6, 10))


# --- holidays -----------------------------------------------------------------------------


NRW_2025 = {
    date(2025, 1, 1),  # Neujahr
    date(2025, 4, 18),  # Karfreitag
    date(2025, 4, 21),  # Ostermontag
    date(2025, 5, 1),
    date(2025, 5, 29),  # Christi Himmelfahrt
    date(2025, 6, 9),  # Pfingstmontag
    date(2025, 6, 19),  # Fronleichnam
    date(2025, 10, 3),
    date(2025, 11, 1),  # Allerheiligen
    date(2025, 12, 25),
    date(2025, 12, 26),
}


def test_nrw_public_holidays_2025() -> None:
    year = [date(2025, 1, 1) + timedelta(days=n) for n in range(365)]
    assert {day for day in year if is_public_holiday(day)} == NRW_2025
    # not statutory in NRW: Reformationstag, Mariae Himmelfahrt, Heiligabend, Easter Sunday
    for day in (date(2025, 10, 31), date(2025, 8, 15), date(2025, 12, 24), date(2025, 4, 20)):
        assert not is_public_holiday(day)


@pytest.mark.parametrize(
    ("mode", "open_at_11", "open_at_16"),
    [("closed", False, False), ("open", True, True), ("special", True, False)],
)
def test_holiday_modes_on_german_unity_day(mode: str, open_at_11: bool, open_at_16: bool) -> None:
    extra: dict = {"holidays": mode}
    if mode == "special":
        extra["holiday_hours"] = [{"opens": "10:00", "closes": "14:00"}]
    schedule = weekly(("MO,TU,WE,TH,FR", "09:00", "17:00"), **extra)
    unity_day = (2025, 10, 3)  # a Friday
    assert is_open(schedule, berlin(*unity_day, 11)) is open_at_11
    assert is_open(schedule, berlin(*unity_day, 16)) is open_at_16
    assert is_open(schedule, berlin(2025, 10, 2, 16))  # the day before is a normal Thursday


def test_special_holiday_hours_next_opening_and_weekend_holiday() -> None:
    schedule = weekly(
        ("MO,TU,WE,TH,FR", "09:00", "17:00"),
        holidays="special",
        holiday_hours=[{"opens": "10:00", "closes": "14:00"}],
    )
    assert same_instant(next_opening(schedule, berlin(2025, 10, 3, 9)), berlin(2025, 10, 3, 10))
    assert is_open(schedule, berlin(2025, 11, 1, 11))  # Allerheiligen is a Saturday
    closed = weekly(("MO,TU,WE,TH,FR", "09:00", "17:00"))
    assert same_instant(next_opening(closed, berlin(2025, 10, 3, 9)), berlin(2025, 10, 6, 9))


# --- midnight and overnight ---------------------------------------------------------------


def test_slot_until_24_00_joins_a_slot_from_00_00() -> None:
    schedule = weekly(("FR", "20:00", "24:00"), ("SA", "00:00", "02:00"))
    assert is_open(schedule, berlin(2025, 3, 7, 23, 59))
    assert is_open(schedule, berlin(2025, 3, 8, 0, 0))
    assert same_instant(next_closing(schedule, berlin(2025, 3, 7, 21)), berlin(2025, 3, 8, 2))
    only_friday = weekly(("FR", "20:00", "24:00"))
    assert same_instant(next_closing(only_friday, berlin(2025, 3, 7, 21)), berlin(2025, 3, 8))


def test_overnight_slot_runs_into_saturday() -> None:
    schedule = weekly(("FR", "22:00", "06:00"))
    assert is_open(schedule, berlin(2025, 3, 8, 3))  # Saturday 03:00
    assert not is_open(schedule, berlin(2025, 3, 8, 6))
    assert not is_open(schedule, berlin(2025, 3, 7, 3))  # Friday early morning is not covered
    assert same_instant(next_closing(schedule, berlin(2025, 3, 7, 23)), berlin(2025, 3, 8, 6))
    assert same_instant(next_opening(schedule, berlin(2025, 3, 8, 7)), berlin(2025, 3, 14, 22))


def test_overnight_slot_follows_the_rules_of_the_day_it_starts() -> None:
    saturday_closed = weekly(
        ("FR", "22:00", "06:00"), closures=[{"from": "2025-03-08", "to": "2025-03-08"}]
    )
    assert is_open(saturday_closed, berlin(2025, 3, 8, 3))
    friday_closed = weekly(
        ("FR", "22:00", "06:00"), closures=[{"from": "2025-03-07", "to": "2025-03-07"}]
    )
    assert not is_open(friday_closed, berlin(2025, 3, 7, 23))
    assert not is_open(friday_closed, berlin(2025, 3, 8, 3))
    good_friday_night = berlin(2025, 4, 19, 3)  # Karfreitag 2025-04-18 -> Saturday 03:00
    assert not is_open(weekly(("FR", "22:00", "06:00")), good_friday_night)
    assert is_open(weekly(("FR", "22:00", "06:00"), holidays="open"), good_friday_night)


def test_slot_ending_at_00_00_is_overnight_by_zero_minutes() -> None:
    schedule = weekly(("FR", "22:00", "00:00"))
    assert is_open(schedule, berlin(2025, 3, 7, 23, 59))
    assert not is_open(schedule, berlin(2025, 3, 8, 0, 0))
    assert same_instant(next_closing(schedule, berlin(2025, 3, 7, 23)), berlin(2025, 3, 8))


# --- daylight saving time -----------------------------------------------------------------


@pytest.mark.parametrize(
    "day",
    [(2025, 3, 29), (2025, 3, 30), (2025, 3, 31), (2025, 10, 25), (2025, 10, 26), (2025, 10, 27)],
)
def test_hotline_opens_at_nine_local_on_both_sides_of_dst(day: tuple[int, int, int]) -> None:
    hotline = weekly(("MO,TU,WE,TH,FR,SA,SU", "09:00", "18:00"), holidays="open")
    assert is_open(hotline, berlin(*day, 9, 0))
    assert not is_open(hotline, berlin(*day, 8, 59))
    assert same_instant(next_opening(hotline, berlin(*day, 0, 0)), berlin(*day, 9, 0))
    assert same_instant(next_closing(hotline, berlin(*day, 9, 0)), berlin(*day, 18, 0))


def test_utc_instants_shift_by_one_hour_across_dst() -> None:
    hotline = weekly(("MO,TU,WE,TH,FR,SA,SU", "09:00", "18:00"), holidays="open")
    assert is_open(hotline, utc(2025, 3, 29, 8, 0)) and not is_open(
        hotline, utc(2025, 3, 30, 6, 59)
    )
    assert is_open(hotline, utc(2025, 3, 30, 7, 0))


def test_spring_forward_night_slot_lasts_two_real_hours() -> None:
    schedule = weekly(("SU", "01:00", "04:00"))
    opening = next_opening(schedule, berlin(2025, 3, 29, 12))
    assert same_instant(opening, utc(2025, 3, 30, 0, 0))
    assert opening is not None
    closing = next_closing(schedule, opening)
    assert same_instant(closing, utc(2025, 3, 30, 2, 0))
    assert closing is not None and closing.timestamp() - opening.timestamp() == 2 * 3600
    assert is_open(schedule, utc(2025, 3, 30, 0, 59, 59))  # 01:59:59 CET
    assert is_open(schedule, utc(2025, 3, 30, 1, 0))  # 03:00 CEST right after the jump


def test_fall_back_night_slot_lasts_four_real_hours() -> None:
    schedule = weekly(("SU", "01:00", "04:00"))
    opening = next_opening(schedule, berlin(2025, 10, 25, 12))
    assert same_instant(opening, utc(2025, 10, 25, 23, 0))  # 01:00 CEST
    assert opening is not None
    closing = next_closing(schedule, opening)
    assert same_instant(closing, utc(2025, 10, 26, 3, 0))  # 04:00 CET
    assert closing is not None and closing.timestamp() - opening.timestamp() == 4 * 3600


def test_slot_inside_the_skipped_hour_never_opens() -> None:
    schedule = weekly(("SU", "02:00", "02:30"))
    assert same_instant(next_opening(schedule, berlin(2025, 3, 29, 12)), berlin(2025, 4, 6, 2))


def test_slot_starting_inside_the_skipped_hour_opens_at_the_jump() -> None:
    schedule = weekly(("SU", "02:30", "04:00"))
    assert same_instant(next_opening(schedule, berlin(2025, 3, 29, 12)), utc(2025, 3, 30, 1, 0))
    assert same_instant(next_closing(schedule, utc(2025, 3, 30, 1)), utc(2025, 3, 30, 2, 0))


def test_slot_in_the_repeated_hour_is_open_twice() -> None:
    schedule = weekly(("SU", "02:15", "02:45"))
    first = next_opening(schedule, berlin(2025, 10, 25, 12))
    assert same_instant(first, utc(2025, 10, 26, 0, 15))  # 02:15 CEST
    assert same_instant(next_closing(schedule, utc(2025, 10, 26, 0, 15)), utc(2025, 10, 26, 0, 45))
    assert same_instant(next_opening(schedule, utc(2025, 10, 26, 0, 45)), utc(2025, 10, 26, 1, 15))
    assert same_instant(next_closing(schedule, utc(2025, 10, 26, 1, 15)), utc(2025, 10, 26, 1, 45))


def test_slot_reopens_when_the_clock_falls_back_into_it() -> None:
    schedule = weekly(("SU", "01:00", "02:30"))
    assert same_instant(next_closing(schedule, utc(2025, 10, 26, 0)), utc(2025, 10, 26, 0, 30))
    # 02:45 CEST is closed; at 03:00 CEST the clock shows 02:00 CET again, inside the slot
    assert same_instant(next_opening(schedule, utc(2025, 10, 26, 0, 45)), utc(2025, 10, 26, 1, 0))
    assert same_instant(next_closing(schedule, utc(2025, 10, 26, 1)), utc(2025, 10, 26, 1, 30))


@pytest.mark.parametrize(
    ("saturday", "opens_utc", "closes_utc"),
    [
        ((2025, 3, 29), utc(2025, 3, 29, 21), utc(2025, 3, 30, 1)),  # ends at the jump
        ((2025, 10, 25), utc(2025, 10, 25, 20), utc(2025, 10, 26, 0)),  # first 02:00
    ],
)
def test_overnight_slot_across_dst_nights(
    saturday: tuple[int, int, int], opens_utc: datetime, closes_utc: datetime
) -> None:
    schedule = weekly(("SA", "22:00", "02:00"))
    assert same_instant(next_opening(schedule, berlin(*saturday, 12)), opens_utc)
    assert same_instant(next_closing(schedule, opens_utc), closes_utc)
    assert closes_utc - opens_utc == timedelta(hours=4)
    assert not is_open(schedule, closes_utc + timedelta(minutes=30))


def test_zone_where_dst_skips_midnight() -> None:
    """Sao Paulo jumped 00:00 -> 01:00 on 2018-11-04: a slot from 00:00 opens at 01:00."""
    schedule = weekly(("SU", "00:00", "02:00"), timezone="America/Sao_Paulo")
    after = datetime(2018, 11, 3, 12, tzinfo=ZoneInfo("America/Sao_Paulo"))
    assert same_instant(next_opening(schedule, after), utc(2018, 11, 4, 3, 0))


# --- prefilter ----------------------------------------------------------------------------


def test_walk_in_minutes_splits_overnight_and_skips_appointments() -> None:
    schedule = Schedule(
        slots=(Slot(4, 1320, 360), Slot(2, 780, 1020, appointment_only=True), Slot(5, 1200, 0))
    )
    assert walk_in_minutes(schedule) == [(4, 1320, 1440), (5, 0, 360), (5, 1200, 1440)]


def test_walk_in_minutes_lists_special_holiday_hours_on_every_weekday() -> None:
    schedule = Schedule(slots=(Slot(0, 540, 720),), holidays="special", holiday_hours=((600, 660),))
    rows = walk_in_minutes(schedule)
    assert (0, 540, 720) in rows
    assert all((day, 600, 660) in rows for day in range(7))


# --- display ------------------------------------------------------------------------------


def test_format_weekly_german_groups_days_with_equal_hours() -> None:
    schedule = Schedule.from_dict(DOC_EXAMPLE)
    assert format_weekly(schedule, "de") == [
        "Mo., Mi., Fr. 09:00–12:00",
        "Di., Do. 09:00–12:00, 14:00–16:30",
    ]
    assert format_appointment_days(schedule, "de") == ["Mi. 13:00–17:00"]


def test_format_weekly_ranges_midnight_and_overnight() -> None:
    schedule = weekly(
        ("MO,TU,WE,TH,FR", "09:00", "17:00"), ("SA", "20:00", "24:00"), ("SU", "22:00", "06:00")
    )
    assert format_weekly(schedule, "de") == [
        "Mo.–Fr. 09:00–17:00",
        "Sa. 20:00–24:00",
        "So. 22:00–06:00",
    ]
    assert format_weekly(schedule, "en")[0] == "Mon–Fri 9:00\u202fAM–5:00\u202fPM"
    assert format_appointment_days(schedule, "de") == []


@pytest.mark.parametrize("lang", LANGS)
def test_all_ten_languages_format_with_babel(lang: str) -> None:
    schedule = Schedule.from_dict(DOC_EXAMPLE)
    lines = format_weekly(schedule, lang)
    monday = get_day_names("abbreviated", locale=lang)[0]
    assert len(lines) == 2 and lines[0].startswith(monday)
    assert "MO" not in lines[0] and "12" in lines[0]
    wednesday = get_day_names("abbreviated", locale=lang)[2]
    assert format_appointment_days(schedule, lang)[0].startswith(wednesday)
    moment = format_moment(berlin(2025, 3, 3, 9, 0), lang)
    assert get_day_names("wide", locale=lang)[0] in moment and "9" in moment


def test_format_moment_examples() -> None:
    assert format_moment(berlin(2025, 3, 3, 9, 0), "de") == "Montag, 09:00"
    assert format_moment(utc(2025, 3, 3, 8, 0), "de") == "Montag, 09:00"  # UTC -> Berlin
    assert format_moment(utc(2025, 7, 7, 7, 0), "de") == "Montag, 09:00"  # summer time
    assert format_moment(berlin(2025, 3, 3, 9, 0), "en") == "Monday, 9:00\u202fAM"
    assert "الاثنين" in format_moment(berlin(2025, 3, 3, 9, 0), "ar")
    new_york = datetime(2025, 3, 3, 9, 0, tzinfo=ZoneInfo("America/New_York"))
    assert format_moment(new_york, "de") == "Montag, 09:00"  # a named zone is kept


# --- properties ---------------------------------------------------------------------------

ZONES = ("Europe/Berlin", "Europe/Berlin", "America/Sao_Paulo")
GRID = timedelta(minutes=30)  # all generated boundaries lie on this grid, in UTC as well


def _berlin_transitions() -> list[datetime]:
    points = []
    for year in range(2017, 2028):
        for month in (3, 10):
            last = date(year, month, 31)
            sunday = last - timedelta(days=(last.weekday() + 1) % 7)
            points.append(datetime(sunday.year, sunday.month, sunday.day, 1, tzinfo=UTC))
    return points


TRANSITIONS = _berlin_transitions() + [
    utc(2017, 10, 15, 3),
    utc(2018, 2, 18, 2),
    utc(2018, 11, 4, 3),
    utc(2019, 2, 17, 2),
]  # the last four: Sao Paulo, where DST started or ended at midnight


@st.composite
def instants(draw: st.DrawFn) -> datetime:
    if draw(st.booleans()):
        anchor = draw(st.sampled_from(TRANSITIONS))
        moment = anchor + timedelta(minutes=draw(st.integers(-36 * 60, 36 * 60)))
    else:
        naive = draw(st.datetimes(datetime(2017, 1, 1), datetime(2027, 12, 31)))
        moment = naive.replace(tzinfo=UTC, microsecond=0)
    return moment + timedelta(seconds=draw(st.sampled_from([0, 0, 1, 59])))


MINUTES = st.sampled_from(range(0, 1440, 30))
CLOSING = st.sampled_from(range(0, 1441, 30))


@st.composite
def schedules_around(draw: st.DrawFn, moment: datetime) -> Schedule:
    """A random schedule whose closures and validity lie near `moment`."""
    slots = draw(
        st.lists(
            st.builds(
                Slot,
                weekday=st.integers(0, 6),
                opens=MINUTES,
                closes=CLOSING,
                appointment_only=st.sampled_from([False, False, False, True]),
            ),
            max_size=6,
        )
    )
    today = moment.date()

    def near(low: int, high: int) -> date:
        return today + timedelta(days=draw(st.integers(low, high)))

    closures = []
    for _ in range(draw(st.integers(0, 2))):
        start = near(-10, 10)
        closures.append(Closure(start, start + timedelta(days=draw(st.integers(0, 10)))))
    valid_from = near(-20, 20) if draw(st.booleans()) else None
    valid_to = None
    if draw(st.booleans()):
        valid_to = (valid_from or today) + timedelta(days=draw(st.integers(0, 40)))
    mode = draw(st.sampled_from(["closed", "open", "special"]))
    hours = (
        draw(st.lists(st.tuples(MINUTES, CLOSING), min_size=1, max_size=2))
        if mode == "special"
        else []
    )
    return Schedule(
        slots=tuple(slots),
        timezone=draw(st.sampled_from(ZONES)),
        valid_from=valid_from,
        valid_to=valid_to,
        closures=tuple(closures),
        holidays=mode,
        holiday_hours=tuple(hours),
    )


@st.composite
def cases(draw: st.DrawFn) -> tuple[Schedule, datetime]:
    moment = draw(instants())
    return draw(schedules_around(moment)), moment


def property_settings(examples: int) -> settings:
    """Modest example counts keep the whole module at a few seconds; no example database."""
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )


GERMAN_HOLIDAYS = holidays.Germany(subdiv="NW", years=range(2016, 2030))


def reference_is_open(schedule: Schedule, moment: datetime) -> bool:
    """Straightforward re-statement of the rules, slot by slot, on naive local datetimes."""
    local = moment.astimezone(ZoneInfo(schedule.timezone)).replace(tzinfo=None)
    for start_day in (local.date(), local.date() - timedelta(days=1)):
        if schedule.valid_from and start_day < schedule.valid_from:
            continue
        if schedule.valid_to and start_day > schedule.valid_to:
            continue
        if any(c.start <= start_day <= c.end for c in schedule.closures):
            continue
        if schedule.holidays != "open" and start_day in GERMAN_HOLIDAYS:
            hours = list(schedule.holiday_hours)
        else:
            hours = [
                (s.opens, s.closes)
                for s in schedule.slots
                if s.weekday == start_day.weekday() and not s.appointment_only
            ]
        midnight = datetime(start_day.year, start_day.month, start_day.day)
        for opens, closes in hours:
            length = closes - opens if closes > opens else closes + 1440 - opens
            start = midnight + timedelta(minutes=opens)
            if start <= local < start + timedelta(minutes=length):
                return True
    return False


def grid_between(low: datetime, high: datetime) -> list[datetime]:
    """UTC grid instants strictly between low and high."""
    seconds = GRID.total_seconds()
    first = datetime.fromtimestamp((low.timestamp() // seconds + 1) * seconds, UTC)
    count = max(0, int((high.timestamp() - first.timestamp()) // seconds) + 1)
    points = [first + n * GRID for n in range(count)]
    return [p for p in points if p < high]


@property_settings(200)
@given(cases())
def test_is_open_matches_the_reference_and_the_prefilter(case: tuple[Schedule, datetime]) -> None:
    schedule, moment = case
    assert is_open(schedule, moment) == reference_is_open(schedule, moment)
    if is_open(schedule, moment):
        local = moment.astimezone(ZoneInfo(schedule.timezone))
        minute = local.hour * 60 + local.minute
        assert any(
            day == local.weekday() and opens <= minute < closes
            for day, opens, closes in walk_in_minutes(schedule)
        )


@property_settings(150)
@given(cases())
def test_next_opening_is_the_earliest_open_instant(case: tuple[Schedule, datetime]) -> None:
    schedule, moment = case
    opening = next_opening(schedule, moment)
    assert (opening is not None and same_instant(opening, moment)) == is_open(schedule, moment)
    if opening is None:
        assert not any(is_open(schedule, p) for p in grid_between(moment, moment + timedelta(14)))
        return
    assert opening.tzinfo == ZoneInfo(schedule.timezone)
    opening = opening.astimezone(UTC)  # arithmetic below must be on instants, not wall time
    assert opening >= moment and is_open(schedule, opening)
    assert not any(is_open(schedule, p) for p in grid_between(moment, opening))
    just_before = opening - timedelta(seconds=1)
    assert just_before < moment or not is_open(schedule, just_before)


@property_settings(150)
@given(cases(), st.integers(0, 600))
def test_next_closing_ends_the_open_period(case: tuple[Schedule, datetime], later: int) -> None:
    schedule, moment = case
    if not is_open(schedule, moment):
        assert next_closing(schedule, moment) is None
        opening = next_opening(schedule, moment)
        if opening is None:
            return
        opening = opening.astimezone(UTC)
        # look inside the next open period, `later` minutes in if still open then
        shifted = opening + timedelta(minutes=later)
        moment = shifted if is_open(schedule, shifted) else opening
    closing = next_closing(schedule, moment)
    closing = closing and closing.astimezone(UTC)
    if closing is None:  # open for the whole horizon (e.g. 24/7 on holidays too)
        assert all(is_open(schedule, p) for p in grid_between(moment, moment + timedelta(14)))
        return
    assert closing > moment and not is_open(schedule, closing)
    assert is_open(schedule, max(moment, closing - timedelta(minutes=1)))
    assert all(is_open(schedule, p) for p in grid_between(moment, closing))


@property_settings(150)
@given(cases())
def test_to_dict_round_trips_through_json(case: tuple[Schedule, datetime]) -> None:
    schedule, _ = case
    exported = json.dumps(schedule.to_dict(), ensure_ascii=False)
    imported = Schedule.from_dict(json.loads(exported))
    assert imported == schedule
    assert json.dumps(imported.to_dict(), ensure_ascii=False) == exported
