"""Reading and writing directory files: HSDS JSON (document or list of services) and CSV.

Errors name the file and, as precisely as the format allows, where in it the problem is: the
record and field path for JSON, the line number and column for CSV. They are meant to be shown
as they are to the person maintaining the data.
"""

from __future__ import annotations

import csv
import json
import logging
import re
from pathlib import Path
from typing import Any

from bot.directory.model import LANGUAGES, Document, ValidationError
from bot.directory.schedules import ScheduleError, parse_compact_hours

logger = logging.getLogger(__name__)

CSV_COLUMNS = (
    "id", "organization_id", "organization_name", "is_mso", "name", "description",
    "application_process", "categories", "keywords", "minimum_age", "maximum_age",
    "target_groups", "languages", "cost_free", "cost_description", "address", "postal_code",
    "town", "district", "latitude", "longitude", "online", "phone", "email", "website", "hours",
    "source_name", "source_url", "sample", "last_checked",
)  # fmt: skip
REQUIRED_CSV_COLUMNS = (
    "id", "organization_id", "organization_name", "name", "description", "categories",
    "source_name", "last_checked",
)  # fmt: skip
TRANSLATED_CSV_COLUMNS = tuple(
    f"{key}_{lang}" for lang in LANGUAGES if lang != "de" for key in ("name", "description")
)
_TRUE = ("true", "yes", "ja", "1", "x", "wahr")
_FALSE = ("false", "no", "nein", "0", "falsch")
# field path of a validation error -> CSV column, for the parts that are nested in JSON
_FIELD_COLUMNS = {
    "organization.id": "organization_id",
    "organization.name": "organization_name",
    "organization.is_mso": "is_mso",
    "cost.free": "cost_free",
    "cost.description": "cost_description",
    "source.name": "source_name",
    "source.url": "source_url",
    "source.sample": "sample",
}
_CONTACT_COLUMNS = {"phone": "phone", "email": "email", "web": "website"}


class LoadError(ValueError):
    """A directory file cannot be loaded; the message says file, place and what is wrong."""


class _CellError(ValueError):
    def __init__(self, column: str, reason: str):
        super().__init__(reason)
        self.column = column
        self.reason = reason


def load_document(path: str | Path) -> Document:
    """Load and validate a `.json` or `.csv` directory file; raises LoadError."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".json", ".csv"):
        raise LoadError(f"{path}: unknown file type {suffix or '(none)'!r}; use .json or .csv")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise LoadError(f"{path}: file not found") from None
    except UnicodeDecodeError as exc:
        raise LoadError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    except OSError as exc:
        raise LoadError(f"{path}: cannot read: {exc.strerror}") from None
    return _load_csv(path, text) if suffix == ".csv" else _load_json(path, text)


def dump_document(document: Document) -> str:
    """HSDS JSON of a document: UTF-8 text, indented, records sorted by id."""
    return json.dumps(document.to_json(), ensure_ascii=False, indent=2) + "\n"


def _load_json(path: Path, text: str) -> Document:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LoadError(
            f"{path}:{exc.lineno}: invalid JSON: {exc.msg} (column {exc.colno})"
        ) from None
    try:
        return Document.from_json(data)
    except ValidationError as exc:
        raise LoadError(f"{path}: {exc}") from None


def _load_csv(path: Path, text: str) -> Document:
    rows = csv.reader(text.splitlines(keepends=True))
    header = [column.strip() for column in next(rows, [])]
    _check_header(path, header)
    records: list[tuple[int, dict[str, Any]]] = []
    lines: dict[str, int] = {}
    line = rows.line_num
    for cells in rows:
        start, line = line + 1, rows.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            raise LoadError(f"{path}:{start}: {len(cells)} cells, but the header has {len(header)}")
        row = {column: cell.strip() for column, cell in zip(header, cells, strict=True)}
        try:
            record = _service_from_row(row)
        except _CellError as exc:
            raise LoadError(f"{path}:{start}: column {exc.column!r}: {exc.reason}") from None
        if record["id"] in lines:
            raise LoadError(
                f"{path}:{start}: column 'id': {record['id']!r} is used twice "
                f"(first on line {lines[record['id']]})"
            )
        lines[record["id"]] = start
        records.append((start, record))
    try:
        document = Document.from_json([record for _, record in records])
    except ValidationError as exc:
        start, record = records[_record_index(exc.record)]
        column = _column_for(exc.field, record)
        raise LoadError(f"{path}:{start}: column {column!r}: {exc.reason}") from None
    return Document(
        services=document.services,
        name=path.stem,
        sample_data=any(s.source.sample for s in document.services),
    )


def _check_header(path: Path, header: list[str]) -> None:
    if len(header) == 1 and ";" in header[0]:
        raise LoadError(f"{path}:1: the columns are separated by ';'; save as comma-separated CSV")
    allowed = set(CSV_COLUMNS) | set(TRANSLATED_CSV_COLUMNS)
    for column in header:
        if column not in allowed:
            raise LoadError(f"{path}:1: unknown column {column!r} (see docs/directory-format.md)")
    for column in REQUIRED_CSV_COLUMNS:
        if column not in header:
            raise LoadError(f"{path}:1: missing column {column!r}")


def _record_index(record: str) -> int:
    match = re.fullmatch(r"services\[(\d+)\]", record)
    assert match, record
    return int(match.group(1))


def _column_for(field_path: str, record: dict[str, Any]) -> str:
    """The CSV column a validation error's field path came from."""
    if field_path in _FIELD_COLUMNS:
        return _FIELD_COLUMNS[field_path]
    head = re.split(r"[.\[]", field_path, maxsplit=1)[0]
    if head == "location":
        return field_path.split(".")[1] if "." in field_path else "address"
    if head == "contacts":
        index = int(re.match(r"contacts\[(\d+)\]", field_path).group(1))  # type: ignore[union-attr]
        return _CONTACT_COLUMNS[record["contacts"][index]["type"]]
    if head == "schedules":
        return "hours"
    if head == "translations":
        parts = field_path.split(".")
        return f"{parts[2]}_{parts[1]}" if len(parts) == 3 else head
    return head


