"""The SVM second opinion: trained on the pipeline's sparse features, saved and loaded with the
model, and averaged into the ranking of the classifier before it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from rasa_addons.blend import LinearSvmBlend

# Three "n-gram" columns: column 0 is typical of find_childcare, 1 of find_job_support, 2 of both.
CHILDCARE, JOB, SHARED = 0, 1, 2


def _message(columns: list[int], **data: object) -> Message:
    message = Message(data={"text": "x", **data})
    row = np.zeros((1, 3))
    row[0, columns] = 1
    message.add_features(
        Features(scipy.sparse.coo_matrix(row), FEATURE_TYPE_SENTENCE, "text", "counts")
    )
    return message


def _trained(tmp_path: Path) -> tuple[LinearSvmBlend, LocalModelStorage, Resource]:
    storage, resource = LocalModelStorage(tmp_path), Resource("blend")
    context = ExecutionContext(GraphSchema({}), "test")
    component = LinearSvmBlend.create(
        LinearSvmBlend.get_default_config(), storage, resource, context
    )
    examples = [_message([CHILDCARE, SHARED], intent="find_childcare") for _ in range(10)]
    examples += [_message([JOB, SHARED], intent="find_job_support") for _ in range(10)]
    component.train(TrainingData(examples))
    return component, storage, resource


TORN = [
    {"name": "find_job_support", "confidence": 0.48},
    {"name": "find_childcare", "confidence": 0.46},
    {"name": "greet", "confidence": 0.06},
]


def test_the_svm_settles_a_torn_ranking(tmp_path: Path) -> None:
    component, _, _ = _trained(tmp_path)
    [message] = component.process([_message([CHILDCARE], intent=TORN[0], intent_ranking=TORN)])
    ranking = message.get("intent_ranking")
    assert message.get("intent")["name"] == "find_childcare" == ranking[0]["name"]
    confidences = [r["confidence"] for r in ranking]
    assert confidences == sorted(confidences, reverse=True)
    assert sum(confidences) == pytest.approx(1.0)
    assert "greet" in [r["name"] for r in ranking]  # intents only DIET knows are kept


def test_a_confident_first_classifier_is_not_overturned(tmp_path: Path) -> None:
    component, _, _ = _trained(tmp_path)
    sure = [{"name": "find_job_support", "confidence": 0.97}, *TORN[1:]]
    [message] = component.process([_message([SHARED], intent=sure[0], intent_ranking=sure)])
    assert message.get("intent")["name"] == "find_job_support"


def test_the_trained_svm_is_saved_with_the_model(tmp_path: Path) -> None:
    component, storage, resource = _trained(tmp_path)
    loaded = LinearSvmBlend.load(
        LinearSvmBlend.get_default_config(), storage, resource,
        ExecutionContext(GraphSchema({}), "test"),
    )  # fmt: skip
    [fresh] = component.process([_message([CHILDCARE], intent=TORN[0], intent_ranking=TORN)])
    [again] = loaded.process([_message([CHILDCARE], intent=TORN[0], intent_ranking=TORN)])
    assert again.get("intent_ranking") == fresh.get("intent_ranking")


def test_messages_without_features_pass_through(tmp_path: Path) -> None:
    component, _, _ = _trained(tmp_path)
    message = Message(data={"text": "x", "intent": TORN[0], "intent_ranking": TORN})
    [same] = component.process([message])
    assert same.get("intent_ranking") == TORN
