"""Recruiting timings at plant scale: one job's board, one move, the reminder pass.

Targets from the issue, on an encrypted (SQLCipher) file with 100,000 candidates:

- ``boards.load``: one job's board of 2,000 applications ......... < 100 ms
- ``applications.advance``: one move with timeline, tasks, audit .. < 30 ms
- ``reminders.run`` (``hrdesk remind``) over the whole database ... < 2 s
- ``hrdesk demo --size 100000`` ................................... < 3 min

The data set is built once per module through the services (see ``plant``);
building it takes a few minutes. Run with ``make bench``; figures go in the
issue notes, never into timed tests.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import os
import random
import shutil
import time
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from hrdesk.clock import FixedClock
from hrdesk.demo.database import create_demo_database
from hrdesk.demo.people import PeopleMaker
from hrdesk.dto.accounts import RoleScope
from hrdesk.locations import SqliteLocation
from hrdesk.models.channels import Channel
from hrdesk.models.tasks import Task
from hrdesk.security.actor import Actor
from hrdesk.services import (
    accounts,
    applications,
    boards,
    candidates,
    jobs,
    org,
    reminders,
    session,
    setup,
)
from hrdesk.workflow import moves
from hrdesk.workspace.unlocked import Workspace

COMPANY = "华东智能装备有限公司"
PASSWORD = "bench-password-1"
SHANGHAI = ZoneInfo("Asia/Shanghai")


def _at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A moment of November 2026, plant time (Wednesday the 18th is "now")."""
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=SHANGHAI)


NOW = _at(18, 10)  # the benchmarks run on Wednesday morning
CANDIDATES = 100_000
PER_UNIT = 2_000  # candidates, and applications to the other jobs, per unit of work
BOARD_SIZE = 2_000
# How many of the board's applications stand in each stage of the skilled-worker pipeline
# (screening, practical test, interview, approval, offer, onboarding, probation, confirmation).
BOARD_SPREAD = (600, 400, 300, 150, 150, 150, 200, 50)
# When the board's applications arrived and moved to where they stand, a quarter each:
# their days in stage vary, and the older ones are overdue.
BOARD_ARRIVALS = (_at(17, 10), _at(16, 13, 30), _at(13, 10), _at(10, 10))
# Applications to the plant's other jobs, each with an open screening task (SLA two working
# days, reminded 4 h before): (when they arrived, how many). Most are not due yet; one
# wave is due this afternoon (a "due soon" reminder now), one is two working days overdue
# and climbs one more escalation level now.
WAVES = ((_at(17, 9), 14_000), (_at(18, 8, 45), 12_000), (_at(16, 13, 30), 1_500),
         (_at(12, 10), 1_500))
# The reminder pass also ran yesterday at this time, as it does every working day: what
# was overdue then was reminded and escalated then, and is due again now.
PREVIOUS_PASS = NOW - dt.timedelta(days=1)

# (name, parent); the heads make up the escalation chains.
_DEPARTMENTS = (("人力资源部", None), ("生产部", None), ("机加工车间", "生产部"),
                ("焊接车间", "生产部"), ("装配车间", "生产部"), ("质量部", None),
                ("技术研发部", None))
# (username, display name, role, department, head of)
_PEOPLE = (("hr.li", "招聘专员 李娜", "hr", "人力资源部", None),
           ("hr.chen", "HR经理 陈静", "hr", "人力资源部", None),
           ("mgr.wang", "生产部经理 王强", "manager", "生产部", "生产部"),
           ("mgr.sun", "质量部经理 孙磊", "manager", "质量部", "质量部"),
           ("mgr.liu", "技术部经理 刘洋", "manager", "技术研发部", "技术研发部"),
           ("int.zhang", "机加工车间主任 张军", "interviewer", "机加工车间", "机加工车间"),
           ("int.wu", "焊接车间主任 吴涛", "interviewer", "焊接车间", "焊接车间"))
