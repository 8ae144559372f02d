"""The gateway's REST contract, through the real app factory (Rasa replaced by a recorder).

Validation must reject bad input with a JSON error before anything reaches Rasa; the recorder
stands where the Rasa server would be, so "nothing forwarded" is observed, not assumed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.config import Settings
from bot.gateway.app import create_app


@pytest.fixture
async def rasa_recorder(aiohttp_server: Any) -> tuple[TestServer, list[dict[str, Any]]]:
    received: list[dict[str, Any]] = []

    async def webhook(request: web.Request) -> web.Response:
        body = await request.json()
        received.append(body)
        language = body["metadata"]["language"]
        return web.json_response([{"recipient_id": body["sender"], "text": f"echo ({language})"}])

    app = web.Application()
    app.router.add_post("/webhooks/lotse/webhook", webhook)
    return await aiohttp_server(app), received


@pytest.fixture
async def client(aiohttp_client: Any, rasa_recorder: Any, tmp_path: Path) -> TestClient:
    server, _ = rasa_recorder
    settings = Settings.from_env({
        "LOTSE_DATA_DIR": str(tmp_path),
        "RASA_URL": f"http://127.0.0.1:{server.port}",
        "ACTION_SERVER_URL": "http://127.0.0.1:9",
        "LOTSE_SECRET_KEY": "k" * 32,
    })  # fmt: skip
    return await aiohttp_client(create_app(settings))


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"{not json", "invalid_json"),
        (b"[1, 2]", "invalid_json"),
        (b'{"text": "hallo"}', "invalid_sender_id"),
        (b'{"sender_id": "", "text": "hallo"}', "invalid_sender_id"),
        (b'{"sender_id": "' + b"x" * 129 + b'", "text": "hallo"}', "invalid_sender_id"),
        (b'{"sender_id": "a", "text": ""}', "empty_text"),
        (b'{"sender_id": "a", "text": "   "}', "empty_text"),
        (b'{"sender_id": "a", "text": 5}', "empty_text"),
        (b'{"sender_id": "a", "text": "' + b"a" * 4001 + b'"}', "text_too_long"),
        (b'{"sender_id": "a", "text": NaN}', "invalid_json"),
    ],
    ids=[
        "broken",
        "list",
        "no-sender",
        "empty-sender",
        "long-sender",
        "empty-text",
        "blank-text",
        "number-text",
        "4001-chars",
        "nan",
    ],
)
async def test_bad_requests_get_a_json_error_and_nothing_reaches_rasa(
    client: TestClient, rasa_recorder: Any, raw: bytes, code: str
) -> None:
    response = await client.post("/api/v1/messages", data=raw,
                                 headers={"Content-Type": "application/json"})  # fmt: skip
    assert response.status == 400
    body = await response.json()
    assert body["error"] == code
    assert body["message"]
    assert rasa_recorder[1] == []


async def test_error_message_is_in_the_users_language(client: TestClient) -> None:
    response = await client.post("/api/v1/messages", json={"sender_id": "a", "text": ""},
                                 headers={"Accept-Language": "uk-UA,uk;q=0.9"})  # fmt: skip
    body = await response.json()
    assert response.status == 400
    assert any("\u0400" <= ch <= "\u04ff" for ch in body["message"]), body


async def test_oversize_body_is_413(client: TestClient, rasa_recorder: Any) -> None:
    response = await client.post("/api/v1/messages", data=b"x" * (1024 * 1024),
                                 headers={"Content-Type": "application/json"})  # fmt: skip
    assert response.status == 413
    assert rasa_recorder[1] == []


async def test_4000_characters_pass_and_carry_language_metadata(
    client: TestClient, rasa_recorder: Any
) -> None:
    text = "Ich suche eine Kita für meine Tochter. " * 100
    response = await client.post("/api/v1/messages", json={"sender_id": "u1", "text": text[:4000]})
    assert response.status == 200
    body = await response.json()
    assert body["language"] == "de"
    assert body["messages"][0] == {"seq": 2, "from": "bot", "text": "echo (de)", "buttons": [],
                                   "dir": "ltr"}  # fmt: skip
    forwarded = rasa_recorder[1][0]
    assert forwarded["metadata"]["language"] == "de"
    assert "u1" not in forwarded["sender"]  # pseudonymous id, not the client's


async def test_seq_grows_and_get_returns_later_messages(client: TestClient) -> None:
    first = await (
        await client.post(
            "/api/v1/messages", json={"sender_id": "s", "text": "مرحبا، أبحث عن روضة أطفال لابني"}
        )
    ).json()  # noqa: E501
    second = await (
        await client.post(
            "/api/v1/messages", json={"sender_id": "s", "text": "شكرا جزيلا لك على المساعدة"}
        )
    ).json()  # noqa: E501
    assert first["language"] == "ar" and first["messages"][0]["dir"] == "rtl"
    assert second["messages"][0]["seq"] > first["messages"][0]["seq"]
    later = await (
        await client.get(
            "/api/v1/messages", params={"sender_id": "s", "after": str(first["messages"][0]["seq"])}
        )
    ).json()  # noqa: E501
    assert [m["seq"] for m in later["messages"]] == [m["seq"] for m in second["messages"]]


async def test_rate_limit_answers_429_with_retry_after(client: TestClient) -> None:
    statuses = []
    for _ in range(25):
        response = await client.post(
            "/api/v1/messages", json={"sender_id": "fast", "text": "hallo"}
        )
        statuses.append(response.status)
        if response.status == 429:
            assert int(response.headers["Retry-After"]) >= 1
    assert 429 in statuses and statuses[0] == 200
    other = await client.post("/api/v1/messages", json={"sender_id": "calm", "text": "hallo"})
    assert other.status == 200


async def test_rasa_down_gives_a_friendly_answer_and_emergencies_still_get_numbers(
    aiohttp_client: Any, tmp_path: Path
) -> None:
    settings = Settings.from_env({"LOTSE_DATA_DIR": str(tmp_path), "RASA_URL": "http://127.0.0.1:9",
                                  "LOTSE_SECRET_KEY": "k" * 32})  # fmt: skip
    client = await aiohttp_client(create_app(settings))
    body = await (
        await client.post(
            "/api/v1/messages",
            json={"sender_id": "d", "text": "Ich suche einen Deutschkurs in Verl"},
        )
    ).json()  # noqa: E501
    assert body["messages"] and "110" in body["messages"][-1]["text"]
    body = await (
        await client.post(
            "/api/v1/messages", json={"sender_id": "e", "text": "Мій чоловік б'є мене, допоможіть"}
        )
    ).json()  # noqa: E501
    text = body["messages"][0]["text"]
    assert body["language"] == "uk" and body["urgent"] is True
    for number in ("110", "112", "116 016", "0800 111 0 111"):
        assert number in text
    health = await client.get("/healthz")
    assert health.status == 503
    assert set((await health.json())["missing"]) == {"rasa", "actions"}
