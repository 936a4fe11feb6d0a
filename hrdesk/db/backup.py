"""Encrypted, consistent, backend-neutral backups.

A backup is a header (format, schema revision, the key ring's entries, the audit
chain's head) and a series of frames, each a compressed batch of rows sealed with
AES-GCM. Every frame's associated data binds the header digest, its index and
whether it is the last, so a truncated, reordered or edited backup is refused
rather than half-restored. Rows are read in one snapshot (a read transaction on
SQLite, REPEATABLE READ on PostgreSQL), and because the format is logical, a
plant's SQLite backup restores onto a PostgreSQL server and back.

Format 2 copies each row as stored: encrypted columns stay ciphertext, so writing
a backup needs no field key and a restored row is the row that was saved (its
audit fingerprint still matches). The frames' key is random, sealed to the
database's backup public key: any session can write a backup (one is made before
every schema upgrade), only a holder of the private key — an administrator, or the
recovery code — can read one. Format 1 (before keys were split) sealed frames
under a key derived from the master key and held rows decrypted; it still restores.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Column, LargeBinary, MetaData, Table, inspect, select, update
from sqlalchemy.engine import Connection, Engine

from hrdesk import __version__, errors, private_files
from hrdesk.db import keyring, migrate, stored
from hrdesk.db.crypto import KeySet, Purpose

MAGIC = b"HRDESK-BACKUP\n"
FORMAT = 2
READABLE_FORMATS = (1, 2)
ROWS_PER_FRAME = 2_000
_LEN = struct.Struct(">I")
#: Not copied as rows: the key ring travels in the header, whatever the backend.
SKIPPED_TABLES = frozenset({"keyring"})


@dataclasses.dataclass(frozen=True)
class BackupInfo:
    path: Path
    revision: str
    created_at: str
    counts: dict[str, int]
    audit_head: dict[str, Any] | None = None


def tables(schema: MetaData) -> list[Table]:
    """The tables a backup copies, as stored. ``schema`` is the models' metadata
    (``models.base.Base.metadata``): given, since the database layer is below them."""
    return [t for name, t in stored.tables(schema).items() if name not in SKIPPED_TABLES]


def _aad(header_digest: bytes, index: int, final: bool) -> bytes:
    return header_digest + struct.pack(">I?", index, final)


def write_backup(engine: Engine, schema: MetaData, entries: dict[str, Any],
                 backup_public: bytes | None,
                 legacy_key: bytes | None, path: Path, now: dt.datetime) -> BackupInfo:
    """``entries``: the key ring; the frames are sealed to ``backup_public`` (or, for a
    ring from before the split, under ``legacy_key``)."""
    entries = {k: v for k, v in entries.items() if not k.startswith("attempts:")}
    frame_key, encryption = _frame_key(backup_public, legacy_key)
    aead = AESGCM(frame_key)
    path = _file_in(path, now)
    counts: dict[str, int] = {}
    with _writing(path) as out, _snapshot(engine) as conn:
        revision = migrate.current_revision(conn)
        head = audit_head(conn, schema)
        header = json.dumps({"format": FORMAT, "revision": revision,
                             "created_at": now.isoformat(), "app_version": __version__,
                             "keyring": entries, "audit_head": head,
                             "encryption": encryption}).encode("utf-8")
        out.write(MAGIC + _LEN.pack(len(header)) + header)
        digest = hashlib.sha256(header).digest()
        index = 0
        present = _present_columns(conn)
        for table in tables(schema):
            counts[table.name] = 0
            if table.name not in present:
                continue  # a table of a later schema than this database's
            for batch in _batches(conn, table, present[table.name]):
                counts[table.name] += len(batch)
                _write_frame(out, aead, digest, index, False,
                             {"table": table.name, "rows": batch})
                index += 1
        _write_frame(out, aead, digest, index, True, {"end": True, "counts": counts})
    return BackupInfo(path, revision or "", now.isoformat(), counts, head)


def _file_in(path: Path, now: dt.datetime) -> Path:
    """A folder given as the target gets a file named after the moment."""
    if path.is_dir():
        return path / f"hrdesk-{now.astimezone():%Y%m%d-%H%M%S}.hdbk"
    return path


def _frame_key(public: bytes | None, legacy_key: bytes | None) -> tuple[bytes, dict[str, Any]]:
    if public is not None:
        key = os.urandom(32)
        return key, {"scheme": "x25519-aesgcm",
                     "key": keyring.seal_to(public, Purpose.BACKUP, key)}
    if legacy_key is None:
        raise ValueError("a backup needs the backup public key or, before the split, its key")
    return legacy_key, {"scheme": "legacy"}


def audit_head(conn: Connection, schema: MetaData) -> dict[str, Any] | None:
    """The chain's end as of this snapshot: printed with every backup, so a chain
    re-hashed later no longer matches what was written down."""
    table = stored.tables(schema)["audit_head"]
    row = conn.execute(select(table.c.last_seq, table.c.last_hash)
                       .where(table.c.id == 1)).first()
    return {"seq": int(row[0]), "hash": row[1]} if row else None


@contextlib.contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    if engine.dialect.name == "postgresql":
        conn = engine.connect().execution_options(isolation_level="REPEATABLE READ",
                                                  postgresql_readonly=True)
    else:
        conn = engine.connect().execution_options(read_only=True)
    try:
        conn.begin()
        yield conn
    finally:
        conn.rollback()
        conn.close()


def _present_columns(conn: Connection) -> dict[str, set[str]]:
    """The columns each table has in this database: one being upgraded (the backup
    before the upgrade) has the schema of its revision, not this program's."""
    found = inspect(conn)
    return {name: {c["name"] for c in found.get_columns(name)}
            for name in found.get_table_names()}


