"""`make run`'s supervisor: restarts with backoff, gives up on a crash loop, stops everything.

The stack tests start a real stack of their own (not the shared one), because they kill parts
of it: a dead action server is restarted while /healthz says degraded; with Rasa down the
gateway still answers emergencies; SIGTERM leaves no process behind.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path

import pytest

from bot.directory.store import open_directory
from bot.supervisor import Child, Supervisor
from tests.stack import SAMPLE_DATA, Stack, alive, start_stack


def test_a_child_that_keeps_dying_stops_the_group_with_a_reason(
    caplog: pytest.LogCaptureFixture,
) -> None:
    crashing = Child("crasher", [sys.executable, "-c", "raise SystemExit(3)"], dict(os.environ))
    steady = Child(
        "steady", [sys.executable, "-c", "import time; time.sleep(60)"], dict(os.environ)
    )
    supervisor = Supervisor([crashing, steady], first_backoff=0.01)
    started = time.monotonic()
    assert supervisor.run() == 1
    assert time.monotonic() - started < 30
    assert "crasher exited (code 3) 6 times" in caplog.text
    assert steady.process is not None and steady.process.poll() is not None  # stopped too


def test_a_child_that_dies_once_is_restarted() -> None:
    flag = Path(os.environ.get("TMPDIR", "/tmp")) / f"lotse-once-{os.getpid()}"
    flag.unlink(missing_ok=True)
    code = f"import pathlib,sys,time; p=pathlib.Path({str(flag)!r})\n" \
           "if not p.exists(): p.touch(); sys.exit(1)\ntime.sleep(60)"  # fmt: skip
    child = Child("once", [sys.executable, "-c", code], dict(os.environ))
    supervisor = Supervisor([child], first_backoff=0.01)
    child.start()
    first = child.process
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and (
        child.process is first or child.process.poll() is not None
    ):
        supervisor._tick(time.monotonic())
        time.sleep(0.02)
    assert child.process is not first and child.process.poll() is None
    supervisor.stop_all()
    flag.unlink(missing_ok=True)


@pytest.fixture(scope="module")
def own_stack(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Stack:
    running = start_stack(tmp_path_factory.mktemp("own-stack"), import_first=False)
    running.wait_healthy()
    yield running
    running.stop()


def wait_for(predicate: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.5)
    return False


@pytest.mark.e2e
def test_first_start_seeds_the_empty_directory_with_the_sample_data(own_stack: Stack) -> None:
    expected = len(json.loads(SAMPLE_DATA.read_text())["services"])
    with open_directory(own_stack.env["DATABASE_URL"]) as directory:
        assert directory.count() == expected
    assert "empty directory: imported the sample data" in own_stack.log_path.read_text()


@pytest.mark.e2e
def test_killed_action_server_is_restarted_and_health_says_degraded(own_stack: Stack) -> None:
    pid = own_stack.pids()["actions"][-1]
    os.killpg(pid, signal.SIGKILL)
    assert wait_for(lambda: own_stack.get("/healthz")[0] == 503, 10)
    status, body = own_stack.get("/healthz")
    assert body["status"] == "degraded" and body["missing"] == ["actions"]
    assert wait_for(lambda: own_stack.get("/healthz")[0] == 200, 120)
    assert len(own_stack.pids()["actions"]) == 2


@pytest.mark.e2e
def test_with_rasa_down_emergencies_still_get_the_numbers(own_stack: Stack) -> None:
    pid = own_stack.pids()["rasa"][-1]
    os.killpg(pid, signal.SIGKILL)
    assert wait_for(lambda: own_stack.get("/healthz")[0] == 503, 10)
    started = time.monotonic()
    reply = own_stack.say("rasa-down", "Hilfe, mein Mann schlägt mich", timeout=5)
    assert time.monotonic() - started < 5
    text = reply["messages"][0]["text"]
    for number in ("110", "112", "116 016", "0800 111 0 111", "0800 111 0 222"):
        assert number in text
    assert reply["urgent"] is True
    ordinary = own_stack.say("rasa-down-2", "Ich suche einen Deutschkurs in Verl")
    assert "110" in ordinary["messages"][-1]["text"]  # "try again soon; in an emergency call 110"
    assert wait_for(lambda: own_stack.get("/healthz")[0] == 200, 180)


@pytest.mark.e2e
def test_sigterm_stops_the_whole_stack(own_stack: Stack) -> None:
    pids = [pid for pids in own_stack.pids().values() for pid in pids]
    assert own_stack.stop() == 0
    assert wait_for(lambda: not any(alive(pid) for pid in pids), 15)
