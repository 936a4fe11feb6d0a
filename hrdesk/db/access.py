"""Finding out what is at a location, and where its key ring is, before unlocking."""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import inspect

from hrdesk import errors
from hrdesk.db import keyring
from hrdesk.db.engine import plain_postgres_engine, translate_connect_error
from hrdesk.db.keyring import FileStore, KeyValueStore
from hrdesk.db.keyring_table import TableStore
from hrdesk.locations import Location, PostgresLocation, SqliteLocation

SQLITE_PLAIN_HEADER = b"SQLite format 3\0"
#: Beside a SQLite database while a restore is renaming its files into place.
RESTORING_SUFFIX = ".restoring"


class DatabaseState(enum.Enum):
    EMPTY = "empty"  # nothing there yet: a new database can be created
    HRDESK = "hrdesk"


def keystore(location: Location) -> KeyValueStore:
    if isinstance(location, SqliteLocation):
        return _FileStoreChecked(location)
    return TableStore(plain_postgres_engine(location))


def close_store(store: KeyValueStore) -> None:
    """A server's key ring holds a connection pool; a file's holds nothing."""
    close = getattr(store, "close", None)
    if close is not None:
        close()


@contextlib.contextmanager
def opened_keystore(location: Location) -> Iterator[KeyValueStore]:
    """The key ring for a moment (a look at its entries), closed afterwards."""
    store = keystore(location)
    try:
        yield store
    finally:
        close_store(store)


def probe(location: Location) -> DatabaseState:
    """What is there; raises ``KnownError`` for something that is not ours or unreachable."""
    if isinstance(location, SqliteLocation):
        return _probe_file(location)
    return _probe_server(location)


def _probe_file(location: SqliteLocation) -> DatabaseState:
    path = location.path
    if Path(str(path) + RESTORING_SUFFIX).exists():
        raise errors.RestoreInterrupted(location=str(path))
    if not path.exists():
        if location.keyring_path.exists():
            raise errors.DatabaseDamaged(path=str(path))
        return DatabaseState.EMPTY
    if path.is_dir():
        raise errors.NotAnHrdeskDatabase(path=str(path))
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_PLAIN_HEADER))
    except OSError as exc:
        raise errors.FileProblem(path=str(path), reason=exc.strerror or str(exc)) from exc
    # An unencrypted SQLite file, an empty file or a missing key ring: not one of ours.
    if header == SQLITE_PLAIN_HEADER or not header or not location.keyring_path.exists():
        raise errors.NotAnHrdeskDatabase(path=str(path))
    with opened_keystore(location) as store:
        if store.get(keyring.META) is None:
            raise errors.NotAnHrdeskDatabase(path=str(path))
    return DatabaseState.HRDESK


def _probe_server(location: PostgresLocation) -> DatabaseState:
    engine = plain_postgres_engine(location)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
    except Exception as exc:
        raise translate_connect_error(exc, location) from exc
    finally:
        engine.dispose()
    if not tables:
        return DatabaseState.EMPTY
    if "keyring" not in tables or "alembic_version" not in tables:
        raise errors.NotAnHrdeskDatabase(path=f"{location.host}/{location.database}")
    store = TableStore(plain_postgres_engine(location))
    try:
        if store.get(keyring.META) is None:
            # Migrated but never finished setting up (for example an interrupted init).
            return DatabaseState.EMPTY
    finally:
        store.close()
    return DatabaseState.HRDESK


class _FileStoreChecked(FileStore):
    """A key-ring file that turns an unreadable file into the database's message."""

    def __init__(self, location: SqliteLocation) -> None:
        super().__init__(location.keyring_path)
        self.location = location

    def _read(self) -> dict[str, keyring.Payload]:
        try:
            return super()._read()
        except keyring.KeyringUnreadable as exc:
            raise errors.DatabaseDamaged(path=str(self.path)) from exc
