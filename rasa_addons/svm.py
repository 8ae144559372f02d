"""Rasa NLU component: the intent classifier, a linear SVM over n-grams and sentence features.

Three kinds of features, one linear model: TF-IDF-weighted word and character n-gram counts hold
on to rare but telling spellings (a misspelt institution word, a dialect form), the multilingual
sentence embedding (rasa_addons/sentence_embeddings.py) carries meaning across paraphrases and
languages, and the encoder's latent terms, max-pooled over the tokens, keep a telling word's
strongest latents as they are instead of averaging them with the rest of the message. On
development data drawn from the training set, this SVM classified better than DIET on the
n-grams (mean accuracy .958 against .899), and as well as DIET and the SVM averaged
(reports/nlu-options.md).

The n-gram counts are computed here, from the tokenizer's tokens, rather than by Rasa's
CountVectorsFeaturizer: that one also builds a feature row for every token, which this
classifier never reads, and Rasa fingerprints the whole training data with those rows after
each featurizer; on 23,700 examples the two cost about 35 s of the five-minute training budget.
Words and characters are counted within word boundaries on the folded spelling
(`bot.text.fold`), the one the safety net matches on.

Confidences are a softmax over the SVM's margins; the FallbackClassifier after it asks back
when they are low or close. The model is saved as plain arrays (the TF-IDF and SVM weights, numpy
without pickle) and n-gram vocabularies (JSON), and the classifier computes its margins from them
itself: loading it needs no serialisation library (skops took 5 s to import at every start).
"""

from __future__ import annotations

import json
import logging
import os
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
from sklearn.preprocessing import normalize
from sklearn.svm import LinearSVC

from bot.text import fold

logger = logging.getLogger(__name__)

MODEL_FILE = "svm.npz"
VOCABULARIES_FILE = "ngrams.json"
# How words and characters are counted: on the folded spelling (bot/text.py: lowercased,
# accents and Arabic vowel marks dropped, Farsi typed on an Arabic keyboard and with or without
# the zero-width non-joiner alike), every word of one letter or more.
COUNTING: dict[str, Any] = {"preprocessor": fold, "token_pattern": r"(?u)\b\w+\b"}
NUMBER = re.compile(r"\b\d+\b")  # any script's digits
# SVMs fitted at once: each holds its own copy of the features in liblinear's format
FIT_THREADS = min(os.cpu_count() or 1, 4)


@dataclass(frozen=True)
class _Model:
    """What the classifier learnt: n-gram vocabularies, their TF-IDF weights, and the SVM's
    weights (one row per intent; one row in all when there are only two intents)."""

    vectorizers: list[CountVectorizer]
    idf: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray
    classes: np.ndarray

    def margins(self, words: list[str], sentence: _Sentence, config: dict[str, Any]) -> Any:
        features = _features(
            _weighted(_counts(self.vectorizers, words), self.idf), sentence, config
        )
        margins = np.asarray(features @ self.coef.T) + self.intercept
        if margins.shape[1] == 1:  # two intents: one margin, positive for the second
            margins = np.column_stack([-margins[:, 0], margins[:, 0]])
        return margins


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class LinearSvmIntentClassifier(GraphComponent, IntentClassifier):
    """Predicts the intent and its ranking from sparse n-gram and dense sentence features."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [Tokenizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "word_features": 15000,  # the most frequent words kept
            "char_ngrams": [2, 4],  # character n-gram lengths, within word boundaries
            "char_features": 20000,  # the most frequent character n-grams kept
            "C": 0.5,  # SVM regularisation
            "dense_weight": 2.0,  # scale of the sentence embedding against the TF-IDF rows
            "terms_weight": 1.0,  # scale of the latent terms against the TF-IDF rows
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
        examples, words = _with_words([e for e in training_data.intent_examples if e.get(INTENT)])
        if not examples:
            return self._resource
        vectorizers = _vectorizers(self._config)
        counts = scipy.sparse.hstack([v.fit_transform(words) for v in vectorizers], format="csr")
        idf = TfidfTransformer(sublinear_tf=True).fit(counts).idf_
        features = _features(_weighted(counts, idf), _sentence(examples), self._config)
        coef, intercept, classes = _one_vs_rest(
            features, np.array([e.get(INTENT) for e in examples]), self._config["C"]
        )
        self._model = _Model(vectorizers, idf, coef, intercept, classes)
        self.persist()
        return self._resource

    def persist(self) -> None:
        """The weights as numpy arrays (no pickle), the n-gram vocabularies as JSON lists."""
        assert self._model is not None
        vocabularies = [
            sorted(v.vocabulary_, key=v.vocabulary_.get) for v in self._model.vectorizers
        ]
        with self._model_storage.write_to(self._resource) as model_dir:
            np.savez(
                model_dir / MODEL_FILE,
                idf=self._model.idf,
                coef=self._model.coef,
                intercept=self._model.intercept,
                classes=self._model.classes.astype(str),
            )
            (model_dir / VOCABULARIES_FILE).write_text(json.dumps(vocabularies, ensure_ascii=False))

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> LinearSvmIntentClassifier:
        try:
            with model_storage.read_from(resource) as model_dir:
                with np.load(model_dir / MODEL_FILE, allow_pickle=False) as weights:
                    arrays = {name: weights[name] for name in weights.files}
                vocabularies = json.loads((model_dir / VOCABULARIES_FILE).read_text())
            model: _Model | None = _Model(_vectorizers(config, vocabularies), **arrays)
        except ValueError:
            logger.debug("no trained SVM in the model; messages keep no intent")
            model = None
        return cls(config, model_storage, resource, model)

    def process(self, messages: list[Message]) -> list[Message]:
        if self._model is None:
            return messages
        featurized, words = _with_words(messages)
        if not featurized:
            return messages
        margins = self._model.margins(words, _sentence(featurized), self._config)
        scaled = margins / self._config["temperature"]
        probabilities = np.exp(scaled - scaled.max(axis=1, keepdims=True))
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        classes = self._model.classes
        for message, row in zip(featurized, probabilities, strict=True):
            order = np.argsort(-row)[: self._config["ranking_length"]]
            ranking = [
                {INTENT_NAME_KEY: str(classes[k]), PREDICTED_CONFIDENCE_KEY: float(row[k])}
                for k in order
            ]
            message.set(INTENT, dict(ranking[0]), add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages


def _vectorizers(
    config: dict[str, Any], vocabularies: list[list[str]] | None = None
) -> list[CountVectorizer]:
    """Word and character n-gram counters; to be fitted, or with the vocabularies they learnt."""
    word, char = vocabularies or (None, None)
    low, high = config["char_ngrams"]
    return [
        CountVectorizer(**COUNTING, max_features=config["word_features"], vocabulary=word),
        CountVectorizer(
            **COUNTING, analyzer="char_wb", ngram_range=(low, high),
            max_features=config["char_features"], vocabulary=char,
        ),
    ]  # fmt: skip


def _counts(vectorizers: list[CountVectorizer], words: list[str]) -> scipy.sparse.csr_matrix:
    """The messages' word and character n-gram counts, side by side."""
    return scipy.sparse.hstack([v.transform(words) for v in vectorizers], format="csr")


