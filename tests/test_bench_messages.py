"""The per-message benchmark times each step on a sample of every language and reports it."""

from __future__ import annotations

import json
from pathlib import Path

from bench import messages

ROOT = Path(__file__).resolve().parents[1]


def test_the_sample_covers_every_language_without_annotations() -> None:
    sample = messages.sample(ROOT / "data" / "nlu", 2000)
    assert len(sample) == 2000
    assert {lang for lang, _ in sample} == {p.stem for p in (ROOT / "data" / "nlu").glob("*.yml")}
    assert not any("](" in text for _, text in sample)


def test_the_report_names_each_step_with_its_figures(tmp_path: Path) -> None:
    assert messages.main(["--messages", "60", "--out", str(tmp_path)]) in (0, 1)
    report = json.loads((tmp_path / "messages-bench.json").read_text("utf-8"))
    assert report["messages"] == 60 and set(report["steps"]) == set(messages.STEPS)
    for figures in report["steps"].values():
        assert 0 < figures["p50_ms"] <= figures["p95_ms"] <= figures["max_ms"]
    table = (tmp_path / "messages-bench.md").read_text("utf-8")
    assert all(f"| `{name}` |" in table for name in messages.STEPS)
