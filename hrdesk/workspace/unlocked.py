"""An unlocked database: what every use case runs against.

Opening one goes: key ring → password opens a slot → engine keyed with the
database key (checked by a read) → schema check, upgrading an older schema
only after a backup. The session's keys stay in memory for sealing slots of
new passwords and for handing keys on to colleagues (``session_keys``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from pathlib import Path

from sqlalchemy.engine import Engine

from hrdesk import errors
from hrdesk.clock import Clock, SystemClock
from hrdesk.db import access, backup, migrate
from hrdesk.db.crypto import FieldCipher, KeySet
from hrdesk.db.engine import open_engine
from hrdesk.db.keyring import KeyValueStore
from hrdesk.db.types import cipher_of
from hrdesk.locations import Location, describe
from hrdesk.models.base import Base
from hrdesk.security import key_ring
from hrdesk.uow import Database
from hrdesk.workspace import upgrades

log = logging.getLogger(__name__)


@dataclasses.dataclass
class Workspace:
    location: Location
    db: Database
    store: KeyValueStore
    #: The keys this session works with: what its roles need.
    keys: KeySet
    #: Keys held only to hand on (the creator of a new database: ``key_ring``).
    custody: KeySet = dataclasses.field(default_factory=lambda: KeySet({}))
    #: The signed-in user's private key (envelopes are sealed to its public half).
    private: bytes | None = None
    username: str | None = None

    @property
    def cipher(self) -> FieldCipher:
        """Field encryption and lookup digests with this session's keys."""
        return cipher_of(self.db.engine.dialect)

    @property
    def clock(self) -> Clock:
        return self.db.clock

    @property
    def label(self) -> str:
        return describe(self.location)

    def close(self) -> None:
        self.db.dispose()
        access.close_store(self.store)


def open_workspace(location: Location, keys: KeySet, store: KeyValueStore,
                   backups: Path, clock: Clock | None = None) -> Workspace:
    """``backups``: where the backup before a schema upgrade goes (the workstation's
    folder: ``services.workstation.backups_dir``)."""
    engine = open_engine(location, keys)
    try:
        revision = migrate.check(engine)
        if revision is None:
            raise errors.NotAnHrdeskDatabase(path=describe(location))
        if migrate.needs_upgrade(revision):
            _backup_then_upgrade(engine, store, keys, location, clock or SystemClock(),
                                 backups)
    except BaseException:
        engine.dispose()
        raise
    return Workspace(location, Database(engine, clock), store, keys)


def write_backup(engine: Engine, store: KeyValueStore, keys: KeySet, path: Path,
                 now: dt.datetime) -> backup.BackupInfo:
    """Any session can write one (sealed to the backup public key); only an
    administrator's keys read it back."""
    public = key_ring.backup_public(store)
    legacy = keys.legacy_backup_key() if public is None else None
    return backup.write_backup(engine, Base.metadata, store.items(), public, legacy,
                               path, now)


def _backup_then_upgrade(engine: Engine, store: KeyValueStore, keys: KeySet,
                         location: Location, clock: Clock, backups: Path) -> None:
    now = clock.now()
    name = f"before-upgrade-{now.astimezone():%Y%m%d-%H%M%S}.hdbk"
    info = write_backup(engine, store, keys, backups / name, now)
    log.info("backed up the database to %s before upgrading its schema", info.path)
    with engine.connect().execution_options(read_only=True) as conn:
        revision = migrate.current_revision(conn)
    migrate.upgrade(engine)
    upgrades.after_upgrade(Database(engine, clock), revision)

