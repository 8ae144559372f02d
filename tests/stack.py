"""The real Lotse stack for end-to-end tests: trained model, Rasa, action server, gateway.

Started through `bot.supervisor` (what `make run` runs) on free ports with a private data folder
and the sample directory imported, so tests never touch a developer's `var/` or running stack.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DATA = ROOT / "data" / "directory" / "kreis-guetersloh.json"
STARTED = re.compile(r"started (\w+) \(pid (\d+)\)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Stack:
    process: subprocess.Popen[str]
    url: str
    data_dir: Path
    log_path: Path
    env: dict[str, str]

    def post(self, path: str, body: dict[str, Any], headers: dict[str, str] | None = None,
             timeout: float = 60) -> tuple[int, dict[str, Any]]:  # fmt: skip
        data = json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method="POST",
                                         headers={"Content-Type": "application/json",
                                                  **(headers or {})})  # fmt: skip
        return _open(request, timeout)

    def get(self, path: str, timeout: float = 10) -> tuple[int, dict[str, Any]]:
        return _open(urllib.request.Request(self.url + path), timeout)

    def say(self, sender_id: str, text: str, headers: dict[str, str] | None = None,
            timeout: float = 60) -> dict[str, Any]:  # fmt: skip
        status, body = self.post("/api/v1/messages", {"sender_id": sender_id, "text": text},
                                 headers=headers, timeout=timeout)  # fmt: skip
        assert status == 200, body
        return body

    def pids(self) -> dict[str, list[int]]:
        """Every pid the supervisor reported starting, by process name."""
        found: dict[str, list[int]] = {}
        for name, pid in STARTED.findall(self.log_path.read_text()):
            found.setdefault(name, []).append(int(pid))
        return found

    def wait_healthy(self, timeout: float = 300) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"supervisor exited early:\n{self.log_path.read_text()[-4000:]}")
            try:
                status, _ = self.get("/healthz", timeout=3)
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(1)
        raise RuntimeError(
            f"stack not healthy in {timeout} s:\n{self.log_path.read_text()[-4000:]}"
        )

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


def _open(request: urllib.request.Request, timeout: float) -> tuple[int, dict[str, Any]]:
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as exc:
        body = exc.read()
        try:
            return exc.code, json.loads(body or b"{}")
        except ValueError:
            return exc.code, {"raw": body.decode(errors="replace")}


def start_stack(data_dir: Path, import_first: bool = True) -> Stack:
    """Starts the supervisor on a fresh data folder, importing the sample directory first with
    `lotse directory import` (or, with import_first=False, leaving it to the first-run seed)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    env = dict(os.environ)
    env.update(
        PORT=str(port),
        LOTSE_DATA_DIR=str(data_dir),
        DATABASE_URL=f"sqlite:///{data_dir / 'lotse.db'}",
        RASA_URL=f"http://127.0.0.1:{free_port()}",
        ACTION_SERVER_URL=f"http://127.0.0.1:{free_port()}",
        LOTSE_SECRET_KEY="test-secret-key-not-for-production",
        RASA_TOKEN="test-rasa-token",
    )
    if import_first:
        subprocess.run([sys.executable, "-m", "bot.cli", "directory", "import", str(SAMPLE_DATA)],
                       cwd=ROOT, env=env, check=True, capture_output=True)  # fmt: skip
    log_path = data_dir / "stack.log"
    with log_path.open("w") as log:  # the child keeps its own handle
        process = subprocess.Popen([sys.executable, "-m", "bot.supervisor"], cwd=ROOT, env=env,
                                   stdout=log, stderr=subprocess.STDOUT, text=True)  # fmt: skip
    return Stack(process, f"http://127.0.0.1:{port}", data_dir, log_path, env)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is gone for our purposes.
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().split(") ")[-1][:1] != "Z"
