"""Rasa NLU component that adds the gazetteer's `town`, `age` and `language` entities.

The extraction itself is `bot.entities.extract_entities` (plain Python, tested without Rasa);
this adapter only feeds it each message, with the conversation language the gateway puts
into the message metadata, and appends the results the way Rasa's own extractors do.
It is not trainable: in training it is not part of the graph, so the annotated training
examples never receive these entities; at prediction it runs on every message.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import ENTITY_ATTRIBUTE_CONFIDENCE_TYPE
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, METADATA, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot import entities

logger = logging.getLogger(__name__)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class GazetteerEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Finds towns of Kreis Gütersloh, ages and language names in all ten languages."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> GazetteerEntityExtractor:
        """Create the component and build the matchers, so the first message is fast."""
        entities.preload()
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        """Append the extracted entities to each message's `entities`."""
        for message in messages:
            text = message.get(TEXT)
            if not text:
                continue
            found = entities.extract_entities(text, _message_language(message))
            for entity in found:
                entity[ENTITY_ATTRIBUTE_CONFIDENCE_TYPE] = 1.0
            message.set(
                ENTITIES,
                message.get(ENTITIES, []) + self.add_extractor_name(found),
                add_to_output=True,
            )
        return messages


def _message_language(message: Message) -> str | None:
    """The conversation language the gateway sent as metadata, if it is a bot language."""
    metadata = message.get(METADATA) or {}
    lang = metadata.get("language") if isinstance(metadata, dict) else None
    return lang if lang in entities.BOT_LANGUAGES else None
