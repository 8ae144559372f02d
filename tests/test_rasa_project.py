"""Rasa's own checks: the training data validates without warnings and the test stories of
every flow (de, en, ar, uk) pass with the trained model, intents included."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.stack import ROOT

RASA = str(Path(sys.executable).parent / "rasa")
ENV = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}


def test_training_data_validates_without_warnings() -> None:
    result = subprocess.run([RASA, "data", "validate", "--fail-on-warnings"], cwd=ROOT, env=ENV,
                            capture_output=True, text=True, timeout=600)  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_test_stories_pass(trained_model: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [RASA, "test", "core", "--stories", "tests/stories", "--model", str(trained_model),
         "--fail-on-prediction-errors", "--out", str(tmp_path)],
        cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    failed = (tmp_path / "failed_test_stories.yml").read_text()
    assert result.returncode == 0 and "None of the test stories failed" in failed, failed[-4000:]