# (title, department, job type, recruiter, hiring manager, interviewer); the first is the
# job whose board is loaded.
_JOBS = (("数控车工", "机加工车间", "skilled_worker", "hr.li", "mgr.wang", "int.zhang"),
         ("焊工", "焊接车间", "skilled_worker", "hr.li", "mgr.wang", "int.wu"),
         ("装配钳工", "装配车间", "skilled_worker", "hr.chen", "mgr.wang", "int.zhang"),
         ("电工", "生产部", "skilled_worker", "hr.chen", "mgr.wang", "int.zhang"),
         ("质检员", "质量部", "skilled_worker", "hr.li", "mgr.sun", "mgr.liu"),
         ("机械设计工程师", "技术研发部", "engineer", "hr.chen", "mgr.liu", "mgr.liu"),
         ("设备维修工", "机加工车间", "skilled_worker", "hr.li", "mgr.wang", "int.zhang"),
         ("生产主管", "生产部", "management", "hr.chen", "mgr.wang", "mgr.wang"))


@dataclasses.dataclass
class Plant:
    """The built database, open as the recruiter who owns the benchmarked job."""

    opened: session.Session
    job_id: uuid.UUID
    screening: list[uuid.UUID]  # the board's applications still in screening
    snapshot: SqliteLocation  # a closed copy as built, for the reminder pass
    open_tasks: int
    due_tasks: int
    build_seconds: float

    @property
    def ws(self) -> Workspace:
        return self.opened.workspace

    @property
    def actor(self) -> Actor:
        return self.opened.actor


@pytest.fixture(scope="module")
def plant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Plant]:
    folder = tmp_path_factory.mktemp("plant")
    with pytest.MonkeyPatch.context() as patch:  # nothing touches the real workstation
        patch.setenv("HRDESK_DATA_DIR", str(folder / "data"))
        started = time.perf_counter()
        location = SqliteLocation(folder / "plant.db")
        clock = FixedClock(_at(2, 9))
        setup.create_database(location, COMPANY, "admin", "系统管理员", PASSWORD, clock)
        admin = session.open_session(location, "admin", PASSWORD, clock, folder)
        try:
            job_id, screening = _build(admin.workspace, admin.actor, clock)
            clock.set(PREVIOUS_PASS)
            reminders.run(admin.workspace)
            clock.set(NOW)
            open_tasks, due_tasks = _task_counts(admin.workspace)
        finally:
            admin.close()  # the last connection out checkpoints the WAL: the file is whole
        snapshot = SqliteLocation(folder / "snapshot.db")
        shutil.copyfile(location.path, snapshot.path)
        shutil.copyfile(location.keyring_path, snapshot.keyring_path)
        build_seconds = time.perf_counter() - started
        opened = session.open_session(location, "hr.li", PASSWORD, clock, folder)
        try:
            yield Plant(opened, job_id, screening, snapshot, open_tasks, due_tasks,
                        build_seconds)
        finally:
            opened.close()


