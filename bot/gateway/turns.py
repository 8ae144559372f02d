"""One user turn, whatever the channel: language, safety net, Rasa, storing and replying.

Turns of one conversation run one after another (a lock per conversation), so ten quick
messages give ten ordered turns. The safety net answers emergencies before Rasa is asked, and
keeps answering when Rasa is down.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
import weakref
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot import language, safety
from bot.gateway.rasa import RasaClient, RasaUnavailable
from bot.i18n import LANGUAGES, NATIVE_NAMES, direction, t
from bot.store import Conversation, Message, Store, pseudonym

logger = logging.getLogger(__name__)

LANGUAGE_COMMAND = re.compile(r"^/(?:lang|language)(?:\s+([a-z]{2}))?\s*$")
FEEDBACK_COMMAND = re.compile(r"^/feedback\s+(\d+)\s+(up|down)\s*$")


@dataclass
class TurnResult:
    conversation: Conversation
    messages: list[Message]


def language_buttons() -> list[dict[str, str]]:
    return [{"title": NATIVE_NAMES[code], "payload": f"/lang {code}"} for code in LANGUAGES]


class Turns:
    def __init__(self, store: Store, rasa: RasaClient, secret_key: str,
                 tracker_db: Path | None = None) -> None:  # fmt: skip
        self.store = store
        self.rasa = rasa
        self._tracker_db = tracker_db
        self._secret_key = secret_key
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()

    def conversation_id(self, channel: str, user_id: str) -> str:
        return pseudonym(self._secret_key, channel, user_id)

    def _lock(self, conversation_id: str) -> asyncio.Lock:
        lock = self._locks.get(conversation_id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[conversation_id] = lock
        return lock

    async def handle(self, channel: str, user_id: str, text: str,
                     prior_language: str | None = None) -> TurnResult:  # fmt: skip
        """Processes one message and returns the replies it produced."""
        cid = self.conversation_id(channel, user_id)
        lock = self._lock(cid)
        async with lock:
            conversation = self.store.conversation(cid, channel)
            first_new = conversation.last_seq
            self.store.append(cid, "user", text)
            await self._turn(conversation, text, prior_language)
            conversation = self.store.conversation(cid, channel)
            replies = [m for m in self.store.messages_after(cid, first_new) if m.sender != "user"]
        return TurnResult(conversation, replies)

    async def _turn(self, conversation: Conversation, text: str, prior: str | None) -> None:
        cid = conversation.id
        if self._command(conversation, text.strip()):
            return
        if text.startswith("/"):  # a button's payload carries no language evidence
            lang0 = conversation.language or language.from_locale_tag(prior) or "de"
            decision = language.Decision(lang0, conversation.language is None, ask=False)
        else:
            decision = language.decide(text, conversation.language, language.from_locale_tag(prior))
        lang = decision.lang
        if decision.changed or conversation.language is None:
            self.store.set_language(cid, lang)
        emergency = safety.is_emergency(text)
        if emergency:
            self._say(cid, lang, t("emergency.numbers", lang, **safety.emergency_numbers()))
            self.store.mark_urgent(cid)
            logger.info("safety net answered an emergency in conversation %s", cid)
        metadata = {"language": lang, "channel": conversation.channel, "safety_net": emergency}
        try:
            outputs = await self.rasa.send(cid, text, metadata)
        except RasaUnavailable as exc:
            logger.warning("Rasa unavailable for %s: %s", cid, exc)
            if not emergency:
                self._say(cid, lang, t("error.unavailable", lang, **safety.emergency_numbers()))
            return
        lang = self._deliver(cid, conversation.channel, lang, outputs)
        if decision.ask:
            self._say(cid, lang, t("language.ask", lang), language_buttons())

    def _delete(self, cid: str) -> None:
        """Deletes the conversation from the gateway's store and Rasa's tracker store."""
        self.store.delete_conversation(cid)
        if self._tracker_db is not None and self._tracker_db.exists():
            with closing(sqlite3.connect(self._tracker_db)) as db, db:
                db.execute("DELETE FROM events WHERE sender_id = ?", (cid,))
        logger.info("deleted conversation %s on request", cid)

    def _deliver(self, cid: str, channel: str, lang: str, outputs: list[dict[str, Any]]) -> str:
        """Stores Rasa's messages; applies the gateway instructions that actions send."""
        for output in outputs:
            custom = output.get("custom")
            if isinstance(custom, dict):
                if custom.get("set_language") in LANGUAGES:
                    lang = custom["set_language"]
                    self.store.set_language(cid, lang)
                if custom.get("delete_conversation"):
                    self._delete(cid)
                    self.store.conversation(cid, channel)
                    self.store.set_language(cid, lang)
                    self._say(cid, lang, t("delete.done", lang))
                if custom.get("ask_feedback"):
                    self._ask_feedback(cid, lang, custom.get("buttons") or [])
            if output.get("text"):
                buttons = [
                    {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
                    for b in output.get("buttons") or []
                ]
                self._say(cid, lang, output["text"], buttons)
        return lang

    def _command(self, conversation: Conversation, text: str) -> bool:
        """Language and feedback buttons are handled here, without Rasa."""
        lang = conversation.language or "de"
        if match := LANGUAGE_COMMAND.match(text):
            code = match.group(1)
            if code in LANGUAGES:
                self.store.set_language(conversation.id, code)
                self._say(conversation.id, code, t("language.changed", code))
            else:
                self._say(conversation.id, lang, t("language.ask", lang), language_buttons())
            return True
        if match := FEEDBACK_COMMAND.match(text):
            helpful = match.group(2) == "up"
            if self.store.record_feedback(conversation.id, int(match.group(1)), helpful):
                self._say(conversation.id, lang, t("feedback.thanks", lang))
            else:
                self._say(conversation.id, lang, t("error.invalid", lang))
            return True
        return False

    def _ask_feedback(self, cid: str, lang: str, extra: list[dict[str, str]]) -> None:
        """'Was this helpful?' with 👍/👎 for the answer just sent, then the action's buttons."""
        conversation = self.store.find(cid)
        answer_seq = conversation.last_seq if conversation else 0
        buttons = [{"title": "👍", "payload": f"/feedback {answer_seq} up"},
                   {"title": "👎", "payload": f"/feedback {answer_seq} down"}]  # fmt: skip
        buttons += [{"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
                    for b in extra if isinstance(b, dict)]  # fmt: skip
        self._say(cid, lang, t("feedback.ask", lang), buttons)

    def _say(
        self, cid: str, lang: str, text: str, buttons: list[dict[str, str]] | None = None
    ) -> None:
        self.store.append(cid, "bot", text, buttons, direction(lang))
