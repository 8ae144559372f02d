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
property to the value it already has keeps the fingerprint too. The examples and their
fingerprints are exactly Rasa's own (tests/test_importer.py).
"""

from __future__ import annotations

import copy
from functools import cached_property
from typing import Any

from rasa.shared.importers import utils
from rasa.shared.importers.rasa import RasaFileImporter
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
    """A training example whose copies share its strings and keep its fingerprint."""

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
