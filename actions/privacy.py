"""Language changes and data deletion: the actions answer, the gateway carries them out."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions.base import LotseAction
from bot.answers import Reply
from bot.i18n import LANGUAGES, NATIVE_NAMES, t

Result = tuple[list[Reply], list[dict[str, Any]]]


class ActionChangeLanguage(LotseAction):
    NAME = "action_change_language"

    def respond(self, lang: str, tracker: Tracker) -> Result:
        wanted = next(tracker.get_latest_entity_values("language"), None)
        if wanted in LANGUAGES:
            reply = Reply(t("language.changed", wanted), custom={"set_language": wanted})
            return [reply], []
        buttons = tuple((NATIVE_NAMES[code], f"/lang {code}") for code in LANGUAGES)
        return [Reply(t("language.ask", lang), buttons)], []


class ActionDeleteMyData(LotseAction):
    """The gateway deletes the conversation from every store it keeps, then confirms."""

    NAME = "action_delete_my_data"

    def respond(self, lang: str, tracker: Tracker) -> Result:
        return [Reply("", custom={"delete_conversation": True})], []
