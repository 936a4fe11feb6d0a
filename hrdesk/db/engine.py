"""Engines for the two backends, behind one function.

SQLite: an SQLCipher 4 file. The raw key goes in as the first statement on
every new connection and is checked by a read right away, so a wrong key or
a damaged file fails at connect time with a clear error instead of at some
later query. Transactions start with BEGIN IMMEDIATE: writers queue up instead
of failing half-way with a stale snapshot, which also keeps the audit chain
linear.

PostgreSQL: psycopg 3 with the location's TLS options.
"""

from __future__ import annotations

import json
import os
import socket
from typing import Any

import sqlcipher3
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from hrdesk import errors
from hrdesk.db import wal
from hrdesk.db.crypto import KeySet
from hrdesk.db.types import attach_cipher
from hrdesk.locations import Location, PostgresLocation, SqliteLocation

BUSY_TIMEOUT_MS = 10_000


def open_engine(location: Location, key: KeySet) -> Engine:
    engine = (
        _sqlcipher_engine(location, key)
        if isinstance(location, SqliteLocation)
        else _postgres_engine(location)
    )
    attach_cipher(engine.dialect, key.field_cipher())
    check_connection(engine, location)
    return engine


def plain_postgres_engine(location: PostgresLocation) -> Engine:
    """An engine without keys, for probing and the key ring (read before unlocking)."""
    return _postgres_engine(location)


def check_connection(engine: Engine, location: Location) -> None:
    """Open one connection now, turning driver failures into messages."""
    try:
        # A read: opening must not wait for another program's write lock.
        with engine.connect().execution_options(read_only=True) as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        raise translate_connect_error(exc, location) from exc


def is_busy(exc: BaseException) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED (any extended code), from the driver or SQLAlchemy."""
    return isinstance(errors.of_environment(exc), errors.DatabaseBusy)


def translate_connect_error(exc: BaseException, location: Location) -> Exception:
    if isinstance(exc, errors.HrdeskError):
        return exc
    if isinstance(location, SqliteLocation):
        cause = getattr(exc, "orig", exc)
        if is_busy(cause):
            return errors.DatabaseBusy()
        if isinstance(cause, sqlcipher3.dbapi2.DatabaseError):
            return errors.DatabaseDamaged(path=str(location.path))
        return exc if isinstance(exc, Exception) else RuntimeError(str(exc))
    return _postgres_error(exc, location)


def _postgres_error(exc: BaseException, location: PostgresLocation) -> Exception:
    import psycopg

    cause = getattr(exc, "orig", exc)
    where = {"host": location.host, "port": location.port}
    if not isinstance(cause, psycopg.Error):
        return exc if isinstance(exc, Exception) else RuntimeError(str(exc))
    if isinstance(cause, psycopg.OperationalError) and cause.sqlstate is None:
        # libpq reports connection-phase failures without an SQLSTATE; whether the
        # server answered at all tells "down" apart from "said no". Its own words
        # (wrong password, unknown role or database, pg_hba) are passed on as detail.
        if not _server_answers(location):
            return errors.ServerUnreachable(**where)
        return errors.ServerLoginRefused(user=location.user, detail=_server_words(cause),
                                         **where)
    if (cause.sqlstate or "").startswith("28"):
        return errors.ServerLoginRefused(user=location.user, detail=_server_words(cause),
                                         **where)
    return errors.ServerError(detail=_server_words(cause), **where)


def _server_answers(location: PostgresLocation) -> bool:
    if location.host.startswith("/"):  # a Unix socket folder
        return os.path.exists(os.path.join(location.host, f".s.PGSQL.{location.port}"))
    try:
        with socket.create_connection((location.host, location.port), timeout=3):
            return True
    except OSError:
        return False


def _server_words(cause: BaseException) -> str:
    text = str(cause).strip().splitlines()[0] if str(cause).strip() else type(cause).__name__
    return text.rsplit("failed:", 1)[-1].strip()


# One encoder for every value: ``json.dumps`` with options builds a new one per call,
# which cost more than the encoding itself in a bulk write (four JSON columns a row).
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _json_text(value: Any) -> str:
    """JSON columns as UTF-8 text: a Chinese self-description stored as backslash-u
    escapes took twice the room (rows written before keep them; search finds both)."""
    if type(value) is list and not value:  # most rows' certificates, skills and tags
        return "[]"
    return _JSON.encode(value)


def _sqlcipher_engine(location: SqliteLocation, key: KeySet) -> Engine:
    engine = create_engine(
        f"sqlite:///{location.path}",
        module=sqlcipher3.dbapi2,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        pool_size=4,
        max_overflow=4,
        json_serializer=_json_text,
        # Error text would otherwise quote the bound values: candidates' personal data.
        hide_parameters=True,
    )
    key_hex = key.sqlcipher_hex()

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Driver-level autocommit: we issue BEGIN ourselves (see _on_begin).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        try:
            cursor.execute("PRAGMA cipher_log_level = NONE")
            cursor.execute(f"PRAGMA key = \"x'{key_hex}'\"")
            cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.dbapi2.DatabaseError as exc:
            # Another connection holding the file for longer than we wait is not damage:
            # telling someone to restore a backup because an import was running is worse
            # than useless.
            if is_busy(exc):
                raise errors.DatabaseBusy() from exc
            raise errors.DatabaseDamaged(path=str(location.path)) from exc
        finally:
            cursor.close()
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous = NORMAL")
        # Sorts and temporary tables stay in memory: SQLite's temp files are not
        # encrypted, and nothing personal may reach the disk in clear.
        cursor.execute("PRAGMA temp_store = MEMORY")
        # Deleted and overwritten content is zeroed, not left in free space: an erased
        # person (``services.erasure``) must not stay readable to someone with the key
        # who reads the file's pages rather than its tables.
        cursor.execute("PRAGMA secure_delete = ON")
        # 64 MiB of page cache (the default is ~8 MiB): indexes on random UUIDs make
        # inserts touch pages all over a large file; bulk work ran 15% faster.
        cursor.execute("PRAGMA cache_size = -65536")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = "DEFERRED" if conn.get_execution_options().get("read_only") else "IMMEDIATE"
        try:
            conn.exec_driver_sql(f"BEGIN {mode}")
        except OperationalError as exc:
            if is_busy(exc):  # the write lock stayed taken for BUSY_TIMEOUT_MS
                raise errors.DatabaseBusy() from exc
            raise

    wal.install(engine)
    return engine


def _postgres_engine(location: PostgresLocation) -> Engine:
    return create_engine(
        location.sqlalchemy_url(),
        connect_args=location.connect_args(),
        pool_pre_ping=True,
        pool_size=4,
        max_overflow=4,
        json_serializer=_json_text,
        # Error text would otherwise quote the bound values: candidates' personal data.
        hide_parameters=True,
    )
