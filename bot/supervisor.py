"""Runs the three processes of Lotse as one supervised group (what `make run` starts).

Rasa server (127.0.0.1:5005), action server (127.0.0.1:5055) and gateway (0.0.0.0:PORT).
A process that dies is restarted with exponential backoff while the gateway's /healthz reports
the stack degraded; a process that keeps dying stops the whole group with a non-zero exit and
the reason. Ctrl-C or SIGTERM stops all three, each with its whole process group.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.config import Settings
from bot.directory.io import load_document
from bot.directory.store import open_directory
from bot.training import latest_model

logger = logging.getLogger("lotse.supervisor")

MAX_RESTARTS = 5  # within RESTART_WINDOW seconds, then give up
RESTART_WINDOW = 300.0
BACKOFF_MAX = 30.0
STOP_GRACE = 10.0
SAMPLE_DATA = Path("data/directory/kreis-guetersloh.json")


@dataclass
class Child:
    name: str
    argv: list[str]
    env: dict[str, str]
    process: subprocess.Popen[bytes] | None = None
    restarts: deque[float] = field(default_factory=deque)
    restart_at: float | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(self.argv, env=self.env, start_new_session=True)
        self.restart_at = None
        logger.info("started %s (pid %s)", self.name, self.process.pid)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        _signal_group(self.process, signal.SIGTERM)
        try:
            self.process.wait(STOP_GRACE)
        except subprocess.TimeoutExpired:
            _signal_group(self.process, signal.SIGKILL)
            self.process.wait()
        # Children of the child (e.g. Sanic workers) share its process group.
        _signal_group(self.process, signal.SIGKILL)


def _signal_group(process: subprocess.Popen[bytes], sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)


def write_endpoints(settings: Settings, root: Path) -> Path:
    """endpoints.yml with this run's action server URL and tracker store path."""
    endpoints = yaml.safe_load((root / "endpoints.yml").read_text())
    endpoints["action_endpoint"]["url"] = f"{settings.action_server_url}/webhook"
    endpoints["tracker_store"]["db"] = str((settings.data_dir / "rasa-tracker.db").resolve())
    path = settings.data_dir / "endpoints.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(endpoints, sort_keys=False))
    return path


def stack_commands(settings: Settings, root: Path, model: Path) -> list[Child]:
    """The three processes with their command lines and environments."""
    bin_dir = Path(sys.executable).parent
    env = dict(os.environ)
    env.update(
        LOTSE_DATA_DIR=str(settings.data_dir),
        RASA_TOKEN=settings.rasa_token,
        LOTSE_SECRET_KEY=settings.secret_key,
        DATABASE_URL=settings.database_url,
        RASA_URL=settings.rasa_url,
        ACTION_SERVER_URL=settings.action_server_url,
        PORT=str(settings.port),
        PYTHONUNBUFFERED="1",
        RASA_TELEMETRY_ENABLED="false",
    )
    rasa = [
        str(bin_dir / "rasa"), "run", "--enable-api", "--auth-token", settings.rasa_token,
        "-i", "127.0.0.1", "-p", _port(settings.rasa_url), "--model", str(model),
        "--endpoints", str(write_endpoints(settings, root)),
        "--credentials", str(root / "credentials.yml"),
    ]  # fmt: skip
    actions = [sys.executable, "-m", "rasa_sdk", "--actions", "actions",
               "-p", _port(settings.action_server_url)]  # fmt: skip
    gateway = [sys.executable, "-m", "bot"]
    return [
        Child("rasa", rasa, env),
        Child("actions", actions, {**env, "SANIC_HOST": "127.0.0.1"}),
        Child("gateway", gateway, env),
    ]


def _port(url: str) -> str:
    return url.rsplit(":", 1)[1].split("/")[0]


class Supervisor:
    def __init__(self, children: list[Child], first_backoff: float = 2.0) -> None:
        self.children = children
        self.first_backoff = first_backoff
        self.stopping = False

    def request_stop(self, signum: int, _frame: object) -> None:
        logger.info("received %s, stopping", signal.Signals(signum).name)
        self.stopping = True

    def run(self) -> int:
        for child in self.children:
            child.start()
        while not self.stopping:
            failure = self._tick(time.monotonic())
            if failure:
                logger.error("%s", failure)
                self.stop_all()
                return 1
            time.sleep(min(0.5, self.first_backoff))
        self.stop_all()
        return 0

    def _tick(self, now: float) -> str | None:
        """Restarts dead children with backoff; returns a reason when one keeps dying."""
        for child in self.children:
            if child.process is None:
                continue
            if child.restart_at is not None:
                if now >= child.restart_at:
                    child.start()
                continue
            code = child.process.poll()
            if code is None:
                continue
            while child.restarts and now - child.restarts[0] > RESTART_WINDOW:
                child.restarts.popleft()
            if len(child.restarts) >= MAX_RESTARTS:
                return (
                    f"{child.name} exited (code {code}) {MAX_RESTARTS + 1} times within "
                    f"{RESTART_WINDOW:.0f} s; giving up – see its output above"
                )
            child.restarts.append(now)
            delay = min(BACKOFF_MAX, self.first_backoff * 2 ** (len(child.restarts) - 1))
            logger.warning("%s exited with code %s; restarting in %.0f s", child.name, code, delay)
            child.restart_at = now + delay
        return None

    def stop_all(self) -> None:
        for child in reversed(self.children):
            child.stop()


def seed_directory(settings: Settings, root: Path) -> None:
    """On first start the directory is empty: load the sample data so the bot can answer."""
    with open_directory(settings.database_url) as directory:
        if directory.count() == 0:
            result = directory.import_document(load_document(root / SAMPLE_DATA))
            logger.info("empty directory: imported the sample data (%s)", result)


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    root = Path.cwd()
    settings = Settings.from_env()
    seed_directory(settings, root)
    model = latest_model(root)
    if model is None:
        logger.error("no trained model in models/ – run 'make train' first")
        return 1
    supervisor = Supervisor(stack_commands(settings, root, model))
    signal.signal(signal.SIGINT, supervisor.request_stop)
    signal.signal(signal.SIGTERM, supervisor.request_stop)
    print(
        f"Lotse is starting:\n  gateway + demo chat  http://localhost:{settings.port}/\n"
        f"  health               http://localhost:{settings.port}/healthz\n"
        f"  Rasa server          {settings.rasa_url} (token-protected, localhost only)\n"
        f"  action server        {settings.action_server_url} (localhost only)\n"
        "Stop with Ctrl-C.",
        flush=True,
    )
    return supervisor.run()


if __name__ == "__main__":
    raise SystemExit(main())
