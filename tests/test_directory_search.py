"""Import, export and the combined search of the SQLite directory (the embedded default)."""

import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from bot.directory import sql_directory, sql_search, sqlite_store
from bot.directory.io import dump_document, load_document
from bot.directory.model import Document, Service
from bot.directory.search_index import ServiceRow
from bot.directory.store import Directory, Query, database_url_from_env, open_directory
from tests.directory_data import (
    BERLIN,
    FIXTURES,
    Reference,
    random_queries,
    small_document,
    synthetic_document,
)


@pytest.fixture
def directory(tmp_path: Path) -> Iterator[Directory]:
    with open_directory(f"sqlite:///{tmp_path / 'data' / 'lotse.db'}") as store:
        store.import_document(small_document())
        yield store


def ids(directory: Directory, **filters: object) -> list[str]:
    filters.setdefault("limit", 20)
    return [hit.service.id for hit in directory.search(Query(**filters))]


# --- import and export ------------------------------------------------------------------------


def test_open_directory_creates_folders_and_reads_urls(tmp_path: Path):
    with open_directory(f"sqlite:///{tmp_path / 'a' / 'b' / 'x.db'}") as store:
        assert store.count() == 0
    assert (tmp_path / "a" / "b" / "x.db").exists()
    with pytest.raises(ValueError, match="unsupported database URL 'mysql'"):
        open_directory("mysql://localhost/lotse")
    assert database_url_from_env({}) == "sqlite:///var/lotse.db"
    assert (
        database_url_from_env({"LOTSE_DATA_DIR": "/srv/lotse"}) == "sqlite:////srv/lotse/lotse.db"
    )
    assert database_url_from_env({"DATABASE_URL": "postgresql://db/x"}) == "postgresql://db/x"


