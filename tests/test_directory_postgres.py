"""The PostgreSQL directory against a real server: same answers as SQLite, same import rules."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from bot.directory import sql_directory
from bot.directory.io import dump_document
from bot.directory.model import Document, Service
from bot.directory.search_index import ServiceRow
from bot.directory.store import Directory, Query, open_directory
from tests.directory_data import (
    BERLIN,
    Reference,
    random_queries,
    small_document,
    synthetic_document,
)
from tests.pg import postgres_server, postgres_url  # noqa: F401

pytestmark = pytest.mark.postgres

SMALL_QUERIES = [
    Query(category="childcare", town="Verl", age=3),
    Query(town="Guetersloh", limit=20),
    Query(town="Verl", limit=20),
    Query(near=(51.884, 8.515), limit=6),
    Query(language="ti"),
    Query(mso_only=True, text="syrisch"),
    Query(text="Gutersloh", limit=10),
    Query(text="Консультації"),
    Query(text="kita", town="verl", limit=5),
    Query(open_at=datetime(2025, 6, 19, 10, 0, tzinfo=BERLIN), town="Gütersloh", limit=10),
    Query(open_at=datetime(2025, 6, 14, 0, 30, tzinfo=BERLIN), category="community"),
    Query(open_at=datetime(2025, 8, 6, 9, 0, tzinfo=BERLIN), town="Verl", category="childcare"),
    Query(town="Verl", limit=3, offset=3),
    Query(town="Verl", exclude_ids=("u3-verl-kruemel",), limit=10),
]


@pytest.fixture
def postgres(postgres_url: str) -> Iterator[Directory]:  # noqa: F811
    with open_directory(postgres_url) as store:
        store.import_document(small_document())
        yield store


@pytest.fixture
def sqlite(tmp_path: Path) -> Iterator[Directory]:
    with open_directory(f"sqlite:///{tmp_path / 'lotse.db'}") as store:
        store.import_document(small_document())
        yield store


def ids(directory: Directory, query: Query) -> list[str]:
    return [hit.service.id for hit in directory.search(query)]


def test_same_answers_as_sqlite_on_the_fixture(postgres: Directory, sqlite: Directory):
    for query in SMALL_QUERIES:
        found = ids(postgres, query)
        assert found == ids(sqlite, query), query
    assert ids(postgres, SMALL_QUERIES[0]) == ["kita-verl-sonnenschein"]
    near = postgres.search(SMALL_QUERIES[3])
    assert [h.distance_km for h in near] == [h.distance_km for h in sqlite.search(SMALL_QUERIES[3])]


def test_same_answers_as_sqlite_and_the_rules_on_a_synthetic_directory(
    postgres_url: str,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    """Imported in batches as a bulk import (temporary key table, `near` index rebuilt)."""
    monkeypatch.setattr(sql_directory, "BULK_IMPORT", 100)
    monkeypatch.setattr(sql_directory, "IMPORT_BATCH", 64)
    document = synthetic_document(300, seed=3)
    reference = Reference(document.services)
    with (
        open_directory(postgres_url) as postgres,
        open_directory(f"sqlite:///{tmp_path / 'x.db'}") as sqlite,
    ):
        postgres.import_document(document)
        sqlite.import_document(document)
        for number, query in enumerate(random_queries(seed=21, count=150)):
            expected = reference.ids(query)
            assert ids(postgres, query) == expected, f"query {number}: {query}"
            assert ids(sqlite, query) == expected, f"query {number}: {query}"


def test_reimport_changes_nothing_and_upserts_by_id(postgres: Directory):
    result = postgres.import_document(small_document())
    assert (result.created, result.updated, result.unchanged) == (0, 0, 15)
    kita = postgres.get("kita-verl-sonnenschein")
    result = postgres.import_document(Document(services=(replace(kita, name="Kita Neu Verl"),)))
    assert (result.created, result.updated, result.unchanged) == (0, 1, 0)
    assert postgres.get("kita-verl-sonnenschein").name == "Kita Neu Verl"
    assert ids(postgres, Query(text="neu", town="Verl")) == ["kita-verl-sonnenschein"]
    replaced = postgres.import_document(Document(services=(kita,)), replace=True)
    assert replaced.deleted == 14 and postgres.count() == 1


def test_a_failing_import_changes_nothing(postgres: Directory, monkeypatch: pytest.MonkeyPatch):
    before = dump_document(postgres.export_document())
    original = ServiceRow.of

    def failing_row(service: Service) -> ServiceRow:
        row = original(service)
        return replace(row, keys=[*row.keys, *row.keys[:1]])  # a duplicate primary key

    monkeypatch.setattr(ServiceRow, "of", failing_row)
    document = small_document()
    with pytest.raises(Exception, match="duplicate key"):
        postgres.import_document(
            replace(
                document, services=(replace(document.services[0], name="X"), *document.services[1:])
            )
        )
    monkeypatch.undo()
    assert postgres.count() == 11
    assert dump_document(postgres.export_document()) == before


def test_round_trip_between_the_two_stores(postgres: Directory, sqlite: Directory, tmp_path: Path):
    exported = dump_document(postgres.export_document())
    assert exported == dump_document(sqlite.export_document())
    with open_directory(f"sqlite:///{tmp_path / 'empty.db'}") as empty:
        empty.import_document(postgres.export_document())
        assert dump_document(empty.export_document()) == exported


def test_events_are_never_past(postgres: Directory, sqlite: Directory):
    after = datetime(2025, 7, 5, 21, 0, tzinfo=BERLIN)
    events = postgres.upcoming_events(after=after)
    assert [e.id for e in events] == ["elterncafe-gt-2025", "tellerrand-2025-11"]
    assert [e.id for e in sqlite.upcoming_events(after=after)] == [e.id for e in events]
    in_verl = postgres.upcoming_events(after=datetime(2025, 6, 1, tzinfo=BERLIN), town="Verl")
    assert [e.id for e in in_verl] == ["sommerfest-verl-2025", "tellerrand-2025-11"]
