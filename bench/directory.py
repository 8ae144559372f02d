"""Directory benchmark: import and combined searches on a synthetic directory (SQLite).

Run: `.venv/bin/python -m bench.directory [--services 100000] [--queries 2000] [--out reports/]`.
Writes `directory-bench.json` and `directory-bench.md` with machine facts, the figures and the
targets of issue 3 (p95 <= 5 ms per combined search, import of 100,000 services <= 60 s),
each marked met or missed. The data is generated from a fixed seed, so runs are comparable.

The import is timed the way `lotse directory import FILE` does it: read and validate the JSON
file, then `import_document` into a fresh SQLite file. Searches go through `Directory.search`
with three results per query, like the bot asks; a short warm-up is not counted.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.directory.gazetteer import towns
from bot.directory.io import load_document
from bot.directory.store import Query, open_directory

logger = logging.getLogger(__name__)

SEED = 20250521
TARGET_P95_MS = 5.0
TARGET_IMPORT_S = 60.0
WARMUP_QUERIES = 100
BERLIN = ZoneInfo("Europe/Berlin")

# Inhabitants (thousands, rounded): services are spread like people.
POPULATION = {
    "Gütersloh": 101, "Rheda-Wiedenbrück": 50, "Schloß Holte-Stukenbrock": 27, "Rietberg": 30,
    "Verl": 26, "Harsewinkel": 25, "Halle (Westf.)": 22, "Versmold": 22, "Steinhagen": 20,
    "Herzebrock-Clarholz": 17, "Werther (Westf.)": 11, "Borgholzhausen": 9, "Langenberg": 8,
}  # fmt: skip
OUTSIDE = {
    "Bielefeld": ("33602", 52.021, 8.535), "Münster": ("48143", 51.962, 7.626),
    "Düsseldorf": ("40213", 51.225, 6.776), "Dortmund": ("44137", 51.514, 7.465),
}  # fmt: skip
CATEGORY_WEIGHTS = {
    "childcare": 22, "job_support": 14, "counselling": 18, "language_course": 14,
    "prevention": 4, "community": 20, "event": 4, "emergency": 4,
}  # fmt: skip
AGES: dict[str, list[tuple[int | None, int | None]]] = {
    "childcare": [(0, 2), (1, 6), (3, 6), (6, 10), (0, 6)],
    "job_support": [(16, 67), (18, 27), (25, None)],
    "language_course": [(16, None), (6, 12), (18, None)],
    "counselling": [(18, None), (None, None), (12, 27)],
}
SPOKEN = ["en", "ar", "tr", "uk", "ru", "fa", "ro", "bg", "pl", "ku", "ti", "so", "sq", "fr", "ps"]
NOUNS = {
    "childcare": ("Kita", "Familienzentrum", "U3-Gruppe", "Spielgruppe", "Kindertagespflege"),
    "job_support": ("Jobcoaching", "Bewerbungstraining", "Anerkennungsberatung", "Jobcafé"),
    "counselling": ("Migrationsberatung", "Sozialberatung", "Flüchtlingsberatung",
                    "Schuldnerberatung", "Jugendmigrationsdienst"),
    "language_course": ("Integrationskurs", "Deutschkurs", "Sprachcafé", "Alphabetisierungskurs"),
    "prevention": ("Präventionsberatung", "Ausstiegsberatung", "Elternberatung Radikalisierung"),
    "community": ("Kulturverein", "Moscheegemeinde", "Frauentreff", "Elternverein", "Sportverein"),
    "event": ("Begegnungscafé", "Interkulturelles Fest", "Infoabend"),
    "emergency": ("Krisentelefon", "Frauenhaus", "Notaufnahme Beratung"),
}  # fmt: skip
TRANSLATED = {
    "en": "Help and advice for newcomers",
    "ar": "مساعدة واستشارة للقادمين الجدد",
    "tr": "Yeni gelenler için yardım ve danışmanlık",
    "uk": "Допомога та консультації для новоприбулих",
    "ru": "Помощь и консультации для новоприбывших",
    "fa": "کمک و مشاوره برای تازه واردان",
}
COMMUNITIES = [
    ("syrisch", "SY", "ar"), ("eritreisch", "ER", "ti"), ("türkisch", "TR", "tr"),
    ("ukrainisch", "UA", "uk"), ("afghanisch", "AF", "fa"), ("kurdisch", "IQ", "ku"),
    ("polnisch", "PL", "pl"), ("rumänisch", "RO", "ro"), ("bulgarisch", "BG", "bg"),
    ("somalisch", "SO", "so"), ("albanisch", "AL", "sq"), ("russischsprachig", "RU", "ru"),
]  # fmt: skip
ACTIVITIES = ["counselling", "homework_help", "refugee_support", "culture", "religion", "sport",
              "language", "women", "youth", "parents"]  # fmt: skip
HOURS = [
    [{"days": ["MO", "TU", "WE", "TH", "FR"], "opens": "08:00", "closes": "16:00"}],
    [{"days": ["MO", "TU", "WE", "TH", "FR"], "opens": "09:00", "closes": "12:00"},
     {"days": ["TU", "TH"], "opens": "14:00", "closes": "16:30"}],
    [{"days": ["MO", "WE"], "opens": "10:00", "closes": "18:00"},
     {"days": ["FR"], "opens": "09:00", "closes": "13:00", "appointment_only": True,
      "booking_url": "https://example.org/termin"}],
    [{"days": ["SA"], "opens": "15:00", "closes": "19:00"},
     {"days": ["FR"], "opens": "20:00", "closes": "01:00"}],
    [{"days": ["MO", "TU", "WE", "TH", "FR"], "opens": "07:00", "closes": "16:30"}],
    [{"days": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "opens": "00:00", "closes": "24:00"}],
]  # fmt: skip
TEXTS = ["kita", "Beratung", "deutschkurs", "Gutersloh", "eritreisch", "syrisch", "frauen",
         "Jobcafé", "integration", "Sprachcafe", "elternverein", "anerkennung", "moschee",
         "help advice", "допомога", "مساعدة", "danışmanlık", "Familienzentrum", "krisentelefon",
         "U3", "hausaufgaben", "Flüchtlingsberatung"]  # fmt: skip


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _location(rng: random.Random, place: str) -> dict[str, Any]:
    if place in OUTSIDE:
        postcode, lat, lon = OUTSIDE[place]
    else:
        town = next(t for t in towns() if t.name == place)
        postcode, lat, lon = rng.choice(town.postcodes), town.latitude, town.longitude
    return {
        "address": f"Teststraße {rng.randint(1, 200)}",
        "postal_code": postcode,
        "town": place,
        "latitude": round(lat + rng.uniform(-0.03, 0.03), 5),
        "longitude": round(lon + rng.uniform(-0.04, 0.04), 5),
    }


def synthetic_service(rng: random.Random, number: int) -> dict[str, Any]:
    """One realistic-looking service record in the documented JSON shape."""
    category = _weighted(rng, CATEGORY_WEIGHTS)
    categories = [category]
    if rng.random() < 0.15:
        categories.append(_weighted(rng, CATEGORY_WEIGHTS))
    town = _weighted(rng, POPULATION)
    noun = rng.choice(NOUNS[category])
    is_mso = category == "community" and rng.random() < 0.7
    record: dict[str, Any] = {
        "id": f"svc-{number:06d}",
        "organization": {"id": f"org-{number // 3:06d}", "name": f"Träger {number // 3} e.V.",
                         "is_mso": is_mso},
        "name": f"{noun} {town} {number}",
        "description": f"{noun} in {town}: Information, Begleitung und Hilfe für Neuzugewanderte.",
        "categories": list(dict.fromkeys(categories)),
        "keywords": [noun.split("-")[0], rng.choice(["Hilfe", "Beratung", "Treff", "Kurs"])],
        "languages": ["de", *rng.sample(SPOKEN, rng.choice([0, 1, 1, 2, 3]))],
        "source": {"name": "Synthetische Benchmark-Daten", "sample": True},
        "last_checked": "2025-05-01",
    }  # fmt: skip
    langs = rng.sample(list(TRANSLATED), rng.choice([0, 1, 2, 3]))
    if langs:
        record["translations"] = {
            lang: {"name": f"{noun} – {TRANSLATED[lang]}", "description": TRANSLATED[lang]}
            for lang in langs
        }
    minimum, maximum = rng.choice(AGES.get(category, [(None, None)]))
    if minimum is not None:
        record["minimum_age"] = minimum
    if maximum is not None:
        record["maximum_age"] = maximum
    roll = rng.random()
    if roll < 0.05:
        record.update(location=None, online=True, service_area=["NRW"])
    elif roll < 0.08:
        record["location"] = _location(rng, rng.choice(list(OUTSIDE)))
    else:
        record["location"] = _location(rng, town)
        if roll < 0.16:
            record["service_area"] = ["Kreis Gütersloh"]
    if is_mso:
        picked = rng.sample(COMMUNITIES, rng.choice([1, 1, 2]))
        record["mso"] = {
            "communities": [c[0] for c in picked],
            "origins": [c[1] for c in picked],
            "activities": rng.sample(ACTIVITIES, 2),
        }
        record["languages"] = list(dict.fromkeys([*record["languages"], *(c[2] for c in picked)]))
    record["contacts"] = [{"id": "tel", "type": "phone", "value": f"+49 5241 {number:06d}"}]
    if rng.random() < 0.8:
        schedule: dict[str, Any] = {"timezone": "Europe/Berlin", "weekly": rng.choice(HOURS)}
        if rng.random() < 0.1:
            schedule["closures"] = [{"from": "2025-07-14", "to": "2025-08-01"}]
        schedule["holidays"] = rng.choice(["closed", "closed", "open"])
        record["schedules"] = [schedule]
    if rng.random() < 0.02:
        record["status"] = "inactive"
    return record


def synthetic_queries(rng: random.Random, count: int) -> list[Query]:
    """Combined searches in varied combinations, as the bot and the CLI send them.

    A town (50 %, weighted by population), a point near a town centre (25 %), both (a
    shared location resolved to its town, 5 %) or neither (20 %); each other filter
    independently with a fixed probability.
    """
    queries = []
    start = datetime(2025, 6, 2, tzinfo=BERLIN)  # a Monday; 2025-06-09 and -19 are holidays
    for _ in range(count):
        name = _weighted(rng, POPULATION)
        spot = next(t for t in towns() if t.name == name)
        where = rng.random()
        queries.append(
            Query(
                category=_weighted(rng, CATEGORY_WEIGHTS) if rng.random() < 0.7 else None,
                town=spot.name if where < 0.55 else None,
                near=(spot.latitude + rng.uniform(-0.02, 0.02), spot.longitude)
                if 0.5 <= where < 0.8
                else None,
                age=rng.choice([1, 3, 5, 8, 15, 19, 30, 45]) if rng.random() < 0.3 else None,
                language=rng.choice(SPOKEN[:9]) if rng.random() < 0.35 else None,
                open_at=start + timedelta(minutes=rng.randrange(0, 21 * 24 * 60, 15))
                if rng.random() < 0.3
                else None,
                text=rng.choice(TEXTS) if rng.random() < 0.3 else None,
                mso_only=rng.random() < 0.05,
                limit=3,
            )
        )
    return queries


DIMENSIONS = ("category", "town", "near", "age", "language", "open_at", "text", "mso_only")


@dataclass
class Result:
    services: int
    queries: int
    load_validate_s: float
    index_s: float
    import_total_s: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float
    mean_hits: float
    empty_results: int
    database_mb: float
    by_dimension: dict[str, dict[str, float]]
    load_average: dict[str, list[float]]


def _percentile(sorted_values: list[float], fraction: float) -> float:
    index = min(len(sorted_values) - 1, max(0, round(fraction * len(sorted_values)) - 1))
    return sorted_values[index]


def _summary(timings: list[float]) -> dict[str, float]:
    ordered = sorted(timings)
    return {
        "queries": len(ordered),
        "p50_ms": round(_percentile(ordered, 0.50), 3),
        "p95_ms": round(_percentile(ordered, 0.95), 3),
    }


def _write_synthetic(path: Path, rng: random.Random, services: int) -> None:
    document = {
        "profile": "lotse-hsds-3",
        "name": "synthetic-benchmark",
        "sample_data": True,
        "services": [synthetic_service(rng, number) for number in range(services)],
    }
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")


def run(services: int, query_count: int, workdir: Path) -> Result:
    rng = random.Random(SEED)
    source, database = workdir / "synthetic.json", workdir / "bench.db"
    _write_synthetic(source, rng, services)
    load_before = list(os.getloadavg())
    started = time.perf_counter()
    loaded = load_document(source)
    validated = time.perf_counter()
    with open_directory(f"sqlite:///{database}") as directory:
        result = directory.import_document(loaded)
        indexed = time.perf_counter()
        assert result.created == services, result
        del loaded
        queries = synthetic_queries(rng, query_count + WARMUP_QUERIES)
        for query in queries[:WARMUP_QUERIES]:
            directory.search(query)
        timings, hit_counts = [], []
        for query in queries[WARMUP_QUERIES:]:
            begin = time.perf_counter()
            hits = directory.search(query)
            timings.append((time.perf_counter() - begin) * 1000)
            hit_counts.append(len(hits))
    measured = queries[WARMUP_QUERIES:]
    by_dimension = {
        name: _summary([t for t, q in zip(timings, measured, strict=True) if getattr(q, name)])
        for name in DIMENSIONS
    }
    overall = _summary(timings)
    return Result(
        services=services,
        queries=query_count,
        load_validate_s=round(validated - started, 2),
        index_s=round(indexed - validated, 2),
        import_total_s=round(indexed - started, 2),
        p50_ms=overall["p50_ms"],
        p95_ms=overall["p95_ms"],
        p99_ms=round(_percentile(sorted(timings), 0.99), 3),
        max_ms=round(max(timings), 3),
        mean_hits=round(statistics.mean(hit_counts), 2),
        empty_results=sum(1 for count in hit_counts if count == 0),
        database_mb=round(sum(f.stat().st_size for f in workdir.glob("bench.db*")) / 1e6, 1),
        by_dimension=by_dimension,
        load_average={"before": load_before, "after": list(os.getloadavg())},
    )


def machine() -> dict[str, Any]:
    return {
        "cores": os.cpu_count(),
        "machine": platform.machine(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "date": date.today().isoformat(),
    }


def write_reports(result: Result, out: Path) -> dict[str, Any]:
    targets = {
        "search_p95_ms": {
            "target": TARGET_P95_MS,
            "value": result.p95_ms,
            "met": result.p95_ms <= TARGET_P95_MS,
        },
        "import_s": {
            "target": TARGET_IMPORT_S,
            "value": result.import_total_s,
            "met": result.import_total_s <= TARGET_IMPORT_S,
        },
    }
    report = {
        "benchmark": "directory",
        "machine": machine(),
        "result": asdict(result),
        "targets": targets,
    }
    out.mkdir(parents=True, exist_ok=True)
    (out / "directory-bench.json").write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    (out / "directory-bench.md").write_text(_markdown(report), "utf-8")
    return report


def _markdown(report: dict[str, Any]) -> str:
    r, m, t = report["result"], report["machine"], report["targets"]

    def mark(key: str) -> str:
        return "met" if t[key]["met"] else "**missed**"

    load = r["load_average"]
    lines = [
        "# Directory benchmark (SQLite)",
        "",
        f"Synthetic directory of {r['services']:,} services (seed {SEED}), "
        f"{r['queries']:,} combined searches (after {WARMUP_QUERIES} warm-up), 3 results each.",
        "",
        f"Machine: {m['cores']} cores, {m['machine']}, {m['system']}, Python {m['python']}, "
        f"SQLite {m['sqlite']}, {m['date']}. Load average (1/5/15 min) before: "
        f"{_loads(load['before'])}, after: {_loads(load['after'])} "
        "(other work on the machine slows every figure).",
        "",
        "| figure | value | target | |",
        "|---|---|---|---|",
        f"| import (read + validate + index) | {r['import_total_s']} s | "
        f"≤ {TARGET_IMPORT_S:.0f} s | {mark('import_s')} |",
        f"| – read + validate JSON | {r['load_validate_s']} s | | |",
        f"| – `import_document` | {r['index_s']} s | | |",
        f"| search p50 | {r['p50_ms']} ms | | |",
        f"| search p95 | {r['p95_ms']} ms | ≤ {TARGET_P95_MS:.0f} ms | {mark('search_p95_ms')} |",
        f"| search p99 | {r['p99_ms']} ms | | |",
        f"| search max | {r['max_ms']} ms | | |",
        f"| mean hits per search | {r['mean_hits']} (empty: {r['empty_results']}) | | |",
        f"| database size | {r['database_mb']} MB | | |",
        "",
        "Searches by filter they include (a search usually has several):",
        "",
        "| filter | searches | p50 | p95 |",
        "|---|---|---|---|",
    ]
    for name, figures in r["by_dimension"].items():
        lines.append(
            f"| {name} | {figures['queries']} | {figures['p50_ms']} ms | {figures['p95_ms']} ms |"
        )
    return "\n".join([*lines, ""])


def _loads(values: list[float]) -> str:
    return "/".join(f"{value:.2f}" for value in values)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.directory", description=__doc__)
    parser.add_argument("--services", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=2_000)
    parser.add_argument("--out", type=Path, default=Path("reports"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="lotse-bench-") as workdir:
        result = run(args.services, args.queries, Path(workdir))
    report = write_reports(result, args.out)
    sys.stdout.write(_markdown(report))
    return 0 if all(target["met"] for target in report["targets"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
