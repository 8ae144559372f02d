"""Reading and writing directory files (bot.directory.io): JSON, CSV and their errors."""

import json
from pathlib import Path

import pytest

from bot.directory.io import LoadError, dump_document, load_document

FIXTURES = Path(__file__).parent / "fixtures" / "directory"
HEADER = "id,organization_id,organization_name,name,description,categories,source_name,last_checked"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_json_document_loads_with_services_events_and_its_notice():
    document = load_document(FIXTURES / "small.json")
    assert len(document.services) == 11 and len(document.events) == 4
    assert document.name == "test-small" and document.sample_data
    assert document.notice == "TEST DATA – not real services."


def test_plain_list_of_services_loads(tmp_path: Path):
    services = json.loads((FIXTURES / "small.json").read_text(encoding="utf-8"))["services"]
    document = load_document(write(tmp_path, "list.json", json.dumps(services[:2])))
    assert [s.id for s in document.services] == ["kita-verl-sonnenschein", "u3-verl-kruemel"]
    assert document.events == ()


def test_csv_rows_become_services_with_hours_contacts_and_translations():
    document = load_document(FIXTURES / "small.csv")
    services = {s.id: s for s in document.services}
    assert document.name == "small" and document.sample_data
    kita = services["kita-harsewinkel-sonne"]
    assert kita.categories == ("childcare",) and kita.keywords == ("Kita", "Kindergarten")
    assert (kita.minimum_age, kita.maximum_age) == (2, 6)
    assert kita.languages == ("de", "tr")
    assert kita.cost is not None and not kita.cost.free
    assert kita.location is not None and kita.location.latitude == 51.962
    assert [(c.type, c.value) for c in kita.contacts] == [
        ("phone", "+49 5247 935-0"),
        ("email", "kita@example.org"),
        ("web", "https://example.org/kita"),
    ]
    assert kita.name_in("en") == "Sunflower day-care Harsewinkel"
    assert kita.name_in("ar") == "روضة الأطفال"
    schedule = kita.schedule_for()
    assert schedule is not None and schedule.timezone == "Europe/Berlin"
    assert schedule.holidays == "closed"
    halle = services["beratung-halle"]
    assert halle.location is not None and halle.location.town == "Halle (Westf.)"
    assert halle.maximum_age is None and halle.cost is not None and halle.cost.free
    afghan = services["afghanischer-verein-guetersloh"]
    assert afghan.organization.is_mso and afghan.online  # "ja" and "true"
    assert afghan.location is not None and afghan.location.town == "Gütersloh"


CSV_ERRORS = [
    ("Kita A,org,Org,K,D,childcare,T,2025-05-01", "column 'id': 'Kita A' is not an id"),
    ("kita-a,org,Org,K,D,kita,T,2025-05-01", "column 'categories': 'kita' is not a known category"),
    ("kita-a,org,Org,K,D,childcare,T,1.5.2025", "column 'last_checked': '1.5.2025' is not a date"),
    ("kita-a,org,,K,D,childcare,T,2025-05-01", "column 'organization_name': must not be empty"),
]


@pytest.mark.parametrize(("row", "message"), CSV_ERRORS)
def test_csv_errors_name_file_line_and_column(tmp_path: Path, row: str, message: str):
    good = "kita-ok,org,Org,Kita OK,Gut.,childcare,Test,2025-05-01"
    path = write(tmp_path, "services.csv", f"{HEADER}\n{good}\n{row}\n")
    with pytest.raises(LoadError) as raised:
        load_document(path)
    assert str(raised.value).startswith(f"{path}:3: ")
    assert message in str(raised.value)


