"""The web widget's WebSocket (`/ws`).

Protocol (JSON text frames):
  client → {"type": "hello", "session": <token or null>, "after": <last seq seen>,
            "language": <browser language>}
  server → {"type": "welcome", "session": <token>, "language": <code or null>}, then every
           stored message after `after`:
           {"type": "message", "seq", "from", "text", "buttons", "dir"}
  client → {"type": "message", "text": "..."}
  server → every new message of the conversation, in seq order (the user's own included)
  server → {"type": "error", "error": <code>, "message": <text in the user's language>}

The session token is chosen by the server (never by the client) and is the widget's only key to
its conversation; a reconnect with the token and the last seen seq resumes without loss.
"""

from __future__ import annotations

import json
import logging
import secrets
import weakref
from typing import Any

from aiohttp import WSCloseCode, WSMsgType, web

from bot import language
from bot.gateway.http_api import MAX_TEXT, BadRequest, validate_message
from bot.gateway.keys import SETTINGS, STORE, TURNS
from bot.i18n import t

logger = logging.getLogger(__name__)
CHANNEL = "web"
MAX_FRAME = 16 * 1024
SOCKETS = web.AppKey("sockets", weakref.WeakSet)  # type: ignore[type-arg]


def origin_allowed(request: web.Request) -> bool:
    origin = request.headers.get("Origin")
    if not origin or origin == "null":
        return False
    own = f"{request.scheme}://{request.host}"
    return origin == own or origin in request.app[SETTINGS].widget_allowed_origins


async def websocket(request: web.Request) -> web.WebSocketResponse:
    if not origin_allowed(request):
        raise web.HTTPForbidden(text="origin not allowed")
    ws = web.WebSocketResponse(heartbeat=30, max_msg_size=MAX_FRAME)
    await ws.prepare(request)
    request.app[SOCKETS].add(ws)
    session: str | None = None
    last_sent = 0
    lang = "de"
    try:
        async for frame in ws:
            if frame.type != WSMsgType.TEXT:
                await _send_error(ws, "binary_not_supported", lang)
                continue
            try:
                data = json.loads(frame.data)
            except ValueError:
                await _send_error(ws, "invalid_json", lang)
                continue
            if not isinstance(data, dict):
                await _send_error(ws, "invalid_json", lang)
                continue
            if data.get("type") == "hello":
                session, last_sent, lang = await _hello(request, ws, data)
            elif data.get("type") == "message" and session:
                last_sent, lang = await _message(request, ws, session, data, last_sent, lang)
            else:
                await _send_error(ws, "unexpected_frame", lang)
    finally:
        request.app[SOCKETS].discard(ws)
    return ws


async def _hello(request: web.Request, ws: web.WebSocketResponse,
                 data: dict[str, Any]) -> tuple[str, int, str]:  # fmt: skip
    token = data.get("session")
    store = request.app[STORE]
    turns = request.app[TURNS]
    conversation = None
    if isinstance(token, str) and 16 <= len(token) <= 64:
        conversation = store.find(turns.conversation_id(CHANNEL, token))
    if conversation is None:  # unknown or forged tokens get a fresh conversation, nothing else
        token = secrets.token_urlsafe(24)
        conversation = store.conversation(turns.conversation_id(CHANNEL, token), CHANNEL)
        prior = language.from_locale_tag(str(data.get("language") or ""))
        if prior:
            store.set_language(conversation.id, prior)
            conversation.language = prior
    after = data["after"] if isinstance(data.get("after"), int) else 0
    await ws.send_json({"type": "welcome", "session": token, "language": conversation.language})
    last = await _push(ws, store.messages_after(conversation.id, after))
    return str(token), max(after, last), conversation.language or "de"


async def _message(request: web.Request, ws: web.WebSocketResponse, session: str,
                   data: dict[str, Any], last_sent: int, lang: str) -> tuple[int, str]:  # fmt: skip
    try:
        _, text = validate_message({"sender_id": session, "text": data.get("text")})
    except BadRequest as exc:
        await ws.send_json({"type": "error", "error": exc.code,
                            "message": t(exc.key, lang, max=MAX_TEXT)})  # fmt: skip
        return last_sent, lang
    result = await request.app[TURNS].handle(CHANNEL, session, text)
    store = request.app[STORE]
    last = await _push(ws, store.messages_after(result.conversation.id, last_sent))
    return max(last_sent, last), result.conversation.language or lang


async def _push(ws: web.WebSocketResponse, messages: list[Any]) -> int:
    last = 0
    for message in messages:
        await ws.send_json({"type": "message", **message.to_json()})
        last = message.seq
    return last


async def _send_error(ws: web.WebSocketResponse, code: str, lang: str) -> None:
    await ws.send_json({"type": "error", "error": code, "message": t("error.invalid", lang)})


async def close_sockets(app: web.Application) -> None:
    """On shutdown, tell widgets we are going away (they reconnect and resume)."""
    sockets: weakref.WeakSet[web.WebSocketResponse] = app[SOCKETS]
    for ws in list(sockets):
        await ws.close(code=WSCloseCode.GOING_AWAY, message=b"server shutdown")
