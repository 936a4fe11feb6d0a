"""An unlocked database: what every use case runs against.

Opening one goes: key ring → password opens a slot → engine keyed with the
master key (checked by a read) → schema check, upgrading an older schema
only after a backup. The master key stays in memory for re-wrapping slots.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

from hrdesk import errors
from hrdesk.clock import Clock, SystemClock
from hrdesk.db import access, backup, migrate
from hrdesk.db.crypto import MasterKey
from hrdesk.db.engine import open_engine
from hrdesk.db.keyring import KeyValueStore
from hrdesk.db.uow import Database
from hrdesk.locations import Location, describe

log = logging.getLogger(__name__)


@dataclasses.dataclass
class Workspace:
    location: Location
    db: Database
    store: KeyValueStore
    key: MasterKey

    @property
    def clock(self) -> Clock:
        return self.db.clock

    @property
    def label(self) -> str:
        return describe(self.location)

    def close(self) -> None:
        self.db.dispose()
        access.close_store(self.store)


def open_workspace(location: Location, key: MasterKey, store: KeyValueStore,
                   clock: Clock | None = None, backups: Path | None = None) -> Workspace:
    engine = open_engine(location, key)
    try:
        revision = migrate.check(engine)
        if revision is None:
            raise errors.NotAnHrdeskDatabase(path=describe(location))
        if migrate.needs_upgrade(revision):
            _backup_then_upgrade(engine, store, key, location, clock or SystemClock(), backups)
    except BaseException:
        engine.dispose()
        raise
    return Workspace(location, Database(engine, clock), store, key)


def _backup_then_upgrade(engine, store, key, location, clock, backups) -> None:  # type: ignore[no-untyped-def]
    from hrdesk.services.workstation import backups_dir

    now = clock.now()
    folder = backups or backups_dir()
    name = f"before-upgrade-{now.astimezone():%Y%m%d-%H%M%S}.hdbk"
    info = backup.write_backup(engine, store, key, folder / name, now)
    log.info("backed up %s to %s before upgrading its schema", describe(location), info.path)
    migrate.upgrade(engine)

