"""Rasa NLU component: the intent classifier, a linear SVM over n-grams and sentence embeddings.

Two kinds of features, one linear model: TF-IDF-weighted word and character n-gram counts from
the pipeline's CountVectorsFeaturizers hold on to rare but telling spellings (a misspelt
institution word, a dialect form), and the multilingual sentence embedding
(rasa_addons/sentence_embeddings.py) carries meaning across paraphrases and languages. On
development data drawn from the training set, this SVM classified better than DIET on the
n-grams (mean accuracy .958 against .899), and as well as DIET and the SVM averaged; it trains in
about twenty seconds (reports/nlu-options.md).

Confidences are a softmax over the SVM's margins; the FallbackClassifier after it asks back
when they are low or close.
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
from sklearn.svm import LinearSVC

logger = logging.getLogger(__name__)

MODEL_FILE = "svm.skops"
# skops loads only the types it is told to trust: the TF-IDF weights are a sparse matrix.
TRUSTED_TYPES = ["scipy.sparse._csr.csr_matrix"]


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class LinearSvmIntentClassifier(GraphComponent, IntentClassifier):
    """Predicts the intent and its ranking from sparse n-gram and dense sentence features."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [Featurizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "C": 0.5,  # SVM regularisation
            "dense_weight": 2.0,  # scale of the sentence embedding against the TF-IDF rows
            "temperature": 0.33,  # softmax over SVM margins: lower is more decisive
            "ranking_length": 10,
        }

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: dict[str, Any] | None = None,
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
    ) -> LinearSvmIntentClassifier:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        featurized, counts, dense = _features(examples)
        if not featurized:
            return self._resource
        tfidf = TfidfTransformer(sublinear_tf=True)
        svm = LinearSVC(C=self._config["C"])
        intents = [e.get(INTENT) for e in featurized]
        svm.fit(self._stack(tfidf.fit_transform(counts), dense), intents)
        self._model = {"tfidf": tfidf, "svm": svm}
        self.persist()
        return self._resource

    def _stack(self, weighted: scipy.sparse.csr_matrix, dense: np.ndarray | None) -> Any:
        if dense is None:
            return weighted
        return scipy.sparse.hstack(
            [weighted, scipy.sparse.csr_matrix(dense * self._config["dense_weight"])], format="csr"
        )

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
    ) -> LinearSvmIntentClassifier:
        import skops.io as sio

        try:
            with model_storage.read_from(resource) as model_dir:
                model = sio.load(model_dir / MODEL_FILE, trusted=TRUSTED_TYPES)
        except ValueError:
            logger.debug("no trained SVM in the model; messages keep no intent")
            model = None
        return cls(config, model_storage, resource, model)

    def process(self, messages: list[Message]) -> list[Message]:
        if self._model is None:
            return messages
        featurized, counts, dense = _features(messages)
        if not featurized:
            return messages
        features = self._stack(self._model["tfidf"].transform(counts), dense)
        margins = self._model["svm"].decision_function(features)
        if margins.ndim == 1:  # two intents: one margin, positive for the second class
            margins = np.column_stack([-margins, margins])
        scaled = margins / self._config["temperature"]
        probabilities = np.exp(scaled - scaled.max(axis=1, keepdims=True))
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        classes = self._model["svm"].classes_
        for message, row in zip(featurized, probabilities, strict=True):
            order = np.argsort(-row)[: self._config["ranking_length"]]
            ranking = [
                {INTENT_NAME_KEY: str(classes[k]), PREDICTED_CONFIDENCE_KEY: float(row[k])}
                for k in order
            ]
            message.set(INTENT, dict(ranking[0]), add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages


def _features(
    messages: list[Message],
) -> tuple[list[Message], scipy.sparse.csr_matrix, np.ndarray | None]:
    """The messages that have sentence-level sparse features from the pipeline's featurizers,
    those features one row per message (built from the coordinates at once: stacking thousands
    of one-row matrices is slow), and their dense sentence features if every one of them has
    some. Each message's features are fetched once."""
    featurized, rows, vectors = [], [], []  # vectors: the dense ones found
    for message in messages:
        sentence = message.get_sparse_features(TEXT)[1]
        if sentence is not None:
            featurized.append(message)
            rows.append(sentence.features.tocoo())
            dense = message.get_dense_features(TEXT)[1]
            if dense is not None:
                vectors.append(dense.features[0])
    if not rows:
        return [], scipy.sparse.csr_matrix((0, 0)), None
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
    return featurized, matrix, np.vstack(vectors) if len(vectors) == len(rows) else None
