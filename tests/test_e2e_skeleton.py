"""End to end through the real stack: trained model, Rasa, action server, gateway, directory."""

from __future__ import annotations

import pytest

from bot.directory.store import Query, open_directory
from tests.stack import Stack

pytestmark = pytest.mark.e2e


def childcare_in_verl(stack: Stack) -> dict[str, tuple[str, str]]:
    """Names (de, en) of the directory's childcare services located in Verl, by id."""
    with open_directory(stack.env["DATABASE_URL"]) as directory:
        hits = directory.search(Query(category="childcare", town="Verl", limit=50))
    return {h.service.id: (h.service.name_in("de"), h.service.name_in("en"))
            for h in hits if h.service.location and h.service.location.town == "Verl"}  # fmt: skip


def named(texts: list[str], names: dict[str, tuple[str, str]], index: int) -> set[str]:
    joined = "\n".join(texts)
    return {sid for sid, pair in names.items() if pair[index] in joined}


def test_health_is_ok_when_everything_runs(stack: Stack) -> None:
    status, body = stack.get("/healthz")
    assert status == 200 and body["status"] == "ok"


def test_kita_in_verl_in_german_and_english_gives_the_same_verl_entry(stack: Stack) -> None:
    names = childcare_in_verl(stack)
    assert names, "the sample directory must have childcare in Verl"
    german = stack.say("e2e-de", "Ich suche eine Kita in Verl")
    english = stack.say("e2e-en", "I am looking for a daycare in Verl")
    assert german["language"] == "de" and english["language"] == "en"
    found_de = named([m["text"] for m in german["messages"]], names, 0)
    found_en = named([m["text"] for m in english["messages"]], names, 1)
    assert found_de, german["messages"]
    assert found_de == found_en
    assert all(m["dir"] == "ltr" for m in german["messages"] + english["messages"])
