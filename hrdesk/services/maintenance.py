"""Backups, restores and schema upgrades, for administrators."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import String, create_engine, func, select
from sqlalchemy.engine import Connection

from hrdesk import errors
from hrdesk.clock import Clock, SystemClock
from hrdesk.db import access, backup, keyring, migrate
from hrdesk.db.access import DatabaseState
from hrdesk.db.crypto import KeySet
from hrdesk.db.engine import open_engine
from hrdesk.locations import Location, PostgresLocation, SqliteLocation, describe
from hrdesk.models.base import Base, table_of
from hrdesk.models.keyring import KeyringEntry
from hrdesk.models.org import RoleGrant, User
from hrdesk.security import audit_anchor, key_ring
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import ROLE_PERMISSIONS, require
from hrdesk.services.setup import create_private_file
from hrdesk.uow import Database
from hrdesk.vocabulary import Permission
from hrdesk.workspace import upgrades
from hrdesk.workspace.unlocked import Workspace, write_backup

BackupInfo = backup.BackupInfo
RESTORING_SUFFIX = access.RESTORING_SUFFIX


def make_backup(ws: Workspace, actor: Actor, path: Path) -> BackupInfo:
    """The backup, and the audit chain's head it holds moved into the anchor."""
    require(actor, Permission.BACKUP)
    info = write_backup(ws.db.engine, ws.store, ws.keys, path, ws.clock.now())
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        audit_anchor.advance(ws.store, ws.keys, uow.session)
    return info


@dataclasses.dataclass(frozen=True)
class BackupFile:
    path: Path
    created_at: dt.datetime | None
    size: int
    revision: str


def list_backups(actor: Actor, folder: Path) -> list[BackupFile]:
    """The backups in ``folder``, newest first, read from their headers (nothing is
    decrypted; a file that is not a backup is left out)."""
    require(actor, Permission.BACKUP)
    found = []
    for path in folder.glob("*.hdbk") if folder.is_dir() else ():
        try:
            opened = backup.open_backup(path)
            written = dt.datetime.fromisoformat(str(opened.header.get("created_at")))
        except (errors.HrdeskError, ValueError):
            continue
        found.append(BackupFile(path, written, path.stat().st_size, opened.revision))
    return sorted(found, key=lambda b: (b.created_at or dt.datetime.min.replace(tzinfo=dt.UTC),
                                        b.path.name), reverse=True)


def upgrade_schema(ws: Workspace, actor: Actor) -> str:
    """Opening a workspace already upgrades after a backup; this reports where it is."""
    require(actor, Permission.BACKUP)
    with ws.db.engine.connect().execution_options(read_only=True) as conn:
        return migrate.current_revision(conn) or ""


@dataclasses.dataclass(frozen=True)
class CheckedBackup:
    """What a dry run of a restore found: the backup restores, with these rows."""

    path: Path
    revision: str
    created_at: str
    counts: dict[str, int]
    audit_head: dict[str, Any] | None


def verify_backup(path: Path, username: str, secret: str,
                  recovery: bool = False) -> CheckedBackup:
    """Restore the backup into a database in memory (no file is written), upgrade it to
    this version's schema and check every foreign key: what it would take to restore
    it, without a database to restore into. Needs an administrator of the backup."""
    opened = backup.open_backup(path)
    keys = _unlock_backup(opened, username, secret, recovery)
    return _dry_run(opened, opened.frame_key(keys), None if recovery else username)


def check_backup(ws: Workspace, actor: Actor, path: Path) -> CheckedBackup:
    """``verify_backup`` with the keys of a signed-in administrator, for a backup of this
    database (the desktop client checks each backup it writes)."""
    require(actor, Permission.BACKUP)
    opened = backup.open_backup(path)
    return _dry_run(opened, opened.frame_key(ws.keys), None)


