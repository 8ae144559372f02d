"""The embedded directory: one SQLite file (WAL) with FTS5 full-text search.

One connection is shared by all threads of a process (the Rasa action server calls from
several) and serialized by a lock; other processes may read while one writes (WAL).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bot.directory.search_index import ServiceRow, is_prefix_term
from bot.directory.sql_directory import KEY, NEAR_INDEX, SqlDirectory
from bot.directory.sql_search import OverBudget

logger = logging.getLogger(__name__)

# virtual-machine steps between checks of a query's deadline
PROGRESS_STEPS = 2000

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS services (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    doc TEXT NOT NULL,
    hash TEXT NOT NULL,
    titles TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS search_keys (
    place TEXT NOT NULL,
    category TEXT NOT NULL,
    rank_group INTEGER NOT NULL,
    dist REAL NOT NULL,
    sort_name TEXT NOT NULL,
    id TEXT NOT NULL,
    lang_mask INTEGER NOT NULL,
    min_age INTEGER NOT NULL,
    max_age INTEGER NOT NULL,
    is_mso INTEGER NOT NULL,
    latitude REAL,
    longitude REAL,
    lat_band INTEGER,
    hours0 BIGINT NOT NULL,
    hours1 BIGINT NOT NULL,
    hours2 BIGINT NOT NULL,
    pk INTEGER NOT NULL,
    PRIMARY KEY ({KEY})
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS search_keys_pk ON search_keys (pk);
CREATE INDEX IF NOT EXISTS {NEAR_INDEX};
CREATE TABLE IF NOT EXISTS service_terms (
    pk INTEGER NOT NULL, word TEXT NOT NULL, title INTEGER NOT NULL, PRIMARY KEY (pk, word)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS service_languages (
    language TEXT NOT NULL, pk INTEGER NOT NULL, PRIMARY KEY (language, pk)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS service_hours (
    pk INTEGER NOT NULL, tz TEXT NOT NULL, weekday INTEGER NOT NULL,
    opens INTEGER NOT NULL, closes INTEGER NOT NULL,
    day_rule INTEGER NOT NULL, spill INTEGER NOT NULL,
    PRIMARY KEY (pk, tz, weekday, opens, closes, day_rule, spill)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS services_fts USING fts5(
    title, body, facets, tokenize = "unicode61 remove_diacritics 2"
);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    doc TEXT NOT NULL,
    hash TEXT NOT NULL,
    start_ts INTEGER NOT NULL,
    end_ts INTEGER NOT NULL,
    town TEXT,
    online INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS events_end ON events (end_ts);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class SqliteDirectory(SqlDirectory):
    """The directory in a SQLite file (or `:memory:`); parent folders are created."""

    near_index_hint = " INDEXED BY search_keys_near"
    walk_index_hint = " NOT INDEXED"

    def __init__(self, path: str) -> None:
        super().__init__()
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        for pragma in (
            "journal_mode = WAL",
            "synchronous = NORMAL",
            "busy_timeout = 10000",
            "temp_store = MEMORY",
            "cache_size = -262144",
        ):
            self._connection.execute(f"PRAGMA {pragma}")
        try:
            self._connection.executescript(SCHEMA)
            self._check_schema(path)
        except BaseException:
            self._connection.close()
            raise

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    def _words_source(
        self, terms: Sequence[str], titles_only: bool, facets: Sequence[str]
    ) -> tuple[str, list[Any]]:
        column = "title : " if titles_only else ""
        match = [
            f'{column}"{term}"*' if is_prefix_term(term) else f'{column}"{term}"' for term in terms
        ]
        match += [f'facets : "{facet}"' for facet in facets]
        return "SELECT rowid AS pk FROM services_fts WHERE services_fts MATCH ?", [
            " AND ".join(match)
        ]

    def _rows(
        self, sql: str, params: Sequence[Any], deadline: float | None = None
    ) -> list[tuple[Any, ...]]:
        """Run a read query; past `deadline` (perf_counter) it is interrupted: OverBudget."""
        with self._lock:
            if deadline is None:
                return self._connection.execute(sql, params).fetchall()
            self._connection.set_progress_handler(
                lambda: time.perf_counter() > deadline, PROGRESS_STEPS
            )
            try:
                return self._connection.execute(sql, params).fetchall()
            except sqlite3.OperationalError as error:
                if str(error) == "interrupted":
                    raise OverBudget from None
                raise
            finally:
                self._connection.set_progress_handler(None, 0)

    @contextmanager
    def _reading(self) -> Iterator[None]:
        with self._lock:
            self._connection.execute("BEGIN")
            try:
                yield
            finally:
                self._connection.execute("COMMIT")

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Cursor]:
        with self._lock:
            cursor = self._connection.cursor()
            cursor.execute("BEGIN IMMEDIATE")
            try:
                yield cursor
            except BaseException:
                cursor.execute("ROLLBACK")
                raise
            cursor.execute("COMMIT")
            cursor.execute("PRAGMA optimize")

    def _index_words(self, cursor: Any, rows: Sequence[tuple[int, ServiceRow]]) -> None:
        self._executemany(
            cursor,
            "INSERT INTO services_fts (rowid, title, body, facets) VALUES (?, ?, ?, ?)",
            [
                (pk, " ".join(row.title_words), " ".join(row.body_words), " ".join(row.facets))
                for pk, row in rows
            ],
        )

    def _unindex_words(self, cursor: Any, pks: Sequence[int]) -> None:
        self._executemany(cursor, "DELETE FROM services_fts WHERE rowid = ?", [(pk,) for pk in pks])
