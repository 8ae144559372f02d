"""`python -m bot` runs the gateway on 0.0.0.0:PORT."""

from __future__ import annotations

import logging
import sys

from aiohttp import web

from bot.config import ConfigError, Settings
from bot.gateway.app import create_app


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    logging.getLogger("aiohttp.access").setLevel(
        logging.WARNING
    )  # access lines carry query strings
    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        print(f"lotse gateway: {exc}", file=sys.stderr)
        return 2
    web.run_app(create_app(settings), host="0.0.0.0", port=settings.port, print=None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
