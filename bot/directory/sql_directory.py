"""What the SQLite and PostgreSQL stores share: reading, searching, importing and exporting.

Subclasses supply only the dialect (connection, schema, full-text tables, placeholders), so
both stores run the same statements and give the same answers.
"""

from __future__ import annotations

import json
import logging
import threading
from abc import abstractmethod
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from functools import lru_cache
from typing import Any

from bot.directory.model import Document, Event, Service, canonical_place
from bot.directory.search_index import EventRow, ServiceRow, canonical_json
from bot.directory.sql_search import Row, SqlSearch
from bot.directory.store import Directory, Hit, ImportResult, Query

logger = logging.getLogger(__name__)


# The tables' layout; a database made for another layout is refused with a clear message
# rather than half-working (the directory can always be exported and imported again).
SCHEMA_VERSION = 1
# services are indexed in batches (bounded memory); imports of more are "bulk" imports
IMPORT_BATCH = 5000
BULK_IMPORT = 20000
# the primary key of `search_keys`: its columns in result order
KEY = "place, category, rank_group, dist, sort_name, id"
# The index for `near` boxes, built anew after bulk imports (same SQL on both databases).
# It covers the filter columns, so a box is read from the index alone.
NEAR_INDEX = (
    "search_keys_near ON search_keys (place, category, rank_group, lat_band, longitude,"
    " latitude, lang_mask, min_age, max_age, is_mso, hours0, hours1, hours2, pk)"
)


def _primary_key(key: Sequence[Any]) -> tuple[Any, ...]:
    """(place, category, rank group, distance, sort name, id) of a `search_keys` row."""
    return tuple(key[:6])


@lru_cache(maxsize=16384)
def service_from_doc(doc: str) -> Service:
    """Parsed services are cached by their stored JSON (found again on the next search)."""
    return Service.from_dict(json.loads(doc), "stored service")


