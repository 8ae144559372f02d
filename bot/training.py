"""Trains the Rasa model only when its inputs changed.

The model file is named after a hash of everything that goes into training, so an unchanged
checkout reuses `models/lotse-<hash>.tar.gz` and any change of data, domain or config (or of the
custom components' code) trains anew.
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

logger = logging.getLogger(__name__)

INPUTS = ("config.yml", "domain.yml", "data", "rasa_addons", "bot/entities.py",
          "bot/directory/gazetteer.py", "bot/directory/towns.yml")  # fmt: skip


def inputs_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for name in INPUTS:
        path = root / name
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.suffix == ".pyc" or not file.exists():
                continue
            digest.update(str(file.relative_to(root)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def model_path(root: Path) -> Path:
    return root / "models" / f"lotse-{inputs_hash(root)}.tar.gz"


def latest_model(root: Path) -> Path | None:
    """The model for the current inputs, else the newest one in models/."""
    current = model_path(root)
    if current.exists():
        return current
    models = sorted((root / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return models[-1] if models else None


def train(root: Path) -> Path:
    """Trains if needed and returns the model for the current inputs."""
    target = model_path(root)
    if target.exists():
        logger.info("model up to date: %s", target.name)
        return target
    seconds = rasa_train(root, target)
    logger.info("trained %s in %.0f s", target.name, seconds)
    return target


def rasa_train(root: Path, target: Path, use_cache: bool = True) -> float:
    """Runs `rasa train` into `target` and returns the seconds it took. Without the cache
    every component trains from scratch, as on a fresh machine, and Rasa does not first
    fingerprint every component's inputs to look for cached results (about 13 s). Rasa's
    validation of domain and data is skipped here: it is its own check (`rasa data validate
    --fail-on-warnings` in the tests), and repeating it before every training costs half a
    minute or more."""
    target.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}
    command = [
        str(Path(sys.executable).parent / "rasa"), "train", "--config", "config.yml",
        "--domain", "domain.yml", "--data", "data", "--out", str(target.parent),
        "--fixed-model-name", target.name.removesuffix(".tar.gz"), "--skip-validation",
    ]  # fmt: skip
    if not use_cache:
        env["RASA_MAX_CACHE_SIZE"] = "0"
        command.append("--force")
    started = time.monotonic()
    subprocess.run(command, cwd=root, check=True, env=env)
    return time.monotonic() - started


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        train(Path.cwd())
    except subprocess.CalledProcessError as exc:
        logger.error("rasa train failed with exit code %s", exc.returncode)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
