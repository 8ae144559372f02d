"""Rasa input channel for the Lotse gateway.

Rasa's REST channel drops request metadata; the gateway needs to pass the conversation's
language (and channel) to the actions, which read it from `tracker.latest_message["metadata"]`.
"""

from __future__ import annotations

from typing import Any

from rasa.core.channels.rest import RestInput
from sanic.request import Request


class LotseInput(RestInput):
    """REST channel at /webhooks/lotse/webhook that keeps `metadata` from the request body."""

    @classmethod
    def name(cls) -> str:
        return "lotse"

    def get_metadata(self, request: Request) -> dict[str, Any] | None:
        body = request.json or {}
        metadata = body.get("metadata")
        return metadata if isinstance(metadata, dict) else None
