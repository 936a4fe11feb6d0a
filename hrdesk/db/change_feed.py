"""Who hears of a commit: this process's listeners, and on PostgreSQL every other
workstation (LISTEN/NOTIFY); a watcher thread hears the others (``db.change_watch``).

A commit's change-set goes out twice. Inside the transaction, just before COMMIT,
``pg_notify`` queues it on the server, which delivers it only if the commit succeeds,
and at the commit. After the commit, it goes to this process's listeners directly. A
notice carries this feed's origin, so its own watcher skips what was delivered already.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import uuid
from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from hrdesk.changes import ChangeSet
from hrdesk.db import change_notice, change_watch

log = logging.getLogger(__name__)

Listener = Callable[[ChangeSet], None]


@dataclasses.dataclass
class Pending:
    """A commit on its way: its change-set, and on SQLite the audit sequence numbers
    it takes (``change_watch.OwnWrites``), which tell its own writes from another
    program's."""

    changes: ChangeSet
    sequence: tuple[int, int] | None = None


class ChangeFeed:
    """One per open database (``uow.Database.changes``)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.postgres = engine.dialect.name == "postgresql"
        # Per open database, not per process: two clients in one process (a test, a
        # tool) still hear each other.
        self.origin = uuid.uuid4().hex[:12]
        self.own_writes = change_watch.OwnWrites()
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()
        self._watcher: change_watch.Watcher | None = None

    # --- listeners -------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every change-set, on whichever thread has it (the
        committing worker, the watcher); returns the way to stop."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)
        return unsubscribe

    def publish(self, changes: ChangeSet) -> None:
        if not changes:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changes)
            except Exception:  # a listener's bug must not undo a committed write
                log.exception("a change listener failed")

    # --- a commit (``uow.UnitOfWork.commit``) -------------------------------------------

    @property
    def tracks_sequence(self) -> bool:
        """Is a SQLite watcher telling our writes from others' (by audit sequence)?"""
        watcher = self._watcher
        return watcher is not None and watcher.tracks_sequence

    def committing(self, session: Session, changes: ChangeSet,
                   sequence_start: int | None) -> Pending:
        """In ``session``'s transaction, just before COMMIT (``sequence_start``: the
        audit chain's head when it began, while a SQLite watcher asks)."""
        pending = Pending(changes)
        if self.postgres and changes:
            session.execute(text("SELECT pg_notify(:channel, :payload)"),
                               {"channel": change_notice.CHANNEL,
                                "payload": change_notice.notice(changes, self.origin)})
        if sequence_start is not None:
            end = change_notice.audit_head(session.connection())
            pending.sequence = (sequence_start, end)
            # Before COMMIT: a watcher that sees the new head already knows it is ours.
            self.own_writes.add(sequence_start, end)
        return pending

    def committed(self, pending: Pending) -> None:
        self.publish(pending.changes)

    def abandoned(self, pending: Pending) -> None:
        """The COMMIT failed: those sequence numbers will be someone's next write."""
        if pending.sequence is not None:
            self.own_writes.discard(pending.sequence[0])

    # --- other processes -----------------------------------------------------------------

    def watch(self) -> None:
        """Start hearing other processes' commits (idempotent)."""
        with self._lock:
            if self._watcher is None:
                self._watcher = change_watch.start(self)

    def look_now(self) -> None:
        """Check for others' writes now (the window came back into focus)."""
        watcher = self._watcher
        if watcher is not None:
            watcher.poke()

    def stop(self) -> None:
        """Stop the watcher (it ends within a fraction of a second)."""
        with self._lock:
            watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.stop()

    def close(self) -> None:
        """The database closes: no watcher, no listeners."""
        self.stop()
        with self._lock:
            self._listeners.clear()
