"""Session fixtures: the model is trained once per test run and one stack serves all e2e tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.training import train
from tests.stack import ROOT, Stack, start_stack


@pytest.fixture(scope="session")
def trained_model() -> Path:
    """The Rasa model for the current data (reused from models/ when inputs are unchanged)."""
    return train(ROOT)


@pytest.fixture(scope="session")
def stack(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    running = start_stack(tmp_path_factory.mktemp("stack"))
    try:
        running.wait_healthy()
        yield running
    finally:
        running.stop()
