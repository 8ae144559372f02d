"""Small talk that leads somewhere: menu, goodbye, thanks, honesty about being a bot, fallback."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions.base import LotseAction, intent_confidence, likely_topics, now
from actions.services import integration_centre
from bot import answers
from bot.answers import Reply, human_button, menu, menu_buttons
from bot.i18n import t

Result = tuple[list[Reply], list[dict[str, Any]]]


class ActionGreet(LotseAction):
    NAME = "action_greet"

    def respond(self, lang: str, tracker: Tracker) -> Result:
        return menu(lang), []


class ActionGoodbye(LotseAction):
    NAME = "action_goodbye"
    ANSWERS_A_READING = True

    def respond(self, lang: str, tracker: Tracker) -> Result:
        return [Reply(t("goodbye", lang))], []


class ActionThank(LotseAction):
    NAME = "action_thank"
    ANSWERS_A_READING = True

    def respond(self, lang: str, tracker: Tracker) -> Result:
        return [Reply(t("thank", lang), menu_buttons(lang))], []


class ActionAcknowledge(LotseAction):
    NAME = "action_acknowledge"

    def respond(self, lang: str, tracker: Tracker) -> Result:
        return [Reply(t("acknowledge", lang), menu_buttons(lang))], []


class ActionBotChallenge(LotseAction):
    NAME = "action_bot_challenge"

    def respond(self, lang: str, tracker: Tracker) -> Result:
        return [Reply(t("bot_challenge", lang), (human_button(lang),))], []


class ActionOutOfScope(LotseAction):
    NAME = "action_out_of_scope"

    def respond(self, lang: str, tracker: Tracker) -> Result:
        replies = [Reply(t("out_of_scope", lang), menu_buttons(lang))]
        return answers.not_understood(lang, replies, intent_confidence(tracker, "emergency")), []


def missed_before(tracker: Tracker) -> bool:
    """Whether the bot's previous turn was also a fallback (two misses in a row)."""
    seen_user = 0
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            seen_user += 1
            if seen_user > 1:
                return False
        elif event.get("event") == "action" and seen_user == 1:
            if event.get("name") == "action_fallback":
                return True
            if event.get("name") not in ("action_listen", None):
                return False
    return False


class ActionFallback(LotseAction):
    """Below the confidence threshold: the two likeliest topics as buttons; then a person."""

    NAME = "action_fallback"

    def respond(self, lang: str, tracker: Tracker) -> Result:
        emergency = intent_confidence(tracker, "emergency")
        if missed_before(tracker):
            contact = answers.human_contact(integration_centre(), lang, now())
            replies = [Reply(t("fallback.person", lang), (human_button(lang),)), *contact]
            return answers.not_understood(lang, replies, emergency), []
        buttons = answers.topic_buttons(likely_topics(tracker)[:2], lang)
        replies = [Reply(t("fallback.ask", lang), buttons + (human_button(lang),))]
        return answers.not_understood(lang, replies, emergency), []
