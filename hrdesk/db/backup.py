"""Encrypted, consistent, backend-neutral backups.

A backup is a header (format, schema revision, the key ring's slots) and a
series of frames, each a compressed batch of rows sealed with AES-GCM under a
key derived from the master key. Every frame's associated data binds the
header digest, its index and whether it is the last, so a truncated, reordered
or edited backup is refused rather than half-restored. Rows are read in one
snapshot (a read transaction on SQLite, REPEATABLE READ on PostgreSQL), and
because the format is logical, a plant's SQLite backup restores onto a
PostgreSQL server and back.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import decimal
import hashlib
import json
import os
import struct
import uuid
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Table, select, update
from sqlalchemy.engine import Connection, Engine

from hrdesk import __version__, errors
from hrdesk.db import keyring, migrate
from hrdesk.db.crypto import MasterKey
from hrdesk.models.base import Base

MAGIC = b"HRDESK-BACKUP\n"
FORMAT = 1
ROWS_PER_FRAME = 2_000
_LEN = struct.Struct(">I")


@dataclasses.dataclass(frozen=True)
class BackupInfo:
    path: Path
    revision: str
    created_at: str
    counts: dict[str, int]


def _tables() -> list[Table]:
    import hrdesk.models  # noqa: F401 - every table registered

    return list(Base.metadata.sorted_tables)


def _encode(value: Any) -> Any:
    if isinstance(value, (uuid.UUID, dt.date, dt.datetime)):
        return value.isoformat() if not isinstance(value, uuid.UUID) else str(value)
    if isinstance(value, bytes):
        return {"b64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, decimal.Decimal):
        return str(value)  # exact: amounts keep their cents
    return value


def _decoder(table: Table) -> Callable[[dict[str, Any]], dict[str, Any]]:
    converters: dict[str, Callable[[Any], Any]] = {}
    for column in table.columns:
        try:
            kind = column.type.python_type
        except NotImplementedError:
            continue
        if kind is uuid.UUID:
            converters[column.name] = uuid.UUID
        elif kind is dt.datetime:
            converters[column.name] = dt.datetime.fromisoformat
        elif kind is dt.date:
            converters[column.name] = dt.date.fromisoformat
        elif kind is bytes:
            converters[column.name] = lambda v: base64.b64decode(v["b64"])
        elif kind is decimal.Decimal:
            converters[column.name] = decimal.Decimal

    def decode(row: dict[str, Any]) -> dict[str, Any]:
        return {k: (converters[k](v) if v is not None and k in converters else v)
                for k, v in row.items()}

    return decode


def _aad(header_digest: bytes, index: int, final: bool) -> bytes:
    return header_digest + struct.pack(">I?", index, final)


def write_backup(engine: Engine, store: keyring.KeyValueStore, key: MasterKey,
                 path: Path, now: dt.datetime) -> BackupInfo:
    entries = {k: v for k, v in store.items().items() if not k.startswith("attempts:")}
    aead = AESGCM(key.backup_key())
    tmp = path.with_name(path.name + ".partial")
    path.parent.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    try:
        # Only the owner may read it: it is encrypted, but it is everyone's personal data.
        descriptor = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with _snapshot(engine) as conn, os.fdopen(descriptor, "wb") as out:
            revision = migrate.current_revision(conn)
            header = json.dumps({"format": FORMAT, "revision": revision,
                                 "created_at": now.isoformat(), "app_version": __version__,
                                 "keyring": entries}).encode("utf-8")
            out.write(MAGIC + _LEN.pack(len(header)) + header)
            digest = hashlib.sha256(header).digest()
            index = 0
            for table in _tables():
                counts[table.name] = 0
                for batch in _batches(conn, table):
                    counts[table.name] += len(batch)
                    _write_frame(out, aead, digest, index, False,
                                 {"table": table.name, "rows": batch})
                    index += 1
            _write_frame(out, aead, digest, index, True, {"end": True, "counts": counts})
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BackupInfo(path, revision or "", now.isoformat(), counts)


def _snapshot(engine: Engine) -> Any:
    if engine.dialect.name == "postgresql":
        conn = engine.connect().execution_options(isolation_level="REPEATABLE READ")
    else:
        conn = engine.connect().execution_options(read_only=True)
    return _InTransaction(conn)


class _InTransaction:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def __enter__(self) -> Connection:
        self.conn.begin()
        return self.conn

    def __exit__(self, *exc: Any) -> None:
        self.conn.rollback()
        self.conn.close()


def _batches(conn: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    order = list(table.primary_key.columns)
    result = conn.execute(select(table).order_by(*order)).mappings()
    while chunk := result.fetchmany(ROWS_PER_FRAME):
        yield [{k: _encode(v) for k, v in row.items()} for row in chunk]


def _write_frame(out: IO[bytes], aead: AESGCM, digest: bytes, index: int, final: bool,
                 payload: dict[str, Any]) -> None:
    body = zlib.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"), 6)
    nonce = os.urandom(12)
    sealed = aead.encrypt(nonce, body, _aad(digest, index, final))
    out.write(_LEN.pack(len(sealed) + 13) + struct.pack("?", final) + nonce + sealed)


@dataclasses.dataclass
class OpenedBackup:
    path: Path
    header: dict[str, Any]
    digest: bytes

    @property
    def revision(self) -> str:
        return str(self.header["revision"])

    @property
    def keyring(self) -> dict[str, Any]:
        return dict(self.header["keyring"])


def open_backup(path: Path) -> OpenedBackup:
    try:
        with open(path, "rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                raise errors.BackupUnreadable(path=str(path))
            (size,) = _LEN.unpack(handle.read(_LEN.size))
            raw = handle.read(size)
            header = json.loads(raw)
    except (OSError, ValueError, struct.error) as exc:
        raise errors.BackupUnreadable(path=str(path)) from exc
    if header.get("format") != FORMAT:
        raise errors.BackupUnreadable(path=str(path))
    if header.get("revision") not in migrate.KNOWN_REVISIONS:
        raise errors.SchemaTooNew(revision=header.get("revision"))
    return OpenedBackup(path, header, hashlib.sha256(raw).digest())


def read_frames(backup: OpenedBackup, key: MasterKey) -> Iterator[dict[str, Any]]:
    aead = AESGCM(key.backup_key())
    with open(backup.path, "rb") as handle:
        handle.seek(len(MAGIC))
        (size,) = _LEN.unpack(handle.read(_LEN.size))
        handle.seek(size, os.SEEK_CUR)
        index = 0
        while True:
            head = handle.read(_LEN.size)
            if len(head) < _LEN.size:
                raise errors.BackupUnreadable(path=str(backup.path))  # truncated
            (length,) = _LEN.unpack(head)
            frame = handle.read(length)
            if len(frame) != length:
                raise errors.BackupUnreadable(path=str(backup.path))
            final, nonce, sealed = bool(frame[0]), frame[1:13], frame[13:]
            try:
                body = aead.decrypt(nonce, sealed, _aad(backup.digest, index, final))
            except InvalidTag as exc:
                raise errors.BackupUnreadable(path=str(backup.path)) from exc
            payload = json.loads(zlib.decompress(body))
            yield payload
            if final:
                return
            index += 1


def load_rows(conn: Connection, backup: OpenedBackup, key: MasterKey) -> dict[str, int]:
    """Insert every row into freshly migrated tables, inside the caller's transaction."""
    tables = {t.name: t for t in _tables()}
    # Columns of foreign keys that close a cycle (a department's head is a user who
    # belongs to a department) or point into their own table (a department's parent,
    # which may come later in key order) are filled in after every table is loaded.
    deferred = {t.name: [fk.parent.name for fk in t.foreign_keys
                         if fk.use_alter or fk.column.table is t]
                for t in tables.values()}
    later: list[tuple[Table, dict[str, Any]]] = []
    counts: dict[str, int] = {}
    cleared: set[str] = set()
    for frame in read_frames(backup, key):
        if frame.get("end"):
            if {k: v for k, v in frame["counts"].items() if v} != counts:
                raise errors.BackupUnreadable(path=str(backup.path))
            break
        table = tables[frame["table"]]
        if table.name not in cleared:  # e.g. the audit head row the migration made
            conn.execute(table.delete())
            cleared.add(table.name)
        decode = _decoder(table)
        rows = [decode(r) for r in frame["rows"]]
        for row in rows:
            held = {c: row[c] for c in deferred[table.name] if row.get(c) is not None}
            if held:
                later.append((table, {**{pk.name: row[pk.name] for pk in table.primary_key},
                                      **held}))
                row.update(dict.fromkeys(held))
        conn.execute(table.insert(), rows)
        counts[table.name] = counts.get(table.name, 0) + len(rows)
    for table, values in later:
        keys = [pk.name for pk in table.primary_key]
        where = [table.c[k] == values[k] for k in keys]
        conn.execute(update(table).where(*where)
                     .values({k: v for k, v in values.items() if k not in keys}))
    for name in tables:
        counts.setdefault(name, 0)
    return counts
