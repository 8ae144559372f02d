"""The REST channel and the operational endpoints of the gateway (see DESIGN.md)."""

from __future__ import annotations

import json
import math
from typing import Any

from aiohttp import web

from bot import language
from bot.gateway.keys import RASA, SETTINGS, STORE, TURNS
from bot.gateway.rasa import RasaUnavailable
from bot.gateway.ratelimit import RateLimiter
from bot.i18n import t

MAX_TEXT = 4000
MAX_SENDER_ID = 128
CHANNEL = "rest"
routes = web.RouteTableDef()
LIMITER = web.AppKey("rest_limiter", RateLimiter)


class BadRequest(Exception):
    def __init__(self, code: str, key: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.key = key
        self.params = params


def error(request: web.Request, status: int, code: str, key: str, **params: Any) -> web.Response:
    """A JSON error whose message is in the user's language when we know it."""
    lang = language.from_locale_tag(request.headers.get("Accept-Language")) or "de"
    body = {"error": code, "message": t(key, lang, **params)}
    return web.json_response(body, status=status)


async def read_json(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json(loads=lambda s: json.loads(s, parse_constant=_reject))
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadRequest("invalid_json", "error.invalid") from exc
    if not isinstance(body, dict):
        raise BadRequest("invalid_json", "error.invalid")
    return body


def _reject(constant: str) -> None:
    raise ValueError(f"{constant} is not JSON")


def validate_message(body: dict[str, Any]) -> tuple[str, str]:
    """sender_id (1–128 chars) and text (1–4000 chars, not only spaces) or BadRequest."""
    sender_id = body.get("sender_id")
    text = body.get("text")
    if not isinstance(sender_id, str) or not 1 <= len(sender_id) <= MAX_SENDER_ID:
        raise BadRequest("invalid_sender_id", "error.invalid")
    if not isinstance(text, str) or not text.strip():
        raise BadRequest("empty_text", "error.empty")
    if len(text) > MAX_TEXT:
        raise BadRequest("text_too_long", "error.too_long", max=MAX_TEXT)
    return sender_id, text


@routes.get("/healthz")
async def healthz(request: web.Request) -> web.Response:
    ready = await request.app[RASA].readiness()
    missing = [name for name, ok in ready.items() if not ok]
    if not missing:
        return web.json_response({"status": "ok", "components": ready})
    status = "starting" if len(missing) == len(ready) else "degraded"
    return web.json_response({"status": status, "missing": missing, "components": ready},
                             status=503)  # fmt: skip


@routes.post("/api/v1/messages")
async def post_message(request: web.Request) -> web.Response:
    try:
        sender_id, text = validate_message(await read_json(request))
    except BadRequest as exc:
        return error(request, 400, exc.code, exc.key, **exc.params)
    wait = request.app[LIMITER].retry_after(sender_id)
    if wait:
        response = error(request, 429, "rate_limited", "error.rate_limited")
        response.headers["Retry-After"] = str(math.ceil(wait))
        return response
    result = await request.app[TURNS].handle(
        CHANNEL, sender_id, text, prior_language=request.headers.get("Accept-Language")
    )
    return web.json_response({
        "sender_id": sender_id,
        "language": result.conversation.language,
        "urgent": result.conversation.urgent,
        "messages": [m.to_json() for m in result.messages],
    })  # fmt: skip


@routes.get("/api/v1/messages")
async def get_messages(request: web.Request) -> web.Response:
    sender_id = request.query.get("sender_id", "")
    if not 1 <= len(sender_id) <= MAX_SENDER_ID:
        return error(request, 400, "invalid_sender_id", "error.invalid")
    try:
        after = int(request.query.get("after", "0"))
    except ValueError:
        return error(request, 400, "invalid_after", "error.invalid")
    cid = request.app[TURNS].conversation_id(CHANNEL, sender_id)
    conversation = request.app[STORE].find(cid)
    messages = request.app[STORE].messages_after(cid, after) if conversation else []
    return web.json_response({
        "sender_id": sender_id,
        "language": conversation.language if conversation else None,
        "messages": [m.to_json() for m in messages if m.sender != "user"],
    })  # fmt: skip


@routes.post("/api/v1/parse")
async def parse(request: web.Request) -> web.Response:
    if not request.app[SETTINGS].enable_parse_api:
        raise web.HTTPNotFound()
    try:
        body = await read_json(request)
    except BadRequest as exc:
        return error(request, 400, exc.code, exc.key)
    text = body.get("text")
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
        return error(request, 400, "invalid_text", "error.invalid")
    current = None
    sender_id = body.get("sender_id")
    if isinstance(sender_id, str) and sender_id:
        conversation = request.app[STORE].find(
            request.app[TURNS].conversation_id(CHANNEL, sender_id)
        )
        current = conversation.language if conversation else None
    try:
        parsed = await request.app[RASA].parse(text)
    except RasaUnavailable:
        return error(request, 503, "rasa_unavailable", "error.unavailable", police="110",
                     ambulance="112")  # fmt: skip
    guess = language.detect(text)
    decision = language.decide(text, current)
    return web.json_response({
        "language": decision.lang,
        "language_detected": {"code": guess.lang, "confidence": round(guess.confidence, 3)},
        "intent": {"name": parsed["intent"]["name"],
                   "confidence": parsed["intent"].get("confidence", 0.0)},
        "intent_ranking": parsed.get("intent_ranking", [])[:5],
        "entities": [{"entity": e["entity"], "value": e["value"], "start": e.get("start"),
                      "end": e.get("end")} for e in parsed.get("entities", [])],
    })  # fmt: skip