def _dry_run(opened: backup.OpenedBackup, frame_key: bytes,
             administrator: str | None) -> CheckedBackup:
    path = opened.path
    engine = create_engine("sqlite://")  # memory: nothing personal reaches a disk
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
            migrate.upgrade_on(conn, opened.revision)
            counts = backup.load_rows(conn, opened, frame_key, Base.metadata,
                                      placeholder_binaries=True)
            if administrator is not None:
                _require_administrator(conn, opened, administrator)
            migrate.upgrade_on(conn)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise errors.BackupUnreadable(path=str(path))
            _check_lengths(conn, path)
    finally:
        engine.dispose()
    return CheckedBackup(path, opened.revision, str(opened.header.get("created_at", "")),
                         counts, opened.audit_head)


def _check_lengths(conn: Connection, path: Path) -> None:
    """PostgreSQL refuses text longer than its column; SQLite does not. A backup made
    on SQLite must restore onto a server too."""
    for table in backup.tables(Base.metadata):
        for column in table.columns:
            if not isinstance(column.type, String) or column.type.length is None:
                continue
            longest = conn.scalar(select(func.max(func.length(column))))
            if longest is not None and longest > column.type.length:
                raise errors.BackupUnreadable(path=str(path))


def restore_backup(path: Path, target: Location, username: str, secret: str,
                   clock: Clock | None = None, recovery: bool = False) -> dict[str, int]:
    """Restore into an empty location, all or nothing; returns rows per table.

    The backup's own key ring decides who may restore it: an administrator's
    password (only their slots hold the backup key), or the recovery code printed
    when the database was created. A restore killed half-way is finished or undone
    by running it again.
    """
    clock = clock or SystemClock()
    opened = backup.open_backup(path)
    keys = _unlock_backup(opened, username, secret, recovery)
    frame_key = opened.frame_key(keys)
    if isinstance(target, SqliteLocation):
        return _restore_to_file(opened, keys, frame_key, target, username, recovery)
    if access.probe(target) is not DatabaseState.EMPTY:
        raise errors.AlreadyInitialised(location=describe(target))
    return _restore_to_server(opened, keys, frame_key, target, username, recovery)


def _unlock_backup(opened: backup.OpenedBackup, username: str, secret: str,
                   recovery: bool) -> KeySet:
    ring = _DictStore(opened.keyring)
    name = keyring.RECOVERY if recovery else keyring.slot_name(username)
    slot = ring.get(name)
    secret = keyring.normalise_recovery_code(secret) if recovery else secret
    found = keyring.open_slot(slot, secret, name) if slot else None
    if found is None:
        raise errors.InvalidRecoveryCode() if recovery else errors.WrongCredentials()
    unlocked = key_ring.unlocked(ring, "" if recovery else username, found)
    return unlocked.keys.merged(unlocked.custody.items())


def _require_administrator(conn: Connection, opened: backup.OpenedBackup,
                           username: str) -> None:
    """Only an administrator of the backed-up database may restore it, whichever key
    ring it has (a ring from before the split gave every slot every key)."""
    roles = conn.scalars(select(RoleGrant.role).join(User, User.id == RoleGrant.user_id)
                         .where(User.username == username.strip().casefold(),
                                User.active.is_(True))).all()
    if not any(Permission.BACKUP in ROLE_PERMISSIONS.get(r, ()) for r in roles):
        raise errors.RestoreNeedsAdministrator()


def _restore_to_server(opened: backup.OpenedBackup, keys: KeySet, frame_key: bytes,
                       target: PostgresLocation, username: str,
                       recovery: bool) -> dict[str, int]:
    engine = open_engine(target, keys)
    try:
        # The rows and the key ring commit together: a restore killed at any point
        # leaves either an empty database or a whole one.
        with engine.begin() as conn:
            migrate.upgrade_on(conn, opened.revision)
            counts = backup.load_rows(conn, opened, frame_key, Base.metadata)
            if not recovery:
                _require_administrator(conn, opened, username)
            table = table_of(KeyringEntry)
            conn.execute(table.delete())
            conn.execute(table.insert(), [{"name": name, "payload": json.dumps(payload)}
                                          for name, payload in opened.keyring.items()])
        migrate.upgrade(engine)
        upgrades.after_upgrade(Database(engine), opened.revision)
    finally:
        engine.dispose()
    return counts


