"""Backups, restores and schema upgrades, for administrators."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from hrdesk import errors
from hrdesk.clock import Clock, SystemClock
from hrdesk.db import access, backup, keyring, migrate
from hrdesk.db.access import DatabaseState
from hrdesk.db.crypto import MasterKey
from hrdesk.db.engine import open_engine
from hrdesk.locations import Location, SqliteLocation, describe
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import Permission, require
from hrdesk.services.setup import restrict_to_owner
from hrdesk.services.workspace import Workspace

BackupInfo = backup.BackupInfo


def make_backup(ws: Workspace, actor: Actor, path: Path) -> BackupInfo:
    require(actor, Permission.BACKUP)
    return backup.write_backup(ws.db.engine, ws.store, ws.key, path, ws.clock.now())


def upgrade_schema(ws: Workspace, actor: Actor) -> str:
    """Opening a workspace already upgrades after a backup; this reports where it is."""
    require(actor, Permission.BACKUP)
    with ws.db.engine.connect() as conn:
        return migrate.current_revision(conn) or ""


def restore_backup(path: Path, target: Location, username: str, secret: str,
                   clock: Clock | None = None, recovery: bool = False) -> dict[str, int]:
    """Restore into an empty location, all or nothing; returns rows per table.

    The backup's own key ring decides who may restore it: an administrator's
    password, or the recovery code printed when the database was created.
    """
    clock = clock or SystemClock()
    opened = backup.open_backup(path)
    key = _unlock_backup(opened, username, secret, recovery)
    if access.probe(target) is not DatabaseState.EMPTY:
        raise errors.AlreadyInitialised(location=describe(target))
    if isinstance(target, SqliteLocation):
        return _restore_to_file(opened, key, target)
    engine = open_engine(target, key)
    try:
        with engine.begin() as conn:
            migrate.upgrade_on(conn, opened.revision)
            counts = backup.load_rows(conn, opened, key)
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    with access.opened_keystore(target) as store:
        for name, payload in opened.keyring.items():
            store.put(name, payload)
    return counts


def _unlock_backup(opened: backup.OpenedBackup, username: str, secret: str,
                   recovery: bool) -> MasterKey:
    name = keyring.RECOVERY if recovery else keyring.slot_name(username)
    slot = opened.keyring.get(name)
    secret = keyring.normalise_recovery_code(secret) if recovery else secret
    key = keyring.open_slot(slot, secret, name) if slot else None
    if key is None:
        raise errors.InvalidRecoveryCode() if recovery else errors.WrongCredentials()
    return key


def _restore_to_file(opened: backup.OpenedBackup, key: MasterKey,
                     target: SqliteLocation) -> dict[str, int]:
    # Built under a temporary name and renamed at the end: a failed restore leaves
    # nothing that looks like a database.
    staging = SqliteLocation(target.path.with_name(target.path.name + ".restoring"))
    _remove_sqlite(staging)
    engine = open_engine(staging, key)
    try:
        restrict_to_owner(staging)
        with engine.begin() as conn:
            migrate.upgrade_on(conn, opened.revision)
            counts = backup.load_rows(conn, opened, key)
        migrate.upgrade(engine)
    except BaseException:
        engine.dispose()
        _remove_sqlite(staging)
        raise
    engine.dispose()  # the last connection to close folds the WAL into the file
    store = access.keystore(staging)
    for name, payload in opened.keyring.items():
        store.put(name, payload)
    os.replace(staging.keyring_path, target.keyring_path)
    os.replace(staging.path, target.path)
    _remove_sqlite(staging)
    return counts


def _remove_sqlite(location: SqliteLocation) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(str(location.path) + suffix).unlink()
    for path in (location.keyring_path,
                 location.keyring_path.with_name(location.keyring_path.name + ".lock")):
        with contextlib.suppress(OSError):
            path.unlink()
