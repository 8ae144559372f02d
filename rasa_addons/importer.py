"""Rasa training-data importer that reads the NLU files once per training.

`rasa train` asks its importer for the NLU data three times, with three different language
arguments ("en", none, and the model's "xx"); Rasa's caches key on the argument, so the ten
files (25,000 examples) were parsed three times, 7–9 s each. The YAML reader does not use the
language, so this importer reads the files on the first request and answers the others from
that. Rasa's wrappers around importers merge what it returns into new objects, so the data read
here is never changed by the training.
"""

from __future__ import annotations

from functools import cached_property

from rasa.shared.importers import utils
from rasa.shared.importers.rasa import RasaFileImporter
from rasa.shared.nlu.training_data.training_data import TrainingData


class NluReadOnce(RasaFileImporter):
    """The default file importer, with the NLU files read once."""

    def get_nlu_data(self, language: str | None = "en") -> TrainingData:
        return self._nlu_data

    @cached_property
    def _nlu_data(self) -> TrainingData:
        return utils.training_data_from_paths(self._nlu_files, language="xx")
