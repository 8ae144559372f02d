"""The training importer reads data/nlu once and gives Rasa the same data as its default."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rasa.shared.importers.rasa import RasaFileImporter
from rasa.shared.nlu.training_data import loading
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.shared.utils.common import class_from_module_path

from rasa_addons.importer import NluReadOnce

ROOT = Path(__file__).resolve().parents[1]
PATHS = (str(ROOT / "config.yml"), None, [str(ROOT / "data")])


def _pairs(data: TrainingData) -> list[tuple[str, str]]:
    return sorted((m.get("text"), m.get("intent")) for m in data.intent_examples)


def test_the_config_names_it_for_rasa() -> None:
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    assert [class_from_module_path(i["name"]) for i in config["importers"]] == [NluReadOnce]


def test_it_gives_the_same_examples_as_rasas_default_importer() -> None:
    ours = NluReadOnce(*PATHS).get_nlu_data("xx")
    assert len(ours.intent_examples) > 20_000
    assert _pairs(ours) == _pairs(RasaFileImporter(*PATHS).get_nlu_data("xx"))


def test_the_nlu_files_are_read_once_whatever_language_rasa_asks_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads: list[str] = []
    load_data = loading.load_data
    monkeypatch.setattr(
        loading, "load_data", lambda path, *args: reads.append(path) or load_data(path, *args)
    )
    importer = NluReadOnce(*PATHS)
    for data in (importer.get_nlu_data(), importer.get_nlu_data("en"), importer.get_nlu_data("xx")):
        assert len(data.intent_examples) > 20_000
    assert len(reads) == len(list((ROOT / "data" / "nlu").glob("*.yml")))
