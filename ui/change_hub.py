"""The one place every screen hears what changed: this process's commits and, while
a signed-in window watches, other workstations' (``hrdesk.services.live_changes``).

Change-sets arrive on worker and watcher threads; the hub queues them over to the
GUI thread and merges a burst (a bulk move commits once per card) into one
``changed(ChangeSet)`` at most every ``COALESCE_MS``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from hrdesk.changes import ChangeSet
from hrdesk.services import live_changes
from hrdesk.services.session import Workspace

COALESCE_MS = 100


class ChangeHub(QObject):
    changed = Signal(object)
    # Emitted on any thread; Qt queues it to the hub's (the GUI) thread.
    _arrived = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: ChangeSet | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._arrived.connect(self._on_arrived, Qt.ConnectionType.QueuedConnection)
        # id(ws): (ws, stop)
        self._followed: dict[int, tuple[Workspace, Callable[[], None]]] = {}
        self._watched: list[Workspace] = []
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_application_stateChanged)

    def follow(self, ws: Workspace) -> None:
        """Hear this workspace's commits (idempotent; every presenter asks)."""
        if id(ws) not in self._followed:
            self._followed[id(ws)] = (ws, live_changes.follow(ws, self._arrived.emit))

    def watch(self, ws: Workspace) -> None:
        """Hear other processes' commits on this workspace too (the signed-in window)."""
        self.follow(ws)
        live_changes.watch(ws)
        if ws not in self._watched:
            self._watched.append(ws)

    def forget(self, ws: Workspace) -> None:
        """Stop hearing this workspace (signing out; the watcher stops with it)."""
        if ws in self._watched:
            self._watched.remove(ws)
            live_changes.stop_watching(ws)
        _, stop = self._followed.pop(id(ws), (None, None))
        if callable(stop):
            stop()

    def close(self) -> None:
        for ws, _stop in list(self._followed.values()):
            self.forget(ws)
        self._timer.stop()

    def publish(self, changes: ChangeSet) -> None:
        """As if ``changes`` had been committed (a screen that knows better)."""
        self._arrived.emit(changes)

    @Slot(object)
    def _on_arrived(self, changes: ChangeSet) -> None:
        self._pending = changes if self._pending is None else self._pending | changes
        if not self._timer.isActive():
            self._timer.start()

    def _on_timer_timeout(self) -> None:
        pending, self._pending = self._pending, None
        if pending:
            self.changed.emit(pending)

    def _on_application_stateChanged(self, state: Qt.ApplicationState) -> None:
        # Back from another program: a SQLite file may have been written meanwhile.
        if state == Qt.ApplicationState.ApplicationActive:
            for ws in self._watched:
                live_changes.look_now(ws)