class SqlDirectory(Directory):
    """The search, import and export logic on top of a DB-API connection.

    Subclasses supply the dialect: the full-text clauses, schema, connection and the write
    transaction. SQL here is written with `?` placeholders.
    """

    # how to make the database read the `near` index for box searches, and the table itself
    # (in result order) for walks: SQLite needs hints, PostgreSQL plans by itself
    near_index_hint = ""
    walk_index_hint = ""

    def __init__(self) -> None:
        self._lock = threading.RLock()

    # --- dialect ----------------------------------------------------------------------------

    @abstractmethod
    def _words_source(
        self, terms: Sequence[str], titles_only: bool, facets: Sequence[str]
    ) -> tuple[str, list[Any]]:
        """SELECT pk of the services with all terms (in names and keywords only) and facets."""

    @abstractmethod
    def _rows(
        self, sql: str, params: Sequence[Any], deadline: float | None = None
    ) -> list[tuple[Any, ...]]:
        """Run a read query; with a deadline (perf_counter) it may raise OverBudget."""

    @abstractmethod
    def _write(self) -> AbstractContextManager[Any]:
        """A write transaction (exclusive against other writers), yielding a cursor."""

    @abstractmethod
    def _reading(self) -> AbstractContextManager[None]:
        """One consistent snapshot for several reads (a search, an export), for this thread."""

    @abstractmethod
    def _index_words(self, cursor: Any, rows: Sequence[tuple[int, ServiceRow]]) -> None:
        """Store the full-text words of new services."""

    @abstractmethod
    def _unindex_words(self, cursor: Any, pks: Sequence[int]) -> None:
        """Remove the full-text words of services about to be replaced or deleted."""

    def _check_schema(self, location: str) -> None:
        """Record the schema version in a new database; refuse one made for another."""
        version = self._meta("schema")
        if version == SCHEMA_VERSION:
            return
        if version is None and self.count() == 0:
            with self._write() as cursor:
                self._set_meta(cursor, "schema", SCHEMA_VERSION)
            return
        raise RuntimeError(
            f"the directory database {location} has table layout "
            f"{'unknown' if version is None else version}, this "
            f"Lotse needs {SCHEMA_VERSION}: export it with the Lotse that made it, or delete it, "
            "and import the directory file again"
        )

    def _sql(self, sql: str) -> str:
        """The statement in the driver's placeholder style (SQL here is written with `?`)."""
        return sql

    def _execute(self, cursor: Any, sql: str, params: Sequence[Any] = ()) -> None:
        cursor.execute(self._sql(sql), params)

    def _executemany(self, cursor: Any, sql: str, params: Sequence[Sequence[Any]]) -> None:
        if params:
            cursor.executemany(self._sql(sql), params)

    # --- searching --------------------------------------------------------------------------

    def search(self, query: Query) -> list[Hit]:
        with self._reading():
            run = SqlSearch(self, query)
            wanted = query.offset + query.limit
            if query.open_at is None:
                rows = run.first_rows(wanted)[query.offset : wanted]
                docs = self._docs(rows)
                return [run.hit(row, service_from_doc(docs[row.pk])) for row in rows]
            return self._open_hits(run, query)

    def _open_hits(self, run: SqlSearch, query: Query) -> list[Hit]:
        """Page through the matches until `limit` services are confirmed open.

        The SQL prefilter knows weekly walk-in hours and public holidays; closures and
        validity ranges are confirmed here with the schedules engine.
        """
        assert query.open_at is not None
        hits: list[Hit] = []
        skipped, done, size = 0, 0, query.offset + query.limit + 2
        while True:
            rows = run.first_rows(size)
            page = rows[done:]
            docs = self._docs(page)
            for row in page:
                service = service_from_doc(docs[row.pk])
                if not service.is_open(query.open_at):
                    continue
                if skipped < query.offset:
                    skipped += 1
                    continue
                hits.append(run.hit(row, service))
                if len(hits) == query.limit:
                    return hits
            if len(rows) < size:
                return hits
            done, size = len(rows), size * 2

    def _docs(self, rows: list[Row]) -> dict[int, str]:
        if not rows:
            return {}
        marks = ", ".join("?" for _ in rows)
        sql = f"SELECT pk, doc FROM services WHERE pk IN ({marks})"
        return dict(self._rows(sql, [row.pk for row in rows]))

    # --- reading records ----------------------------------------------------------------------

    def get(self, service_id: str) -> Service | None:
        rows = self._rows("SELECT doc FROM services WHERE id = ?", [service_id])
        return service_from_doc(rows[0][0]) if rows else None

    def upcoming_events(
        self, after: datetime, town: str | None = None, limit: int = 5
    ) -> list[Event]:
        if after.utcoffset() is None:
            raise ValueError("after must be an aware datetime (with a time zone)")
        sql = "SELECT doc FROM events WHERE end_ts > ?"
        params: list[Any] = [int(after.timestamp())]
        if town:
            sql += " AND (town = ? OR online = 1)"
            params.append(canonical_place(town))
        rows = self._rows(f"{sql} ORDER BY start_ts, id LIMIT ?", [*params, limit])
        return [Event.from_dict(json.loads(doc), "stored event") for (doc,) in rows]

    def export_document(self) -> Document:
        with self._reading():
            services = self._rows("SELECT doc FROM services ORDER BY id", [])
            events = self._rows("SELECT doc FROM events ORDER BY id", [])
            meta = self._meta("document") or {}
        return Document(
            services=tuple(service_from_doc(doc) for (doc,) in services),
            events=tuple(Event.from_dict(json.loads(doc), "stored event") for (doc,) in events),
            name=meta.get("name"),
            sample_data=bool(meta.get("sample_data", False)),
            notice=meta.get("notice"),
        )

    def count(self) -> int:
        return int(self._rows("SELECT COUNT(*) FROM services", [])[0][0])

    def _meta(self, key: str) -> Any:
        rows = self._rows("SELECT value FROM meta WHERE key = ?", [key])
        return json.loads(rows[0][0]) if rows else None

    # --- writing ----------------------------------------------------------------------------

    def import_document(self, document: Document, replace: bool = False) -> ImportResult:
        event_rows = [EventRow.of(event) for event in document.events]
        meta = {"name": document.name, "sample_data": document.sample_data}
        if document.notice:
            meta["notice"] = document.notice
        with self._write() as cursor:
            services = self._upsert_services(cursor, document.services, replace)
            events = self._upsert_events(cursor, event_rows, replace)
            self._set_meta(cursor, "document", meta)
            self._execute(cursor, "SELECT DISTINCT tz FROM service_hours")
            self._set_meta(cursor, "timezones", sorted(tz for (tz,) in cursor.fetchall()))
        result = ImportResult(*(a + b for a, b in zip(services, events, strict=True)))
        logger.info("directory import: %s", result)
        return result

    def _upsert_services(
        self, cursor: Any, services: Sequence[Service], replace: bool
    ) -> tuple[int, int, int, int]:
        """Insert new and changed services (by content hash) in batches; count what happened.

        A large import collects the search keys in a temporary table and adds them sorted
        at the end, then builds the `near` index anew: sorting once is far cheaper than
        inserting keys at random places of two large B-trees.
        """
        self._execute(cursor, "SELECT id, pk, hash FROM services")
        stored = {row_id: (pk, digest) for row_id, pk, digest in cursor.fetchall()}
        next_pk = max((pk for pk, _ in stored.values()), default=0) + 1
        keys_table = "search_keys"
        if len(services) >= BULK_IMPORT:
            keys_table = "bulk_keys"
            self._execute(cursor, "DROP INDEX IF EXISTS search_keys_near")
            self._execute(
                cursor, "CREATE TEMP TABLE bulk_keys AS SELECT * FROM search_keys LIMIT 0"
            )
        created = changed = 0
        for start in range(0, len(services), IMPORT_BATCH):
            rows = [ServiceRow.of(service) for service in services[start : start + IMPORT_BATCH]]
            edited = [row for row in rows if row.id in stored and stored[row.id][1] != row.hash]
            new = [row for row in rows if row.id not in stored]
            self._delete_services(cursor, [stored[row.id][0] for row in edited])
            numbered = [(stored[row.id][0], row) for row in edited]
            numbered += [(next_pk + i, row) for i, row in enumerate(new)]
            self._insert_services(cursor, numbered, keys_table)
            next_pk += len(new)
            created, changed = created + len(new), changed + len(edited)
        kept = {service.id for service in services}
        gone = [pk for row_id, (pk, _) in stored.items() if replace and row_id not in kept]
        self._delete_services(cursor, gone)
        if keys_table == "bulk_keys":
            self._execute(cursor, f"INSERT INTO search_keys SELECT * FROM bulk_keys ORDER BY {KEY}")
            self._execute(cursor, "DROP TABLE bulk_keys")
            self._execute(cursor, f"CREATE INDEX {NEAR_INDEX}")
        return created, changed, len(services) - created - changed, len(gone)

    def _delete_services(self, cursor: Any, pks: list[int]) -> None:
        if not pks:
            return
        self._unindex_words(cursor, pks)
        tables = ("search_keys", "service_terms", "service_languages", "service_hours", "services")
        for table in tables:
            self._executemany(cursor, f"DELETE FROM {table} WHERE pk = ?", [(pk,) for pk in pks])

    def _insert_services(
        self, cursor: Any, numbered: list[tuple[int, ServiceRow]], keys_table: str = "search_keys"
    ) -> None:
        if not numbered:
            return
        self._executemany(
            cursor,
            "INSERT INTO services (pk, id, doc, hash, titles) VALUES (?, ?, ?, ?, ?)",
            [(pk, row.id, row.doc, row.hash, row.titles) for pk, row in numbered],
        )
        self._executemany(
            cursor,
            f"INSERT INTO {keys_table} (place, category, rank_group, dist, sort_name, id,"
            " lang_mask, min_age, max_age, is_mso, latitude, longitude, lat_band,"
            " hours0, hours1, hours2, pk)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            # in primary-key order: the table is a B-tree on it
            sorted(((*key, pk) for pk, row in numbered for key in row.keys), key=_primary_key),
        )
        self._executemany(
            cursor,
            "INSERT INTO service_terms (pk, word, title) VALUES (?, ?, ?)",
            [
                (pk, word, title)
                for pk, row in numbered
                if row.active
                for title, words in ((1, row.title_words), (0, row.body_words))
                for word in words
            ],
        )
        self._executemany(
            cursor,
            "INSERT INTO service_languages (language, pk) VALUES (?, ?)",
            [(language, pk) for pk, row in numbered if row.active for language in row.languages],
        )
        self._executemany(
            cursor,
            "INSERT INTO service_hours (pk, tz, weekday, opens, closes, day_rule, spill)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(pk, *hours) for pk, row in numbered if row.active for hours in row.hours],
        )
        self._index_words(cursor, [(pk, row) for pk, row in numbered if row.active])

    def _upsert_events(
        self, cursor: Any, rows: list[EventRow], replace: bool
    ) -> tuple[int, int, int, int]:
        self._execute(cursor, "SELECT id, hash FROM events")
        stored = dict(cursor.fetchall())
        changed = [row for row in rows if row.id in stored and stored[row.id] != row.hash]
        created = [row for row in rows if row.id not in stored]
        kept_ids = {row.id for row in rows}
        gone = [row_id for row_id in stored if replace and row_id not in kept_ids]
        self._executemany(
            cursor,
            "DELETE FROM events WHERE id = ?",
            [(row_id,) for row_id in gone + [row.id for row in changed]],
        )
        self._executemany(
            cursor,
            "INSERT INTO events (id, doc, hash, start_ts, end_ts, town, online)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (r.id, r.doc, r.hash, r.start_ts, r.end_ts, r.town, r.online)
                for r in changed + created
            ],
        )
        unchanged = len(rows) - len(changed) - len(created)
        return len(created), len(changed), unchanged, len(gone)

    def _set_meta(self, cursor: Any, key: str, value: Any) -> None:
        self._execute(cursor, "DELETE FROM meta WHERE key = ?", (key,))
        self._execute(
            cursor, "INSERT INTO meta (key, value) VALUES (?, ?)", (key, canonical_json(value))
        )
