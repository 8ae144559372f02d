"""The `lotse directory ...` command line: exit codes, messages, files written."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.directory_data import FIXTURES

SMALL = FIXTURES / "small.json"
ROOT = Path(__file__).parent.parent


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'lotse.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    return url


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_validate_reports_counts_and_sample_marking(capsys: pytest.CaptureFixture[str]):
    code, out, err = run(capsys, "directory", "validate", str(SMALL))
    assert code == 0 and err == ""
    assert out == f"{SMALL}: valid (marked as sample data): 11 services, 4 events\n"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "bad-postcode.json",
            "bad-postcode.json: services[1] (svc-kita-x): location.postal_code: '3341' is not a"
            " 5-digit German postcode",
        ),
        ("bad-latitude.csv", "bad-latitude.csv:3: column 'latitude': 'abc' is not a number"),
        ("bad-syntax.json", "bad-syntax.json:3: invalid JSON"),
        ("missing.json", "missing.json: file not found"),
    ],
)  # fmt: skip
def test_validate_errors_go_to_stderr_with_file_line_and_field(
    capsys: pytest.CaptureFixture[str], name: str, message: str
):
    code, out, err = run(capsys, "directory", "validate", str(FIXTURES / name))
    assert code == 1 and out == ""
    assert err.startswith("lotse: error: ") and message in err


def test_import_then_reimport(capsys: pytest.CaptureFixture[str], database: str):
    code, out, err = run(capsys, "directory", "import", str(SMALL))
    assert code == 0
    assert "15 created, 0 updated, 0 unchanged, 0 deleted" in out
    assert "the directory has 11 services" in out
    assert "marked as sample data" in err
    code, out, _ = run(capsys, "directory", "import", str(SMALL))
    assert code == 0 and "0 created, 0 updated, 15 unchanged, 0 deleted" in out


def test_a_bad_file_leaves_the_database_untouched(
    capsys: pytest.CaptureFixture[str], database: str, tmp_path: Path
):
    run(capsys, "directory", "import", str(SMALL))
    before = tmp_path / "before.json"
    run(capsys, "directory", "export", "-o", str(before))
    code, out, err = run(
        capsys, "directory", "import", str(FIXTURES / "bad-postcode.json"), "--replace"
    )
    assert code == 1 and out == ""
    assert "services[1] (svc-kita-x): location.postal_code" in err
    after = tmp_path / "after.json"
    run(capsys, "directory", "export", "-o", str(after))
    assert after.read_text(encoding="utf-8") == before.read_text(encoding="utf-8")


def test_import_csv_with_replace_and_explicit_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
):
    url = f"sqlite:///{tmp_path / 'other' / 'x.db'}"
    run(capsys, "directory", "import", str(SMALL), "--database", url)
    code, out, _ = run(
        capsys, "directory", "import", str(FIXTURES / "small.csv"), "--replace", "--database", url
    )
    assert code == 0 and "3 created" in out and "15 deleted" in out
    assert "the directory has 3 services" in out


def test_export_round_trip(capsys: pytest.CaptureFixture[str], database: str, tmp_path: Path):
    run(capsys, "directory", "import", str(SMALL))
    code, out, _ = run(capsys, "directory", "export")
    assert code == 0
    exported = tmp_path / "export.json"
    exported.write_text(out, encoding="utf-8")
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    assert run(capsys, "directory", "import", str(exported), "--database", fresh)[0] == 0
    code, again, _ = run(capsys, "directory", "export", "--database", fresh)
    assert again == out
    assert json.loads(out)["notice"] == "TEST DATA – not real services."


def test_search_prints_numbered_results(capsys: pytest.CaptureFixture[str], database: str):
    run(capsys, "directory", "import", str(SMALL))
    code, out, _ = run(
        capsys, "directory", "search", "--town", "verl", "--category", "childcare", "--age", "3"
    )
    assert code == 0
    assert out == "1. Kita Sonnenschein Verl (Verl; 0.2 km) [kita-verl-sonnenschein]\n"
    code, out, _ = run(capsys, "directory", "search", "--text", "zzzz")
    assert code == 0 and out == "no services found\n"


def test_search_json_with_open_at_and_near(capsys: pytest.CaptureFixture[str], database: str):
    run(capsys, "directory", "import", str(SMALL))
    code, out, _ = run(
        capsys, "directory", "search", "--json", "--near", "51.9065,8.379",
        "--open-at", "2025-06-19T10:00", "--limit", "2",
    )  # fmt: skip
    assert code == 0
    results = json.loads(out)
    assert [r["id"] for r in results] == ["hilfetelefon-gewalt"]  # Corpus Christi: only 24/7
    assert results[0] == {
        "id": "hilfetelefon-gewalt",
        "name": "Hilfetelefon Gewalt gegen Frauen",
        "categories": ["emergency", "counselling"],
        "town": None,
        "distance_km": None,
        "local": False,
        "open_now": True,
        "sample": True,
    }
    code, out, _ = run(
        capsys, "directory", "search", "--json", "--near", "51.9065,8.379", "--limit", "1"
    )
    assert json.loads(out)[0]["id"] == "migrationsberatung-gt"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["directory", "search", "--category", "kindergarten"], "invalid choice: 'kindergarten'"),
        (["directory", "search", "--near", "51.9"], "is not LAT,LON"),
        (["directory", "search", "--open-at", "morgen"], "is not a date-time"),
        (
            ["directory", "search", "--open-now", "--open-at", "2025-06-19T10:00"],
            "not allowed with",
        ),
        (["directory"], "required"),
        (["nothing"], "invalid choice: 'nothing'"),
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str], message: str):
    code, _, err = run(capsys, *argv)
    assert code == 2 and message in err


def test_search_refuses_impossible_values(capsys: pytest.CaptureFixture[str], database: str):
    code, _, err = run(capsys, "directory", "search", "--limit", "500")
    assert code == 1 and "lotse: error: limit must be 1-100" in err
    code, _, err = run(capsys, "directory", "search", "--age", "300")
    assert code == 1 and "age 300 is not between 0 and 120" in err


def test_empty_directory_says_so(capsys: pytest.CaptureFixture[str], database: str):
    code, out, err = run(capsys, "directory", "search", "--town", "Verl")
    assert code == 0 and out == "no services found\n"
    assert "the directory is empty; import a file first" in err


def test_unreachable_database_is_an_error_without_password(capsys: pytest.CaptureFixture[str]):
    url = "postgresql://lotse:geheim@127.0.0.1:1/lotse?connect_timeout=2"
    code, _, err = run(capsys, "directory", "export", "--database", url)
    assert code == 1 and "cannot open the database postgresql://lotse:***@127.0.0.1:1/lotse" in err
    assert "geheim" not in err
    code, _, err = run(capsys, "directory", "export", "--database", "mysql://x/y")
    assert code == 1 and "unsupported database URL 'mysql'" in err


def test_default_database_is_in_the_data_dir(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("LOTSE_DATA_DIR", str(tmp_path / "state"))
    assert run(capsys, "directory", "import", str(SMALL))[0] == 0
    assert (tmp_path / "state" / "lotse.db").exists()
    monkeypatch.delenv("LOTSE_DATA_DIR")
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "directory", "import", str(SMALL))[0] == 0
    assert (tmp_path / "var" / "lotse.db").exists()


def test_module_entry_point(tmp_path: Path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot.cli",
            "directory",
            "validate",
            str(FIXTURES / "bad-postcode.json"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 1
    assert "location.postal_code: '3341' is not a 5-digit German postcode" in result.stderr


def test_export_is_the_same_in_every_process(tmp_path: Path):
    """No set or hash order leaks into exports (Python randomizes string hashes)."""
    url = f"sqlite:///{tmp_path / 'lotse.db'}"
    command = [sys.executable, "-m", "bot.cli", "directory"]
    subprocess.run([*command, "import", str(SMALL), "--database", url], cwd=ROOT, check=True)
    exports = [
        subprocess.run(
            [*command, "export", "--database", url],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    ]
    assert exports[0] == exports[1] == exports[2]
    assert '"name": "Sunshine day-care centre Verl",\n          "description"' in exports[0]
