"""Per-message benchmark: the work the gateway and the NLU pipeline do on every message besides
the classifier: language detection (`language.decide`), the safety net (`safety.is_emergency`)
and entity extraction (`entities.extract_entities`).

Run: `.venv/bin/python -m bench.messages [--messages 3000] [--out reports/]`. Times each step on
a fixed sample of the training lines of all ten languages (seeded), after a warm-up call per
language (it compiles the net, loads the detector and each language's tokenizer), and writes
`messages-bench.json` and `messages-bench.md`. Target, as the unit test that this replaces
asserted for entity extraction: under a millisecond per message on average, for each step.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.directory import machine
from bot import language, safety
from bot.entities import extract_entities
from rasa_addons.evaluation import load_examples

SEED = 20261127
TARGET_MEAN_MS = 1.0


def sample(data: Path, count: int) -> list[tuple[str, str]]:
    """(language, text) of the examples in data/nlu/<lang>.yml, as Rasa reads them."""
    lines = [(example.lang, example.text) for example in load_examples(data)]
    return random.Random(SEED).sample(lines, min(count, len(lines)))


def _timed(step: Callable[[str, str], Any], messages: list[tuple[str, str]]) -> dict[str, float]:
    firsts: dict[str, str] = {}
    for lang, text in messages:
        firsts.setdefault(lang, text)
    for lang, text in firsts.items():  # warm-up: patterns, the detector, tokenizers
        step(lang, text)
    times = []
    for lang, text in messages:
        started = time.perf_counter()
        step(lang, text)
        times.append((time.perf_counter() - started) * 1000)
    cuts = statistics.quantiles(times, n=100)
    return {"mean_ms": round(statistics.mean(times), 3), "p50_ms": round(cuts[49], 3),
            "p95_ms": round(cuts[94], 3), "max_ms": round(max(times), 3)}  # fmt: skip


STEPS: dict[str, Callable[[str, str], Any]] = {
    "language.decide": lambda lang, text: language.decide(text, lang),
    "safety.is_emergency": lambda lang, text: safety.is_emergency(text),
    "entities.extract_entities": lambda lang, text: extract_entities(text, lang),
}


def run(messages: list[tuple[str, str]]) -> dict[str, Any]:
    steps = {name: _timed(step, messages) for name, step in STEPS.items()}
    return {
        "benchmark": "messages",
        "machine": machine(),
        "messages": len(messages),
        "steps": steps,
        "target_mean_ms": TARGET_MEAN_MS,
        "met": all(figures["mean_ms"] <= TARGET_MEAN_MS for figures in steps.values()),
    }


def markdown(report: dict[str, Any]) -> str:
    m = report["machine"]
    lines = [
        "# Per-message benchmark",
        "",
        f"{report['messages']:,} training lines of all ten languages (seed {SEED}), each step "
        "timed once per message after a warm-up call per language.",
        "",
        f"Machine: {m['cores']} cores, {m['machine']}, {m['system']}, Python {m['python']}, "
        f"{m['date']}.",
        "",
        "| step | mean | target mean | | p50 | p95 | max |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, f in report["steps"].items():
        mark = "met" if f["mean_ms"] <= TARGET_MEAN_MS else "**missed**"
        lines.append(
            f"| `{name}` | {f['mean_ms']} ms | ≤ {TARGET_MEAN_MS:g} ms | {mark} "
            f"| {f['p50_ms']} ms | {f['p95_ms']} ms | {f['max_ms']} ms |"
        )
    return "\n".join([*lines, ""])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.messages", description=__doc__)
    parser.add_argument("--messages", type=int, default=3_000)
    parser.add_argument("--data", type=Path, default=Path("data/nlu"))
    parser.add_argument("--out", type=Path, default=Path("reports"))
    args = parser.parse_args(argv)
    report = run(sample(args.data, args.messages))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "messages-bench.json").write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    (args.out / "messages-bench.md").write_text(markdown(report), "utf-8")
    sys.stdout.write(markdown(report))
    return 0 if report["met"] else 1


if __name__ == "__main__":
    sys.exit(main())
