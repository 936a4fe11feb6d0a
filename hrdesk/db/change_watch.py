"""A thread that hears other processes' commits and hands them to the feed's listeners.

PostgreSQL: LISTEN on a connection of its own, waiting in short slices so it stops
promptly. A dropped connection is opened again (after 0.2, 1, 2, then every 5 s),
and then it announces "everything": a notification sent while nobody listened is
never replayed.

SQLite: ``PRAGMA data_version`` on a connection of its own, every second and when
asked (the window came back into focus). It changes when another connection wrote;
since SQLite cannot say what, that is "everything" — unless the audit chain grew by
this process's writes alone (``OwnWrites``), which were delivered already.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Protocol

from sqlalchemy.engine import Engine

from hrdesk.changes import EVERYTHING, ChangeSet
from hrdesk.db import change_notice

log = logging.getLogger(__name__)

SLICE_SECONDS = 0.25
SQLITE_INTERVAL_SECONDS = 1.0
RECONNECT_AFTER_SECONDS = (0.2, 1.0, 2.0, 5.0)
STOP_WAIT_SECONDS = 5.0


class Feed(Protocol):
    """What a watcher needs of its ``ChangeFeed``."""

    engine: Engine
    origin: str
    own_writes: OwnWrites

    def publish(self, changes: ChangeSet) -> None: ...


class OwnWrites:
    """The ranges of the audit chain this process wrote, {first before: last}, so the
    SQLite watcher can tell whether the chain grew by anyone else's hand."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ranges: dict[int, int] = {}

    def add(self, start: int, end: int) -> None:
        if end > start:
            with self._lock:
                self._ranges[start] = end

    def discard(self, start: int) -> None:
        with self._lock:
            self._ranges.pop(start, None)

    def only_ours(self, seen: int, head: int) -> bool:
        """Did the chain go from ``seen`` to ``head`` through our writes alone?
        Ranges up to ``head`` are forgotten: asked once per step."""
        with self._lock:
            reached = seen
            while reached < head and reached in self._ranges:
                reached = self._ranges[reached]
            for start in [s for s, e in self._ranges.items() if e <= head]:
                del self._ranges[start]
        return reached >= head


class Watcher:
    """The thread's life: ``stop()`` ends it within a slice; ``poke()`` looks now."""

    tracks_sequence = False

    def __init__(self, feed: Feed) -> None:
        self.feed = feed
        self._stopping = threading.Event()
        self._poked = threading.Event()
        # Set once it listens (or first failed to): from then on, a commit is heard.
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name=type(self).__name__,
                                        daemon=True)

    def start(self) -> None:
        """Start, and return once it listens: ``watch()`` then a write must be heard."""
        self._thread.start()
        self._ready.wait(STOP_WAIT_SECONDS)

    def stop(self) -> None:
        self._stopping.set()
        self._poked.set()
        self._thread.join(STOP_WAIT_SECONDS)
        if self._thread.is_alive():
            log.error("the change watcher did not stop")

    def poke(self) -> None:
        self._poked.set()

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def _run(self) -> None:
        raise NotImplementedError

    def _raw_connection(self) -> Any:
        """A driver connection set up as the engine's are (keys, TLS), taken out of its
        pool: it is the watcher's for as long as it lives."""
        pooled = self.feed.engine.raw_connection()
        pooled.detach()
        return pooled.dbapi_connection


class PostgresWatcher(Watcher):
    def _run(self) -> None:
        failures = 0  # in a row: how long to wait before the next try
        missed = False  # from the second connection on, notices may have gone by
        while not self.stopping:
            if failures:
                self._stopping.wait(RECONNECT_AFTER_SECONDS[
                    min(failures, len(RECONNECT_AFTER_SECONDS)) - 1])
                if self.stopping:
                    return
            try:
                connection = self._raw_connection()
            except Exception as error:  # noqa: BLE001 - the server is away: try again
                log.info("change notices: cannot connect (%s)", type(error).__name__)
                failures, missed = failures + 1, True
                self._ready.set()
                continue
            try:
                connection.autocommit = True
                connection.execute(f"LISTEN {change_notice.CHANNEL}")
                self._ready.set()
                failures = 0
                if missed:
                    self.feed.publish(EVERYTHING)
                self._listen(connection)
            except Exception as error:  # noqa: BLE001 - dropped: connect again, reload all
                if not self.stopping:
                    log.warning("change notices: connection lost (%s); reconnecting",
                                type(error).__name__)
                failures, missed = failures + 1, True
            finally:
                _close_quietly(connection)

    def _listen(self, connection: Any) -> None:
        while not self.stopping:
            for notification in connection.notifies(timeout=SLICE_SECONDS):
                origin, changes = change_notice.read_notice(notification.payload)
                if origin != self.feed.origin:  # ours went to our listeners at commit
                    self.feed.publish(changes)
                if self.stopping:
                    return


def _close_quietly(connection: Any) -> None:
    try:
        connection.close()
    except Exception:  # a lost connection may fail to close: it is gone anyway
        log.debug("closing a change watcher's connection failed", exc_info=True)


class SqliteWatcher(Watcher):
    tracks_sequence = True

    def __init__(self, feed: Feed) -> None:
        super().__init__(feed)
        # Read before the thread starts: a write right after ``watch()`` must count.
        self._connection = self._raw_connection()
        self._version = self._data_version()
        self._seen = change_notice.audit_head_raw(self._connection)

    def _data_version(self) -> int:
        cursor = self._connection.cursor()
        try:
            cursor.execute("PRAGMA data_version")
            return int(cursor.fetchone()[0])
        finally:
            cursor.close()

    def _run(self) -> None:
        self._ready.set()  # the baseline was read before the thread started
        try:
            while not self.stopping:
                self._poked.wait(SQLITE_INTERVAL_SECONDS)
                self._poked.clear()
                if self.stopping:
                    return
                try:
                    self._look()
                except Exception as error:  # noqa: BLE001 - busy, moved: look again later
                    log.info("change check failed (%s)", type(error).__name__)
        finally:
            _close_quietly(self._connection)

    def _look(self) -> None:
        version = self._data_version()
        if version == self._version:
            return
        self._version = version
        head = change_notice.audit_head_raw(self._connection)
        seen, self._seen = self._seen, head
        if head != seen and not self.feed.own_writes.only_ours(seen, head):
            self.feed.publish(EVERYTHING)


def start(feed: Feed) -> Watcher:
    kind = PostgresWatcher if feed.engine.dialect.name == "postgresql" else SqliteWatcher
    watcher = kind(feed)
    watcher.start()
    return watcher
