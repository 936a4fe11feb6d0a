"""A bulk write's log folded into the database file after its commit, not inside it.

SQLite in WAL mode appends each commit to the log (``-wal``) and copies the log into
the file (a checkpoint) at the end of the first commit that takes it past 1,000
pages — inside that commit. A 100,000-row import writes some 125,000 pages: its own
commit would spend two to three seconds copying them before the user hears that it
is done. Around such a write, automatic checkpoints are off on its connection, and
the copy runs once it has committed, on a background thread, as a passive
checkpoint (readers and writers carry on meanwhile). Nothing is at risk in between:
the log holds the committed pages and every reader sees them; closing the database
waits for the copy (``Database.dispose``), and the last connection to close folds
whatever is left, as it always does. PostgreSQL needs none of this.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
from collections.abc import Iterator
from typing import Any, Protocol

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

AUTOCHECKPOINT_PAGES = 1000  # SQLite's default, put back after the bulk write
# One thread for every database of the process: checkpoints are rare and short.
_folder = concurrent.futures.ThreadPoolExecutor(max_workers=1,
                                                thread_name_prefix="hrdesk-checkpoint")


_OFF = "hrdesk.autocheckpoint_off"  # on a pooled connection's record while it is so


class _Folds(Protocol):
    def fold_log_later(self) -> None: ...


class BulkWrite(Protocol):
    """What ``checkpoint_afterwards`` needs of a unit of work (``hrdesk.uow``), which
    stands above the database layer: its session, and its database's background fold."""

    @property
    def session(self) -> Session: ...

    @property
    def db(self) -> _Folds: ...


@contextlib.contextmanager
def checkpoint_afterwards(uow: BulkWrite) -> Iterator[None]:
    """Around a bulk write in ``uow``: its commit leaves the log as it is, and a
    background checkpoint folds it into the file once the block ends without error."""
    connection = uow.session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    pooled = connection.connection
    _driver(pooled).execute("PRAGMA wal_autocheckpoint = 0")
    # Put back when the connection returns to the pool (``install``): the commit
    # hands it back, and another thread may take it straight away.
    pooled.info[_OFF] = True
    yield
    uow.db.fold_log_later()


def install(engine: Engine) -> None:
    """For an SQLite engine: a connection returns to its pool with SQLite's default
    automatic checkpoints, whatever a bulk write did with them."""

    @event.listens_for(engine, "checkin")
    def _restore(driver_connection: Any, record: Any) -> None:
        if driver_connection is not None and record.info.pop(_OFF, False):
            driver_connection.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")


def fold_later(engine: Engine) -> concurrent.futures.Future[None]:
    return _folder.submit(_fold, engine)


def _fold(engine: Engine) -> None:
    try:
        raw = engine.raw_connection()
        try:
            _driver(raw).execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        finally:
            raw.close()
    except Exception as exc:  # noqa: BLE001 - the next commit or the close folds it instead
        log.warning("background checkpoint did not run: %s", type(exc).__name__)


def empty_now(engine: Engine) -> None:
    """Fold the whole log into the file and cut it to nothing (an erasure: the log's
    older pages may hold what was just erased). Readers may delay it to the next
    checkpoint; nothing else depends on it."""
    raw = engine.raw_connection()
    try:
        _driver(raw).execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()


def _driver(pooled: Any) -> Any:
    """The sqlite3 connection under a pooled one (present while it is checked out)."""
    driver = pooled.driver_connection
    if driver is None:
        raise RuntimeError("the pooled connection has been closed")
    return driver