def _build(ws: Workspace, admin: Actor,
           clock: FixedClock) -> tuple[uuid.UUID, list[uuid.UUID]]:
    site = org.create_site(ws, admin, "KS", "昆山工厂", "昆山")
    departments: dict[str, uuid.UUID] = {}
    for name, parent in _DEPARTMENTS:
        departments[name] = org.create_department(
            ws, admin, site.id, name, departments[parent] if parent else None).id
    people: dict[str, Actor] = {}
    for username, display, role, department, head_of in _PEOPLE:
        grant = RoleScope(role, site.id if role == "hr" else None,
                          departments[department] if role == "manager" else None)
        info = accounts.create_user(ws, admin, accounts.NewUser(
            username, display, PASSWORD, (grant,), site_id=site.id,
            department_id=departments[department]))
        people[username] = Actor(info.id, info.username, info.display_name, info.roles)
        if head_of:
            org.set_department_head(ws, admin, departments[head_of], info.id)
    job_ids = [jobs.create_job(ws, people[recruiter], jobs.JobDraft(
        title, departments[department], 5, job_type=kind,
        recruiter_id=people[recruiter].user_id, hiring_manager_id=people[manager].user_id,
        interviewer_ids=(people[interviewer].user_id,))).id
        for title, department, kind, recruiter, manager, interviewer in _JOBS]
    hr, manager = people["hr.li"], people["mgr.wang"]
    pool = _candidates(ws, hr, clock)
    with ws.db.unit_of_work(read_only=True) as uow:
        channels = list(uow.session.scalars(select(Channel.id).order_by(Channel.name)))
    rng = random.Random(20261118)
    # The board: each quarter arrives at its moment and moves on to where it stands.
    targets = [stage for stage, count in enumerate(BOARD_SPREAD) for _ in range(count)]
    rng.shuffle(targets)
    quarter = BOARD_SIZE // len(BOARD_ARRIVALS)
    screening: list[uuid.UUID] = []
    for i, at in enumerate(BOARD_ARRIVALS):
        span = slice(i * quarter, (i + 1) * quarter)
        clock.set(at)
        ids = _apply(ws, hr, job_ids[:1], pool[span], channels, rng)
        _move_on(ws, hr, manager, ids, targets[span])
        screening += [a for a, t in zip(ids, targets[span], strict=True) if t == 0]
    # Everyone else in the plant's other jobs, in waves.
    start = BOARD_SIZE
    for at, count in WAVES:
        clock.set(at)
        for first in range(start, start + count, PER_UNIT):
            _apply(ws, hr, job_ids[1:], pool[first:min(first + PER_UNIT, start + count)],
                   channels, rng)
        start += count
    return job_ids[0], screening


def _candidates(ws: Workspace, actor: Actor, clock: FixedClock) -> list[uuid.UUID]:
    """The talent pool, added a year ago the way the demo adds it."""
    clock.set(NOW - dt.timedelta(days=365))
    maker = PeopleMaker(random.Random(20251118), NOW.date())
    ids: list[uuid.UUID] = []
    while len(ids) < CANDIDATES:
        people = [maker.person() for _ in range(min(PER_UNIT, CANDIDATES - len(ids)))]
        with ws.db.unit_of_work(actor, "candidates.add") as uow:
            ids += [row.id for row in candidates.add_in(uow, people)]
            uow.commit()
    return ids


def _apply(ws: Workspace, actor: Actor, job_ids: Sequence[uuid.UUID],
           candidate_ids: Sequence[uuid.UUID], channels: Sequence[uuid.UUID],
           rng: random.Random) -> list[uuid.UUID]:
    with ws.db.unit_of_work(actor, "applications.apply") as uow:
        open_jobs = [jobs.get_visible(uow, j) for j in job_ids]
        made = [moves.add_application(uow, candidate, open_jobs[i % len(open_jobs)],
                                      rng.choice(channels), None)
                for i, candidate in enumerate(candidate_ids)]
        uow.commit()
    return [a.id for a in made]


def _move_on(ws: Workspace, hr: Actor, manager: Actor, application_ids: Sequence[uuid.UUID],
             targets: Sequence[int]) -> None:
    """Advance each application to its target stage, a stage at a time for all of them,
    as the person whose move it is (the hiring manager leaves the approval stage)."""
    with ws.db.unit_of_work(hr, "applications.advance") as uow:
        for step in range(1, max(targets) + 1):
            for application_id, target in zip(application_ids, targets, strict=True):
                if target < step:
                    continue
                ctx = moves.MoveContext(uow, application_id)
                uow.act_as(manager if ctx.stage.kind == "hiring_approval" else hr,
                           "applications.advance")
                if ctx.stage.kind == "interview":
                    ctx.app.shortlisted = True  # the department sees who passed
                moves.advance(ctx)
            uow.act_as(hr, "applications.advance")
        uow.commit()


