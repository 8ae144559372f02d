"""Checks on the Kreis Gütersloh sample directory (data/directory/kreis-guetersloh.json).

The sample data is what a demo user meets first, so these tests check what such a user would
notice: every town has day care, a language offer and counselling; every service speaks
English and the key services speak all ten languages; hours are well-formed; the emergency
lines are real and reachable around the clock; past and upcoming events are there. The JSON is
read with `json` only (the taxonomy comes from the model), so the tests do not depend on the
directory loader.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.directory import model
from bot.directory.schedules import DAY_CODES

ROOT = Path(__file__).resolve().parents[1]
DATA_FILE = ROOT / "data" / "directory" / "kreis-guetersloh.json"

CATEGORIES = set(model.CATEGORIES)
TRANSLATION_LANGS = ["en", "ar", "tr", "uk", "ru", "fa", "ro", "bg", "pl"]
DAYS = set(DAY_CODES)
MSO_ACTIVITIES = set(model.MSO_ACTIVITIES)

# town: (allowed postal codes, area code, latitude, longitude of the town centre)
TOWNS: dict[str, tuple[set[str], str, float, float]] = {
    "Gütersloh": ({"33330", "33332", "33333", "33334", "33335"}, "5241", 51.9066, 8.3786),
    "Verl": ({"33415"}, "5246", 51.8836, 8.5147),
    "Rheda-Wiedenbrück": ({"33378"}, "5242", 51.8417, 8.3003),
    "Halle (Westf.)": ({"33790"}, "5201", 52.0597, 8.3600),
    "Harsewinkel": ({"33428"}, "5247", 51.9622, 8.2289),
    "Herzebrock-Clarholz": ({"33442"}, "5245", 51.8825, 8.2323),
    "Langenberg": ({"33449"}, "5248", 51.7725, 8.3183),
    "Rietberg": ({"33397"}, "5244", 51.8000, 8.4286),
    "Schloß Holte-Stukenbrock": ({"33758"}, "5207", 51.8833, 8.6167),
    "Steinhagen": ({"33803"}, "5204", 52.0050, 8.4133),
    "Versmold": ({"33775"}, "5423", 52.0411, 8.1528),
    "Werther (Westf.)": ({"33824"}, "5203", 52.0731, 8.4167),
    "Borgholzhausen": ({"33829"}, "5425", 52.1000, 8.3000),
}
BIGGER_TOWNS = {"Gütersloh", "Rheda-Wiedenbrück", "Verl"}
AREAS = set(TOWNS) | {"Kreis Gütersloh", "NRW"}

ID_PATTERN = re.compile(r"^[a-z0-9-]{3,80}$")
TIME_PATTERN = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$")
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
LOCAL_DATETIME_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")
# International form, except the short codes 110, 112 and the harmonised 116 xxx numbers,
# which have no international form and must be shown exactly as people dial them.
PHONE_PATTERN = re.compile(r"^\+49 [1-9]\d{1,4} [\d -]+$|^11[0-9]$|^116 \d{3}$")
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")
CYRILLIC_SCRIPT = re.compile(r"[\u0400-\u04FF]")

AROUND_THE_CLOCK_NUMBERS = {
    "110",
    "112",
    "116 016",
    "116 117",
    "+49 800 111 0 111",
    "+49 800 111 0 222",
    "+49 800 40 40 020",
}


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def services(document: dict[str, Any]) -> list[dict[str, Any]]:
    return document["services"]


@pytest.fixture(scope="module")
def active(services: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [s for s in services if s.get("status", "active") == "active"]


@pytest.fixture(scope="module")
def events(document: dict[str, Any]) -> list[dict[str, Any]]:
    return document["events"]


def by_id(records: list[dict[str, Any]], rid: str) -> dict[str, Any]:
    matches = [r for r in records if r["id"] == rid]
    assert len(matches) == 1, f"expected exactly one record {rid!r}"
    return matches[0]


def town_of(service: dict[str, Any]) -> str | None:
    location = service.get("location")
    return location["town"] if location else None


def is_key_service(service: dict[str, Any]) -> bool:
    """Services that must read well in all ten languages."""
    categories = set(service["categories"])
    return bool(
        categories & {"prevention", "emergency"}
        or service.get("mso")
        or (service["organization"]["id"] == "org-ki-kreis-gt" and "community" in categories)
        or "(MBE)" in service["name"]
        or "(JMD)" in service["name"]
    )


def schedules_for(service: dict[str, Any], contact_id: str) -> list[dict[str, Any]]:
    """The schedules that say when a contact is reachable (its own, else the service's)."""
    own = [s for s in service.get("schedules", []) if s["contact"] == contact_id]
    return own or [s for s in service.get("schedules", []) if s["contact"] is None]


def minutes(value: str) -> int:
    hours, mins = value.split(":")
    return int(hours) * 60 + int(mins)


# ----------------------------------------------------------------------------------------
# Document and records
# ----------------------------------------------------------------------------------------


def test_document_header_marks_sample_data(document: dict[str, Any]) -> None:
    assert document["profile"] == "lotse-hsds-3"
    assert document["name"] == "kreis-guetersloh"
    assert document["sample_data"] is True
    notice = document["notice"]
    assert "BEISPIELDATEN" in notice and "SAMPLE DATA" in notice
    assert "ersetzt" in notice and "replaced" in notice
    assert "4.122" in notice and "17.414" in notice


def test_at_least_ninety_services(active: list[dict[str, Any]]) -> None:
    assert len(active) >= 90


def test_ids_are_unique_and_well_formed(
    services: list[dict[str, Any]], events: list[dict[str, Any]]
) -> None:
    ids = [r["id"] for r in (*services, *events)]
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates
    for service in services:
        assert ID_PATTERN.match(service["id"]) and service["id"].startswith("svc-")
    for event in events:
        assert ID_PATTERN.match(event["id"]) and event["id"].startswith("evt-")


def test_every_service_has_required_fields(services: list[dict[str, Any]]) -> None:
    for service in services:
        sid = service["id"]
        organization = service["organization"]
        assert organization["id"].startswith("org-") and organization["name"], sid
        assert isinstance(organization["is_mso"], bool), sid
        assert service["name"].strip() and service["description"].strip(), sid
        assert service["categories"] and set(service["categories"]) <= CATEGORIES, sid
        assert service.get("status", "active") in {"active", "inactive"}, sid


def test_every_service_is_flagged_as_sample_with_source_and_check_date(
    services: list[dict[str, Any]], events: list[dict[str, Any]]
) -> None:
    for record in (*services, *events):
        source = record["source"]
        assert source["sample"] is True, record["id"]
        assert "SAMPLE" in source["name"], record["id"]
        if "url" in source:
            assert source["url"].startswith("https://"), record["id"]
        checked = record["last_checked"]
        assert DATE_PATTERN.match(checked), record["id"]
        assert checked.startswith("2026-"), record["id"]
        assert date.fromisoformat(checked) <= date.today(), record["id"]


def test_every_category_is_offered(active: list[dict[str, Any]]) -> None:
    offered = {c for s in active for c in s["categories"]}
    assert offered == CATEGORIES


def test_every_town_has_childcare_language_and_counselling(
    active: list[dict[str, Any]],
) -> None:
    for town in TOWNS:
        local = [s for s in active if town_of(s) == town]
        childcare = [s for s in local if "childcare" in s["categories"]]
        language = [s for s in local if "language_course" in s["categories"]]
        advice = [s for s in local if {"counselling", "job_support"} & set(s["categories"])]
        assert len(childcare) >= 2, town
        assert len(language) >= 1, town
        assert len(advice) >= 1, town
    smallest_big = min(sum(town_of(s) == t for s in active) for t in BIGGER_TOWNS)
    largest_small = max(sum(town_of(s) == t for s in active) for t in set(TOWNS) - BIGGER_TOWNS)
    assert smallest_big > largest_small


def test_locations_use_real_postcodes_and_lie_near_the_town_centre(
    services: list[dict[str, Any]],
) -> None:
    for service in services:
        location = service.get("location")
        if not location:
            continue
        town = location["town"]
        assert location["address"].strip(), service["id"]
        if town not in TOWNS:
            # Based outside the district (e.g. a state-wide partner): must not claim a
            # district town as its service area.
            assert not set(service.get("service_area", [])) & set(TOWNS), service["id"]
            continue
        postcodes, _, latitude, longitude = TOWNS[town]
        assert location["postal_code"] in postcodes, service["id"]
        assert abs(location["latitude"] - latitude) <= 0.02, service["id"]
        assert abs(location["longitude"] - longitude) <= 0.02, service["id"]


def test_service_areas_name_known_places(services: list[dict[str, Any]]) -> None:
    for service in services:
        if town_of(service) in TOWNS or not service.get("location"):
            assert set(service.get("service_area", [])) <= AREAS, service["id"]


def test_phone_numbers_are_well_formed_and_use_the_local_area_code(
    services: list[dict[str, Any]],
) -> None:
    for service in services:
        for contact in service.get("contacts", []):
            if contact["type"] not in {"phone", "whatsapp"}:
                continue
            number = contact["value"]
            assert PHONE_PATTERN.match(number), (service["id"], number)
            town = town_of(service)
            if town in TOWNS and number.startswith("+49 5"):
                area_code = number.split(" ")[1]
                assert area_code == TOWNS[town][1], (service["id"], number)


def test_fictional_numbers_cannot_reach_real_subscribers(services: list[dict[str, Any]]) -> None:
    """Invented office numbers start with 0 after the area code, which is never assigned."""
    known_real = {"+49 5241 85-0", "+49 911 943 43 43"}  # switchboards of public offices
    for service in services:
        for contact in service.get("contacts", []):
            number = contact["value"]
            toll_free = number.startswith("+49 800 ")  # real nationwide help lines
            if contact["type"] != "phone" or not number.startswith("+49 ") or toll_free:
                continue
            if number in known_real:
                continue
            subscriber = number.split(" ", 2)[2]
            assert subscriber.startswith("0"), (service["id"], number)


def test_emails_and_links(services: list[dict[str, Any]]) -> None:
    for service in services:
        organization = service["organization"]
        if "email" in organization:
            assert organization["email"].endswith("@example.org"), service["id"]
        for contact in service.get("contacts", []):
            assert contact["type"] in {"phone", "email", "web", "chat", "whatsapp"}
            if contact["type"] == "email":
                assert contact["value"].endswith("@example.org"), service["id"]
            if contact["type"] in {"web", "chat"}:
                assert contact["value"].startswith("https://"), service["id"]
        contact_ids = [c["id"] for c in service.get("contacts", [])]
        assert len(contact_ids) == len(set(contact_ids)), service["id"]


def test_languages_spoken_are_varied(active: list[dict[str, Any]]) -> None:
    spoken = {code for s in active for code in s.get("languages", [])}
    for service in active:
        for code in service.get("languages", []):
            assert re.match(r"^[a-z]{2,3}$", code), service["id"]
    assert {"de", "en", "tr", "ar", "ru", "uk", "pl", "ro", "bg", "fa", "ku", "ti", "sq"} <= spoken


def test_institution_keywords_are_searchable(active: list[dict[str, Any]]) -> None:
    keywords = {k for s in active for k in s.get("keywords", [])}
    expected = {
        "Kita",
        "Kindergarten",
        "Tagespflege",
        "U3",
        "Jobcenter",
        "Agentur für Arbeit",
        "Anerkennung",
        "Integrationskurs",
        "BAMF",
        "Ausländerbehörde",
        "Sprachcafé",
    }
    assert expected <= keywords


# ----------------------------------------------------------------------------------------
# Translations
# ----------------------------------------------------------------------------------------


def test_every_service_has_an_english_translation(services: list[dict[str, Any]]) -> None:
    for service in services:
        english = service["translations"]["en"]
        assert english["name"].strip() and english["description"].strip(), service["id"]
        assert english["description"] != service["description"], service["id"]
        if "application_process" in service:
            assert english["application_process"].strip(), service["id"]


def test_key_services_are_translated_into_all_ten_languages(
    services: list[dict[str, Any]],
) -> None:
    key_services = [s for s in services if is_key_service(s)]
    assert len(key_services) >= 25
    for service in key_services:
        translations = service["translations"]
        for lang in TRANSLATION_LANGS:
            assert lang in translations, (service["id"], lang)
            entry = translations[lang]
            assert entry["name"].strip() and entry["description"].strip(), (service["id"], lang)
            assert entry["description"] != service["description"], (service["id"], lang)
            if "application_process" in service:
                assert entry["application_process"].strip(), (service["id"], lang)
        for lang in ("ar", "fa"):
            assert ARABIC_SCRIPT.search(translations[lang]["description"]), (service["id"], lang)
        for lang in ("uk", "ru", "bg"):
            assert CYRILLIC_SCRIPT.search(translations[lang]["description"]), (service["id"], lang)


def test_key_service_groups_are_all_present(services: list[dict[str, Any]]) -> None:
    key_ids = {s["id"] for s in services if is_key_service(s)}
    mbe = [s for s in services if "(MBE)" in s["name"]]
    jmd = [s for s in services if "(JMD)" in s["name"]]
    assert len(mbe) >= 4 and len(jmd) >= 2
    assert "svc-ki-kreis-guetersloh" in key_ids
    assert {s["id"] for s in mbe + jmd} <= key_ids


# ----------------------------------------------------------------------------------------
# Schedules and ages
# ----------------------------------------------------------------------------------------


def check_slot(sid: str, entry: dict[str, Any]) -> None:
    assert entry["days"] and set(entry["days"]) <= DAYS, sid
    assert len(entry["days"]) == len(set(entry["days"])), sid
    assert TIME_PATTERN.match(entry["opens"]) and entry["opens"] != "24:00", sid
    assert TIME_PATTERN.match(entry["closes"]), sid
    assert entry["opens"] != entry["closes"], sid
    if entry.get("appointment_only"):
        assert entry["booking_url"].startswith("https://"), sid


def test_schedules_are_well_formed(services: list[dict[str, Any]]) -> None:
    for service in services:
        sid = service["id"]
        contact_ids = {c["id"] for c in service.get("contacts", [])}
        for schedule in service.get("schedules", []):
            assert schedule["contact"] is None or schedule["contact"] in contact_ids, sid
            assert schedule["timezone"] == "Europe/Berlin", sid
            valid_from, valid_to = schedule.get("valid_from"), schedule.get("valid_to")
            if valid_from and valid_to:
                assert date.fromisoformat(valid_from) <= date.fromisoformat(valid_to), sid
            assert schedule["weekly"], sid
            for entry in schedule["weekly"]:
                check_slot(sid, entry)
            for closure in schedule.get("closures", []):
                assert date.fromisoformat(closure["from"]) <= date.fromisoformat(closure["to"])
                assert closure["reason"].strip(), sid
            assert schedule["holidays"] in {"closed", "open", "special"}, sid
            if schedule["holidays"] == "special":
                assert schedule["holiday_hours"], sid
                for entry in schedule["holiday_hours"]:
                    assert TIME_PATTERN.match(entry["opens"]), sid
                    assert TIME_PATTERN.match(entry["closes"]), sid
            else:
                assert not schedule.get("holiday_hours"), sid


def test_appointment_slots_never_overlap_walk_in_hours(services: list[dict[str, Any]]) -> None:
    """Otherwise "open now" and "appointment only" would contradict each other."""
    for service in services:
        for schedule in service.get("schedules", []):
            walk_in = [e for e in schedule["weekly"] if not e.get("appointment_only")]
            booked = [e for e in schedule["weekly"] if e.get("appointment_only")]
            for appointment in booked:
                for open_slot in walk_in:
                    if not set(appointment["days"]) & set(open_slot["days"]):
                        continue
                    overlap = minutes(appointment["opens"]) < minutes(open_slot["closes"]) and (
                        minutes(open_slot["opens"]) < minutes(appointment["closes"])
                    )
                    assert not overlap, service["id"]


def test_schedules_of_one_contact_do_not_overlap_in_time(services: list[dict[str, Any]]) -> None:
    """Two schedules for the same contact must cover different date ranges."""
    for service in services:
        ranges: dict[str | None, list[tuple[date, date]]] = {}
        for schedule in service.get("schedules", []):
            start = date.fromisoformat(schedule.get("valid_from") or "0001-01-01")
            end = date.fromisoformat(schedule.get("valid_to") or "9999-12-31")
            for other_start, other_end in ranges.get(schedule["contact"], []):
                assert end < other_start or other_end < start, service["id"]
            ranges.setdefault(schedule["contact"], []).append((start, end))


def test_every_active_service_says_when_it_is_reachable(active: list[dict[str, Any]]) -> None:
    for service in active:
        assert service.get("schedules"), service["id"]


def test_schedules_show_variety(services: list[dict[str, Any]]) -> None:
    schedules = [s for service in services for s in service.get("schedules", [])]
    assert any(s["contact"] for s in schedules), "per-contact hours"
    assert any(e.get("appointment_only") for s in schedules for e in s["weekly"])
    assert any(s["closures"] for s in schedules)
    assert {s["holidays"] for s in schedules} == {"closed", "open", "special"}
    assert any(s["valid_to"] for s in schedules), "seasonal hours"
    split_days = 0
    for schedule in schedules:
        per_day = Counter(
            d for e in schedule["weekly"] if not e.get("appointment_only") for d in e["days"]
        )
        split_days += any(n > 1 for n in per_day.values())
    assert split_days >= 10, "split opening hours on some days"


def test_ages_match_the_kind_of_service(active: list[dict[str, Any]]) -> None:
    sonnenschein = by_id(active, "svc-kita-sonnenschein-verl")
    assert town_of(sonnenschein) == "Verl"
    assert (sonnenschein["minimum_age"], sonnenschein["maximum_age"]) == (1, 6)
    for service in active:
        keywords = set(service.get("keywords", []))
        if "Tagespflege" in keywords and "Kita-Navigator" not in keywords:
            assert (service["minimum_age"], service["maximum_age"]) == (0, 3), service["id"]
        if "(MBE)" in service["name"]:
            assert service["minimum_age"] == 27 and service.get("maximum_age") is None
        if "(JMD)" in service["name"]:
            assert (service["minimum_age"], service["maximum_age"]) == (12, 27), service["id"]
    creches = [s for s in active if "childcare" in s["categories"] and s.get("maximum_age") == 3]
    assert any(s.get("minimum_age") == 0 and "U3" in s["keywords"] for s in creches)


# ----------------------------------------------------------------------------------------
# Specific services
# ----------------------------------------------------------------------------------------


def test_emergency_lines_are_reachable_around_the_clock(active: list[dict[str, Any]]) -> None:
    found: set[str] = set()
    for service in active:
        if "emergency" not in service["categories"]:
            continue
        for contact in service.get("contacts", []):
            if contact["value"] not in AROUND_THE_CLOCK_NUMBERS:
                continue
            found.add(contact["value"])
            schedules = schedules_for(service, contact["id"])
            assert any(
                s["holidays"] == "open"
                and any(
                    set(e["days"]) == DAYS and e["opens"] == "00:00" and e["closes"] == "24:00"
                    for e in s["weekly"]
                )
                for s in schedules
            ), (service["id"], contact["value"])
    assert found == AROUND_THE_CLOCK_NUMBERS


def test_emergency_services_include_helplines_and_local_samples(
    active: list[dict[str, Any]],
) -> None:
    emergency = [s for s in active if "emergency" in s["categories"]]
    numbers = {c["value"] for s in emergency for c in s.get("contacts", [])}
    assert "116 111" in numbers  # Nummer gegen Kummer
    names = " ".join(s["name"] for s in emergency)
    assert "Frauenhaus" in names and "PSZ" in names
    for service in emergency:
        assert set(service["service_area"]) <= {"Kreis Gütersloh", "NRW"}, service["id"]
    shelter = next(s for s in emergency if "Frauenhaus" in s["name"])
    assert shelter["location"] is None, "a shelter's address is never published"


def test_wegweiser_hotline_chat_and_remit(active: list[dict[str, Any]]) -> None:
    wegweiser = [s for s in active if "Wegweiser" in s["name"] and s["service_area"] == ["NRW"]]
    assert len(wegweiser) == 1
    service = wegweiser[0]
    assert "prevention" in service["categories"]
    assert service["cost"]["free"] is True
    assert {"de", "tr", "ar", "en"} <= set(service["languages"])
    description = service["description"]
    assert "Graue Wölfe" in description and "Islamismus" in description
    assert "Sorgen" in description and "vertraulich" in description.lower()
    hotline = next(c for c in service["contacts"] if c["type"] == "phone")
    (schedule,) = [s for s in service["schedules"] if s["contact"] == hotline["id"]]
    assert schedule["weekly"] == [
        {"days": ["MO", "TU", "WE", "TH", "FR"], "opens": "09:00", "closes": "18:00"}
    ]
    assert schedule["holidays"] == "closed"
    assert any(c["type"] == "chat" for c in service["contacts"])
    local = [
        s
        for s in active
        if "prevention" in s["categories"]
        and town_of(s) == "Gütersloh"
        and "Kreis Gütersloh" in s.get("service_area", [])
    ]
    assert local, "a local Wegweiser counselling location for the district"


def test_prevention_texts_are_calm_and_free(active: list[dict[str, Any]]) -> None:
    for service in active:
        if "prevention" not in service["categories"]:
            continue
        text = service["description"].lower()
        assert "kostenlos" in text and "vertraulich" in text, service["id"]
        for word in ("gefährder", "terror", "verdächtig"):
            assert word not in text, service["id"]


def test_my_turn_my_career(active: list[dict[str, Any]]) -> None:
    (service,) = [s for s in active if "MY TURN. MY CAREER." in s["name"]]
    assert {"women", "migrants"} <= set(service["target_groups"])
    assert "job_support" in service["categories"]
    assert service["online"] is True
    assert {"Dortmund", "Hamm", "Kreis Unna"} <= set(service["service_area"])
    assert not set(service["service_area"]) & (set(TOWNS) | {"Kreis Gütersloh"})
    assert any(c["type"] == "phone" for c in service["contacts"])


def test_multikulturelles_forum(active: list[dict[str, Any]]) -> None:
    (service,) = [
        s
        for s in active
        if s["organization"]["name"] == "Multikulturelles Forum e.V."
        and s["organization"]["is_mso"]
        and s.get("mso")
    ]
    assert service["service_area"] == ["NRW"]
    assert town_of(service) == "Lünen"
    for town in ("Lünen", "Hamm", "Dortmund", "Düsseldorf", "Bergkamen"):
        assert town in service["description"]
    assert "Partnerorganisation" in service["description"]


def test_integration_centre(active: list[dict[str, Any]]) -> None:
    (service,) = [
        s
        for s in active
        if s["organization"]["id"] == "org-ki-kreis-gt" and "community" in s["categories"]
    ]
    assert service["organization"]["name"] == "Kommunales Integrationszentrum Kreis Gütersloh"
    location = service["location"]
    assert (location["address"], location["postal_code"], location["town"]) == (
        "Herzebrocker Straße 140",
        "33334",
        "Gütersloh",
    )
    assert {"counselling", "community", "event"} <= set(service["categories"])
    assert {"de", "en"} <= set(service["languages"])
    assert service["contacts"]


def test_at_least_fifteen_migrant_self_organisations(active: list[dict[str, Any]]) -> None:
    msos = [s for s in active if s["organization"]["is_mso"] and s.get("mso")]
    assert len(msos) >= 15
    for service in msos:
        profile = service["mso"]
        assert "community" in service["categories"], service["id"]
        assert profile["communities"], service["id"]
        assert all(re.match(r"^[A-Z]{2}$", code) for code in profile["origins"]), service["id"]
        assert profile["activities"] and set(profile["activities"]) <= MSO_ACTIVITIES
        assert "Partner" in service["description"], service["id"]
    communities = " ".join(c for s in msos for c in s["mso"]["communities"])
    for community in (
        "syrisch",
        "eritreisch",
        "afghanisch",
        "ukrainisch",
        "türk",
        "kurdisch",
        "polnisch",
        "rumänisch",
        "bulgarisch",
        "ezidisch",
        "arabisch",
        "afrikanisch",
        "russischsprachig",
        "albanisch",
    ):
        assert community in communities, community
    activities = {a for s in msos for a in s["mso"]["activities"]}
    assert {"religion", "sport", "women", "homework_help", "refugee_support"} <= activities
    names = " ".join(s["name"] for s in msos)
    assert "Orthodox" in names and "Islamische Gemeinde" in names
    assert len({town_of(s) for s in msos} & set(TOWNS)) >= 8


# ----------------------------------------------------------------------------------------
# Events
# ----------------------------------------------------------------------------------------


def test_events_are_well_formed(events: list[dict[str, Any]]) -> None:
    for event in events:
        eid = event["id"]
        assert event["title"].strip() and event["organization"]["name"], eid
        assert LOCAL_DATETIME_PATTERN.match(event["start"]), eid
        assert LOCAL_DATETIME_PATTERN.match(event["end"]), eid
        assert datetime.fromisoformat(event["start"]) < datetime.fromisoformat(event["end"])
        assert event.get("timezone", "Europe/Berlin") == "Europe/Berlin", eid
        assert isinstance(event["online"], bool), eid
        if not event["online"]:
            assert event["place"]["address"] and event["place"]["town"] in TOWNS, eid
        if "registration_url" in event:
            assert event["registration_url"].startswith("https://"), eid
        english = event["translations"]["en"]
        assert english["title"].strip() and english["description"].strip(), eid
        assert set(event.get("categories", ["event"])) <= CATEGORIES, eid


def test_tellerrand_series_2025(events: list[dict[str, Any]]) -> None:
    series = {
        e["start"][:10]: e
        for e in events
        if e["title"].startswith("Über den Tellerrand") and e["start"].startswith("2025-")
    }
    assert {"2025-05-21", "2025-11-03"} <= set(series)
    assert any(day.startswith("2025-07-") for day in series)
    assert any(day.startswith("2025-12-") for day in series)
    assert len(series) == 4
    for day, event in series.items():
        assert event["online"] is True, day
        assert event["organization"]["id"] == "org-ki-kreis-gt", day
        assert event["start"].endswith("T12:00") and event["end"].endswith("T13:00"), day
    assert "Migrantenorganisationen" in series["2025-05-21"]["title"]
    assert "Antidiskriminierung" in series["2025-11-03"]["title"]


def test_upcoming_events(events: list[dict[str, Any]]) -> None:
    upcoming = [e for e in events if e["start"] > "2026-12-01"]
    assert len(upcoming) >= 8
    assert any(e["online"] for e in upcoming)
    assert len({e["place"]["town"] for e in upcoming if e["place"]}) >= 3
    assert sum("registration_url" in e for e in upcoming) >= 5
    titles = " ".join(e["title"] for e in upcoming)
    for word in ("Sprachcafé", "Kita", "Elternabend", "Job"):
        assert word in titles, word
    assert any(e["organization"]["is_mso"] for e in upcoming), "an MSO cultural evening"
