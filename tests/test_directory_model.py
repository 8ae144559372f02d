"""Validation and normalization of directory records (bot.directory.model).

Every kind of bad field must give a message that names the record, the field path and the
reason, because that message is all a municipality's data maintainer sees.
"""

import copy
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.directory.model import Document, Event, Service, ValidationError

FIXTURES = Path(__file__).parent / "fixtures" / "directory"
SMALL = json.loads((FIXTURES / "small.json").read_text(encoding="utf-8"))


def service_data(service_id: str = "migrationsberatung-gt") -> dict[str, Any]:
    return copy.deepcopy(next(s for s in SMALL["services"] if s["id"] == service_id))


def event_data(event_id: str = "sommerfest-verl-2025") -> dict[str, Any]:
    return copy.deepcopy(next(e for e in SMALL["events"] if e["id"] == event_id))


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Set `a.b[2].c` in nested data; value DELETE removes the key."""
    keys = path.replace("[", ".").replace("]", "").split(".")
    target: Any = data
    for key in keys[:-1]:
        target = target[int(key)] if key.isdigit() else target[key]
    last = keys[-1]
    if value is DELETE:
        del target[last]
    elif last.isdigit():
        target[int(last)] = value
    else:
        target[last] = value


DELETE = object()

BAD_SERVICE_FIELDS = [
    (
        "location.postal_code",
        "3341",
        "location.postal_code: '3341' is not a 5-digit German postcode",
    ),
    ("location.latitude", "abc", "location.latitude: 'abc' is not a number"),
    ("location.latitude", 8.37, "location.latitude: 8.37 is outside Germany"),
    ("location.address", DELETE, "location.address: is required"),
    (
        "categories",
        ["childcare", "kindergarten"],
        "categories[1]: 'kindergarten' is not a known category",
    ),
    ("categories", [], "categories: needs at least one of"),
    ("languages", ["de", "arabic"], "languages[1]: 'arabic' is not an ISO 639-1/-3 language code"),
    ("translations", {"xx": {"name": "?"}}, "translations.xx: 'xx' is not one of the languages"),
    ("translations", {"en": {"title": "?"}}, "translations.en.title: unknown field"),
    ("maximum_age", 10, "maximum_age: 10 is below minimum_age 18"),
    ("maximum_age", -1, "maximum_age: -1 is not between 0 and 120"),
    ("minimum_age", "3", "minimum_age: '3' is not a whole number"),
    ("minimum_age", True, "minimum_age: True is not a whole number"),
    ("status", "closed", "status: 'closed' is not 'active' or 'inactive'"),
    ("organization.is_mso", DELETE, "organization.is_mso: is required (true or false)"),
    (
        "organization.website",
        "www.example.org",
        "organization.website: 'www.example.org' is not a web address",
    ),
    ("organization", DELETE, "organization: is required"),
    (
        "contacts[0].value",
        "05241 12345",
        "contacts[0].value: '05241 12345' is not a phone number in international form",
    ),
    ("contacts[1].type", "fax", "contacts[1].type: 'fax' is not one of phone"),
    ("contacts[1].id", "office", "contacts[1].id: 'office' is used twice"),
    (
        "schedules[0].weekly[0].opens",
        "9:00",
        "schedules[0]: weekly[0].opens: '9:00' is not a time HH:MM",
    ),
    ("schedules[0].timezone", "+01:00", "schedules[0]: timezone:"),
    ("schedules[0].contact", "hotline", "schedules[0].contact: 'hotline' is not a contact id here"),
    ("source.sample", DELETE, "source.sample: is required (true or false)"),
    ("last_checked", "01.05.2025", "last_checked: '01.05.2025' is not a date YYYY-MM-DD"),
    ("last_checked", "2025-02-30", "last_checked: '2025-02-30' is not a date YYYY-MM-DD"),
    ("name", "  ", "name: must not be empty"),
    ("description", 42, "description: must be a string, not a number"),
    ("keywords", "Kita", "keywords: must be a list, not a string"),
    ("mso", {"origins": ["Syria"]}, "mso.origins[0]: 'Syria' is not an ISO 3166 alpha-2 code"),
    (
        "mso",
        {"activities": ["cooking"]},
        "mso.activities[0]: 'cooking' is not a known MSO activity",
    ),
    ("opening_hours", "MO-FR", "opening_hours: unknown field"),
]


@pytest.mark.parametrize(("path", "value", "message"), BAD_SERVICE_FIELDS)
def test_bad_service_field_names_record_field_and_reason(path: str, value: Any, message: str):
    data = service_data()
    set_path(data, path, value)
    with pytest.raises(ValidationError) as raised:
        Service.from_dict(data, "services[3]")
    text = str(raised.value)
    assert text.startswith("services[3] (migrationsberatung-gt): "), text
    assert message in text


def test_error_example_from_the_brief_reads_exactly_so():
    data = service_data("kita-verl-sonnenschein")
    data["id"] = "svc-kita-x"
    data["location"]["postal_code"] = "3341"
    with pytest.raises(ValidationError) as raised:
        Service.from_dict(data, "services[3]")
    assert str(raised.value) == (
        "services[3] (svc-kita-x): location.postal_code: '3341' is not a 5-digit German postcode"
    )
    assert raised.value.field == "location.postal_code"
    assert raised.value.record_id == "svc-kita-x"


@pytest.mark.parametrize("bad_id", [None, "AB", "Kita Verl", "x" * 81])
def test_bad_id_is_reported_without_a_record_id(bad_id: Any):
    data = service_data()
    data["id"] = bad_id
    with pytest.raises(ValidationError, match=r"^services\[0\]: id: "):
        Service.from_dict(data, "services[0]")


def test_a_record_that_is_not_an_object_is_named():
    with pytest.raises(ValidationError, match=r"^services\[2\]: must be an object, not a list"):
        Service.from_dict([], "services[2]")


def test_towns_are_normalized_to_canonical_names():
    data = service_data("kita-verl-sonnenschein")
    data["location"]["town"] = "33415"
    data["service_area"] = ["guetersloh", "kreis guetersloh", "nrw", "Düsseldorf"]
    service = Service.from_dict(data)
    assert service.location is not None and service.location.town == "Verl"
    assert service.service_area == ("Gütersloh", "Kreis Gütersloh", "NRW", "Düsseldorf")


def test_a_district_name_resolves_to_its_town():
    data = service_data("eritreische-gemeinde-rheda")
    data["location"]["town"] = "Wiedenbrück"
    assert Service.from_dict(data).location.town == "Rheda-Wiedenbrück"


def test_area_defaults_to_the_location_town():
    assert Service.from_dict(service_data("kita-verl-sonnenschein")).areas == ("Verl",)
    assert Service.from_dict(service_data("migrationsberatung-gt")).areas == ("Kreis Gütersloh",)
    assert Service.from_dict(service_data("wegweiser-praevention")).areas == ("NRW",)


def test_spoken_languages_are_lower_case_and_distinct():
    data = service_data()
    data["languages"] = ["DE", "ar", "Ti", "ar"]
    assert Service.from_dict(data).languages == ("de", "ar", "ti")


def test_to_dict_round_trips_and_is_stable():
    for raw in SMALL["services"]:
        service = Service.from_dict(raw)
        again = Service.from_dict(json.loads(json.dumps(service.to_dict())))
        assert again == service
        assert json.dumps(again.to_dict()) == json.dumps(service.to_dict())


def test_to_dict_keeps_the_documented_field_order_and_drops_unset_fields():
    data = Service.from_dict(service_data("u3-verl-kruemel")).to_dict()
    assert list(data) == [
        "id", "organization", "name", "description", "categories", "keywords", "status",
        "minimum_age", "maximum_age", "languages", "location", "online", "source",
        "last_checked",
    ]  # fmt: skip
    assert data["status"] == "active" and data["online"] is False


def test_localized_texts_fall_back_to_german():
    service = Service.from_dict(service_data("kita-verl-sonnenschein"))
    assert service.name_in("en") == "Sunshine day-care centre Verl"
    assert service.name_in("ar") == "روضة الأطفال زونينشاين فيرل"
    assert service.name_in("uk") == "Kita Sonnenschein Verl"
    assert service.description_in("ar") == service.description  # only the name is translated
    assert service.application_in("en") == "Anmeldung über den Kita-Navigator der Stadt Verl."


def test_schedule_of_a_contact_and_of_the_service():
    hotline_only = Service.from_dict(service_data("wegweiser-praevention"))
    assert hotline_only.schedule_for() is None
    hotline = hotline_only.schedule_for("hotline")
    assert hotline is not None and hotline.contact == "hotline"
    # without hours of its own, the hotline's hours say whether the service can be reached
    assert hotline_only.opening_schedules() == (hotline,)
    office = Service.from_dict(service_data("migrationsberatung-gt"))
    assert office.schedule_for() is not None and office.schedule_for("office") is None


def test_is_open_uses_walk_in_hours_holidays_and_closures():
    kita = Service.from_dict(service_data("kita-verl-sonnenschein"))
    berlin = "Europe/Berlin"
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(berlin)
    assert kita.is_open(datetime(2025, 6, 18, 10, 0, tzinfo=zone))  # Wednesday
    assert not kita.is_open(datetime(2025, 6, 19, 10, 0, tzinfo=zone))  # Corpus Christi
    assert not kita.is_open(datetime(2025, 8, 6, 10, 0, tzinfo=zone))  # Betriebsferien
    counselling = Service.from_dict(service_data("migrationsberatung-gt"))
    # Wednesday afternoon is by appointment only: shown, but not open for walk-in
    assert not counselling.is_open(datetime(2025, 6, 18, 14, 0, tzinfo=zone))
    assert counselling.is_open(datetime(2025, 6, 17, 15, 0, tzinfo=zone))


def test_event_times_are_aware_in_their_zone():
    event = Event.from_dict(event_data())
    assert event.starts_at.isoformat() == "2025-07-05T14:00:00+02:00"
    assert event.ends_at.utcoffset() is not None
    assert event.place is not None and event.place.town == "Verl"
    assert Event.from_dict(event_data("tellerrand-2025-05")).title_in("en").startswith("Beyond")
    assert Event.from_dict(event_data("tellerrand-2025-05")).title_in("tr").startswith("Über")


BAD_EVENT_FIELDS = [
    ("end", "2025-07-05T13:00", "end: '2025-07-05T13:00' is not after start '2025-07-05T14:00'"),
    ("start", "2025-07-05 14:00", "start: '2025-07-05 14:00' is not a local date-time"),
    ("start", "2025-07-05T14:00+02:00", "start: '2025-07-05T14:00+02:00' is not a local date-time"),
    ("timezone", "UTC+2", "timezone: 'UTC+2' is not a time-zone name like Europe/Berlin"),
    ("place", DELETE, "place: is required for an event that is not online"),
    ("registration_url", "anmeldung.de", "registration_url: 'anmeldung.de' is not a web address"),
    ("categories", ["party"], "categories[0]: 'party' is not a known category"),
    ("online", "yes", "online: must be true or false, not 'yes'"),
]  # fmt: skip


@pytest.mark.parametrize(("path", "value", "message"), BAD_EVENT_FIELDS)
def test_bad_event_field_names_record_field_and_reason(path: str, value: Any, message: str):
    data = event_data()
    set_path(data, path, value)
    with pytest.raises(ValidationError) as raised:
        Event.from_dict(data, "events[2]")
    assert str(raised.value).startswith("events[2] (sommerfest-verl-2025): ")
    assert message in str(raised.value)


def test_document_rejects_duplicate_ids_naming_both_records():
    data = copy.deepcopy(SMALL)
    data["services"].append(service_data("u3-verl-kruemel"))
    with pytest.raises(ValidationError) as raised:
        Document.from_json(data)
    assert str(raised.value) == "services[11] (u3-verl-kruemel): id: duplicate of services[1]"


def test_document_accepts_a_plain_list_and_checks_its_own_fields():
    plain = Document.from_json([service_data()])
    assert len(plain.services) == 1 and plain.events == () and plain.name is None
    with pytest.raises(
        ValidationError, match=r"^document: profile: 'hsds-3' is not 'lotse-hsds-3'"
    ):
        Document.from_json({"profile": "hsds-3", "services": []})
    with pytest.raises(ValidationError, match=r"^document: servcies: unknown field"):
        Document.from_json({"servcies": []})


def test_document_json_is_sorted_and_round_trips():
    document = Document.from_json(SMALL)
    data = document.to_json()
    assert [s["id"] for s in data["services"]] == sorted(s["id"] for s in SMALL["services"])
    again = Document.from_json(json.loads(json.dumps(data)))
    assert again.to_json() == data
    assert {s.id: s for s in again.services} == {s.id: s for s in document.services}
    assert data["sample_data"] is True and data["notice"].startswith("TEST DATA")
    assert Service.from_dict(service_data()).last_checked == date(2025, 5, 1)
