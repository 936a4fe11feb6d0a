"""Twelve months of recruiting history for the demo, replayed through the rules.

Each application gets a fate drawn from a realistic funnel (most resumes are
screened out; some candidates decline; a few stall) and a time for every step.
All steps of all applications are then replayed in time order through the
same move rules the board uses (``workflow.moves``), many to a transaction,
as the person whose job the step is. Whatever is still open at the end stays
on the boards, some of it overdue.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
import random
import uuid
from collections.abc import Callable, Iterator, Sequence

from sqlalchemy import insert, select

from hrdesk import errors
from hrdesk.clock import Clock, FixedClock
from hrdesk.models.applications import application_interviewers
from hrdesk.models.channels import Channel
from hrdesk.models.jobs import Job, job_interviewers
from hrdesk.security.actor import Actor
from hrdesk.uow import UnitOfWork
from hrdesk.vocabulary import TimelineKind
from hrdesk.workflow import moves
from hrdesk.workspace.unlocked import Workspace

EVENTS_PER_TRANSACTION = 3_000
ASSESSED = ("practical_test", "interview", "assessment")  # stages the job's team judges

# Chance of passing each kind of stage (the rest are rejected, or withdraw).
PASS_RATE = {"screening": 0.38, "assessment": 0.7, "practical_test": 0.62, "interview": 0.55,
             "background_check": 0.93, "hiring_approval": 0.9, "offer": 0.8,
             "onboarding": 0.95, "probation": 0.9, "confirmation": 1.0}
REJECT_REASON = {"screening": "skills", "assessment": "test_failed",
                 "practical_test": "test_failed", "interview": "interview_failed",
                 "background_check": "background", "hiring_approval": "position_filled",
                 "probation": "probation_failed"}
WITHDRAW_REASON = ("declined", "other_offer", "unreachable")
CHANNEL_MIX = (("BOSS直聘", 24), ("前程无忧", 12), ("智联招聘", 12), ("58同城", 14),
               ("内部推荐", 12), ("现场招聘会", 9), ("校园招聘", 6), ("人力资源中介", 5),
               ("厂门口招聘", 4), ("猎聘", 2))
# Working days a step typically takes, by stage kind (lognormal around it).
TYPICAL_DAYS = {"screening": 1.5, "assessment": 2.5, "practical_test": 3, "interview": 3,
                "background_check": 4, "hiring_approval": 1.5, "offer": 3, "onboarding": 5,
                "probation": 75, "confirmation": 4}


@dataclasses.dataclass(frozen=True)
class Opening:
    job_id: uuid.UUID
    recruiter: Actor
    approver: Actor  # the role that leaves the hiring-approval stage
    weight: float


@dataclasses.dataclass(order=True)
class Step:
    at: dt.datetime
    order: int
    application: int = dataclasses.field(compare=False)
    action: str = dataclasses.field(compare=False)  # apply | advance | reject | withdraw
    argument: str | None = dataclasses.field(compare=False, default=None)


def plan(rng: random.Random, stages_of: Callable[[int], Sequence[str]], count: int,
         openings: Sequence[Opening], start: dt.datetime,
         end: dt.datetime) -> tuple[list[int], list[list[Step]]]:
    """For each application: its opening and the steps of its fate, in its own order."""
    picks = rng.choices(range(len(openings)), [o.weight for o in openings], k=count)
    span = (end - start).total_seconds()
    fates: list[list[Step]] = []
    order = 0
    for index, opening in enumerate(picks):
        # More recent months bring more resumes (the plant is growing).
        offset = span * (rng.random() ** 0.8)
        at = start + dt.timedelta(seconds=offset)
        steps = [Step(at, order, index, "apply")]
        order += 1
        for kind in stages_of(opening):
            at += dt.timedelta(days=rng.lognormvariate(0, 0.6) * TYPICAL_DAYS[kind] * 1.4)
            if at >= end:
                break
            roll = rng.random()
            passed = PASS_RATE[kind]
            if roll < passed:
                steps.append(Step(at, order, index, "advance"))
            elif kind in ("offer", "onboarding") or roll > passed + (1 - passed) * 0.85:
                steps.append(Step(at, order, index, "withdraw", rng.choice(WITHDRAW_REASON)))
                order += 1
                break
            else:
                steps.append(Step(at, order, index, "reject",
                                   REJECT_REASON.get(kind, "skills")))
                order += 1
                break
            order += 1
        fates.append(steps)
    return picks, fates


def in_time_order(fates: list[list[Step]]) -> Iterator[Step]:
    return heapq.merge(*fates)


def channel_choices(ws: Workspace, count: int) -> list[uuid.UUID]:
    """Which channel each application came through, by the channel mix."""
    channels = _channel_ids(ws)
    rng = random.Random(count)
    return rng.choices(list(channels.values()), [w for _n, w in CHANNEL_MIX], k=count)


def replay(ws: Workspace, candidate_ids: Sequence[uuid.UUID], picks: Sequence[int],
           openings: Sequence[Opening], fates: list[list[Step]],
           channel_of: Sequence[uuid.UUID], progress: Callable[[int, int], None] | None,
           cancelled: Callable[[], bool] | None) -> None:
    """Step by step through ``workflow.moves``: the reference the bulk writer matches."""
    steps = list(in_time_order(fates))
    applications: dict[int, uuid.UUID] = {}
    assigned: set[uuid.UUID] = set()
    original: Clock = ws.db.clock
    clock = FixedClock(steps[0].at if steps else original.now())
    ws.db.clock = clock
    try:
        for first in range(0, len(steps), EVENTS_PER_TRANSACTION):
            if cancelled and cancelled():
                raise errors.Cancelled()
            batch = steps[first:first + EVENTS_PER_TRANSACTION]
            _replay_batch(ws, clock, batch, candidate_ids, picks, openings, channel_of,
                          applications, assigned)
            if progress:
                progress(first + len(batch), len(steps))
    finally:
        ws.db.clock = original


def _replay_batch(ws: Workspace, clock: FixedClock, batch: Sequence[Step],
                  candidate_ids: Sequence[uuid.UUID], picks: Sequence[int],
                  openings: Sequence[Opening], channel_of: Sequence[uuid.UUID],
                  applications: dict[int, uuid.UUID],
                  assigned: set[uuid.UUID]) -> None:
    opening0 = openings[picks[batch[0].application]]
    with ws.db.unit_of_work(opening0.recruiter, "demo.replay") as uow:
        jobs = {o.job_id: uow.session.get_one(Job, o.job_id) for o in openings}
        for step in batch:
            clock.set(step.at)
            opening = openings[picks[step.application]]
            if step.action == "apply":
                uow.act_as(opening.recruiter, "applications.apply")
                app = moves.add_application(uow, candidate_ids[step.application],
                                            jobs[opening.job_id],
                                            channel_of[step.application], None)
                applications[step.application] = app.id
                continue
            uow.act_as(opening.recruiter, f"applications.{step.action}")
            ctx = moves.MoveContext(uow, applications[step.application])
            if ctx.stage.kind == "hiring_approval":  # the approver's own decision
                uow.act_as(opening.approver, f"applications.{step.action}")
            if step.action == "advance":
                if ctx.stage.kind == "interview":
                    ctx.app.shortlisted = True  # the department sees who passed
                moves.advance(ctx)
                if ctx.stage.kind in ASSESSED and ctx.app.id not in assigned:
                    _assign_team(uow, ctx)  # the job's team takes this candidate on
                    assigned.add(ctx.app.id)
            elif step.action == "reject":
                moves.reject(ctx, step.argument or "skills")
            else:
                moves.withdraw(ctx, step.argument or "declined")
        uow.commit()


def _assign_team(uow: UnitOfWork, ctx: moves.MoveContext) -> None:
    team = uow.session.scalars(select(job_interviewers.c.user_id)
                               .where(job_interviewers.c.job_id == ctx.job.id)).all()
    if team:
        uow.session.execute(insert(application_interviewers), [
            {"application_id": ctx.app.id, "user_id": user_id} for user_id in team])
        ctx.record(TimelineKind.INTERVIEWERS_ASSIGNED,
                   data={"interviewers": [str(u) for u in team]})


def _channel_ids(ws: Workspace) -> dict[str, uuid.UUID]:
    with ws.db.unit_of_work(read_only=True) as uow:
        rows = dict(uow.session.execute(select(Channel.name, Channel.id)).all())
    return {name: rows[name] for name, _w in CHANNEL_MIX}
