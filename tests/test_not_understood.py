"""A message the bot did not understand still leads to the emergency numbers: in full when the
classifier found `emergency` likely, otherwise as one line after the reply (a crisis the
classifier read as out of scope must not end in "Sorry, I can't help with that"). A goodbye or
thanks with `emergency` likely, as a quiet farewell in crisis reads, is followed by the numbers.
An ordinary question the classifier took for an emergency leads on to its topic."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import ActionFallback, ActionGoodbye, ActionOutOfScope, ActionThank
from actions.services import ActionAskTown, ActionEmergency, ActionFindServices
from bot.i18n import LANGUAGES, t
from bot.safety import EMERGENCY_NUMBERS


def messages(action: Any, lang: str, ranking: list[dict[str, Any]],
             slots: dict[str, Any] | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """The messages the action sends for a latest message with this intent ranking."""
    latest = {
        "text": "…",
        "intent": ranking[0],
        "intent_ranking": ranking,
        "metadata": {"language": lang},
    }
    events = [{"event": "action", "name": "action_listen"}, {"event": "user", "text": "…"}]
    tracker = Tracker("not-understood", slots or {}, latest, events, False, None, None,
                      "action_listen")  # fmt: skip
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, tracker, {}))
    return dispatcher.messages


def run(action: Any, lang: str, ranking: list[dict[str, Any]],
        slots: dict[str, Any] | None = None) -> list[str]:  # fmt: skip
    """The texts the action sends for a latest message with this intent ranking."""
    return [m["text"] for m in messages(action, lang, ranking, slots) if m.get("text")]


UNLIKELY = [
    {"name": "out_of_scope", "confidence": 0.9},
    {"name": "emergency", "confidence": 0.05},
    {"name": "help", "confidence": 0.05},
]
LIKELY = [
    {"name": "out_of_scope", "confidence": 0.55},
    {"name": "emergency", "confidence": 0.35},
    {"name": "help", "confidence": 0.1},
]
UNSURE_LIKELY = [
    {"name": "nlu_fallback", "confidence": 0.45},
    {"name": "find_counselling", "confidence": 0.3},
    {"name": "emergency", "confidence": 0.25},
]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_out_of_scope_ends_with_the_emergency_line(lang: str) -> None:
    texts = run(ActionOutOfScope(), lang, UNLIKELY)
    assert texts[0] == t("out_of_scope", lang)
    assert texts[-1] == t("emergency.hint", lang, **EMERGENCY_NUMBERS)
    assert EMERGENCY_NUMBERS["police"] in texts[-1] and EMERGENCY_NUMBERS["ambulance"] in texts[-1]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_likely_emergency_read_as_out_of_scope_gets_the_numbers_first(lang: str) -> None:
    texts = run(ActionOutOfScope(), lang, LIKELY)
    assert all(number in texts[0] for number in EMERGENCY_NUMBERS.values())
    assert t("emergency.person", lang) in texts
    assert t("out_of_scope", lang) in texts
    assert t("emergency.hint", lang, **EMERGENCY_NUMBERS) not in texts


def test_unsure_reply_asks_back_and_names_the_numbers() -> None:
    texts = run(ActionFallback(), "fa", UNLIKELY)
    assert texts == [t("fallback.ask", "fa"), t("emergency.hint", "fa", **EMERGENCY_NUMBERS)]


def test_unsure_with_emergency_likely_gives_the_numbers_before_asking_back() -> None:
    texts = run(ActionFallback(), "ar", UNSURE_LIKELY)
    assert all(number in texts[0] for number in EMERGENCY_NUMBERS.values())
    assert texts[-1] == t("fallback.ask", "ar")


QUIET_FAREWELL = [
    {"name": "thank", "confidence": 0.6},
    {"name": "emergency", "confidence": 0.34},
    {"name": "goodbye", "confidence": 0.06},
]
PLAIN_GOODBYE = [
    {"name": "goodbye", "confidence": 0.9},
    {"name": "emergency", "confidence": 0.04},
    {"name": "thank", "confidence": 0.06},
]


def test_a_plain_goodbye_gets_no_numbers_but_a_likely_crisis_does() -> None:
    assert run(ActionGoodbye(), "tr", PLAIN_GOODBYE) == [t("goodbye", "tr")]
    farewell = [{**PLAIN_GOODBYE[0], "confidence": 0.7}, {**PLAIN_GOODBYE[1], "confidence": 0.25}]
    texts = run(ActionGoodbye(), "tr", farewell)
    assert texts[0] == t("goodbye", "tr") and texts[-1] == t("emergency.person", "tr")


# "who can pick up my son from the Kita when I'm gone for good?", read as childcare
CRISIS_AS_A_QUESTION = [
    {"name": "find_childcare", "confidence": 0.62},
    {"name": "emergency", "confidence": 0.3},
    {"name": "find_counselling", "confidence": 0.08},
]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    ("action", "ranking", "answer"),
    [
        (ActionThank, QUIET_FAREWELL, "thank"),
        (ActionAskTown, CRISIS_AS_A_QUESTION, "ask.town"),
    ],
    ids=["thanks", "topic"],
)
def test_an_answer_that_may_hide_a_crisis_is_followed_by_the_numbers(
    lang: str, action: type, ranking: list[dict], answer: str
) -> None:
    texts = run(action(), lang, ranking)
    assert texts[0] == t(answer, lang)
    assert all(number in texts[1] for number in EMERGENCY_NUMBERS.values())
    assert texts[-1] == t("emergency.person", lang)


def test_a_plain_topic_gets_no_numbers_nor_does_a_turn_that_hands_over_to_another_action() -> None:
    childcare, emergency = CRISIS_AS_A_QUESTION[:2]
    plain = [{**childcare, "confidence": 0.9}, {**emergency, "confidence": 0.1}]
    assert run(ActionAskTown(), "pl", plain) == [t("ask.town", "pl")]
    # the town is still missing: the form asks, and the question carries the numbers
    slots = {"topic": "childcare", "town": None}
    assert run(ActionFindServices(), "pl", CRISIS_AS_A_QUESTION, slots) == []

def payloads(sent: list[dict[str, Any]]) -> list[str]:
    return [button["payload"] for m in sent for button in m.get("buttons") or []]


# "mein Baby hat Schnupfen, brauche Kinderarzt-Termin", read as an emergency
TAKEN_FOR_AN_EMERGENCY = [
    {"name": "emergency", "confidence": 0.6},
    {"name": "find_childcare", "confidence": 0.19},
    {"name": "request_human", "confidence": 0.12},
    {"name": "find_counselling", "confidence": 0.11},
    {"name": "find_community", "confidence": 0.08},
]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_ordinary_question_taken_for_an_emergency_leads_on_to_its_topics(lang: str) -> None:
    sent = messages(ActionEmergency(), lang, TAKEN_FOR_AN_EMERGENCY)
    texts = [m["text"] for m in sent]
    assert all(number in texts[0] for number in EMERGENCY_NUMBERS.values())
    assert texts[1:] == [t("emergency.person", lang), t("emergency.other_topic", lang)]
    # the two likeliest topics at 0.1 or more; the person is offered once, beside the numbers
    assert payloads(sent) == ["/request_human", "/find_childcare", "/find_counselling"]
    assert [b["title"] for b in sent[-1]["buttons"]] == [t("menu.childcare", lang),
                                                         t("menu.counselling", lang)]  # fmt: skip


def test_an_emergency_with_no_likely_topic_or_caught_by_the_net_offers_only_the_person() -> None:
    childcare = TAKEN_FOR_AN_EMERGENCY[1]
    crisis = [{"name": "emergency", "confidence": 0.9}, {**childcare, "confidence": 0.06}]
    caught = [{"name": "emergency", "confidence": 1.0}, {**childcare, "confidence": 0.0}]
    for ranking in (crisis, caught):
        sent = messages(ActionEmergency(), "uk", ranking)
        assert [m["text"] for m in sent][-1] == t("emergency.person", "uk")
        assert payloads(sent) == ["/request_human"]


def test_unsure_reply_offers_the_two_likeliest_topics_and_a_person() -> None:
    unsure = [{**UNSURE_LIKELY[2], "confidence": 0.05}, *TAKEN_FOR_AN_EMERGENCY[1:2]]
    sent = messages(ActionFallback(), "de", UNSURE_LIKELY[:2] + unsure)
    assert payloads(sent) == ["/find_counselling", "/find_childcare", "/request_human"]
