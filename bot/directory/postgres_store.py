"""The directory on PostgreSQL (scale-out): the same tables, full text as a `tsvector`.

The words are the ones the SQLite store indexes (folded in Python); they go in as lexemes
(`array_to_tsvector`, GIN-indexed) and queries as a `tsquery` of the same words, so neither
PostgreSQL's parser nor a language's stemmer changes what matches: both stores find the same
services.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg

from bot.directory.search_index import ServiceRow, is_prefix_term
from bot.directory.sql_directory import KEY, NEAR_INDEX, SqlDirectory
from bot.directory.store import redacted_url

logger = logging.getLogger(__name__)

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS services (
    pk BIGINT PRIMARY KEY,
    id TEXT COLLATE "C" NOT NULL UNIQUE,
    doc TEXT NOT NULL,
    hash TEXT NOT NULL,
    titles TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS search_keys (
    place TEXT NOT NULL,
    category TEXT NOT NULL,
    rank_group SMALLINT NOT NULL,
    dist DOUBLE PRECISION NOT NULL,
    sort_name TEXT COLLATE "C" NOT NULL,
    id TEXT COLLATE "C" NOT NULL,
    lang_mask BIGINT NOT NULL,
    min_age INTEGER NOT NULL,
    max_age INTEGER NOT NULL,
    is_mso SMALLINT NOT NULL,
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    lat_band INTEGER,
    hours0 BIGINT NOT NULL,
    hours1 BIGINT NOT NULL,
    hours2 BIGINT NOT NULL,
    pk BIGINT NOT NULL,
    PRIMARY KEY ({KEY})
);
CREATE INDEX IF NOT EXISTS search_keys_pk ON search_keys (pk);
CREATE INDEX IF NOT EXISTS {NEAR_INDEX};
CREATE TABLE IF NOT EXISTS service_terms (
    pk BIGINT NOT NULL, word TEXT COLLATE "C" NOT NULL, title SMALLINT NOT NULL,
    PRIMARY KEY (pk, word)
);
CREATE TABLE IF NOT EXISTS service_languages (
    language TEXT NOT NULL, pk BIGINT NOT NULL, PRIMARY KEY (language, pk)
);
CREATE TABLE IF NOT EXISTS service_hours (
    pk BIGINT NOT NULL, tz TEXT NOT NULL, weekday SMALLINT NOT NULL,
    opens SMALLINT NOT NULL, closes SMALLINT NOT NULL,
    day_rule SMALLINT NOT NULL, spill SMALLINT NOT NULL,
    PRIMARY KEY (pk, tz, weekday, opens, closes, day_rule, spill)
);
CREATE TABLE IF NOT EXISTS service_words (
    pk BIGINT PRIMARY KEY, titles TSVECTOR NOT NULL, words TSVECTOR NOT NULL
);
CREATE INDEX IF NOT EXISTS service_words_titles ON service_words USING GIN (titles);
CREATE INDEX IF NOT EXISTS service_words_words ON service_words USING GIN (words);
CREATE TABLE IF NOT EXISTS events (
    id TEXT COLLATE "C" PRIMARY KEY,
    doc TEXT NOT NULL,
    hash TEXT NOT NULL,
    start_ts BIGINT NOT NULL,
    end_ts BIGINT NOT NULL,
    town TEXT,
    online SMALLINT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_end ON events (end_ts);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class PostgresDirectory(SqlDirectory):
    """The directory in a PostgreSQL database given by a `postgresql://` URL."""

    def __init__(self, url: str) -> None:
        super().__init__()
        self._connection = psycopg.connect(url, autocommit=True)
        try:
            with self._connection.transaction():
                self._connection.execute(
                    "SELECT pg_advisory_xact_lock(hashtext('lotse-directory'))"
                )
                self._connection.execute(SCHEMA)
            self._check_schema(redacted_url(url))
        except BaseException:
            self._connection.close()
            raise

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s")

    def _words_source(
        self, terms: Sequence[str], titles_only: bool, facets: Sequence[str]
    ) -> tuple[str, list[Any]]:
        words = [f"'{term}':*" if is_prefix_term(term) else f"'{term}'" for term in terms]
        facet_words = [f"'{facet}'" for facet in facets]
        if titles_only:
            conditions = [("titles", words), ("words", facet_words)]
        else:
            conditions = [("words", words + facet_words)]
        kept = [(column, items) for column, items in conditions if items]
        where = " AND ".join(f"{column} @@ CAST(? AS tsquery)" for column, _ in kept)
        return f"SELECT pk FROM service_words WHERE {where}", [
            " & ".join(items) for _, items in kept
        ]

    def _rows(
        self, sql: str, params: Sequence[Any], deadline: float | None = None
    ) -> list[tuple[Any, ...]]:
        """Run a read query (PostgreSQL plans its own joins, so walks get no deadline)."""
        with self._lock, self._connection.cursor() as cursor:
            cursor.execute(self._sql(sql), params)
            return cursor.fetchall()

    @contextmanager
    def _reading(self) -> Iterator[None]:
        with self._lock, self._connection.transaction():
            self._connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            yield

    @contextmanager
    def _write(self) -> Iterator[psycopg.Cursor[Any]]:
        with self._lock, self._connection.transaction(), self._connection.cursor() as cursor:
            cursor.execute("LOCK TABLE services, events IN SHARE ROW EXCLUSIVE MODE")
            yield cursor

    def _index_words(self, cursor: Any, rows: Sequence[tuple[int, ServiceRow]]) -> None:
        self._executemany(
            cursor,
            "INSERT INTO service_words (pk, titles, words) VALUES (?,"
            " array_to_tsvector(CAST(? AS text[])), array_to_tsvector(CAST(? AS text[])))",
            [
                (pk, row.title_words, row.title_words + row.body_words + row.facets)
                for pk, row in rows
            ],
        )

    def _unindex_words(self, cursor: Any, pks: Sequence[int]) -> None:
        self._executemany(cursor, "DELETE FROM service_words WHERE pk = ?", [(pk,) for pk in pks])
