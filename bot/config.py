"""Settings from the environment (secrets never live in files under git).

YAML is not needed yet: every setting is an environment variable with a safe default for
development; production refuses to start without the secrets it needs.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from bot.directory.store import database_url_from_env


class ConfigError(RuntimeError):
    """A setting is missing or malformed; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    env: str
    port: int
    data_dir: Path
    database_url: str
    rasa_url: str
    rasa_token: str
    action_server_url: str
    secret_key: str
    enable_parse_api: bool
    widget_allowed_origins: tuple[str, ...]
    rasa_timeout: float = 20.0

    @property
    def production(self) -> bool:
        return self.env == "production"

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if environ is None else environ)
        mode = env.get("LOTSE_ENV", "dev")
        if mode not in ("dev", "production"):
            raise ConfigError(f"LOTSE_ENV must be 'dev' or 'production', not {mode!r}")
        data_dir = Path(env.get("LOTSE_DATA_DIR", "var"))
        try:
            port = int(env.get("PORT", "8080"))
        except ValueError as exc:
            raise ConfigError(f"PORT must be a number, not {env['PORT']!r}") from exc
        secret_key = env.get("LOTSE_SECRET_KEY", "")
        if not secret_key:
            if mode == "production":
                raise ConfigError("LOTSE_SECRET_KEY is required in production")
            secret_key = _dev_secret(data_dir)
        rasa_token = env.get("RASA_TOKEN", "")
        if not rasa_token:
            if mode == "production":
                raise ConfigError("RASA_TOKEN is required in production")
            rasa_token = "dev-" + secret_key[:16]
        origins = tuple(
            o.strip() for o in env.get("WIDGET_ALLOWED_ORIGINS", "").split(",") if o.strip()
        )
        return cls(
            env=mode,
            port=port,
            data_dir=data_dir,
            database_url=database_url_from_env(env),
            rasa_url=env.get("RASA_URL", "http://127.0.0.1:5005").rstrip("/"),
            rasa_token=rasa_token,
            action_server_url=env.get("ACTION_SERVER_URL", "http://127.0.0.1:5055").rstrip("/"),
            secret_key=secret_key,
            enable_parse_api=env.get("LOTSE_PARSE_API", "0" if mode == "production" else "1")
            == "1",
            widget_allowed_origins=origins,
        )


def _dev_secret(data_dir: Path) -> str:
    """A per-checkout development key, kept under var/ so pseudonyms survive restarts."""
    path = data_dir / "dev-secret-key"
    if path.exists():
        return path.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(32)
    path.write_text(key)
    path.chmod(0o600)
    return key
