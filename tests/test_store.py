"""Gateway state: pseudonyms, per-conversation sequence numbers, feedback, deletion."""

from __future__ import annotations

from pathlib import Path

from bot.store import Store, pseudonym


def test_pseudonyms_are_stable_keyed_and_do_not_contain_the_id() -> None:
    a = pseudonym("key-1", "telegram", "123456789")
    assert a == pseudonym("key-1", "telegram", "123456789")
    assert a != pseudonym("key-2", "telegram", "123456789")
    assert a != pseudonym("key-1", "web", "123456789")
    assert "123456789" not in a


def test_seq_grows_per_conversation_and_survives_reopening(tmp_path: Path) -> None:
    store = Store(tmp_path / "g.db")
    store.conversation("c1", "rest")
    store.conversation("c2", "rest")
    assert [store.append("c1", "user", f"m{i}").seq for i in range(3)] == [1, 2, 3]
    assert store.append("c2", "bot", "hello", [{"title": "A", "payload": "/a"}], "rtl").seq == 1
    store.close()
    reopened = Store(tmp_path / "g.db")
    assert reopened.append("c1", "bot", "m3").seq == 4
    later = reopened.messages_after("c1", 2)
    assert [(m.seq, m.sender, m.text) for m in later] == [(3, "user", "m2"), (4, "bot", "m3")]
    assert reopened.messages_after("c2", 0)[0].to_json() == {
        "seq": 1, "from": "bot", "text": "hello", "buttons": [{"title": "A", "payload": "/a"}],
        "dir": "rtl",
    }  # fmt: skip


def test_feedback_only_for_existing_bot_messages(tmp_path: Path) -> None:
    store = Store(tmp_path / "g.db")
    store.conversation("c", "web")
    store.append("c", "user", "question")
    answer = store.append("c", "bot", "answer")
    assert store.record_feedback("c", answer.seq, helpful=True)
    assert not store.record_feedback("c", 1, helpful=False)  # a user message
    assert not store.record_feedback("c", 99, helpful=False)
    assert store.feedback_counts() == {"helpful": 1, "not_helpful": 0}


def test_deletion_removes_everything_and_is_idempotent(tmp_path: Path) -> None:
    store = Store(tmp_path / "g.db")
    store.conversation("c", "web")
    answer = store.append("c", "bot", "answer")
    store.record_feedback("c", answer.seq, helpful=False)
    assert store.delete_conversation("c") == 3
    assert store.find("c") is None and store.messages_after("c", 0) == []
    assert store.delete_conversation("c") == 0
