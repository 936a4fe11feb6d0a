"""The workbench on the 100,000-candidate demo: what signing in loads first.

Target from the issue: "login to a populated workbench: < 1 s" on the demo
database (``hrdesk demo --size 100000``). Measured here, per role, are the
workbench's reads and ``workbench.overview`` (everything the home screen loads,
what the GUI's one background task runs after sign-in).

The demo is the shared ``large_demo`` (benchmarks/conftest.py: built once, then reused).
"""

from __future__ import annotations

import pytest

from hrdesk.demo.company import DEMO_PASSWORD
from hrdesk.locations import SqliteLocation
from hrdesk.services import session, workbench

SIZE = 100_000
ROUNDS = 10


@pytest.fixture(scope="module")
def demo_db(large_demo: SqliteLocation) -> SqliteLocation:
    return large_demo


@pytest.fixture(scope="module")
def signed_in(demo_db, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One session per demo user, opened once (signing in is measured elsewhere)."""
    location = demo_db
    folder = tmp_path_factory.mktemp("sessions")
    opened: dict[str, session.Session] = {}

    def as_(username: str) -> session.Session:
        if username not in opened:
            opened[username] = session.open_session(location, username, DEMO_PASSWORD,
                                                    backups=folder)
        return opened[username]

    yield as_
    for each in opened.values():
        each.close()


def _note(benchmark, demo_db, username: str) -> None:  # type: ignore[no-untyped-def]
    benchmark.extra_info.update(user=username, candidates=SIZE)


@pytest.mark.parametrize("username", ["hr.li", "mgr.wang", "int.zhang", "exec.gm"])
def test_overview(benchmark, demo_db, signed_in, username: str) -> None:  # type: ignore[no-untyped-def]
    """Everything the home screen shows, as each role: the figure behind "< 1 s"."""
    _note(benchmark, demo_db, username)
    opened = signed_in(username)
    seen = benchmark.pedantic(workbench.overview, args=(opened.workspace, opened.actor),
                              rounds=ROUNDS, iterations=1, warmup_rounds=1)
    benchmark.extra_info.update(stalled_stages=len(seen.stalled or ()),
                                activity=len(seen.activity), notices=len(seen.notices),
                                open_tasks=sum(map(len, (seen.tasks.overdue,
                                                         seen.tasks.due_today,
                                                         seen.tasks.upcoming))))
    assert seen.activity  # a year of history: every role sees some of it


def test_stalled_hires(benchmark, demo_db, signed_in) -> None:  # type: ignore[no-untyped-def]
    _note(benchmark, demo_db, "hr.li")
    opened = signed_in("hr.li")
    found = benchmark.pedantic(workbench.stalled_hires, args=(opened.workspace, opened.actor),
                               rounds=ROUNDS, iterations=1, warmup_rounds=1)
    benchmark.extra_info.update(stages=len(found), stalled=sum(s.count for s in found))
    assert found and all(s.worst.overdue_by.total_seconds() >= 0 for s in found)


@pytest.mark.parametrize("username", ["hr.li", "mgr.wang", "int.zhang", "admin"])
def test_recent_activity(benchmark, demo_db, signed_in, username: str) -> None:  # type: ignore[no-untyped-def]
    _note(benchmark, demo_db, username)
    opened = signed_in(username)
    found = benchmark.pedantic(workbench.recent_activity,
                               args=(opened.workspace, opened.actor),
                               rounds=ROUNDS, iterations=1, warmup_rounds=1)
    assert len(found) == 50 or username == "admin"
    assert [a.at for a in found] == sorted((a.at for a in found), reverse=True)
