"""The training importer reads data/nlu once and gives Rasa the same data as its default, with
fingerprints that follow the content as Rasa's do."""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse
import yaml
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.importers.importer import TrainingDataImporter
from rasa.shared.importers.rasa import RasaFileImporter
from rasa.shared.nlu.training_data import loading
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.shared.utils.common import class_from_module_path
from rasa.shared.utils.io import deep_container_fingerprint

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


def _through_rasas_wrappers(config: dict) -> list[TrainingData]:
    """The NLU data as `rasa train` sees it: through the wrappers Rasa puts around the importers
    the config names, asked for with both language arguments it uses."""
    importer = TrainingDataImporter.load_from_dict(
        config, PATHS[0], str(ROOT / "domain.yml"), PATHS[2]
    )
    return [importer.get_nlu_data(), importer.get_nlu_data(language="xx")]


def _rasas_fingerprint(example: Message) -> str:
    return deep_container_fingerprint([example.data, example.features])


# Rasa warns this for every domain when it loads one; its own CLI silences it (rasa.utils.common).
@pytest.mark.filterwarnings("ignore:Slot auto-fill has been removed")
def test_through_rasas_wrappers_the_examples_are_rasas_own() -> None:
    ours = _through_rasas_wrappers({"importers": [{"name": "rasa_addons.importer.NluReadOnce"}]})
    default = _through_rasas_wrappers({})
    for mine, theirs in zip(ours, default, strict=True):
        assert len(mine.training_examples) > 20_000
        assert sorted(_rasas_fingerprint(m) for m in mine.training_examples) == sorted(
            m.fingerprint() for m in theirs.training_examples
        )


def test_the_fingerprint_follows_the_content_as_rasas_does() -> None:
    """Rasa keys its cache on fingerprints: equal content, equal fingerprint; any change of
    tokens, entities or features, another fingerprint."""
    examples = NluReadOnce(*PATHS).get_nlu_data().training_examples[:300]
    again = NluReadOnce(*PATHS).get_nlu_data().training_examples[:300]
    assert [m.fingerprint() for m in examples] == [m.fingerprint() for m in again]
    distinct = {m.fingerprint() for m in examples}
    assert len(distinct) == len({_rasas_fingerprint(m) for m in examples})

    example, twin = examples[0], again[0]
    seen = {example.fingerprint()}
    tokenizer = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())
    tokenizer.process([example, twin])
    assert example.fingerprint() == twin.fingerprint() not in seen
    seen.add(example.fingerprint())
    example.get("text_tokens")[0].end += 1
    assert _anew(example) not in seen
    example.get("text_tokens")[0].end -= 1
    assert _anew(example) in seen

    vector = np.linspace(-1, 1, 384, dtype=np.float32)[np.newaxis, :]
    terms = scipy.sparse.csr_matrix(([0.5, 0.25], ([0, 0], [7, 9000])), shape=(1, 16384))
    for message, shift in ((example, 0.0), (twin, 1e-6)):
        message.add_features(Features(vector + shift, "sentence", "text", "e5"))
        message.add_features(Features(terms, "sentence", "text", "e5"))
    assert example.fingerprint() not in seen
    assert twin.fingerprint() not in seen | {example.fingerprint()}
    twin.features[0] = Features(vector.copy(), "sentence", "text", "e5")
    assert _anew(twin) == example.fingerprint()
    twin.features[1] = Features(terms * 2, "sentence", "text", "e5")
    assert _anew(twin) != example.fingerprint()


def _anew(example: Message) -> str:
    """The fingerprint after a change in place, which Rasa's cached fingerprint does not see."""
    example._cached_fingerprint = None
    return example.fingerprint()


def test_a_copied_example_is_its_own() -> None:
    data = NluReadOnce(*PATHS).get_nlu_data()
    example = next(m for m in data.training_examples if m.get("entities"))
    before = example.fingerprint()
    twin = copy.deepcopy(example)
    assert twin.fingerprint() == before
    twin.get("entities")[0]["value"] = "Bielefeld"
    twin.set("intent", "goodbye")
    assert example.get("entities")[0]["value"] != "Bielefeld"
    assert example.fingerprint() == before
    assert twin.fingerprint() != before
