"""The gateway's conversation state: conversations, their messages and feedback.

Conversations are keyed by a pseudonym (HMAC of channel and the channel's user id), never by a
phone number or Telegram id. Each message gets a sequence number that grows per conversation,
so a client can ask for "everything after seq N" and resume without loss.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY,
    channel TEXT NOT NULL,
    language TEXT,
    urgent INTEGER NOT NULL DEFAULT 0,
    last_seq INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS messages (
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    sender TEXT NOT NULL CHECK (sender IN ('user', 'bot', 'counsellor', 'system')),
    text TEXT NOT NULL,
    buttons TEXT NOT NULL DEFAULT '[]',
    dir TEXT NOT NULL DEFAULT 'ltr',
    created_at REAL NOT NULL,
    PRIMARY KEY (conversation_id, seq)
);
CREATE TABLE IF NOT EXISTS feedback (
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    helpful INTEGER NOT NULL,
    created_at REAL NOT NULL,
    PRIMARY KEY (conversation_id, seq)
);
"""


def pseudonym(secret_key: str, channel: str, user_id: str) -> str:
    """A stable pseudonymous conversation id; the user id cannot be recovered from it."""
    mac = hmac.new(secret_key.encode(), f"{channel}:{user_id}".encode(), hashlib.sha256)
    return f"{channel}-{mac.hexdigest()[:32]}"


@dataclass
class Conversation:
    id: str
    channel: str
    language: str | None
    urgent: bool
    last_seq: int


@dataclass
class Message:
    seq: int
    sender: str
    text: str
    buttons: list[dict[str, str]] = field(default_factory=list)
    dir: str = "ltr"

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "from": self.sender, "text": self.text,
                "buttons": self.buttons, "dir": self.dir}  # fmt: skip


class Store:
    """SQLite-backed state; safe to share between the gateway's coroutines and threads."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(SCHEMA)
        self._lock = threading.Lock()

    def close(self) -> None:
        self._db.close()

    def conversation(self, conversation_id: str, channel: str) -> Conversation:
        """The conversation, created on first contact."""
        now = time.time()
        with self._lock:
            self._db.execute(
                "INSERT OR IGNORE INTO conversations (id, channel, created_at, updated_at)"
                " VALUES (?, ?, ?, ?)",
                (conversation_id, channel, now, now),
            )
            row = self._db.execute(
                "SELECT id, channel, language, urgent, last_seq FROM conversations WHERE id = ?",
                (conversation_id,),
            ).fetchone()
        return Conversation(row[0], row[1], row[2], bool(row[3]), row[4])

    def find(self, conversation_id: str) -> Conversation | None:
        with self._lock:
            row = self._db.execute(
                "SELECT id, channel, language, urgent, last_seq FROM conversations WHERE id = ?",
                (conversation_id,),
            ).fetchone()
        return Conversation(row[0], row[1], row[2], bool(row[3]), row[4]) if row else None

    def set_language(self, conversation_id: str, language: str) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE conversations SET language = ?, updated_at = ? WHERE id = ?",
                (language, time.time(), conversation_id),
            )

    def mark_urgent(self, conversation_id: str) -> None:
        with self._lock:
            self._db.execute("UPDATE conversations SET urgent = 1 WHERE id = ?", (conversation_id,))

    def append(
        self,
        conversation_id: str,
        sender: str,
        text: str,
        buttons: list[dict[str, str]] | None = None,
        direction: str = "ltr",
    ) -> Message:
        """Stores one message and returns it with its sequence number."""
        now = time.time()
        buttons = buttons or []
        with self._lock, self._db:
            self._db.execute("BEGIN IMMEDIATE")
            seq = self._db.execute(
                "UPDATE conversations SET last_seq = last_seq + 1, updated_at = ? WHERE id = ?"
                " RETURNING last_seq",
                (now, conversation_id),
            ).fetchone()[0]
            self._db.execute(
                "INSERT INTO messages"
                " (conversation_id, seq, sender, text, buttons, dir, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (conversation_id, seq, sender, text, json.dumps(buttons, ensure_ascii=False),
                 direction, now),
            )  # fmt: skip
        return Message(seq, sender, text, buttons, direction)

    def messages_after(self, conversation_id: str, after: int, limit: int = 200) -> list[Message]:
        with self._lock:
            rows = self._db.execute(
                "SELECT seq, sender, text, buttons, dir FROM messages"
                " WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?",
                (conversation_id, after, limit),
            ).fetchall()
        return [Message(r[0], r[1], r[2], json.loads(r[3]), r[4]) for r in rows]

    def delete_conversation(self, conversation_id: str) -> int:
        """Deletes the conversation with its messages and feedback; returns rows removed."""
        with self._lock, self._db:
            self._db.execute("BEGIN IMMEDIATE")
            removed = 0
            for table in ("feedback", "messages"):
                removed += self._db.execute(
                    f"DELETE FROM {table} WHERE conversation_id = ?", (conversation_id,)
                ).rowcount
            removed += self._db.execute(
                "DELETE FROM conversations WHERE id = ?", (conversation_id,)
            ).rowcount
        return removed

    def record_feedback(self, conversation_id: str, seq: int, helpful: bool) -> bool:
        """Stores a thumbs up/down for a bot message (no text); False if there is no such one."""
        with self._lock:
            exists = self._db.execute(
                "SELECT 1 FROM messages WHERE conversation_id = ? AND seq = ? AND sender = 'bot'",
                (conversation_id, seq),
            ).fetchone()
            if not exists:
                return False
            self._db.execute(
                "INSERT OR REPLACE INTO feedback (conversation_id, seq, helpful, created_at)"
                " VALUES (?, ?, ?, ?)",
                (conversation_id, seq, int(helpful), time.time()),
            )
        return True

    def feedback_counts(self) -> dict[str, int]:
        with self._lock:
            rows = self._db.execute("SELECT helpful, COUNT(*) FROM feedback GROUP BY helpful")
            counts = dict(rows.fetchall())
        return {"helpful": counts.get(1, 0), "not_helpful": counts.get(0, 0)}