def _restore_to_file(opened: backup.OpenedBackup, keys: KeySet, frame_key: bytes,
                     target: SqliteLocation, username: str, recovery: bool) -> dict[str, int]:
    """Built under a temporary name and renamed at the end. The renames are announced
    first (``.restoring`` beside the target): a restore killed between them is
    finished by the next run of the same restore instead of leaving a database that
    neither opens nor accepts a restore."""
    marker = Path(str(target.path) + RESTORING_SUFFIX)
    staging = SqliteLocation(target.path.with_name(target.path.name + ".staging"))
    if marker.exists():
        finished = _resume(marker, opened, staging, target)
        if finished is not None:
            return finished
    if access.probe(target) is not DatabaseState.EMPTY:
        raise errors.AlreadyInitialised(location=describe(target))
    _remove_sqlite(staging)
    create_private_file(staging)
    engine = open_engine(staging, keys)
    try:
        with engine.begin() as conn:
            migrate.upgrade_on(conn, opened.revision)
            counts = backup.load_rows(conn, opened, frame_key, Base.metadata)
            if not recovery:
                _require_administrator(conn, opened, username)
        migrate.upgrade(engine)
        upgrades.after_upgrade(Database(engine), opened.revision)
    except BaseException:
        engine.dispose()
        _remove_sqlite(staging)
        raise
    engine.dispose()  # the last connection to close folds the WAL into the file
    store = access.keystore(staging)
    for name, payload in opened.keyring.items():
        store.put(name, payload)
    _write_marker(marker, opened, counts)
    _move_into_place(staging, target)
    marker.unlink()
    return counts


def _write_marker(marker: Path, opened: backup.OpenedBackup, counts: dict[str, int]) -> None:
    descriptor = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        json.dump({"backup_digest": opened.digest.hex(), "counts": counts}, out)
        out.flush()
        os.fsync(out.fileno())


def _move_into_place(staging: SqliteLocation, target: SqliteLocation) -> None:
    # The key ring last: its presence next to a file is what makes it a database.
    if staging.path.exists():
        os.replace(staging.path, target.path)
    if staging.keyring_path.exists():
        os.replace(staging.keyring_path, target.keyring_path)
    _remove_sqlite(staging)


def _resume(marker: Path, opened: backup.OpenedBackup, staging: SqliteLocation,
            target: SqliteLocation) -> dict[str, int] | None:
    """A restore stopped while renaming its files into place: finish it when it was
    this backup's (returning its row counts), otherwise take away what it left (the
    target was empty before it: a restore starts only into an empty place)."""
    try:
        noted = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        noted = {}
    same = noted.get("backup_digest") == opened.digest.hex()
    staged = staging.path.exists() or staging.keyring_path.exists()
    if staged and not same:
        _remove_sqlite(staging)
        _remove_sqlite(target)
    elif staged:
        _move_into_place(staging, target)
    # Nothing staged: both files were in place before the stop, the restore is whole.
    marker.unlink()
    return dict(noted.get("counts") or {}) if same else None


def _remove_sqlite(location: SqliteLocation) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(str(location.path) + suffix).unlink()
    for path in (location.keyring_path,
                 location.keyring_path.with_name(location.keyring_path.name + ".lock")):
        with contextlib.suppress(OSError):
            path.unlink()


class _DictStore:
    """A backup's key ring, read like a live one (nothing is ever written to it)."""

    def __init__(self, entries: dict[str, keyring.Payload]) -> None:
        self._entries = entries

    def get(self, name: str) -> keyring.Payload | None:
        return self._entries.get(name)

    def items(self) -> dict[str, keyring.Payload]:
        return dict(self._entries)

    def put(self, name: str, payload: keyring.Payload) -> None:
        raise RuntimeError("a backup's key ring is read-only")

    def delete(self, name: str) -> None:
        raise RuntimeError("a backup's key ring is read-only")

    def update(self, name: str, change: Callable[[keyring.Payload | None], keyring.Payload]
               ) -> keyring.Payload:
        raise RuntimeError("a backup's key ring is read-only")