def _service_from_row(row: dict[str, str]) -> dict[str, Any]:
    """One CSV row as a service record in the JSON shape (validated afterwards as JSON)."""
    record: dict[str, Any] = {
        "id": row["id"],
        "organization": {
            "id": row["organization_id"],
            "name": row["organization_name"],
            "is_mso": _boolean(row, "is_mso", default=False),
        },
        "name": row["name"],
        "description": row["description"],
        "application_process": row.get("application_process") or None,
        "translations": _translations(row),
        "categories": _list(row, "categories"),
        "keywords": _list(row, "keywords"),
        "minimum_age": _integer(row, "minimum_age"),
        "maximum_age": _integer(row, "maximum_age"),
        "target_groups": _list(row, "target_groups"),
        "languages": _list(row, "languages"),
        "cost": _cost(row),
        "location": _location(row),
        "online": _boolean(row, "online", default=False),
        "contacts": _contacts(row),
        "schedules": _hours(row),
        "source": {
            "name": row["source_name"],
            "url": row.get("source_url") or None,
            "sample": _boolean(row, "sample", default=False),
        },
        "last_checked": row["last_checked"],
    }
    return {key: value for key, value in record.items() if value not in (None, [], {})}


def _translations(row: dict[str, str]) -> dict[str, dict[str, str]]:
    result: dict[str, dict[str, str]] = {}
    for column in TRANSLATED_CSV_COLUMNS:
        if row.get(column):
            key, lang = column.rsplit("_", 1)
            result.setdefault(lang, {})[key] = row[column]
    return result


def _list(row: dict[str, str], column: str) -> list[str]:
    return [item.strip() for item in row.get(column, "").split(";") if item.strip()]


def _boolean(row: dict[str, str], column: str, default: bool) -> bool:
    value = row.get(column, "").casefold()
    if not value:
        return default
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise _CellError(column, f"{row[column]!r} is not true or false")


def _integer(row: dict[str, str], column: str) -> int | None:
    value = row.get(column, "")
    if not value:
        return None
    if not re.fullmatch(r"[0-9]+", value):
        raise _CellError(column, f"{value!r} is not a whole number")
    return int(value)


def _number(row: dict[str, str], column: str) -> float | None:
    value = row.get(column, "")
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        raise _CellError(column, f"{value!r} is not a number (use a dot: 51.90)") from None


def _cost(row: dict[str, str]) -> dict[str, Any] | None:
    if not row.get("cost_free") and not row.get("cost_description"):
        return None
    if not row.get("cost_free"):
        raise _CellError("cost_free", "is required when cost_description is given")
    cost: dict[str, Any] = {"free": _boolean(row, "cost_free", default=False)}
    if row.get("cost_description"):
        cost["description"] = row["cost_description"]
    return cost


def _location(row: dict[str, str]) -> dict[str, Any] | None:
    columns = ("address", "postal_code", "town", "district", "latitude", "longitude")
    if not any(row.get(column) for column in columns):
        return None
    location = {
        "address": row.get("address") or None,
        "postal_code": row.get("postal_code") or None,
        "town": row.get("town") or None,
        "district": row.get("district") or None,
        "latitude": _number(row, "latitude"),
        "longitude": _number(row, "longitude"),
    }
    return {key: value for key, value in location.items() if value is not None}


def _contacts(row: dict[str, str]) -> list[dict[str, str]]:
    return [
        {"id": kind, "type": kind, "value": row[column]}
        for kind, column in _CONTACT_COLUMNS.items()
        if row.get(column)
    ]


def _hours(row: dict[str, str]) -> list[dict[str, Any]]:
    if not row.get("hours"):
        return []
    try:
        return [parse_compact_hours(row["hours"]).to_dict()]
    except ScheduleError as exc:
        raise _CellError("hours", str(exc)) from None
