"""Finding services: ask only for what is missing, then answer from the directory."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.base import LotseAction, directory, likely_topics, now
from bot import answers
from bot.answers import ALSO_A_TOPIC, Reply
from bot.directory.gazetteer import resolve_town, towns
from bot.directory.store import Query
from bot.entities import extract_entities
from bot.i18n import t

PAGE = 3
FORM_INTENTS = ("find_childcare", "find_job_support", "find_counselling",
                "find_language_course", "find_community")  # fmt: skip
WORD = re.compile(r"[^\W\d_]{4,}")

Result = tuple[list[Reply], list[dict[str, Any]]]


def required_for(topic: str | None) -> list[str]:
    """Every search but prevention needs the town. A child's age only refines childcare: the
    answer comes at once and asks for the age afterwards."""
    return [] if topic == "prevention" else ["town"]


def age_buttons() -> tuple[tuple[str, str], ...]:
    return tuple((str(age), f'/inform{{"age": "{age}"}}') for age in range(0, 7))


def parse_age(value: Any) -> int | None:
    """An age in years from a slot value: a number, or words/digits in any of our languages."""
    if isinstance(value, (int, float)) and 0 <= value <= 99:
        return int(value)
    if isinstance(value, str):
        if value.strip().isdigit():
            number = int(value.strip())
            return number if number <= 99 else None
        found = [e for e in extract_entities(value) if e["entity"] == "age"]
        if found:
            return int(found[0]["value"])
    return None


class ValidateServiceForm(FormValidationAction):
    def name(self) -> str:
        return "validate_service_form"

    async def required_slots(self, domain_slots: list[str], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> list[str]:  # fmt: skip
        return required_for(tracker.get_slot("topic"))

    def validate_town(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                      domain: DomainDict) -> dict[str, Any]:  # fmt: skip
        town = resolve_town(str(value)) if value else None
        if town is None and isinstance(value, str):
            found = [e for e in extract_entities(value) if e["entity"] == "town"]
            town = found[0]["value"] if found else None
        return {"town": town}

    def validate_age(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                     domain: DomainDict) -> dict[str, Any]:  # fmt: skip
        return {"age": parse_age(value)}


def _answered_badly(tracker: Tracker, slot: str) -> bool:
    """The user was asked for `slot` and the answer could not be used."""
    return tracker.get_slot("requested_slot") == slot and (
        (tracker.latest_message or {}).get("intent", {}).get("name") not in FORM_INTENTS
    )


class ActionAskTown(LotseAction):
    NAME = "action_ask_town"
    ANSWERS_A_READING = True

    def respond(self, lang: str, tracker: Tracker) -> Result:
        key = "ask.town.unknown" if _answered_badly(tracker, "town") else "ask.town"
        buttons = tuple((town.name, f'/inform{{"town": "{town.name}"}}') for town in towns())
        return [Reply(t(key, lang), buttons)], []


class ActionAskAge(LotseAction):
    NAME = "action_ask_age"

    def respond(self, lang: str, tracker: Tracker) -> Result:
        key = "ask.age.invalid" if _answered_badly(tracker, "age") else "ask.age"
        return [Reply(t(key, lang), age_buttons())], []


class ActionFindServices(LotseAction):
    """Searches the directory for the conversation's topic, town and age, three at a time.

    Asking again for the same thing (or tapping "more") shows the next three.
    """

    NAME = "action_find_services"
    ANSWERS_A_READING = True

    def respond(self, lang: str, tracker: Tracker) -> Result:
        topic = tracker.get_slot("topic")
        latest = tracker.latest_message or {}
        if topic is None:
            return answers.menu(lang, "acknowledge"), []
        if latest.get("intent", {}).get("name") == "inform" and not latest.get("entities"):
            # "Other town": ask again, then the form searches.
            return [], [SlotSet("town", None), FollowupAction("service_form")]
        town = tracker.get_slot("town")
        age = parse_age(tracker.get_slot("age"))
        if "town" in required_for(topic) and town is None:
            return [], [FollowupAction("service_form")]
        spoken = tracker.get_slot("spoken_language") if topic == "community" else None
        search = f"{topic}|{town}|{age}|{spoken}"
        offset = (
            int(tracker.get_slot("results_shown") or 0)
            if search == tracker.get_slot("last_search")
            else 0
        )
        hits = self._search(topic, town, age, spoken, offset)
        if topic == "community" and offset == 0 and not spoken:
            named = communities_named(asked_text(tracker, "find_community"), town, lang)
            hits = (named + [h for h in hits if h not in named])[:PAGE]
        if not hits and offset:
            return [Reply(t("results.no_more", lang))], [SlotSet("results_shown", 0)]
        services = [hit.service for hit in hits]
        more = self._has_more(topic, town, age, spoken, offset + PAGE)
        payload = f"/{_intent_of(topic)}" if more else None
        replies = answers.results(topic, town, services, lang, now(), payload)
        if topic == "childcare" and age is None and services:
            replies.append(Reply(t("ask.age", lang), age_buttons()))
        events = [SlotSet("last_search", search), SlotSet("results_shown", offset + len(hits))]
        if services:
            events.append(SlotSet("last_service", services[0].id))
        return replies, events

    def _search(self, topic: str, town: str | None, age: int | None, spoken: str | None,
                offset: int, limit: int = PAGE) -> list[Any]:  # fmt: skip
        hits = directory().search(Query(category=topic, town=town, age=age, language=spoken,
                                        limit=limit, offset=offset))  # fmt: skip
        if not hits and spoken and offset == 0:  # nobody speaks it: show the others
            hits = directory().search(Query(category=topic, town=town, age=age, limit=limit))
        return hits

    def _has_more(self, topic: str, town: str | None, age: int | None, spoken: str | None,
                  offset: int) -> bool:  # fmt: skip
        return bool(self._search(topic, town, age, spoken, offset, limit=1))


def _intent_of(topic: str) -> str:
    return "find_prevention_help" if topic == "prevention" else f"find_{topic}"


def named_service(text: str, town: str | None) -> Any:
    """A service the message names ("Jobcenter", "Wegweiser"): a word of the message must be
    part of the service's or its organisation's name, not merely occur in its description."""
    for word in sorted(WORD.findall(text), key=len, reverse=True):
        for hit in directory().search(Query(text=word, town=town, limit=5)):
            service = hit.service
            names = f"{service.name} {service.organization.name}".casefold()
            if word.casefold() in names:
                return service
    return None


def asked_text(tracker: Tracker, intent: str) -> str:
    """The text of the user's latest message with this intent (the form may have asked since)."""
    for event in reversed(tracker.events):
        if (
            event.get("event") == "user"
            and event.get("parse_data", {}).get("intent", {}).get("name") == intent
        ):
            return str(event.get("text") or "")
    return ""