def test_a_database_of_another_table_layout_is_refused(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    with open_directory(url) as store:
        store.import_document(small_document())
    connection = sqlite3.connect(tmp_path / "old.db")
    with connection:
        connection.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
    connection.close()
    with pytest.raises(RuntimeError, match=r"old\.db has table layout 0, this Lotse needs 1"):
        open_directory(url)


def test_import_counts_and_reimport_changes_nothing(directory: Directory):
    assert directory.count() == 11
    again = directory.import_document(small_document())
    assert (again.created, again.updated, again.unchanged, again.deleted) == (0, 0, 15, 0)
    assert not again.changed


def test_import_upserts_by_id(directory: Directory):
    document = small_document()
    kita = next(s for s in document.services if s.id == "kita-verl-sonnenschein")
    renamed = replace(kita, name="Kita Regenbogenfisch Verl")
    new = replace(kita, id="kita-verl-neu", name="Kita Neu Verl")
    result = directory.import_document(Document(services=(renamed, new)))
    assert (result.created, result.updated, result.unchanged) == (1, 1, 0)
    assert directory.count() == 12
    assert directory.get("kita-verl-sonnenschein").name == "Kita Regenbogenfisch Verl"
    assert ids(directory, text="regenbogenfisch") == ["kita-verl-sonnenschein"]
    assert ids(directory, text="sonnenschein") == []  # the old name is no longer indexed


def test_import_with_replace_deletes_what_the_file_lacks(directory: Directory):
    document = small_document()
    result = directory.import_document(
        replace(document, services=document.services[:2]), replace=True
    )
    assert result.deleted == 9 and directory.count() == 2
    assert directory.get("migrationsberatung-gt") is None
    assert ids(directory, town="Gütersloh") == []


def test_a_failing_import_changes_nothing(directory: Directory, monkeypatch: pytest.MonkeyPatch):
    before = dump_document(directory.export_document())
    document = small_document()
    changed = replace(document.services[0], name="Geändert")
    original = ServiceRow.of

    def failing_row(service: Service) -> ServiceRow:
        row = original(service)
        return replace(row, keys=[*row.keys, *row.keys[:1]])  # a duplicate primary key

    monkeypatch.setattr(ServiceRow, "of", failing_row)
    with pytest.raises(Exception, match="UNIQUE constraint failed"):
        directory.import_document(Document(services=(changed, *document.services[1:])))
    monkeypatch.undo()
    assert directory.count() == 11
    assert dump_document(directory.export_document()) == before
    assert ids(directory, text="geandert") == []


def test_a_bad_file_is_rejected_before_the_database(directory: Directory):
    before = dump_document(directory.export_document())
    with pytest.raises(ValueError, match=r"services\[1\] \(svc-kita-x\): location\.postal_code"):
        directory.import_document(load_document(FIXTURES / "bad-postcode.json"))
    assert dump_document(directory.export_document()) == before


def test_round_trip_export_import_export_is_identical(directory: Directory, tmp_path: Path):
    first = dump_document(directory.export_document())
    exported = tmp_path / "export.json"
    exported.write_text(first, encoding="utf-8")
    with open_directory(f"sqlite:///{tmp_path / 'empty.db'}") as empty:
        empty.import_document(load_document(exported))
        assert dump_document(empty.export_document()) == first
    assert '"notice": "TEST DATA – not real services."' in first


def test_get_returns_inactive_services_but_search_never_does(directory: Directory):
    assert directory.get("altes-angebot-versmold").status == "inactive"
    assert directory.get("no-such-service") is None
    assert "altes-angebot-versmold" not in ids(directory, town="Versmold")
    assert "altes-angebot-versmold" not in ids(directory, text="deutschtreff")


# --- one dimension at a time --------------------------------------------------------------------


def test_category(directory: Directory):
    assert ids(directory, category="childcare") == [
        "kita-guetersloh-regenbogen",
        "kita-verl-sonnenschein",
        "u3-verl-kruemel",
    ]
    assert set(ids(directory, category="counselling")) == {
        "migrationsberatung-gt", "wegweiser-praevention", "hilfetelefon-gewalt",
    }  # fmt: skip


def test_town_puts_local_services_first_then_district_and_state_wide(directory: Directory):
    hits = directory.search(Query(town="Verl", limit=20))
    assert [(h.service.id, h.local) for h in hits] == [
        ("kita-verl-sonnenschein", True),
        ("u3-verl-kruemel", True),
        ("deutschkurs-verl", True),
        ("migrationsberatung-gt", False),  # Kreis Gütersloh, 9.8 km from Verl's centre
        ("jobcenter-kreis-gt", False),  # Kreis Gütersloh, 10.6 km
        ("hilfetelefon-gewalt", False),  # NRW, no location
        ("wegweiser-praevention", False),
    ]
    assert hits[0].distance_km is not None and hits[0].distance_km < 1
    assert hits[-1].distance_km is None
    # services located in other towns of the district are not offered for Verl
    assert "kita-guetersloh-regenbogen" not in [h.service.id for h in hits]


@pytest.mark.parametrize("spelling", ["Gütersloh", "Guetersloh", "gutersloh", "33330", "Гютерсло"])
def test_town_in_any_spelling(directory: Directory, spelling: str):
    assert ids(directory, town=spelling, category="childcare") == ["kita-guetersloh-regenbogen"]


def test_town_outside_the_district_finds_only_what_is_there(directory: Directory):
    assert ids(directory, town="Düsseldorf") == []


def test_near_ranks_by_distance_and_reports_kilometres(directory: Directory):
    hits = directory.search(Query(near=(51.8840, 8.5150), limit=4))
    assert [h.service.id for h in hits] == [
        "kita-verl-sonnenschein", "u3-verl-kruemel", "deutschkurs-verl", "syrischer-verein-gt",
    ]  # fmt: skip
    assert hits[0].distance_km == pytest.approx(0.0, abs=0.01)
    assert hits[3].distance_km == pytest.approx(9.2, abs=0.3)
    assert all(not h.local for h in hits)
    services_without_place = ids(directory, near=(51.88, 8.51), category="emergency")
    assert services_without_place == ["hilfetelefon-gewalt"]


def test_age_eligibility(directory: Directory):
    # a 3-year-old in Verl: the Kita (3-6), not the U3 group (0-2)
    assert ids(directory, town="Verl", category="childcare", age=3) == ["kita-verl-sonnenschein"]
    assert ids(directory, town="Verl", category="childcare", age=1) == ["u3-verl-kruemel"]
    assert ids(directory, town="Verl", category="childcare", age=7) == []
    # services without age limits are open to everyone
    assert "wegweiser-praevention" in ids(directory, category="prevention", age=40)
    assert "migrationsberatung-gt" not in ids(directory, category="counselling", age=16)


def test_language_spoken(directory: Directory):
    assert ids(directory, language="ti") == ["eritreische-gemeinde-rheda"]
    assert ids(directory, language="KU") == ["syrischer-verein-gt"]  # ISO 639-3/-1 any case
    assert set(ids(directory, language="tr", town="Verl")) == {
        "kita-verl-sonnenschein", "hilfetelefon-gewalt", "wegweiser-praevention",
    }  # fmt: skip


def test_mso_only(directory: Directory):
    assert ids(directory, mso_only=True) == ["eritreische-gemeinde-rheda", "syrischer-verein-gt"]
    assert ids(directory, mso_only=True, text="syrisch") == ["syrischer-verein-gt"]


def moment(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


def test_open_at_on_a_weekday_and_on_public_holidays(directory: Directory):
    gt = {"town": "Gütersloh"}
    wednesday = moment("2025-06-18T10:00")
    assert ids(directory, open_at=wednesday, **gt) == [
        "migrationsberatung-gt",
        "hilfetelefon-gewalt",
        "wegweiser-praevention",
    ]
    corpus_christi = moment("2025-06-19T10:00")  # public holiday in NRW
    assert ids(directory, open_at=corpus_christi, **gt) == ["hilfetelefon-gewalt"]
    # Wednesday afternoon is by appointment only: not open for walk-in
    assert "migrationsberatung-gt" not in ids(directory, open_at=moment("2025-06-18T14:00"), **gt)
    assert all(h.open_now for h in directory.search(Query(open_at=wednesday, **gt)))
    assert all(h.open_now is None for h in directory.search(Query(**gt)))


def test_open_at_respects_closures(directory: Directory):
    verl_kita = {"town": "Verl", "category": "childcare"}
    assert ids(directory, open_at=moment("2025-07-30T09:00"), **verl_kita) == [
        "kita-verl-sonnenschein"
    ]
    assert ids(directory, open_at=moment("2025-08-06T09:00"), **verl_kita) == []  # Betriebsferien


def test_open_at_follows_overnight_slots_and_holiday_rules(directory: Directory):
    friday_night = moment("2025-06-14T00:30")  # Saturday 00:30, the Friday slot runs to 01:00
    assert ids(directory, open_at=friday_night, category="community") == [
        "eritreische-gemeinde-rheda"
    ]
    assert ids(directory, open_at=moment("2025-06-14T01:30"), category="community") == []
    # holidays "open": the association meets on Whit Saturday evening as usual
    assert ids(directory, open_at=moment("2025-06-07T16:00"), category="community") == [
        "eritreische-gemeinde-rheda"
    ]


def test_open_at_counts_a_hotline_for_a_service_without_own_hours(directory: Directory):
    monday = moment("2025-06-16T17:00")
    assert ids(directory, open_at=monday, category="prevention") == ["wegweiser-praevention"]
    assert ids(directory, open_at=moment("2025-06-16T19:00"), category="prevention") == []


def test_open_at_across_daylight_saving_change(directory: Directory):
    # 30 March 2025 the clocks jump from 02:00 to 03:00; the hotline runs 24/7 anyway,
    # the counselling office opens 09:00 local time on the Monday after
    counselling = {"town": "Gütersloh", "category": "counselling"}
    assert ids(directory, open_at=moment("2025-03-31T09:05"), **counselling) == [
        "migrationsberatung-gt",
        "hilfetelefon-gewalt",
        "wegweiser-praevention",
    ]
    assert ids(directory, open_at=moment("2025-03-31T08:55"), **counselling) == [
        "hilfetelefon-gewalt"
    ]


IN_GUETERSLOH = [  # "Gütersloh" in the name first
    "kita-guetersloh-regenbogen",
    "jobcenter-kreis-gt",
    "migrationsberatung-gt",
    "syrischer-verein-gt",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gutersloh", IN_GUETERSLOH),
        ("GÜTERSLOH", IN_GUETERSLOH),
        ("guetersloh", IN_GUETERSLOH),
        ("kita", ["kita-guetersloh-regenbogen", "kita-verl-sonnenschein", "u3-verl-kruemel"]),
        ("krippe", ["u3-verl-kruemel"]),
        ("graue wolfe", ["wegweiser-praevention"]),
        ("Graue Wölfe", ["wegweiser-praevention"]),
        ("Консультації", ["migrationsberatung-gt"]),
        ("مهاجران", ["migrationsberatung-gt"]),
        ("eritreisch", ["eritreische-gemeinde-rheda"]),
        ("radikal", ["wegweiser-praevention"]),  # prefix of Radikalisierung
        ("rad", []),  # short words are not prefixes
        ("kita verl", ["kita-verl-sonnenschein", "u3-verl-kruemel"]),
    ],
)  # fmt: skip
def test_text_in_all_languages_without_case_or_diacritics(
    directory: Directory, text: str, expected: list[str]
):
    assert ids(directory, text=text) == expected


def test_text_without_words_does_not_filter(directory: Directory):
    everything = ids(directory)
    assert len(everything) == 10 and everything[0] == "eritreische-gemeinde-rheda"  # by name
    assert ids(directory, text="?!") == everything


def test_text_ranks_services_named_so_before_those_that_mention_it(directory: Directory):
    # the Kitas are named "Kita"; Kita Regenbogen also mentions Arabic ("Arabisch") in its
    # description only, so for "arabisch" nothing is named and the name order decides
    assert ids(directory, text="kita")[:2] == [
        "kita-guetersloh-regenbogen",
        "kita-verl-sonnenschein",
    ]
    named_first = ids(directory, text="gutersloh")
    assert named_first[0] == "kita-guetersloh-regenbogen"  # "Gütersloh" in its name


def test_exclude_ids_and_paging(directory: Directory):
    everything = ids(directory, town="Verl")
    assert ids(directory, town="Verl", exclude_ids=("u3-verl-kruemel",)) == [
        i for i in everything if i != "u3-verl-kruemel"
    ]
    pages = [ids(directory, town="Verl", limit=3, offset=offset) for offset in (0, 3, 6)]
    assert [i for page in pages for i in page] == everything


def test_everything_combined(directory: Directory):
    query = Query(
        category="childcare",
        town="verl",
        age=4,
        language="tr",
        open_at=moment("2025-06-18T08:00"),
        text="kita",
        limit=3,
    )
    hits = directory.search(query)
    assert [(h.service.id, h.local, h.open_now) for h in hits] == [
        ("kita-verl-sonnenschein", True, True)
    ]


def test_bad_queries_are_refused():
    with pytest.raises(ValueError, match="unknown category 'kindergarten'"):
        Query(category="kindergarten")
    with pytest.raises(ValueError, match="aware"):
        Query(open_at=datetime(2025, 6, 18, 10, 0))
    with pytest.raises(ValueError, match="limit"):
        Query(limit=0)


# --- events ---------------------------------------------------------------------------------------


def test_upcoming_events_never_include_past_ones(directory: Directory):
    events = directory.upcoming_events(after=moment("2025-06-01T00:00"))
    assert [e.id for e in events] == [
        "sommerfest-verl-2025",
        "elterncafe-gt-2025",
        "tellerrand-2025-11",
    ]
    during = directory.upcoming_events(after=moment("2025-07-05T15:00"))
    assert during[0].id == "sommerfest-verl-2025"  # still running until 20:00
    assert [e.id for e in directory.upcoming_events(after=moment("2025-11-03T13:00"))] == []


def test_upcoming_events_in_a_town_include_online_ones(directory: Directory):
    events = directory.upcoming_events(after=moment("2025-05-01T00:00"), town="Verl", limit=10)
    assert [e.id for e in events] == [
        "tellerrand-2025-05",
        "sommerfest-verl-2025",
        "tellerrand-2025-11",
    ]
    assert [e.id for e in directory.upcoming_events(after=moment("2025-05-01T00:00"), limit=1)] == [
        "tellerrand-2025-05"
    ]
    with pytest.raises(ValueError, match="aware"):
        directory.upcoming_events(after=datetime(2025, 5, 1))


# --- the search rules, on a larger synthetic directory --------------------------------------------

STRATEGIES = {
    "default": {},
    # every walk runs over budget at once: searches start from their candidate sets
    "fallback": {
        (sql_search, "WALK_BUDGET_S"): -1.0,
        (sql_search, "FALLBACK_LIMIT"): 10**9,
        (sqlite_store, "PROGRESS_STEPS"): 1,
    },
    # words are always "rare": searches start from the full-text index
    "driven": {(sql_search, "DRIVER_LIMIT"): 10**9},
    # never start from candidates, and walk `near` boxes from very small ones
    "walk": {
        (sql_search, "DRIVER_LIMIT"): 0,
        (sql_search, "FALLBACK_LIMIT"): 0,
        (sql_search, "NEAR_BOXES_KM"): (0.05, 0.1, 0.4),
    },
}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Directory, Reference]]:
    document = synthetic_document(400, seed=7)
    path = tmp_path_factory.mktemp("synthetic") / "lotse.db"
    with open_directory(f"sqlite:///{path}") as store:
        store.import_document(document)
        yield store, Reference(document.services)


