"""End to end through the real stack: trained model, Rasa, action server, gateway, directory."""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from bot.directory.store import Query, open_directory
from bot.store import pseudonym
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


def test_ten_quick_messages_are_ten_ordered_turns(stack: Stack) -> None:
    """RELIABILITY 10: a burst from one user gives ten user events in Rasa, in order, and one
    answer each, none delivered twice."""
    texts = [f"Hallo {word}" for word in ("eins", "zwei", "drei", "vier", "fünf", "sechs",
                                          "sieben", "acht", "neun", "zehn")]  # fmt: skip
    with ThreadPoolExecutor(10) as pool:
        replies = list(pool.map(lambda text: stack.say("burst", text), texts))
    seqs = [m["seq"] for r in replies for m in r["messages"]]
    assert len(seqs) == len(set(seqs)) and all(r["messages"] for r in replies)
    conversation = pseudonym(stack.env["LOTSE_SECRET_KEY"], "rest", "burst")
    token = stack.env["RASA_TOKEN"]
    url = f"{stack.env['RASA_URL']}/conversations/{conversation}/tracker?token={token}"
    with urllib.request.urlopen(url, timeout=10) as response:
        events = json.loads(response.read())["events"]
    user_texts = [e["text"] for e in events if e["event"] == "user"]
    assert sorted(user_texts) == sorted(texts) and len(user_texts) == 10
    kinds = "".join(e["event"][0] for e in events if e["event"] in ("user", "bot"))
    assert "uu" not in kinds  # every turn answered before the next one started


def test_rasa_and_action_ports_are_local_and_rasa_api_needs_the_token(stack: Stack) -> None:
    """RELIABILITY 15."""
    rasa = stack.env["RASA_URL"]
    try:
        urllib.request.urlopen(f"{rasa}/status", timeout=5)
        raise AssertionError("Rasa's API answered without a token")
    except urllib.error.HTTPError as exc:
        assert exc.code == 401
    listening = Path("/proc/net/tcp").read_text()
    for url in (rasa, stack.env["ACTION_SERVER_URL"]):
        port = f"{int(url.rsplit(':', 1)[1]):04X}"
        lines = [line.split() for line in listening.splitlines()[1:]]
        bound = [cols[1] for cols in lines if cols[1].endswith(":" + port) and cols[3] == "0A"]
        assert bound and all(addr.startswith("0100007F") for addr in bound), (url, bound)


def test_message_text_never_reaches_the_logs(stack: Stack) -> None:
    """RELIABILITY 31: a canary sent through the REST channel appears in no log line."""
    canary = "Kanarienvogel-7f3a9c Kita in Verl"
    stack.say("canary", canary)
    stack.say("canary", "Mein Mann schlägt mich Kanarienvogel-7f3a9c")
    assert "7f3a9c" not in stack.log_path.read_text()


async def _ws_turn(
    stack: Stack, hello: dict[str, Any], text: str | None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Opens the widget's socket, says hello (and a message), collects frames until quiet."""
    import aiohttp

    frames: list[dict[str, Any]] = []
    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(stack.url + "/ws", headers={"Origin": stack.url}) as ws,
    ):
        await ws.send_json(hello)
        welcome = await ws.receive_json(timeout=10)
        if text is not None:
            await ws.send_json({"type": "message", "text": text})
        while True:
            try:
                frames.append(await ws.receive_json(timeout=5 if text else 2))
            except (TimeoutError, asyncio.TimeoutError):
                break
    return welcome, frames


async def test_widget_socket_answers_and_resumes_without_loss(stack: Stack) -> None:
    hello = {"type": "hello", "session": None, "after": 0, "language": "uk-UA"}
    welcome, frames = await _ws_turn(stack, hello, "Шукаю дитячий садок у Ферлі")
    assert welcome["type"] == "welcome" and welcome["language"] == "uk"
    messages = [f for f in frames if f["type"] == "message"]
    assert messages[0]["from"] == "user" and any(m["from"] == "bot" for m in messages)
    assert all(m["dir"] == "ltr" for m in messages if m["from"] == "bot")
    seqs = [m["seq"] for m in messages]
    assert seqs == sorted(seqs) and len(seqs) == len(set(seqs))
    # The widget saw only the first two messages, then the socket dropped: on reconnect with
    # the session token it gets exactly the rest, in order.
    _, replay = await _ws_turn(stack, {"type": "hello", "session": welcome["session"],
                                       "after": seqs[1]}, None)  # fmt: skip
    assert [m["seq"] for m in replay if m["type"] == "message"] == seqs[2:]


async def test_widget_socket_refuses_foreign_origins_and_forged_sessions(stack: Stack) -> None:
    import aiohttp

    async with aiohttp.ClientSession() as session:
        for origin in ("https://evil.example", "null", None):
            headers = {"Origin": origin} if origin else {}
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await session.ws_connect(stack.url + "/ws", headers=headers)
            assert refused.value.status == 403
    welcome, frames = await _ws_turn(stack, {"type": "hello", "session": "guessed-token-1234567890",
                                             "after": 0}, None)  # fmt: skip
    assert welcome["session"] != "guessed-token-1234567890"
    assert [f for f in frames if f["type"] == "message"] == []  # nobody else's history
