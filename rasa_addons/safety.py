"""Rasa NLU component that makes the keyword safety net decide the intent of acute emergencies.

The intent classifier misclassifies some crisis messages (short, misspelt, unusual wording) as
ordinary topics. `bot.safety.is_emergency` is deterministic and favours recall, so when it
matches, this component sets the intent to `emergency` with confidence 1.0 and ranks it first;
the dialogue then runs `action_emergency` whatever the statistical classifier thought. It sits
after the classifier and before FallbackClassifier: a keyword hit is treated as certain, so the
fallback (low confidence or two close intents) cannot ask back instead. The classifier's other
readings stay in the ranking, so that the emergency answer can offer them as topics when an
alarming word sat in a calm question ("can I volunteer at the Frauenhaus?").
"""

from __future__ import annotations

import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot import safety

logger = logging.getLogger(__name__)

EMERGENCY_INTENT = "emergency"
# The other readings never come within FallbackClassifier's ambiguity threshold (0.05 in
# config.yml) of the emergency's 1.0.
OTHER_READINGS_AT_MOST = 0.9


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class EmergencyKeywordClassifier(GraphComponent, IntentClassifier):
    """Overrides the classified intent with `emergency` when the safety keywords match."""

    @classmethod
    def required_components(cls) -> list[type]:
        """It corrects another classifier's result, so one must run before it."""
        return [IntentClassifier]

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> EmergencyKeywordClassifier:
        """Create the component; it has no state, the keyword lists live in `bot.safety`."""
        return cls()

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> EmergencyKeywordClassifier:
        """Load the component for parsing, compiling the keyword patterns now (30–45 s) rather
        than on the first message."""
        safety.is_emergency("")
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        """Set `emergency` (confidence 1.0, ranked first) on messages naming acute danger."""
        for message in messages:
            text = message.get(TEXT)
            if text and safety.is_emergency(text):
                logger.debug("safety keywords matched, intent set to %s", EMERGENCY_INTENT)
                _mark_emergency(message)
        return messages


def _mark_emergency(message: Message) -> None:
    """Put `emergency` first with confidence 1.0 and keep the other intents after it, in their
    order and with the classifier's confidence, at most `OTHER_READINGS_AT_MOST`."""
    others = [
        {
            **entry,
            PREDICTED_CONFIDENCE_KEY: min(entry[PREDICTED_CONFIDENCE_KEY], OTHER_READINGS_AT_MOST),
        }
        for entry in message.get(INTENT_RANKING_KEY) or []
        if entry.get(INTENT_NAME_KEY) != EMERGENCY_INTENT
    ]
    top = {INTENT_NAME_KEY: EMERGENCY_INTENT, PREDICTED_CONFIDENCE_KEY: 1.0}
    message.set(INTENT, top, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [dict(top), *others], add_to_output=True)
