"""Shared behaviour of Lotse's actions: language, clock, directory, sending replies.

How to use: subclass `LotseAction`, set `NAME`, and implement `respond(lang, tracker)` returning
(replies, events). The base sends the replies in the conversation's language (passed by the
gateway as message metadata) and adds nothing else.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot import answers
from bot.answers import Reply
from bot.directory.store import Directory, database_url_from_env, open_directory
from bot.i18n import supported

TIMEZONE = ZoneInfo("Europe/Berlin")
INTENT_TOPICS = {
    "find_childcare": "childcare", "find_job_support": "job_support",
    "find_counselling": "counselling", "find_language_course": "language_course",
    "find_prevention_help": "prevention", "find_community": "community",
    "ask_events": "events", "request_human": "human",
}  # fmt: skip


@cache
def directory() -> Directory:
    """The service directory, opened on first use (not at import: the SDK imports us at start)."""
    return open_directory(database_url_from_env())


def now() -> datetime:
    return datetime.now(TIMEZONE)


def language_of(tracker: Tracker) -> str:
    metadata = (tracker.latest_message or {}).get("metadata") or {}
    return supported(metadata.get("language"))


def intent_ranking(tracker: Tracker) -> list[dict[str, Any]]:
    """The classifier's intents for the latest message, likeliest first."""
    return (tracker.latest_message or {}).get("intent_ranking") or []


def intent_confidence(tracker: Tracker, intent: str) -> float:
    """How likely the classifier found `intent` for the latest message (0 when not ranked)."""
    ranking = intent_ranking(tracker)
    confidences = [r.get("confidence") or 0.0 for r in ranking if r.get("name") == intent]
    return max(confidences, default=0.0)


def likely_topics(tracker: Tracker, minimum: float = 0.0) -> list[str]:
    """The menu topics among the classifier's intents for the latest message, likeliest first,
    found at least `minimum` likely."""
    return [
        INTENT_TOPICS[r["name"]]
        for r in intent_ranking(tracker)
        if r.get("name") in INTENT_TOPICS and (r.get("confidence") or 0.0) >= minimum
    ]


def metadata_of(tracker: Tracker) -> dict[str, Any]:
    return (tracker.latest_message or {}).get("metadata") or {}


def send(dispatcher: CollectingDispatcher, replies: list[Reply]) -> None:
    for reply in replies:
        if reply.custom:  # first: a language change must apply to the text that follows
            dispatcher.utter_message(json_message=reply.custom)
        if reply.text:
            buttons = [{"title": title, "payload": payload} for title, payload in reply.buttons]
            dispatcher.utter_message(text=reply.text, buttons=buttons)


class LotseAction(Action):
    NAME = ""
    # Whether the action answers the message as a topic, a goodbye or thanks: then the emergency
    # answer follows its replies when the classifier still found `emergency` likely.
    ANSWERS_A_READING = False

    def name(self) -> str:
        return self.NAME

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:  # fmt: skip
        lang = language_of(tracker)
        replies, events = self.respond(lang, tracker)
        if self.ANSWERS_A_READING and replies:  # no replies: another action answers (follow-up)
            replies = answers.understood(lang, replies, intent_confidence(tracker, "emergency"))
        send(dispatcher, replies)
        return events

    def respond(self, lang: str, tracker: Tracker) -> tuple[list[Reply], list[dict[str, Any]]]:
        raise NotImplementedError
