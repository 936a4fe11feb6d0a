"""Other workstations hear a commit: LISTEN/NOTIFY on PostgreSQL (ids, at commit, a
full reload after a lost connection), the data-version check on a SQLite file."""

from __future__ import annotations

import queue

import pytest
from sqlalchemy import text

from hrdesk import changes
from hrdesk.changes import EVERYTHING, ChangeSet
from hrdesk.models.candidates import Candidate
from hrdesk.services import applications, candidates

# A notice reaches the other client at once; this only bounds a failing wait.
WITHIN = 1.0


class Heard:
    """What a workspace's feed hands its listeners, to wait on."""

    def __init__(self, ws) -> None:  # type: ignore[no-untyped-def]
        self._queue: queue.Queue[ChangeSet] = queue.Queue()
        self.stop = ws.db.changes.subscribe(self._queue.put)

    def next(self, within: float = WITHIN) -> ChangeSet:
        return self._queue.get(timeout=within)

    def nothing_more(self) -> bool:
        return self._queue.empty()


pytestmark = pytest.mark.postgres


@pytest.fixture
def location(pg_location):  # type: ignore[no-untyped-def]
    """PostgreSQL only (SQLite: test_change_watch_sqlite.py)."""
    return pg_location


@pytest.fixture
def other(plant, admin_session):  # type: ignore[no-untyped-def]
    """Client B: the administrator's own open database, watching for others' commits."""
    ws = admin_session.workspace
    heard = Heard(ws)
    ws.db.changes.watch()
    yield heard
    heard.stop()


def test_another_client_hears_a_commit_as_its_change_set(plant, other) -> None:  # type: ignore[no-untyped-def]
    person = plant.candidate("张伟", 1)
    assert other.next().touches(changes.CANDIDATE, person)
    applied = applications.apply(plant.ws, plant.actor("hr.li"), person, plant.job.id)
    assert other.next().touches(changes.APPLICATION, applied.application_id)
    mine = Heard(plant.ws)
    applications.advance(plant.ws, plant.actor("hr.li"), applied.application_id)
    theirs = other.next()
    assert theirs == mine.next()  # the same change-set, ids and all
    assert theirs.touches(changes.CANDIDATE, person) and theirs.touches(changes.JOB, plant.job.id)
    # The sender's own watcher skips its own notice: it was delivered at commit.
    plant.ws.db.changes.watch()
    candidates.set_tags(plant.ws, plant.actor("hr.li"), person, "夜班",
                        expected_version=candidates.get_candidate(
                            plant.ws, plant.actor("hr.li"), person).version)
    assert other.next().touches(changes.CANDIDATE, person)
    assert mine.next().touches(changes.CANDIDATE, person)
    plant.ws.db.changes.stop()
    assert mine.nothing_more()


def test_a_rolled_back_transaction_sends_nothing(plant, other) -> None:  # type: ignore[no-untyped-def]
    person = plant.candidate("李强", 2)
    other.next()
    with plant.ws.db.unit_of_work(plant.actor("hr.li"), "test.rollback") as uow:
        uow.session.get(Candidate, person).notes = "never kept"
        uow.flush()
    # Notices arrive in commit order: the next one heard is the next commit's.
    second = plant.candidate("王磊", 3)
    heard = other.next()
    assert heard.touches(changes.CANDIDATE, second) and not heard.touches(changes.CANDIDATE, person)


def test_an_oversized_change_set_arrives_as_kinds_only(plant, other) -> None:  # type: ignore[no-untyped-def]
    people = [candidates.NewCandidate(f"工人{n}", mobile=f"137{n:08d}") for n in range(300)]
    mine = Heard(plant.ws)
    candidates.add_candidates(plant.ws, plant.actor("hr.li"), people)
    assert len(mine.next().ids[changes.CANDIDATE]) == 300  # in-process: every id
    heard = other.next()
    assert heard.ids.get(changes.CANDIDATE) is None and heard.touches(changes.CANDIDATE)


@pytest.mark.log_expected(r"change notices: connection lost")
def test_a_dropped_listen_connection_reconnects_and_reloads_everything(plant, other) -> None:  # type: ignore[no-untyped-def]
    with plant.ws.db.unit_of_work(read_only=True) as uow:
        ended = uow.session.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND query LIKE :listen"),
            {"listen": "LISTEN%"}).scalars().all()
    assert ended == [True]
    assert other.next(within=5) == EVERYTHING
    person = plant.candidate("赵敏", 4)  # and it listens again
    assert other.next().touches(changes.CANDIDATE, person)
    assert other.nothing_more()