@pytest.mark.parametrize("strategy", list(STRATEGIES))
def test_search_matches_the_reference_rules(
    synthetic: tuple[Directory, Reference], strategy: str, monkeypatch: pytest.MonkeyPatch
):
    store, reference = synthetic
    for (module, name), value in STRATEGIES[strategy].items():
        monkeypatch.setattr(module, name, value)
    for number, query in enumerate(random_queries(seed=11, count=250)):
        expected = reference.ids(query)
        found = [hit.service.id for hit in store.search(query)]
        assert found == expected, f"query {number}: {query}"


def test_the_synthetic_queries_find_things(synthetic: tuple[Directory, Reference]):
    """Guards the test above against passing on empty answers."""
    _, reference = synthetic
    queries = random_queries(seed=11, count=250)
    assert sum(1 for q in queries if reference.ids(q)) > 150
    assert sum(1 for q in queries if q.open_at and reference.ids(q)) > 20
    assert sum(1 for q in queries if q.text and q.near and reference.ids(q)) > 10


def test_bulk_import_in_batches_builds_the_same_directory(
    synthetic: tuple[Directory, Reference], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Imports of many services go in batches and rebuild the `near` index at the end."""
    store, reference = synthetic
    monkeypatch.setattr(sql_directory, "BULK_IMPORT", 50)
    monkeypatch.setattr(sql_directory, "IMPORT_BATCH", 37)
    document = store.export_document()
    with open_directory(f"sqlite:///{tmp_path / 'bulk.db'}") as bulk:
        result = bulk.import_document(document)
        assert result.created == 400 and bulk.count() == 400
        for query in random_queries(seed=13, count=60):
            assert [h.service.id for h in bulk.search(query)] == reference.ids(query), query
        again = bulk.import_document(document)
        assert again.unchanged == 400 and not again.changed
        assert dump_document(bulk.export_document()) == dump_document(document)


def test_concurrent_searches_from_threads(synthetic: tuple[Directory, Reference]):
    store, reference = synthetic
    queries = random_queries(seed=5, count=40)
    expected = [reference.ids(q) for q in queries]
    results: dict[int, list[list[str]]] = {}

    def worker(number: int) -> None:
        results[number] = [[h.service.id for h in store.search(q)] for q in queries]

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(found == expected for found in results.values())
