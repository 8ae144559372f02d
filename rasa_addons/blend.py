"""Rasa NLU component: a second opinion on DIET's intent from a linear model on the same features.

DIET and a linear SVM over TF-IDF-weighted word and character n-gram counts make different
mistakes: DIET generalises better across paraphrases, the SVM holds on to rare but telling
n-grams (a misspelt institution word, a dialect form). Averaging the two rankings classified
held-out development data better than either alone (reports/nlu-options.md). The SVM trains in
seconds on the sparse features the pipeline's CountVectorsFeaturizers already computed, so the
blend costs almost nothing at training time.

It sits after DIET and before the keyword safety net and the FallbackClassifier, whose
threshold then applies to the blended confidence.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.featurizers.featurizer import Featurizer
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.pipeline import Pipeline
from sklearn.svm import LinearSVC

logger = logging.getLogger(__name__)

MODEL_FILE = "svm.skops"
# skops loads only the types it is told to trust: the TF-IDF weights are a sparse matrix.
TRUSTED_TYPES = ["scipy.sparse._csr.csr_matrix"]


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class LinearSvmBlend(GraphComponent, IntentClassifier):
    """Blends the intent ranking of the classifier before it with a linear SVM's."""

    @classmethod
    def required_components(cls) -> list[type]:
        """Only featurizers: Rasa checks this for the training graph too, where the SVM learns
        from the features alone; the ranking it blends with comes from DIET at inference."""
        return [Featurizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "C": 0.5,  # SVM regularisation
            "temperature": 0.2,  # softmax over SVM margins: lower is more decisive
            "weight": 0.5,  # the SVM's share against 1.0 for the classifier before it
            "ranking_length": 10,
        }

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: Pipeline | None = None,
    ) -> None:
        self._config = config
        self._model_storage = model_storage
        self._resource = resource
        self._model = model

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LinearSvmBlend:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        featurized, features = _features(examples)
        if not featurized:
            return self._resource
        self._model = Pipeline(
            [
                ("tfidf", TfidfTransformer(sublinear_tf=True)),
                ("svm", LinearSVC(C=self._config["C"])),
            ]
        )
        self._model.fit(features, [e.get(INTENT) for e in featurized])
        self.persist()
        return self._resource

    def persist(self) -> None:
        import skops.io as sio

        with self._model_storage.write_to(self._resource) as model_dir:
            sio.dump(self._model, model_dir / MODEL_FILE)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> LinearSvmBlend:
        import skops.io as sio

        try:
            with model_storage.read_from(resource) as model_dir:
                path = model_dir / MODEL_FILE
                model = sio.load(path, trusted=TRUSTED_TYPES)
        except ValueError:
            logger.debug("no trained SVM in the model; passing the ranking through unchanged")
            model = None
        return cls(config, model_storage, resource, model)

    def process(self, messages: list[Message]) -> list[Message]:
        if self._model is None:
            return messages
        featurized, features = _features(messages)
        if not featurized:
            return messages
        margins = self._model.decision_function(features)
        if margins.ndim == 1:  # two intents: one margin, positive for the second class
            margins = np.column_stack([-margins, margins])
        scaled = margins / self._config["temperature"]
        probabilities = np.exp(scaled - scaled.max(axis=1, keepdims=True))
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        classes = list(self._model.classes_)
        for message, row in zip(featurized, probabilities, strict=True):
            self._blend(message, dict(zip(classes, row, strict=True)))
        return messages

    def _blend(self, message: Message, svm: dict[str, float]) -> None:
        weight = self._config["weight"]
        scores = {name: weight * value for name, value in svm.items()}
        for entry in message.get(INTENT_RANKING_KEY) or []:
            name = entry[INTENT_NAME_KEY]
            scores[name] = scores.get(name, 0.0) + entry[PREDICTED_CONFIDENCE_KEY]
        ranking = [
            {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: float(score / (1.0 + weight))}
            for name, score in sorted(scores.items(), key=lambda item: -item[1])
        ][: self._config["ranking_length"]]
        message.set(INTENT, dict(ranking[0]), add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)


def _features(messages: list[Message]) -> tuple[list[Message], scipy.sparse.csr_matrix]:
    """The messages that have sentence-level sparse features from the pipeline's featurizers,
    and those features, one row per message (built from the coordinates at once: stacking
    thousands of one-row matrices is slow). Each message's features are fetched once."""
    featurized, rows = [], []
    for message in messages:
        sentence = message.get_sparse_features(TEXT)[1]
        if sentence is not None:
            featurized.append(message)
            rows.append(sentence.features.tocoo())
    if not rows:
        return [], scipy.sparse.csr_matrix((0, 0))
    matrix = scipy.sparse.csr_matrix(
        (
            np.concatenate([row.data for row in rows]),
            (
                np.concatenate([np.full(row.nnz, index) for index, row in enumerate(rows)]),
                np.concatenate([row.col for row in rows]),
            ),
        ),
        shape=(len(rows), rows[0].shape[1]),
    )
    return featurized, matrix
