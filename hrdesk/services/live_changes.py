"""Hearing what changed in an open database, to refresh what is on screen.

Every commit of this workspace is heard right after it; while ``watch`` runs,
other processes' too (other workstations on PostgreSQL, within a second; another
program on the same SQLite file, as "everything", within a second or at ``look_now``).
Listeners are called on whichever thread has the news: hand it on, do no work there.
"""

from __future__ import annotations

from collections.abc import Callable

from hrdesk.changes import ChangeSet
from hrdesk.workspace.unlocked import Workspace


def follow(ws: Workspace, listener: Callable[[ChangeSet], None]) -> Callable[[], None]:
    """Call ``listener`` with each change-set; returns the way to stop."""
    return ws.db.changes.subscribe(listener)


def watch(ws: Workspace) -> None:
    """Hear other processes' commits too, until ``stop_watching`` or the workspace closes."""
    ws.db.changes.watch()


def look_now(ws: Workspace) -> None:
    """Check for other processes' writes now (SQLite; PostgreSQL hears them at once)."""
    ws.db.changes.look_now()


def stop_watching(ws: Workspace) -> None:
    ws.db.changes.stop()