def _task_counts(ws: Workspace) -> tuple[int, int]:
    with ws.db.unit_of_work(read_only=True) as uow:
        open_ = Task.status == "open"
        total = uow.session.scalar(select(func.count()).where(open_)) or 0
        due = uow.session.scalar(select(func.count()).where(
            open_, Task.next_reminder_at <= uow.now)) or 0
    return total, due


def _note_data_set(benchmark, plant: Plant) -> None:  # type: ignore[no-untyped-def]
    benchmark.extra_info.update(build_seconds=round(plant.build_seconds),
                                open_tasks=plant.open_tasks, due_tasks=plant.due_tasks)


def test_board_of_2000_applications(benchmark, plant: Plant) -> None:  # type: ignore[no-untyped-def]
    _note_data_set(benchmark, plant)
    board = benchmark.pedantic(boards.load, args=(plant.ws, plant.actor, plant.job_id),
                               rounds=20, iterations=1, warmup_rounds=1)
    cards = [c for column in board.columns for c in column.cards]
    assert len(cards) + len(board.closed) == BOARD_SIZE
    assert any(c.overdue for c in cards) and not all(c.overdue for c in cards)


def test_advance_one_application(benchmark, plant: Plant) -> None:  # type: ignore[no-untyped-def]
    _note_data_set(benchmark, plant)
    # A different application each round, all in screening: every round is a real move
    # (timeline event, the stage's tasks closed and the next stage's created, audit).
    waiting = iter(plant.screening)

    def next_application():  # type: ignore[no-untyped-def]
        return (plant.ws, plant.actor, next(waiting)), {}

    result = benchmark.pedantic(applications.advance, setup=next_application, rounds=50,
                                iterations=1, warmup_rounds=1)
    assert result.status == "active" and result.version > 1


def test_remind_whole_database(benchmark, plant: Plant, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _note_data_set(benchmark, plant)
    # A pass changes what it passes over (next reminder times, escalation levels), so each
    # round runs on a fresh copy of the database as built, opened the way `hrdesk remind`
    # opens it. Copying and signing in happen in the untimed setup.
    counter = itertools.count()
    current: list[session.Session] = []

    def fresh_copy():  # type: ignore[no-untyped-def]
        _close(current)
        copy = SqliteLocation(tmp_path / f"remind-{next(counter)}.db")
        shutil.copyfile(plant.snapshot.path, copy.path)
        shutil.copyfile(plant.snapshot.keyring_path, copy.keyring_path)
        current.append(session.open_session(copy, "admin", PASSWORD, FixedClock(NOW),
                                            tmp_path))
        return (current[0].workspace,), {}

    try:
        summary = benchmark.pedantic(reminders.run, setup=fresh_copy, rounds=3, iterations=1)
    finally:
        _close(current)
    benchmark.extra_info.update(dataclasses.asdict(summary))
    assert summary.reminded + summary.overdue == plant.due_tasks
    # The load the target speaks of: tens of thousands open, a few thousand due at once.
    assert 1_000 <= plant.due_tasks <= 10_000 and plant.open_tasks >= 20_000


def _close(opened: list[session.Session]) -> None:
    while opened:
        done = opened.pop()
        done.close()
        for path in (done.workspace.location.path, done.workspace.location.keyring_path):
            path.unlink(missing_ok=True)  # type: ignore[union-attr]


@pytest.mark.skipif(os.environ.get("HRDESK_BENCH_DEMO") != "1",
                    reason="builds a 100,000-candidate demo (minutes); set HRDESK_BENCH_DEMO=1")
def test_demo_100000(benchmark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    location = SqliteLocation(tmp_path / "demo.db")
    benchmark.pedantic(create_demo_database, args=(location,),
                       kwargs={"size": 100_000}, rounds=1, iterations=1)
