"""The directory's storage interface: one search call that combines every filter a newcomer needs.

`open_directory(url)` gives the embedded SQLite store (`sqlite:///var/lotse.db`) or the
PostgreSQL store (`postgresql://...`); both answer the same query with the same services in the
same order. How to use:

    with open_directory("sqlite:///var/lotse.db") as directory:
        hits = directory.search(Query(category="childcare", town="Verl", age=3, limit=3))
"""

from __future__ import annotations

import logging
import os
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from urllib.parse import urlsplit, urlunsplit

from bot.directory.model import CATEGORIES, MAX_AGE, Document, Event, Service

logger = logging.getLogger(__name__)

DEFAULT_DATA_DIR = "var"
DATABASE_FILE = "lotse.db"
MAX_LIMIT = 100


@dataclass(frozen=True)
class Query:
    """One combined search; every filter is optional and they all apply together.

    `town` may be any spelling, district or postcode; `near` is (latitude, longitude);
    `open_at` is an aware instant at which the service must be open for walk-in.
    """

    category: str | None = None
    town: str | None = None
    near: tuple[float, float] | None = None
    age: int | None = None
    language: str | None = None
    open_at: datetime | None = None
    text: str | None = None
    mso_only: bool = False
    exclude_ids: tuple[str, ...] = ()
    limit: int = 3
    offset: int = 0

    def __post_init__(self) -> None:
        if self.category is not None and self.category not in CATEGORIES:
            raise ValueError(f"unknown category {self.category!r}; one of {', '.join(CATEGORIES)}")
        if self.age is not None and not 0 <= self.age <= MAX_AGE:
            raise ValueError(f"age {self.age} is not between 0 and {MAX_AGE}")
        if self.open_at is not None and self.open_at.utcoffset() is None:
            raise ValueError("open_at must be an aware datetime (with a time zone)")
        if self.near is not None and not (
            -90 <= self.near[0] <= 90 and -180 <= self.near[1] <= 180
        ):
            raise ValueError(f"near {self.near} is not (latitude, longitude)")
        if not 1 <= self.limit <= MAX_LIMIT or self.offset < 0:
            raise ValueError(f"limit must be 1-{MAX_LIMIT} and offset >= 0")


@dataclass(frozen=True)
class Hit:
    """A found service and why it ranks where it does.

    `local` is True when the service is in (or serves specifically) the queried town, False
    when it only serves the whole district or state, or when no town was asked for.
    `distance_km` is from `near` or else the town centre; `open_now` is None without `open_at`.
    """

    service: Service
    distance_km: float | None
    open_now: bool | None
    local: bool


@dataclass(frozen=True)
class ImportResult:
    """How many records (services and events) an import created, changed, left alone, removed."""

    created: int
    updated: int
    unchanged: int
    deleted: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.deleted)


class Directory(ABC):
    """The service directory; use it as a context manager or call close()."""

    @abstractmethod
    def search(self, query: Query) -> list[Hit]:
        """Active services matching every filter of the query, best first."""

    @abstractmethod
    def get(self, service_id: str) -> Service | None:
        """A service by id, active or not."""

    @abstractmethod
    def upcoming_events(
        self, after: datetime, town: str | None = None, limit: int = 5
    ) -> list[Event]:
        """Events ending after `after` (never past ones), soonest first; a town adds online ones."""

    @abstractmethod
    def import_document(self, document: Document, replace: bool = False) -> ImportResult:
        """Upsert all records by id in one transaction: on any error nothing changes.

        With `replace`, records missing from the document are deleted (a district replacing
        the sample data with its own).
        """

    @abstractmethod
    def export_document(self) -> Document:
        """Everything stored, as a document that imports back to the same state."""

    @abstractmethod
    def count(self) -> int:
        """Number of stored services (active or not)."""

    @abstractmethod
    def close(self) -> None:
        """Release the database connection."""

    def __enter__(self) -> Directory:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def database_url_from_env(environ: Mapping[str, str] | None = None) -> str:
    """`DATABASE_URL`, or the SQLite file `lotse.db` in `LOTSE_DATA_DIR` (default `var/`)."""
    env = os.environ if environ is None else environ
    if env.get("DATABASE_URL"):
        return env["DATABASE_URL"]
    folder = env.get("LOTSE_DATA_DIR") or DEFAULT_DATA_DIR
    return f"sqlite:///{Path(folder) / DATABASE_FILE}"


def sqlite_path(url: str) -> str:
    """The file path of a SQLAlchemy-style SQLite URL (`sqlite:///rel.db`, `sqlite:////abs.db`)."""
    path = url.removeprefix("sqlite:///")
    if not path:
        raise ValueError(f"{url!r} names no database file (sqlite:///var/lotse.db)")
    return path


def redacted_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.replace(f":{parts.password}@", ":***@")))


def open_directory(url: str) -> Directory:
    """The directory behind a database URL: `sqlite:///path.db` or `postgresql://...`."""
    if url.startswith("sqlite:///"):
        from bot.directory.sqlite_store import SqliteDirectory

        return SqliteDirectory(sqlite_path(url))
    if url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        from bot.directory.postgres_store import PostgresDirectory

        return PostgresDirectory(url.replace("postgresql+psycopg://", "postgresql://", 1))
    raise ValueError(
        f"unsupported database URL {url.split(':', 1)[0]!r}; use sqlite:/// or postgresql://"
    )
