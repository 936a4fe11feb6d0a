"""Two programs on one SQLite file: the data-version check notices the other's write
(as "everything": SQLite cannot say what), and never mistakes our own for one."""

from __future__ import annotations

import queue

import pytest

from hrdesk import changes
from hrdesk.changes import EVERYTHING, ChangeSet
from hrdesk.db import change_watch


@pytest.fixture
def location(sqlite_location):  # type: ignore[no-untyped-def]
    """SQLite only (PostgreSQL: test_change_feed.py)."""
    return sqlite_location


@pytest.fixture
def other(plant, admin_session):  # type: ignore[no-untyped-def]
    """The administrator's own connections to the file, watching it."""
    heard: queue.Queue[ChangeSet] = queue.Queue()
    feed = admin_session.workspace.db.changes
    stop = feed.subscribe(heard.put)
    feed.watch()
    yield heard
    stop()
    feed.stop()


def test_another_connection_writing_the_file_is_noticed(plant, admin_session, other) -> None:  # type: ignore[no-untyped-def]
    plant.candidate("张伟", 1)  # hr.li's connections: another program, as far as it knows
    admin_session.workspace.db.changes.look_now()  # as when the window regains focus
    assert other.get(timeout=change_watch.SQLITE_INTERVAL_SECONDS * 3) == EVERYTHING


def test_our_own_writes_are_not_mistaken_for_anothers(plant, admin_session, other) -> None:  # type: ignore[no-untyped-def]
    from hrdesk.services import org

    feed = admin_session.workspace.db.changes
    site = org.create_site(admin_session.workspace, admin_session.actor, "WX", "无锡工厂", "无锡")
    assert other.get_nowait().touches(changes.ORGANISATION, site.id)  # at commit
    feed.look_now()
    plant.candidate("李强", 2)  # then someone else writes: heard, once
    feed.look_now()
    assert other.get(timeout=change_watch.SQLITE_INTERVAL_SECONDS * 3) == EVERYTHING
    assert other.empty()