def communities_named(text: str, town: str | None, lang: str) -> list[Any]:
    """Migrant organisations whose name (in the user's language or German) or community
    contains a word of the message: "Syrian", "سوري", "eritreisch"."""
    found: list[Any] = []
    for word in WORD.findall(text):
        folded = word.casefold()
        for hit in directory().search(Query(category="community", town=town, text=word, limit=5)):
            service = hit.service
            names = [
                service.name,
                service.name_in(lang),
                *(service.mso.communities if service.mso else ()),
            ]
            if any(folded in name.casefold() for name in names) and hit not in found:
                found.append(hit)
    return found


class ActionOpeningHours(LotseAction):
    NAME = "action_opening_hours"
    ANSWERS_A_READING = True

    def respond(self, lang: str, tracker: Tracker) -> Result:
        text = (tracker.latest_message or {}).get("text") or ""
        service = named_service(text, tracker.get_slot("town"))
        if service is None and tracker.get_slot("last_service"):
            service = directory().get(tracker.get_slot("last_service"))
        if service is None:
            return [Reply(t("hours.which", lang), answers.menu_buttons(lang))], []
        return answers.opening_hours(service, lang, now()), [SlotSet("last_service", service.id)]


class ActionEvents(LotseAction):
    NAME = "action_events"
    ANSWERS_A_READING = True

    def respond(self, lang: str, tracker: Tracker) -> Result:
        upcoming = directory().upcoming_events(now(), town=tracker.get_slot("town"), limit=4)
        return answers.events(upcoming, lang), []


def integration_centre() -> Any:
    hits = directory().search(Query(text="Kommunales Integrationszentrum", limit=1))
    return hits[0].service if hits else None


class ActionRequestHuman(LotseAction):
    """Until the live handoff exists, the person is the integration centre's general contact."""

    NAME = "action_request_human"

    def respond(self, lang: str, tracker: Tracker) -> Result:
        return answers.human_contact(integration_centre(), lang, now()), []


class ActionEmergency(LotseAction):
    NAME = "action_emergency"

    def respond(self, lang: str, tracker: Tracker) -> Result:
        already = bool(((tracker.latest_message or {}).get("metadata") or {}).get("safety_net"))
        topics = [topic for topic in likely_topics(tracker, ALSO_A_TOPIC) if topic != "human"]
        return answers.emergency(lang, numbers_already_sent=already, topics=topics[:2]), []
