"""The keyword safety component: crisis messages end up as `emergency`, others stay untouched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.fallback_classifier import FallbackClassifier
from rasa.shared.nlu.training_data.message import Message

from rasa_addons.safety import OTHER_READINGS_AT_MOST, EmergencyKeywordClassifier

ROOT = Path(__file__).resolve().parents[1]

MISCLASSIFIED_RANKING = [
    {"name": "find_counselling", "confidence": 0.81},
    {"name": "emergency", "confidence": 0.12},
    {"name": "request_human", "confidence": 0.07},
]


def _component(tmp_path: Path) -> EmergencyKeywordClassifier:
    return EmergencyKeywordClassifier.create(
        {}, LocalModelStorage(tmp_path), Resource("safety"),
        ExecutionContext(GraphSchema({}), "test"),
    )  # fmt: skip


def _classified(text: str, ranking: list[dict[str, Any]]) -> Message:
    """A message as the intent classifier leaves it: best intent and the ranking."""
    return Message(data={"text": text, "intent": dict(ranking[0]),
                         "intent_ranking": [dict(r) for r in ranking]})  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Mein Mann schlägt mich",
        "he is hitting me",
        "زوجي يضربني",
        "хочу умереть",
        "kocam beni dövüyor",
        "شوهرم کتکم میزند",
        "mąż mnie bije",
    ],
)
def test_crisis_message_becomes_emergency_first_with_full_confidence(
    tmp_path: Path, text: str
) -> None:
    [message] = _component(tmp_path).process([_classified(text, MISCLASSIFIED_RANKING)])
    assert message.get("intent") == {"name": "emergency", "confidence": 1.0}
    ranking = message.get("intent_ranking")
    assert ranking[0] == {"name": "emergency", "confidence": 1.0}
    # the classifier's readings stay, for the emergency answer to offer as topics
    assert ranking[1:] == [MISCLASSIFIED_RANKING[0], MISCLASSIFIED_RANKING[2]]


def test_ordinary_message_keeps_the_classifier_result(tmp_path: Path) -> None:
    ranking = [{"name": "find_childcare", "confidence": 0.9},
               {"name": "inform", "confidence": 0.1}]  # fmt: skip
    [message] = _component(tmp_path).process([_classified("Ich suche eine Kita in Verl", ranking)])
    assert message.get("intent") == ranking[0]
    assert message.get("intent_ranking") == ranking


def test_message_without_a_prior_ranking_still_gets_emergency(tmp_path: Path) -> None:
    [message] = _component(tmp_path).process([Message(data={"text": "I want to die"})])
    assert message.get("intent")["name"] == "emergency"
    assert message.get("intent_ranking") == [{"name": "emergency", "confidence": 1.0}]


def test_message_without_text_is_left_alone(tmp_path: Path) -> None:
    [message] = _component(tmp_path).process([Message(data={"intent": {"name": "greet"}})])
    assert message.get("intent") == {"name": "greet"}


def test_fallback_classifier_does_not_ask_back_on_a_caught_emergency(tmp_path: Path) -> None:
    """With the classifier confident about another topic, the fallback must not replace
    `emergency`."""
    confident_wrong = [{"name": "find_counselling", "confidence": 0.97},
                       {"name": "request_human", "confidence": 0.03}]  # fmt: skip
    fallback = FallbackClassifier.create(
        {"threshold": 0.45, "ambiguity_threshold": 0.05}, LocalModelStorage(tmp_path),
        Resource("fallback"), ExecutionContext(GraphSchema({}), "test"),
    )  # fmt: skip
    messages = _component(tmp_path).process([_classified("my husband beats me", confident_wrong)])
    [message] = fallback.process(messages)
    assert message.get("intent")["name"] == "emergency"
    assert message.get("intent_ranking")[1] == {"name": "find_counselling", "confidence": 0.9}


def test_pipeline_runs_it_between_the_classifier_and_the_fallback() -> None:
    names = [c["name"] for c in yaml.safe_load((ROOT / "config.yml").read_text())["pipeline"]]
    safety = names.index("rasa_addons.safety.EmergencyKeywordClassifier")
    classifier = names.index("rasa_addons.svm.LinearSvmIntentClassifier")
    assert classifier < safety < names.index("FallbackClassifier")


def test_readings_kept_beside_a_caught_emergency_stay_clear_of_the_fallbacks_ambiguity() -> None:
    pipeline = yaml.safe_load((ROOT / "config.yml").read_text())["pipeline"]
    [fallback] = [c for c in pipeline if c["name"] == "FallbackClassifier"]
    assert fallback["ambiguity_threshold"] < 1.0 - OTHER_READINGS_AT_MOST
