"""The gateway's aiohttp application factory. Nothing happens at import time."""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
from aiohttp import web

from bot import language, safety
from bot.config import Settings
from bot.gateway import http_api, websocket
from bot.gateway.keys import RASA, SETTINGS, STORE, TURNS
from bot.gateway.rasa import RasaClient
from bot.gateway.ratelimit import RateLimiter
from bot.gateway.turns import Turns
from bot.store import Store

logger = logging.getLogger(__name__)
STATIC = Path(__file__).parent / "static"
MAX_BODY = 64 * 1024  # far above 4,000 characters of text, far below anything harmful


def create_app(settings: Settings) -> web.Application:
    app = web.Application(client_max_size=MAX_BODY)
    app[SETTINGS] = settings
    app[http_api.LIMITER] = RateLimiter(rate=1.0, burst=20)
    app[websocket.SOCKETS] = weakref.WeakSet()
    app.cleanup_ctx.append(_state)
    # aiohttp 3.9 annotates its signals for an older aiosignal, whose generic meant the callback
    app.on_shutdown.append(websocket.close_sockets)  # type: ignore[arg-type]
    app.add_routes(http_api.routes)
    app.router.add_get("/ws", websocket.websocket)
    app.router.add_get("/", _index)
    app.router.add_static("/static/", STATIC)
    return app


async def _state(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    store = Store(settings.data_dir / "gateway.db")
    session = aiohttp.ClientSession()
    rasa = RasaClient(session, settings.rasa_url, settings.rasa_token,
                      settings.action_server_url, settings.rasa_timeout)  # fmt: skip
    app[STORE] = store
    app[RASA] = rasa
    app[TURNS] = Turns(store, rasa, settings.secret_key, settings.data_dir / "rasa-tracker.db")
    await asyncio.to_thread(language.warm_up)
    await asyncio.to_thread(safety.is_emergency, "")  # compiles the keyword patterns
    yield
    await session.close()
    store.close()


async def _index(request: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC / "index.html")
