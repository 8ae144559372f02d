"""The `lotse` command line.

Sub-commands are registered in COMMANDS: a name and a function that adds its parser to the
`lotse` sub-parsers and sets `handler` (args -> exit code). Add a command group, e.g.
`users`, by writing `register(subparsers)` in its own module and adding it here.

Errors go to stderr as `lotse: error: ...` and say what to fix (file, line, field); the exit
code is 0 on success, 1 when the data or the database is at fault, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.directory.io import dump_document, load_document
from bot.directory.model import CATEGORIES, DEFAULT_TIMEZONE
from bot.directory.store import (
    MAX_LIMIT,
    Directory,
    Hit,
    Query,
    database_url_from_env,
    open_directory,
    redacted_url,
)
from rasa_addons import evaluation

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
Registrar = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]


class CommandError(Exception):
    """A problem the user can fix; its message is printed as it is."""


def register_directory(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`lotse directory import|validate|export|search`."""
    directory = subparsers.add_parser("directory", help="the local services directory")
    commands = directory.add_subparsers(dest="directory_command", required=True)

    load = commands.add_parser("import", help="import a directory file (JSON or CSV)")
    load.add_argument("file", type=Path, help="HSDS JSON document, list of services, or CSV")
    load.add_argument(
        "--replace", action="store_true", help="delete stored records that the file lacks"
    )
    _database_option(load)
    load.set_defaults(handler=_import)

    validate = commands.add_parser("validate", help="check a directory file without importing")
    validate.add_argument("file", type=Path)
    validate.set_defaults(handler=_validate)

    export = commands.add_parser("export", help="write the directory as HSDS JSON")
    export.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    _database_option(export)
    export.set_defaults(handler=_export)

    search = commands.add_parser("search", help="search the directory like the bot does")
    search.add_argument("--category", choices=CATEGORIES)
    search.add_argument("--town", help="any spelling, district or postcode")
    search.add_argument("--near", type=_coordinates, metavar="LAT,LON")
    search.add_argument("--age", type=int, help="age in years (e.g. of a child)")
    search.add_argument("--language", help="spoken at the service (ISO 639 code)")
    search.add_argument("--text", help="words in any language")
    search.add_argument("--mso", action="store_true", help="migrant self-organisations only")
    moment = search.add_mutually_exclusive_group()
    moment.add_argument("--open-now", action="store_true", help="open for walk-in now")
    moment.add_argument(
        "--open-at", type=_moment, metavar="DATETIME", help="open at (ISO, Europe/Berlin)"
    )
    search.add_argument("--limit", type=int, default=10, help=f"1-{MAX_LIMIT} (default 10)")
    search.add_argument("--json", action="store_true", help="print JSON")
    _database_option(search)
    search.set_defaults(handler=_search)


COMMANDS: dict[str, Registrar] = {"directory": register_directory, "eval": evaluation.register}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lotse", description="Lotse administration")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for register in COMMANDS.values():
        register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code (argparse's usage errors give 2)."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    try:
        return int(args.handler(args))
    except CommandError as error:
        print(f"lotse: error: {error}", file=sys.stderr)
        return EXIT_ERROR


def _database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database",
        metavar="URL",
        help="sqlite:///path.db or postgresql://... (default: $DATABASE_URL, else "
        "sqlite:///$LOTSE_DATA_DIR/lotse.db with LOTSE_DATA_DIR=var)",
    )


def _coordinates(text: str) -> tuple[float, float]:
    try:
        latitude, longitude = (float(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not LAT,LON (e.g. 51.906,8.378)") from None
    return latitude, longitude


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date-time like 2025-06-18T10:00"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(DEFAULT_TIMEZONE))


@contextmanager
def _directory(args: argparse.Namespace) -> Iterator[Directory]:
    url = args.database or database_url_from_env()
    try:
        directory = open_directory(url)
    except Exception as error:  # any driver's connection error, shown with the URL
        raise CommandError(f"cannot open the database {redacted_url(url)}: {error}") from error
    with directory:
        yield directory


def _load(path: Path) -> Any:
    try:
        return load_document(path)
    except ValueError as error:
        raise CommandError(str(error)) from None


def _validate(args: argparse.Namespace) -> int:
    document = _load(args.file)
    sample = " (marked as sample data)" if document.sample_data else ""
    print(
        f"{args.file}: valid{sample}: {len(document.services)} services, "
        f"{len(document.events)} events"
    )
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    document = _load(args.file)
    with _directory(args) as directory:
        result = directory.import_document(document, replace=args.replace)
        total = directory.count()
    print(
        f"{args.file}: {result.created} created, {result.updated} updated, "
        f"{result.unchanged} unchanged, {result.deleted} deleted (services and events); "
        f"the directory has {total} services"
    )
    if document.sample_data:
        print(f"note: {args.file} is marked as sample data", file=sys.stderr)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    with _directory(args) as directory:
        text = dump_document(directory.export_document())
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _search(args: argparse.Namespace) -> int:
    open_at = datetime.now(ZoneInfo(DEFAULT_TIMEZONE)) if args.open_now else args.open_at
    try:
        query = Query(
            category=args.category,
            town=args.town,
            near=args.near,
            age=args.age,
            language=args.language,
            open_at=open_at,
            text=args.text,
            mso_only=args.mso,
            limit=args.limit,
        )
    except ValueError as error:
        raise CommandError(str(error)) from None
    with _directory(args) as directory:
        if directory.count() == 0:
            print("note: the directory is empty; import a file first", file=sys.stderr)
        hits = directory.search(query)
    if args.json:
        print(json.dumps([_hit_json(hit) for hit in hits], ensure_ascii=False, indent=2))
    elif hits:
        for number, hit in enumerate(hits, start=1):
            print(f"{number}. {_hit_line(hit)}")
    else:
        print("no services found")
    return EXIT_OK


def _hit_json(hit: Hit) -> dict[str, Any]:
    service = hit.service
    return {
        "id": service.id,
        "name": service.name,
        "categories": list(service.categories),
        "town": service.location.town if service.location else None,
        "distance_km": None if hit.distance_km is None else round(hit.distance_km, 2),
        "local": hit.local,
        "open_now": hit.open_now,
        "sample": service.source.sample,
    }


def _hit_line(hit: Hit) -> str:
    service = hit.service
    where = service.location.town if service.location else ("online" if service.online else "-")
    details = [where]
    if hit.distance_km is not None:
        details.append(f"{hit.distance_km:.1f} km")
    if hit.open_now:
        details.append("open")
    if service.areas and not hit.local and service.areas != (where,):
        details.append("for " + ", ".join(service.areas))
    return f"{service.name} ({'; '.join(details)}) [{service.id}]"


if __name__ == "__main__":
    sys.exit(main())
