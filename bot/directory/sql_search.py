"""One search on the SQL stores: how to read the index, the SQL, and the final order.

The order is: local services first, then by distance (from `near`, else the town centre),
then services with every search word in a name or keyword, then by name and id. Every value
that decides it is computed identically on SQLite and PostgreSQL (stored distances, the same
floating-point expression, folded names compared byte-wise), so both return the same
services in the same order.

How the index is read, cheapest first:
* from a small candidate set, sorted in SQL: the full-text index intersects the words with
  the place, category, language and MSO facets it also holds;
* otherwise by walking `search_keys` in result order, which stops after a page of matches
  (words are checked per service in `service_terms`);
* for `near`, in growing boxes around the point (distances at query time), local services
  first;
* without a town or point but with words: services with the words in their names, then
  the others, each walked by name.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from bot.directory.gazetteer import distance_km
from bot.directory.model import DISTRICT_AREA, STATE_AREA, Service, canonical_place
from bot.directory.schedules import is_public_holiday
from bot.directory.search_index import (
    ANY_CATEGORY,
    ANYWHERE,
    HOLIDAYS,
    KM_PER_DEGREE,
    LOCAL,
    MSO_TOKEN,
    NOWHERE,
    ORDINARY_DAYS,
    PREFIX_END,
    WIDE,
    category_token,
    has_all_terms,
    hour_bit,
    is_prefix_term,
    language_bit,
    language_token,
    latitude_band,
    place_token,
    query_terms,
    town_centres,
)
from bot.directory.store import Hit, Query

logger = logging.getLogger(__name__)

# half-widths (km) of the boxes a `near` search tries before searching everywhere
NEAR_BOXES_KM = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0)
# with words found in fewer services, start from them instead of walking the index
DRIVER_LIMIT = 100
# below this many, a walk over its time budget switches to the candidates
FALLBACK_LIMIT = 5000
# how long index walks may take before a search switches to its candidate set
WALK_BUDGET_S = 0.002


class SearchBackend(Protocol):
    """What a search needs from a store."""

    near_index_hint: str
    walk_index_hint: str

    def _rows(
        self, sql: str, params: Sequence[Any], deadline: float | None = None
    ) -> list[tuple[Any, ...]]: ...

    def _words_source(
        self, terms: Sequence[str], titles_only: bool, facets: Sequence[str]
    ) -> tuple[str, list[Any]]: ...

    def _meta(self, key: str) -> Any: ...


@dataclass(frozen=True)
class Row:
    """One match in result order: rank group, distance rank, sort name, id."""

    pk: int
    group: int
    distance: float
    sort_name: str
    id: str

    @property
    def rank(self) -> tuple[int, float]:
        return (self.group, self.distance)


@dataclass(frozen=True)
class Driver:
    """A small candidate set (`SELECT pk ...`) to start from; `text` if it is the words."""

    sql: str
    params: list[Any]
    text: bool


@dataclass(frozen=True)
class SearchPlan:
    """A query resolved to index terms: place key, reference point, words, language."""

    query: Query
    place: str
    town: str | None
    reference: tuple[float, float] | None
    terms: tuple[str, ...]
    language: str | None
    facets: tuple[str, ...]

    @classmethod
    def of(cls, query: Query) -> SearchPlan:
        town = canonical_place(query.town.strip()) if query.town and query.town.strip() else None
        if town in (DISTRICT_AREA, STATE_AREA):
            town = None
        reference = query.near or (town_centres().get(town) if town else None)
        language = query.language.strip().lower() if query.language else None
        facets = (
            *([place_token(town)] if town else []),
            *([category_token(query.category)] if query.category else []),
            *([language_token(language)] if language else []),
            *([MSO_TOKEN] if query.mso_only else []),
        )
        terms = tuple(query_terms(query.text))
        return cls(query, town or ANYWHERE, town, reference, terms, language, facets)

    @property
    def ranks_near(self) -> bool:
        """Distances come from `near` at query time (else stored, from the town centre)."""
        return self.query.near is not None

    @property
    def names_first(self) -> bool:
        """Nothing to rank by place: the words decide first (in a name, or elsewhere)."""
        return bool(self.terms) and self.place == ANYWHERE and not self.ranks_near


class OverBudget(Exception):
    """An index walk ran past the search's time budget (raised by the store's `_rows`)."""


class SqlSearch:
    """One search: `first_rows(n)` gives the first n matches in result order.

    Index walks are optimistic: they are fast when matches are common, but a combination
    that matches (almost) nothing makes them read the whole index. So walks run on a time
    budget, and a search that runs over it switches to its candidate set (the full-text
    index's services with the words and the place, category, language and MSO facets) if
    that set is not too large. Every way gives the same rows.
    """

    def __init__(self, backend: SearchBackend, query: Query) -> None:
        self.backend = backend
        self.plan = SearchPlan.of(query)
        self._open = _open_clause(query.open_at, backend) if query.open_at else None
        self._deadline = time.perf_counter() + WALK_BUDGET_S
        self._over_budget = False
        self._small: Driver | None = None
        self._small_chosen = False

    def hit(self, row: Row, service: Service) -> Hit:
        reference, location = self.plan.reference, service.location
        return Hit(
            service=service,
            distance_km=distance_km(*reference, location.latitude, location.longitude)
            if reference and location
            else None,
            open_now=True if self.plan.query.open_at else None,
            local=self.plan.town is not None and row.group == LOCAL,
        )

    def first_rows(self, count: int) -> list[Row]:
        """The first `count` matches (more if the last ones tie and words break the tie)."""
        if self.plan.names_first:
            return self._names_first(count)
        if not self.plan.terms:
            return self._ordered(count)
        return self._break_ties_by_names(self._complete_last_tie(count))

    # --- strategies ---------------------------------------------------------------------------

    def _ordered(self, count: int) -> list[Row]:
        small = self._small_driver()
        if small:
            return self._select(count, driver=small) if small.params else []

        def fallback() -> list[Row] | None:
            driver = self._fallback_driver()
            return self._select(count, driver=driver) if driver else None

        if self.plan.ranks_near:
            return self._walked(lambda deadline: self._near(count, deadline), fallback)
        return self._walked(lambda deadline: self._select(count, deadline=deadline), fallback)

    def _walked(
        self, walk: Callable[[float | None], list[Row]], fallback: Callable[[], list[Row] | None]
    ) -> list[Row]:
        """Run an index walk on the search's budget; past it, try the fallback, else walk on.

        Without words, language or MSO there is no candidate set to fall back to, and the
        walk gets no budget.
        """
        plan = self.plan
        can_fall_back = bool(plan.terms or plan.language or plan.query.mso_only)
        if can_fall_back and not self._over_budget:
            try:
                return walk(self._deadline)
            except OverBudget:
                self._over_budget = True
                logger.debug("index walk over budget, searching from candidate sets")
        rows = fallback() if can_fall_back else None
        return walk(None) if rows is None else rows

    def _near(self, count: int, deadline: float | None) -> list[Row]:
        """Nearest first: local services, then (with a town) district- and state-wide ones."""
        rows: list[Row] = []
        for group in (LOCAL, WIDE) if self.plan.town else (LOCAL,):
            rows += self._nearest_in_group(group, count - len(rows), deadline)
            if len(rows) == count:
                break
        return rows

    def _nearest_in_group(self, group: int, count: int, deadline: float | None) -> list[Row]:
        """Searched in growing boxes around the point, then everywhere."""
        for box_km in NEAR_BOXES_KM:
            rows = self._select(count, box_km=box_km, group=group, deadline=deadline)
            # complete if the page is full and its farthest row lies inside the box's circle
            if len(rows) == count and rows[-1].distance <= (box_km * 0.999) ** 2:
                return rows
        return self._select(count, group=group, deadline=deadline)

    def _names_first(self, count: int) -> list[Row]:
        """Services with all words in a name or keyword, then the others, each by name."""
        titles = self._words(titles_only=True)
        rare = self._rare(titles)
        named = rare is None or bool(rare.params)
        in_titles = _terms_clause(self.plan.terms, titles_only=True)
        first: list[Row] = []
        if rare is not None:
            first = self._select(count, driver=rare) if rare.params else []
        else:

            def named_fallback() -> list[Row] | None:
                if self._count(titles, FALLBACK_LIMIT) < FALLBACK_LIMIT:
                    return self._select(count, driver=titles)
                return None

            first = self._walked(
                lambda deadline: self._select(
                    count, extra=in_titles, text=False, deadline=deadline
                ),
                named_fallback,
            )
        if len(first) == count:
            return first
        rest = count - len(first)
        not_in_titles = (f"NOT ({in_titles[0]})", in_titles[1]) if named else None

        def without_titles(driver: Driver | None) -> list[Row] | None:
            """The rest from a candidate set (those with the words minus the named ones)."""
            if driver is None:
                return None
            unnamed = Driver(
                f"{driver.sql} EXCEPT {titles.sql}", driver.params + titles.params, True
            )
            return self._select(rest, driver=unnamed)

        small = self._small_driver()
        if small:
            return first + (without_titles(small) or []) if small.params else first
        return first + self._walked(
            lambda deadline: self._select(rest, extra=not_in_titles, deadline=deadline),
            lambda: without_titles(self._fallback_driver()),
        )

    def _complete_last_tie(self, count: int) -> list[Row]:
        """The first `count` rows plus the rest of the last one's tie (same rank)."""
        fetch = count + 1
        rows = self._ordered(fetch)
        while len(rows) == fetch and rows[-1].rank == rows[count - 1].rank:
            fetch *= 2
            rows = self._ordered(fetch)
        end = min(count, len(rows))
        while 0 < end < len(rows) and rows[end].rank == rows[end - 1].rank:
            end += 1
        return rows[:end]

    def _break_ties_by_names(self, rows: list[Row]) -> list[Row]:
        """Among rows of equal rank, those with all words in a name or keyword come first."""
        tied = {
            row.pk
            for i, row in enumerate(rows)
            if (i and rows[i - 1].rank == row.rank)
            or (i + 1 < len(rows) and rows[i + 1].rank == row.rank)
        }
        if not tied:
            return rows
        marks = ", ".join("?" for _ in tied)
        titles = dict(
            self.backend._rows(f"SELECT pk, titles FROM services WHERE pk IN ({marks})", list(tied))
        )

        def order(row: Row) -> tuple[Any, ...]:
            named = row.pk in titles and has_all_terms(titles[row.pk].split(), self.plan.terms)
            return (row.group, row.distance, not named, row.sort_name, row.id)

        return sorted(rows, key=order)

    # --- candidate sets -----------------------------------------------------------------------

    def _words(self, titles_only: bool = False, facets: bool = True) -> Driver:
        """The services with the words (in names only) and, by default, the query's facets.

        The full-text index also holds each service's place, category, language and MSO
        facets, so one query intersects them all.
        """
        plan = self.plan
        chosen = plan.facets if facets else ()
        return Driver(*self.backend._words_source(plan.terms, titles_only, chosen), text=True)

    def _small_driver(self) -> Driver | None:
        """With words in fewer than DRIVER_LIMIT matching services, start from them (once)."""
        if not self._small_chosen:
            self._small_chosen = True
            self._small = self._rare(self._words()) if self.plan.terms else None
        return self._small

    def _rare(self, driver: Driver) -> Driver | None:
        """The candidate set as a list of its services if it has fewer than DRIVER_LIMIT.

        Listing them costs one full-text query; the search then reads no index twice.
        """
        listed = f"{driver.sql} LIMIT ?"
        pks = [pk for (pk,) in self.backend._rows(listed, [*driver.params, DRIVER_LIMIT])]
        if len(pks) >= DRIVER_LIMIT:
            return None
        values = ", ".join("(?)" for _ in pks) or "(NULL)"
        sql = f"SELECT column1 AS pk FROM (VALUES {values}) AS listed"
        return Driver(sql, pks, driver.text)

    def _fallback_driver(self) -> Driver | None:
        """For a walk over budget: the services with the words and facets, if not too many."""
        driver = self._words()
        return driver if self._count(driver, FALLBACK_LIMIT) < FALLBACK_LIMIT else None

    def _count(self, driver: Driver, cap: int) -> int:
        """How many services a candidate set has, counted up to `cap` (cheap below it)."""
        counted = f"SELECT COUNT(*) FROM ({driver.sql} LIMIT ?) c"
        return int(self.backend._rows(counted, [*driver.params, cap])[0][0])

    # --- SQL ----------------------------------------------------------------------------------

    def _select(
        self,
        count: int,
        driver: Driver | None = None,
        box_km: float | None = None,
        extra: tuple[str, list[Any]] | None = None,
        text: bool = True,
        deadline: float | None = None,
        group: int | None = None,
    ) -> list[Row]:
        distance, distance_params = self._distance()
        where, params = self._filters(box_km, extra, text and not (driver and driver.text))
        if group is not None:
            where.insert(2, "k.rank_group = ?")
            params.insert(2, group)
        source, source_params = "search_keys k", []
        if driver:
            # CROSS JOIN makes SQLite read the small candidate set first
            source, source_params = f"({driver.sql}) t CROSS JOIN search_keys k", driver.params
            where.insert(0, "k.pk = t.pk")
        elif box_km is not None:
            source = f"search_keys k{self.backend.near_index_hint}"
        else:
            source = f"search_keys k{self.backend.walk_index_hint}"
        sql = (
            f"SELECT k.pk, k.rank_group, {distance} AS rank_distance, k.sort_name, k.id"
            f" FROM {source} WHERE {' AND '.join(where)}"
            " ORDER BY k.rank_group, rank_distance, k.sort_name, k.id LIMIT ?"
        )
        rows = self.backend._rows(
            sql, [*distance_params, *source_params, *params, count], deadline=deadline
        )
        return [Row(*row) for row in rows]

    def _distance(self) -> tuple[str, list[Any]]:
        """The distance rank: stored (from the town centre) or from `near`, in km²."""
        if not self.plan.ranks_near:
            return "k.dist", []
        assert self.plan.reference is not None
        lat, lon = self.plan.reference
        east = math.cos(math.radians(lat)) * KM_PER_DEGREE
        expression = (
            "COALESCE(((k.latitude - ?) * ?) * ((k.latitude - ?) * ?)"
            " + ((k.longitude - ?) * ?) * ((k.longitude - ?) * ?), ?)"
        )
        return expression, [lat, KM_PER_DEGREE, lat, KM_PER_DEGREE, lon, east, lon, east, NOWHERE]

    def _filters(
        self, box_km: float | None, extra: tuple[str, list[Any]] | None, text: bool
    ) -> tuple[list[str], list[Any]]:
        plan, query = self.plan, self.plan.query
        where = ["k.place = ?", "k.category = ?"]
        params: list[Any] = [plan.place, query.category or ANY_CATEGORY]
        if query.age is not None:
            where.append("k.min_age <= ? AND k.max_age >= ?")
            params += [query.age, query.age]
        if query.mso_only:
            where.append("k.is_mso = 1")
        if query.exclude_ids:
            where.append(f"k.id NOT IN ({', '.join('?' for _ in query.exclude_ids)})")
            params += list(query.exclude_ids)
        if box_km is not None:
            clause, box_params = _box_clause(plan, box_km)
            where.append(clause)
            params += box_params
        if plan.language and language_bit(plan.language):
            where.append("(k.lang_mask & ?) <> 0")
            params.append(language_bit(plan.language))
        elif plan.language:
            where.append(
                "EXISTS (SELECT 1 FROM service_languages l WHERE l.language = ? AND l.pk = k.pk)"
            )
            params.append(plan.language)
        if self._open:
            where.append(self._open[0])
            params += self._open[1]
        if plan.terms and text:
            clause, text_params = _terms_clause(plan.terms, titles_only=False)
            where.append(clause)
            params += text_params
        if extra:
            where.append(extra[0])
            params += extra[1]
        return where, params


def _terms_clause(terms: Sequence[str], titles_only: bool) -> tuple[str, list[Any]]:
    """The service `k` has every term (in a name or keyword only): one index seek per term.

    Walks check each service they pass with `service_terms` (pk, word) rather than the
    full-text index, whose matches would have to be collected first.
    """
    clauses, params = [], []
    for term in terms:
        match = "w.word >= ? AND w.word < ?" if is_prefix_term(term) else "w.word = ?"
        title = " AND w.title = 1" if titles_only else ""
        clauses.append(
            f"EXISTS (SELECT 1 FROM service_terms w WHERE w.pk = k.pk AND {match}{title})"
        )
        params += [term, term + PREFIX_END] if is_prefix_term(term) else [term]
    return " AND ".join(clauses), params


def _box_clause(plan: SearchPlan, box_km: float) -> tuple[str, list[Any]]:
    """Services within `box_km` (north/south and east/west) of the reference point."""
    assert plan.reference is not None
    lat, lon = plan.reference
    north = box_km / KM_PER_DEGREE
    east = box_km / (math.cos(math.radians(lat)) * KM_PER_DEGREE)
    bands = list(range(latitude_band(lat - north), latitude_band(lat + north) + 1))
    clause = (
        f"k.lat_band IN ({', '.join('?' for _ in bands)})"
        " AND k.longitude BETWEEN ? AND ? AND k.latitude BETWEEN ? AND ?"
    )
    return clause, [*bands, lon - east, lon + east, lat - north, lat + north]


def _open_clause(at: datetime, backend: SearchBackend) -> tuple[str, list[Any]]:
    """Walk-in rows covering `at` on the local clock of each time zone used by schedules."""
    timezones = backend._meta("timezones") or []
    if not timezones:
        return "1 = 0", []
    alternatives, params, hours, hour_params = [], [], [], []
    for name in timezones:
        local = at.astimezone(ZoneInfo(name))
        minute = local.hour * 60 + local.minute
        column, bit = hour_bit(local.weekday(), local.hour)
        hours.append(f"(k.hours{column} & ?) <> 0")
        hour_params.append(bit)
        day = local.date()
        excluded_today = ORDINARY_DAYS if is_public_holiday(day) else HOLIDAYS
        yesterday = day - timedelta(days=1)
        excluded_yesterday = ORDINARY_DAYS if is_public_holiday(yesterday) else HOLIDAYS
        alternatives.append(
            "(h.tz = ? AND h.weekday = ? AND h.opens <= ? AND h.closes > ?"
            " AND h.day_rule <> CASE WHEN h.spill = 1 THEN ? ELSE ? END)"
        )
        params += [name, local.weekday(), minute, minute, excluded_yesterday, excluded_today]
    clause = (
        f"({' OR '.join(hours)}) AND EXISTS (SELECT 1 FROM service_hours h WHERE h.pk = k.pk"
        f" AND ({' OR '.join(alternatives)}))"
    )
    return clause, hour_params + params
