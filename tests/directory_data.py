"""Shared test data for the directory stores: fixtures, a synthetic directory, random queries
and a brute-force reference search that states the ranking rules in plain Python."""

import random
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bench.directory import POPULATION, synthetic_service
from bot.directory.gazetteer import towns
from bot.directory.io import load_document
from bot.directory.model import Document, Service
from bot.directory.search_index import (
    ANYWHERE,
    NOWHERE,
    ServiceRow,
    _places,
    fold,
    has_all_terms,
    km_squared,
    town_centres,
)
from bot.directory.sql_search import SearchPlan
from bot.directory.store import Query

FIXTURES = Path(__file__).parent / "fixtures" / "directory"
BERLIN = ZoneInfo("Europe/Berlin")


def small_document() -> Document:
    return load_document(FIXTURES / "small.json")


def synthetic_document(count: int, seed: int) -> Document:
    """Synthetic services plus what the generator lacks: shared addresses (distance ties),
    special holiday hours and validity ranges."""
    rng = random.Random(seed)
    records = [synthetic_service(rng, number) for number in range(count)]
    for record in rng.sample(records, count // 10):
        twin = rng.choice(records)
        if twin.get("location") and record.get("location"):
            record["location"] = dict(twin["location"])
    for record in rng.sample(records, count // 20):
        record["schedules"] = [
            {
                "weekly": [
                    {"days": ["MO", "TU", "WE", "TH", "FR"], "opens": "10:00", "closes": "14:00"}
                ],
                "holidays": "special",
                "holiday_hours": [{"opens": "11:00", "closes": "13:00"}],
                "valid_from": "2025-06-10",
                "valid_to": "2025-12-31",
            }
        ]
    return Document(
        services=tuple(Service.from_dict(r, f"services[{i}]") for i, r in enumerate(records))
    )


SPOKEN = ["ar", "tr", "uk", "ti", "ku", "pl", "xx"]
MOMENTS = [
    datetime(2025, 6, 2, 10, 0),  # Monday
    datetime(2025, 6, 9, 11, 30),  # Whit Monday (public holiday)
    datetime(2025, 6, 7, 0, 30),  # Saturday night after a Friday overnight slot
    datetime(2025, 6, 19, 10, 0),  # Corpus Christi (public holiday)
    datetime(2025, 6, 20, 0, 15),  # the night after Corpus Christi
    datetime(2025, 7, 21, 9, 0),  # during the synthetic summer closures
    datetime(2025, 6, 14, 16, 0),  # Saturday afternoon
    datetime(2025, 6, 3, 20, 0),  # Tuesday evening
]


def random_queries(seed: int, count: int) -> list[Query]:
    rng = random.Random(seed)
    texts = ["kita", "Beratung", "Gutersloh", "Guetersloh", "eritreisch", "frauen", "Jobcafe",
             "допомога", "مساعدة", "help advice", "U3", "treff", "kurs", "zzz"]  # fmt: skip
    names = list(POPULATION) + ["guetersloh", "33415", "rheda", "Düsseldorf"]
    queries = []
    for _ in range(count):
        spot, where, jitter = rng.choice(towns()), rng.random(), rng.uniform(-0.05, 0.05)
        queries.append(
            Query(
                category=rng.choice(["childcare", "counselling", "community", "job_support",
                                     "language_course", "emergency"])
                if rng.random() < 0.5
                else None,
                town=rng.choice(names) if where < 0.5 else None,
                near=(spot.latitude + rng.uniform(-0.05, 0.05), spot.longitude + jitter)
                if where > 0.35 and rng.random() < 0.6
                else None,
                age=rng.choice([0, 3, 8, 17, 30]) if rng.random() < 0.3 else None,
                language=rng.choice(SPOKEN) if rng.random() < 0.3 else None,
                open_at=rng.choice(MOMENTS).replace(tzinfo=BERLIN) if rng.random() < 0.3 else None,
                text=rng.choice(texts) if rng.random() < 0.35 else None,
                mso_only=rng.random() < 0.1,
                limit=rng.choice([1, 3, 5, 10]),
                offset=rng.choice([0, 0, 0, 2, 7]),
            )
        )  # fmt: skip
    return queries


class Reference:
    """The search rules, service by service: filters, then (local, distance, all words in a
    name, folded name, id). Slow and obvious, to check the stores against."""

    def __init__(self, services: tuple[Service, ...]) -> None:
        self.entries = [
            (service, _places(service), ServiceRow.of(service))
            for service in services
            if service.is_active
        ]

    def ids(self, query: Query) -> list[str]:
        plan = SearchPlan.of(query)
        ranked = [
            (key, service.id)
            for service, places, row in self.entries
            if plan.place in places and self._matches(service, row, query, plan)
            for key in [self._rank(service, places, row, query, plan)]
        ]
        ranked.sort()
        return [service_id for _, service_id in ranked[query.offset : query.offset + query.limit]]

    @staticmethod
    def _matches(service: Service, row: ServiceRow, query: Query, plan: SearchPlan) -> bool:
        minimum = service.minimum_age or 0
        maximum = 999 if service.maximum_age is None else service.maximum_age
        return not (
            (query.category and query.category not in service.categories)
            or (query.age is not None and not minimum <= query.age <= maximum)
            or (plan.language and plan.language not in service.languages)
            or (query.mso_only and not service.organization.is_mso)
            or service.id in query.exclude_ids
            or (plan.terms and not has_all_terms(row.title_words + row.body_words, plan.terms))
            or (query.open_at and not service.is_open(query.open_at))
        )

    @staticmethod
    def _rank(
        service: Service, places: dict[str, int], row: ServiceRow, query: Query, plan: SearchPlan
    ) -> tuple[object, ...]:
        location = service.location
        if plan.ranks_near:
            origin = query.near
        elif plan.place != ANYWHERE and plan.place in town_centres():
            origin = town_centres()[plan.place]
        else:
            origin = None
        if origin is None:
            distance = 0.0
        elif location is None:
            distance = NOWHERE
        else:
            distance = km_squared(*origin, location.latitude, location.longitude)
        named = bool(plan.terms) and has_all_terms(row.title_words, plan.terms)
        return (places[plan.place], distance, not named, fold(service.name), service.id)