def test_csv_number_and_hours_errors_name_their_columns(tmp_path: Path):
    with pytest.raises(LoadError) as raised:
        load_document(FIXTURES / "bad-latitude.csv")
    assert str(raised.value) == (
        f"{FIXTURES / 'bad-latitude.csv'}:3: column 'latitude': 'abc' is not a number"
        " (use a dot: 51.90)"
    )
    header = f"{HEADER},hours,postal_code,address,town,latitude,longitude,phone"
    rows = [
        ("kita-a,org,Org,K,D,childcare,T,2025-05-01,MO-XX 09:00-12:00,,,,,,", "column 'hours'"),
        ("kita-a,org,Org,K,D,childcare,T,2025-05-01,,3341,Weg 1,Verl,51.9,8.5,", "'postal_code'"),
        ("kita-a,org,Org,K,D,childcare,T,2025-05-01,,,,,,,05246 1", "column 'phone'"),
        ("kita-a,org,Org,K,D,childcare,T,2025-05-01,,,,Verl,,,", "column 'address': is required"),
    ]
    for row, message in rows:
        path = write(tmp_path, "hours.csv", f"{header}\n{row}\n")
        with pytest.raises(LoadError) as raised:
            load_document(path)
        assert str(raised.value).startswith(f"{path}:2: "), raised.value
        assert message in str(raised.value)


def test_csv_quoted_line_breaks_keep_the_starting_line(tmp_path: Path):
    rows = (
        'kita-a,org,Org,Kita,"Zwei\nZeilen",childcare,Test,2025-05-01\n'
        "kita-b,org,Org,K,D,nope,T,2025-05-01\n"
    )
    path = write(tmp_path, "multi.csv", f"{HEADER}\n{rows}")
    with pytest.raises(LoadError, match=r"multi\.csv:4: column 'categories'"):
        load_document(path)


def test_csv_header_problems(tmp_path: Path):
    semicolons = write(tmp_path, "excel.csv", HEADER.replace(",", ";") + "\n")
    with pytest.raises(LoadError, match=r"excel\.csv:1: the columns are separated by ';'"):
        load_document(semicolons)
    unknown = write(tmp_path, "unknown.csv", HEADER + ",opening\n")
    with pytest.raises(LoadError, match=r"unknown\.csv:1: unknown column 'opening'"):
        load_document(unknown)
    missing = write(tmp_path, "missing.csv", HEADER.replace(",last_checked", "") + "\n")
    with pytest.raises(LoadError, match=r"missing\.csv:1: missing column 'last_checked'"):
        load_document(missing)
    duplicate = write(
        tmp_path,
        "twice.csv",
        f"{HEADER}\nkita-a,o,O,K,D,childcare,T,2025-05-01\n\nkita-a,o,O,K,D,childcare,T,2025-05-01\n",
    )
    with pytest.raises(LoadError, match=r"twice\.csv:4: column 'id': 'kita-a' is used twice"):
        load_document(duplicate)


def test_json_errors_name_file_and_line_or_record():
    with pytest.raises(LoadError) as raised:
        load_document(FIXTURES / "bad-syntax.json")
    assert str(raised.value).startswith(f"{FIXTURES / 'bad-syntax.json'}:3: invalid JSON")
    with pytest.raises(LoadError) as raised:
        load_document(FIXTURES / "bad-postcode.json")
    assert str(raised.value) == (
        f"{FIXTURES / 'bad-postcode.json'}: services[1] (svc-kita-x): location.postal_code:"
        " '3341' is not a 5-digit German postcode"
    )


def test_files_that_cannot_be_read(tmp_path: Path):
    with pytest.raises(LoadError, match=r"nowhere\.json: file not found"):
        load_document(tmp_path / "nowhere.json")
    with pytest.raises(LoadError, match=r"data\.xlsx: unknown file type '\.xlsx'"):
        load_document(write(tmp_path, "data.xlsx", ""))
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes(
        (HEADER + "\nk-a,o,Stadt Gütersloh,K,D,childcare,T,2025-05-01\n").encode("latin-1")
    )
    with pytest.raises(LoadError, match=r"latin1\.csv: not UTF-8 text"):
        load_document(latin1)


def test_dump_is_deterministic_utf8_and_loads_back(tmp_path: Path):
    document = load_document(FIXTURES / "small.json")
    text = dump_document(document)
    assert "Gütersloh" in text and "\\u00fc" not in text
    data = json.loads(text)
    assert [s["id"] for s in data["services"]] == sorted(s["id"] for s in data["services"])
    again = load_document(write(tmp_path, "again.json", text))
    assert dump_document(again) == text


def test_csv_and_json_of_the_same_service_are_equal(tmp_path: Path):
    csv_document = load_document(FIXTURES / "small.csv")
    path = write(tmp_path, "from-csv.json", dump_document(csv_document))
    assert load_document(path).services == tuple(sorted(csv_document.services, key=lambda s: s.id))