def _batches(conn: Connection, table: Table, present: set[str]
             ) -> Iterator[list[dict[str, Any]]]:
    order = list(table.primary_key.columns)
    columns = [c for c in table.columns if c.name in present]
    result = conn.execute(select(*columns).order_by(*order)).mappings()
    while chunk := result.fetchmany(ROWS_PER_FRAME):
        yield [{k: stored.to_json(v) for k, v in row.items()} for row in chunk]


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
    def format(self) -> int:
        return int(self.header["format"])

    @property
    def revision(self) -> str:
        return str(self.header["revision"])

    @property
    def keyring(self) -> dict[str, Any]:
        return dict(self.header["keyring"])

    @property
    def audit_head(self) -> dict[str, Any] | None:
        return self.header.get("audit_head")

    def frame_key(self, keys: KeySet) -> bytes:
        """The frames' key, from keys a slot of this backup's ring opened."""
        scheme = (self.header.get("encryption") or {"scheme": "legacy"})["scheme"]
        if scheme == "legacy":
            return keys.legacy_backup_key()
        if not keys.has(Purpose.BACKUP):
            raise errors.RestoreNeedsAdministrator()
        key = keyring.open_sealed(self.header["encryption"]["key"], keys.get(Purpose.BACKUP),
                                  Purpose.BACKUP)
        if key is None:
            raise errors.BackupUnreadable(path=str(self.path))
        return key


