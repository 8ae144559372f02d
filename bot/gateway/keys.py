"""Typed application state of the gateway (all AppKeys in one place)."""

from __future__ import annotations

from aiohttp import web

from bot.config import Settings
from bot.gateway.rasa import RasaClient
from bot.gateway.turns import Turns
from bot.store import Store

SETTINGS = web.AppKey("settings", Settings)
STORE = web.AppKey("store", Store)
RASA = web.AppKey("rasa", RasaClient)
TURNS = web.AppKey("turns", Turns)
