"""Talks to the Rasa server (and checks the action server) over HTTP."""

from __future__ import annotations

import logging
from typing import Any

import aiohttp

logger = logging.getLogger(__name__)


class RasaUnavailable(Exception):
    """Rasa did not answer in time or answered with an error."""


class RasaClient:
    def __init__(self, session: aiohttp.ClientSession, rasa_url: str, token: str,
                 action_server_url: str, timeout: float) -> None:  # fmt: skip
        self._session = session
        self._rasa_url = rasa_url
        self._token = token
        self._actions_url = action_server_url
        self._timeout = aiohttp.ClientTimeout(total=timeout)

    async def send(
        self, conversation_id: str, text: str, metadata: dict[str, Any]
    ) -> list[dict[str, Any]]:
        """One user turn through the Lotse channel; returns Rasa's bot messages."""
        body = {"sender": conversation_id, "message": text, "metadata": metadata}
        try:
            async with self._session.post(f"{self._rasa_url}/webhooks/lotse/webhook", json=body,
                                          timeout=self._timeout) as response:  # fmt: skip
                if response.status != 200:
                    raise RasaUnavailable(f"Rasa answered HTTP {response.status}")
                messages = await response.json()
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise RasaUnavailable(type(exc).__name__) from exc
        if not isinstance(messages, list):
            raise RasaUnavailable("Rasa answered with something other than a list")
        return messages

    async def parse(self, text: str) -> dict[str, Any]:
        """NLU only (intent and entities), through Rasa's token-protected HTTP API."""
        try:
            async with self._session.post(f"{self._rasa_url}/model/parse", json={"text": text},
                                          params={"token": self._token},
                                          timeout=self._timeout) as response:  # fmt: skip
                if response.status != 200:
                    raise RasaUnavailable(f"Rasa answered HTTP {response.status}")
                result: dict[str, Any] = await response.json()
                return result
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise RasaUnavailable(type(exc).__name__) from exc

    async def readiness(self) -> dict[str, bool]:
        """Whether the Rasa server has a model loaded and the action server answers."""
        return {"rasa": await self._ok(f"{self._rasa_url}/status", {"token": self._token},
                                       lambda body: bool(body.get("model_file"))),
                "actions": await self._ok(f"{self._actions_url}/health", None,
                                          lambda body: body.get("status") == "ok")}  # fmt: skip

    async def _ok(self, url: str, params: dict[str, str] | None, check: Any) -> bool:
        try:
            async with self._session.get(
                url, params=params, timeout=aiohttp.ClientTimeout(total=2)
            ) as response:
                return response.status == 200 and check(await response.json())
        except (aiohttp.ClientError, TimeoutError, ValueError):
            return False
