"""This workstation's settings: which database it opens, where its files go.

The data folder comes from platformdirs (``HRDESK_DATA_DIR`` overrides it,
for portable installs and tests); the configuration is one small JSON file
there. A PostgreSQL location's password is saved with it (the workstation
logs in to the server, then each person signs in to hrdesk); on POSIX the file
is readable by its owner only.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from hrdesk import private_files
from hrdesk.locations import (
    Location,
    PostgresLocation,
    SqliteLocation,
    describe,
    from_config,
    parse_location,
    to_config,
)

__all__ = [
    "Location",
    "PostgresLocation",
    "SqliteLocation",
    "backups_dir",
    "data_dir",
    "default_demo_path",
    "default_sqlite_path",
    "describe",
    "load",
    "parse_location",
    "save",
]

CONFIG_NAME = "workstation.json"


def data_dir() -> Path:
    override = os.environ.get("HRDESK_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("hrdesk", appauthor=False))


def default_sqlite_path() -> Path:
    return data_dir() / "hrdesk.db"


def default_demo_path() -> Path:
    return data_dir() / "demo.db"


def backups_dir() -> Path:
    return data_dir() / "backups"


def load() -> Location | None:
    try:
        data = json.loads((data_dir() / CONFIG_NAME).read_text(encoding="utf-8"))
        return from_config(data["database"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save(location: Location) -> None:
    folder = private_files.make_folder(data_dir())
    # Private from its creation: it may hold a server password.
    with private_files.replaced(folder / CONFIG_NAME) as out:
        out.write(json.dumps({"database": to_config(location)}, indent=2).encode("utf-8"))
