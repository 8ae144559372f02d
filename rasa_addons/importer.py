"""Rasa training-data importer that reads the NLU files once per training and hands Rasa
examples that are cheap to copy.

`rasa train` asks its importer for the NLU data three times, with three different language
arguments ("en", none, and the model's "xx"); Rasa's caches key on the argument, so the ten
files (28,000 examples) were parsed three times, 7–9 s each. The YAML reader does not use the
language, so this importer reads the files on the first request and answers the others from
that. Rasa's wrappers around importers merge what it returns into new objects, so the data read
here is never changed by the training.

Those merges still cost about 20 s of the five-minute training budget: for each language
argument the wrappers deep-copy every example several times and hash each copy anew after
"cleaning" its intent. So the examples given to Rasa are `_Example`s: a copy shares the
example's strings (Python strings cannot change) and keeps its fingerprint, and setting a
property to the value it already has keeps the fingerprint too. The examples are exactly Rasa's
own (tests/test_importer.py).

Rasa fingerprints every training example again after each component that adds to it (tokens,
entities, features), to key its cache: a JSON dump and an md5 for every token, value and feature,
6–8 s over the training data each time. An `_Example` hashes the same content in one md5 pass.
"""

from __future__ import annotations

import copy
import hashlib
from functools import cached_property
from typing import Any

import scipy.sparse
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.shared.importers import utils
from rasa.shared.importers.rasa import RasaFileImporter
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData


class NluReadOnce(RasaFileImporter):
    """The default file importer, with the NLU files read once."""

    def get_nlu_data(self, language: str | None = "en") -> TrainingData:
        return self._nlu_data

    @cached_property
    def _nlu_data(self) -> TrainingData:
        data = utils.training_data_from_paths(self._nlu_files, language="xx")
        examples = [
            _Example(data=m.data, output_properties=m.output_properties, time=m.time)
            for m in data.training_examples
        ]
        return TrainingData(
            examples, data.entity_synonyms, data.regex_features, data.lookup_tables, data.responses
        )


class _Example(Message):
    """A training example whose copies share its strings and keep its fingerprint, and whose
    fingerprint is one md5 over its data and features."""

    def fingerprint(self) -> str:
        if self._cached_fingerprint is None:
            digest = hashlib.md5(usedforsecurity=False)
            _hash_into(digest, [self.data, self.features])
            self._cached_fingerprint = digest.hexdigest()
        return self._cached_fingerprint

    def __deepcopy__(self, memo: dict[int, Any]) -> _Example:
        twin = copy.copy(self)
        twin.data = {
            key: value if isinstance(value, str) else copy.deepcopy(value, memo)
            for key, value in self.data.items()
        }
        twin.features = copy.deepcopy(self.features, memo)
        twin.output_properties = set(self.output_properties)
        return twin

    def set(self, prop: str, info: Any, add_to_output: bool = False) -> None:
        fingerprint = self._cached_fingerprint
        unchanged = isinstance(info, str) and self.data.get(prop) == info
        super().set(prop, info, add_to_output)
        if unchanged:
            self._cached_fingerprint = fingerprint


def _hash_into(digest: Any, value: Any) -> None:
    """Feeds `value` to `digest`, tagged with its kind and length so that different contents
    never feed the same bytes; a dict's keys in sorted order, as in Rasa's fingerprints."""
    if isinstance(value, str):
        encoded = value.encode()
        digest.update(b"s%d:%b" % (len(encoded), encoded))
    elif isinstance(value, dict):
        digest.update(b"d%d:" % len(value))
        for key in sorted(value, key=str):
            _hash_into(digest, key)
            _hash_into(digest, value[key])
    elif isinstance(value, (list, tuple)):
        digest.update(b"l%d:" % len(value))
        for item in value:
            _hash_into(digest, item)
    elif isinstance(value, Token):
        digest.update(b"t%b:" % repr((value.text, value.start, value.end, value.lemma)).encode())
        _hash_into(digest, value.data)
    elif isinstance(value, Features):
        _hash_into(digest, ["features", value.type, value.origin, value.attribute])
        matrix = value.features
        if scipy.sparse.issparse(matrix):
            matrix = matrix.tocsr()
            arrays = [matrix.indptr, matrix.indices, matrix.data]
        else:
            arrays = [matrix]
        digest.update(b"m%b:" % repr((matrix.shape, matrix.dtype.str)).encode())
        for array in arrays:
            digest.update(array.tobytes())
    else:  # numbers, booleans, None
        digest.update(b"r%b:" % repr(value).encode())
