"""Where a database lives: an encrypted file, or a shared PostgreSQL server.

Plain frozen values, so the UI, the CLI and the workstation config can pass
them around without touching the database layer.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


@dataclasses.dataclass(frozen=True)
class SqliteLocation:
    path: Path

    @property
    def keyring_path(self) -> Path:
        """The key slots live beside the file: they must be readable before it is."""
        return self.path.with_name(self.path.name + ".keys")


@dataclasses.dataclass(frozen=True)
class PostgresLocation:
    host: str
    port: int = 5432
    database: str = "hrdesk"
    user: str = "hrdesk"
    password: str = dataclasses.field(default="", repr=False)
    sslmode: str = "prefer"
    sslrootcert: str | None = None
    sslcert: str | None = None
    sslkey: str | None = None

    def sqlalchemy_url(self) -> str:
        auth = quote(self.user, safe="")
        if self.password:
            auth += ":" + quote(self.password, safe="")
        return f"postgresql+psycopg://{auth}@{self.host}:{self.port}/{quote(self.database)}"

    def connect_args(self) -> dict[str, Any]:
        args: dict[str, Any] = {"sslmode": self.sslmode, "connect_timeout": 5}
        for name in ("sslrootcert", "sslcert", "sslkey"):
            if getattr(self, name):
                args[name] = getattr(self, name)
        return args


Location = SqliteLocation | PostgresLocation


def parse_location(text: str) -> Location:
    """A path, or a ``postgresql://user:pw@host:port/db?sslmode=…`` URL."""
    if text.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        parts = urlsplit(text)
        query = dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p)
        return PostgresLocation(
            host=parts.hostname or "localhost",
            port=parts.port or 5432,
            database=unquote(parts.path.lstrip("/")) or "hrdesk",
            user=unquote(parts.username or "hrdesk"),
            password=unquote(parts.password or ""),
            sslmode=query.get("sslmode", "prefer"),
            sslrootcert=query.get("sslrootcert"),
            sslcert=query.get("sslcert"),
            sslkey=query.get("sslkey"),
        )
    return SqliteLocation(Path(text).expanduser().absolute())


def describe(location: Location) -> str:
    """A short label for the status bar and messages; never shows a password."""
    if isinstance(location, SqliteLocation):
        return str(location.path)
    return f"{location.user}@{location.host}:{location.port}/{location.database}"


def to_config(location: Location) -> dict[str, Any]:
    if isinstance(location, SqliteLocation):
        return {"kind": "sqlite", "path": str(location.path)}
    data = dataclasses.asdict(location)
    data["kind"] = "postgresql"
    return data


def from_config(data: dict[str, Any]) -> Location:
    kind = data.get("kind")
    if kind == "sqlite":
        return SqliteLocation(Path(data["path"]))
    if kind == "postgresql":
        fields = {f.name for f in dataclasses.fields(PostgresLocation)}
        return PostgresLocation(**{k: v for k, v in data.items() if k in fields})
    raise ValueError(f"unknown database kind {kind!r}")