def _weighted(counts: scipy.sparse.csr_matrix, idf: np.ndarray) -> scipy.sparse.csr_matrix:
    """TF-IDF rows of the n-gram counts: sublinear counts (1 + log) times the n-grams' weights,
    scaled to unit length (as sklearn's TfidfTransformer with sublinear_tf)."""
    sublinear = counts.astype(np.float64)
    sublinear.data = np.log(sublinear.data) + 1.0
    return normalize(sublinear.multiply(idf).tocsr())


def _features(
    weighted: scipy.sparse.csr_matrix, sentence: _Sentence, config: dict[str, Any]
) -> scipy.sparse.csr_matrix:
    """The SVM's input: TF-IDF rows beside the scaled sentence embedding and latent terms, when
    the messages have them."""
    parts = [weighted]
    if sentence.dense is not None:
        parts.append(scipy.sparse.csr_matrix(sentence.dense * config["dense_weight"]))
    if sentence.terms is not None:
        parts.append(sentence.terms * config["terms_weight"])
    return scipy.sparse.hstack(parts, format="csr")


def _one_vs_rest(
    features: scipy.sparse.csr_matrix, intents: np.ndarray, C: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The SVM's weights, intercepts and intents: one linear SVM per intent against the rest,
    as LinearSVC fits them, but several at once (liblinear releases the GIL while it trains). On
    two cores this takes about half the time of LinearSVC's one-by-one fit; the weights agree to
    about 1e-5."""
    classes = np.unique(intents)
    if len(classes) <= 2:
        svm = LinearSVC(C=C).fit(features, intents)
        return svm.coef_, svm.intercept_, svm.classes_
    with ThreadPoolExecutor(FIT_THREADS) as pool:
        fitted = list(pool.map(lambda c: LinearSVC(C=C).fit(features, intents == c), classes))
    return (
        np.vstack([svm.coef_ for svm in fitted]),
        np.concatenate([svm.intercept_ for svm in fitted]),
        classes,
    )


def _with_words(messages: list[Message]) -> tuple[list[Message], list[str]]:
    """The messages that have words, and those words."""
    pairs = [(message, words) for message in messages if (words := _words(message))]
    return [message for message, _ in pairs], [words for _, words in pairs]


def _words(message: Message) -> str:
    """The message's tokens joined by spaces ("" without any), each number one word: what
    matters is that there is an age or a count, not which."""
    tokens = message.get(TOKENS_NAMES[TEXT]) or []
    return " ".join(NUMBER.sub("__NUMBER__", token.text) for token in tokens)


@dataclass(frozen=True)
class _Sentence:
    """The messages' sentence features: embeddings (dense) and latent terms (sparse), each
    only if every message has them."""

    dense: np.ndarray | None
    terms: scipy.sparse.csr_matrix | None


def _sentence(messages: list[Message]) -> _Sentence:
    vectors = [message.get_dense_features(TEXT)[1] for message in messages]
    terms = [message.get_sparse_features(TEXT)[1] for message in messages]
    return _Sentence(
        None if None in vectors else np.vstack([v.features[0] for v in vectors]),
        None if None in terms else scipy.sparse.vstack([t.features for t in terms], format="csr"),
    )