def open_backup(path: Path) -> OpenedBackup:
    if path.is_dir():
        raise errors.FileProblem(path=str(path), reason="is a folder, not a backup file")
    try:
        with open(path, "rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                raise errors.BackupUnreadable(path=str(path))
            (size,) = _LEN.unpack(handle.read(_LEN.size))
            raw = handle.read(size)
            header = json.loads(raw)
    except FileNotFoundError as exc:
        raise errors.FileProblem(path=str(path), reason="no such file") from exc
    except (OSError, ValueError, struct.error) as exc:
        raise errors.BackupUnreadable(path=str(path)) from exc
    if not isinstance(header, dict) or header.get("format") not in READABLE_FORMATS:
        raise errors.BackupUnreadable(path=str(path))
    if header.get("revision") not in migrate.KNOWN_REVISIONS:
        raise errors.SchemaTooNew(revision=header.get("revision"))
    return OpenedBackup(path, header, hashlib.sha256(raw).digest())


def read_frames(backup: OpenedBackup, frame_key: bytes) -> Iterator[dict[str, Any]]:
    aead = AESGCM(frame_key)
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
                payload = json.loads(zlib.decompress(body))
            except (InvalidTag, zlib.error, ValueError) as exc:
                raise errors.BackupUnreadable(path=str(backup.path)) from exc
            yield payload
            if final:
                return
            index += 1


def load_rows(conn: Connection, backup: OpenedBackup, frame_key: bytes, schema: MetaData,
              placeholder_binaries: bool = False) -> dict[str, int]:
    """Insert every row into freshly migrated tables, inside the caller's transaction.

    Format 2 rows go in as stored. Format 1 rows hold encrypted columns decrypted, so
    they go through the model's own types (``schema``: the models' metadata), which
    encrypt them with ``conn``'s keys.
    ``placeholder_binaries``: files are checked, then kept as a few bytes (a dry run
    proves the backup restorable without holding every resume in memory).
    """
    as_stored = backup.format >= 2
    targets = _targets(schema, as_stored)
    # Columns of foreign keys that close a cycle (a department's head is a user who
    # belongs to a department) or point into their own table (a department's parent,
    # which may come later in key order) are filled in after every table is loaded.
    deferred = {t.name: [fk.parent.name for fk in t.foreign_keys
                         if fk.use_alter or fk.column.table is t]
                for t in targets.values()}
    later: list[tuple[Table, dict[str, Any]]] = []
    present: dict[str, Table] = {}  # format 1: the model's tables, as far as they exist yet
    counts: dict[str, int] = {}
    cleared: set[str] = set()
    for frame in read_frames(backup, frame_key):
        if frame.get("end"):
            expected = {k: v for k, v in frame["counts"].items()
                        if v and k not in SKIPPED_TABLES}
            if expected != counts:
                raise errors.BackupUnreadable(path=str(backup.path))
            break
        if frame.get("table") in SKIPPED_TABLES:
            continue
        table = targets.get(frame.get("table", ""))
        if table is None:
            raise errors.BackupUnreadable(path=str(backup.path))
        if table.name not in cleared:  # e.g. the audit head row the migration made
            conn.execute(table.delete())
            cleared.add(table.name)
        if not as_stored:
            table = present.setdefault(table.name, _as_present(conn, table))
        rows = _decoded(backup, schema, table, frame["rows"], placeholder_binaries)
        for row in rows:
            held = {c: row[c] for c in deferred[table.name] if row.get(c) is not None}
            if held:
                later.append((table, {**{pk.name: row[pk.name] for pk in table.primary_key},
                                      **held}))
                row.update(dict.fromkeys(held))
        if rows:
            conn.execute(table.insert(), rows)
        counts[table.name] = counts.get(table.name, 0) + len(rows)
    for table, values in later:
        keys = [pk.name for pk in table.primary_key]
        where = [table.c[k] == values[k] for k in keys]
        conn.execute(update(table).where(*where)
                     .values({k: v for k, v in values.items() if k not in keys}))
    for table in targets.values():
        counts.setdefault(table.name, 0)
    return counts


def _as_present(conn: Connection, table: Table) -> Table:
    """``table`` with only the columns the database has at its revision: a model column
    added later (with a default the ORM would send) must not be in the insert."""
    there = {c["name"] for c in inspect(conn).get_columns(table.name)}
    if there >= set(table.c.keys()):
        return table
    return Table(table.name, MetaData(),
                 *(Column(c.name, c.type, primary_key=c.primary_key) for c in table.columns
                   if c.name in there))


def _targets(schema: MetaData, as_stored: bool) -> dict[str, Table]:
    if as_stored:
        return {t.name: t for t in tables(schema)}
    return {t.name: t for t in schema.sorted_tables if t.name not in SKIPPED_TABLES}


def _decoded(backup: OpenedBackup, schema: MetaData, table: Table, rows: list[dict[str, Any]],
             placeholder_binaries: bool) -> list[dict[str, Any]]:
    decode = stored.decoder(stored.tables(schema)[table.name])
    try:
        decoded = [decode(r) for r in rows]
    except (KeyError, TypeError, ValueError) as exc:
        raise errors.BackupUnreadable(path=str(backup.path)) from exc
    if placeholder_binaries:
        binaries = [c.name for c in table.columns if isinstance(c.type, LargeBinary)]
        for row in decoded:
            for name in binaries:
                if row.get(name) is not None:
                    row[name] = b"\0" * min(len(row[name]), 32)
    return decoded


@contextlib.contextmanager
def _writing(path: Path) -> Iterator[IO[bytes]]:
    """The backup file, written whole or not at all; the ``.partial`` files of backups
    killed half-way in the same folder go first."""
    try:
        with private_files.replaced(path, stale="*.hdbk.partial") as out:
            yield out
    except OSError as exc:
        raise errors.FileProblem(path=str(path), reason=exc.strerror or str(exc)) from exc
