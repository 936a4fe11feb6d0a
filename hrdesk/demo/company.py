"""Demo data: a realistic equipment maker, made through the services.

Two plants, their departments and people of every role; the jobs a plant
like this recruits for; candidates with valid numbers; and twelve months of
history replayed through the move rules (see ``demo.history``), so the demo
obeys every rule and its audit chain verifies.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable

from sqlalchemy import select

from hrdesk import errors
from hrdesk.clock import FixedClock
from hrdesk.demo import bulk_history, history, paperwork
from hrdesk.demo.people import PeopleMaker
from hrdesk.dto.accounts import DemoAccount, RoleScope
from hrdesk.models.jobs import Job
from hrdesk.models.org import User
from hrdesk.models.pipeline import PipelineTemplate
from hrdesk.security import row_audit
from hrdesk.security.actor import SYSTEM, Actor
from hrdesk.services import accounts, candidates, jobs, org
from hrdesk.services.session import actor_of
from hrdesk.vocabulary import Role, StageKind
from hrdesk.workspace.unlocked import Workspace

COMPANY = "华东智能装备有限公司"
DEMO_PASSWORD = "hrdesk-demo"
CANDIDATES_PER_TRANSACTION = 2_000
HISTORY = dt.timedelta(days=365)

# (username, display name, roles, site code, department name)
#: (user name, display name, roles, site code, department) of each demo account.
_PEOPLE: tuple[tuple[str, str, tuple[str, ...], str | None, str | None], ...] = (
    ("admin", "系统管理员 周敏", ("admin",), None, None),
    ("hr.li", "招聘专员 李娜", ("hr",), "KS", "人力资源部"),
    ("hr.chen", "HR经理 陈静", ("hr",), "KS", "人力资源部"),
    ("hr.zhao", "招聘专员 赵雪", ("hr",), "CZ", "人力资源部"),
    ("mgr.wang", "生产部经理 王强", ("manager",), "KS", "生产部"),
    ("mgr.sun", "质量部经理 孙磊", ("manager",), "KS", "质量部"),
    ("mgr.liu", "技术部经理 刘洋", ("manager", "interviewer"), "KS", "技术研发部"),
    ("mgr.zhou", "常州生产部经理 周平", ("manager",), "CZ", "生产部"),
    ("int.zhang", "机加工车间主任 张军", ("interviewer",), "KS", "机加工车间"),
    ("int.wu", "设备主管 吴涛", ("interviewer",), "CZ", "设备部"),
    ("exec.huang", "厂长 黄建国", ("executive",), "KS", None),
    ("exec.gm", "总经理 徐宏", ("executive",), None, None),
)
_SITES = (("KS", "昆山工厂", "昆山"), ("CZ", "常州工厂", "常州"))
_DEPARTMENTS = (  # (site, name, parent)
    ("KS", "人力资源部", None), ("KS", "生产部", None), ("KS", "机加工车间", "生产部"),
    ("KS", "装配车间", "生产部"), ("KS", "焊接车间", "生产部"), ("KS", "质量部", None),
    ("KS", "技术研发部", None), ("CZ", "人力资源部", None), ("CZ", "生产部", None),
    ("CZ", "设备部", "生产部"),
)
_HEADS = ((("KS", "生产部"), "mgr.wang"), (("KS", "质量部"), "mgr.sun"),
          (("KS", "技术研发部"), "mgr.liu"), (("KS", "机加工车间"), "int.zhang"),
          (("CZ", "生产部"), "mgr.zhou"), (("CZ", "设备部"), "int.wu"))
# (title, site, department, job type, headcount, recruiter, approver, team, share of resumes)
_JOBS = (
    ("数控车工", "KS", "机加工车间", "skilled_worker", 8, "hr.li", "mgr.wang", ("int.zhang",), 22),
    ("焊工", "KS", "焊接车间", "skilled_worker", 6, "hr.li", "mgr.wang", ("int.zhang",), 16),
    ("装配钳工", "KS", "装配车间", "skilled_worker", 5, "hr.chen", "mgr.wang", ("int.zhang",), 12),
    ("电工", "KS", "生产部", "skilled_worker", 3, "hr.chen", "mgr.wang", ("int.zhang",), 8),
    ("质检员", "KS", "质量部", "skilled_worker", 4, "hr.li", "mgr.sun", ("mgr.liu",), 10),
    ("机械设计工程师", "KS", "技术研发部", "engineer", 3, "hr.chen", "mgr.liu", ("mgr.liu",), 9),
    ("生产主管", "KS", "生产部", "management", 1, "hr.chen", "exec.huang", ("mgr.wang",), 4),
    ("设备维修工", "CZ", "设备部", "skilled_worker", 4, "hr.zhao", "mgr.zhou", ("int.wu",), 9),
    ("数控车工", "CZ", "生产部", "skilled_worker", 5, "hr.zhao", "mgr.zhou", ("int.wu",), 10),
)


def demo_accounts() -> list[DemoAccount]:
    return [DemoAccount(u, DEMO_PASSWORD, roles[0], name) for u, name, roles, _s, _d in _PEOPLE]


def fill(ws: Workspace, accounts_: list[DemoAccount], size: int,
         progress: Callable[[int, int], None] | None = None,
         cancelled: Callable[[], bool] | None = None, seed: int = 20261128,
         step_by_step: bool = False) -> None:
    """``step_by_step``: replay through ``workflow.moves`` one transaction per few
    thousand steps instead of the bulk writer (slow; the reference the tests use)."""
    if not 0 <= size <= 1_000_000:
        raise errors.InvalidField(field="size", reason="0 to 1,000,000")
    end = ws.clock.now()
    start = end - HISTORY
    rng = random.Random(seed)
    actors, depts = _organisation(ws)
    openings = _openings(ws, actors, depts, start)
    paperwork.add_channel_costs(ws, actors["hr.chen"], end, rng)

    def report(share: float, done: int, total: int) -> None:
        # People are the first third of the work, the history the rest.
        if progress and total:
            progress(int(size * (share + (1 / 3 if share == 0 else 2 / 3) * done / total)),
                     size)

    ids, names = _people(ws, actors["hr.li"], size, rng, end.date(), cancelled,
                         lambda d, t: report(0, d, t))
    stages = _stages_by_opening(ws, openings)
    picks, fates = history.plan(rng, lambda i: stages[i], size, openings, start, end)
    channels = history.channel_choices(ws, len(picks))
    if step_by_step:
        history.replay(ws, ids, picks, openings, fates, channels,
                            lambda d, t: report(1 / 3, d, t), cancelled)
    else:
        writer = bulk_history.BulkWriter(ws, openings, names, ids, channels, picks,
                                      read_before=end - dt.timedelta(days=7))
        bulk_history.write_history(ws, list(history.in_time_order(fates)), writer,
                                lambda d, t: report(1 / 3, d, t), cancelled)
    # Last: requisitions come after the history, so approvals meet the jobs as they are.
    paperwork.add_requisitions(ws, actors, depts, end)
    _vouch_for_the_history(ws)
    if progress:
        progress(size, size)


def _vouch_for_the_history(ws: Workspace) -> None:
    """The bulk history writer sets rows' final states directly; the audit trail
    fingerprints them as they ended up, so verify-audit checks every demo row."""
    with ws.db.unit_of_work(SYSTEM, "demo.history") as uow:
        row_audit.stamp_all(uow.session.connection(), SYSTEM, "demo.history", uow.now,
                            uow.now)
        uow.commit()


def _organisation(ws: Workspace) -> tuple[dict[str, Actor], dict[tuple[str, str], uuid.UUID]]:
    admin = _admin_actor(ws)
    sites = {code: org.create_site(ws, admin, code, name, city) for code, name, city in _SITES}
    depts: dict[tuple[str, str], uuid.UUID] = {}
    for site, name, parent in _DEPARTMENTS:
        depts[(site, name)] = org.create_department(
            ws, admin, sites[site].id, name, depts[(site, parent)] if parent else None).id
    actors: dict[str, Actor] = {"admin": admin}
    for username, display, roles, home, dept in _PEOPLE[1:]:
        site_id = sites[home].id if home else None
        dept_id = depts.get((home, dept)) if home and dept else None
        grants = tuple(RoleScope(Role(r), site_id if r in ("hr", "executive") else None,
                                 dept_id if r == "manager" else None) for r in roles)
        info = accounts.create_user(ws, admin, accounts.NewUser(
            username, display, DEMO_PASSWORD, grants, site_id=site_id, department_id=dept_id))
        actors[username] = Actor(info.id, info.username, info.display_name, info.roles)
    for key, head in _HEADS:
        org.set_department_head(ws, admin, depts[key], actors[head].user_id)
    return actors, depts


def _openings(ws: Workspace, actors: dict[str, Actor], depts: dict[tuple[str, str], uuid.UUID],
              start: dt.datetime) -> list[history.Opening]:
    original = ws.db.clock
    ws.db.clock = FixedClock(start)  # the jobs were opened a year ago
    try:
        openings = []
        for title, site, dept, kind, count, recruiter, approver, team, share in _JOBS:
            job = jobs.create_job(ws, actors[recruiter], jobs.JobDraft(
                title, depts[(site, dept)], count, job_type=kind,
                recruiter_id=actors[recruiter].user_id,
                hiring_manager_id=actors[approver].user_id,
                interviewer_ids=tuple(_user_id(actors[t]) for t in team)))
            openings.append(history.Opening(job.id, actors[recruiter], actors[approver],
                                                 share))
        return openings
    finally:
        ws.db.clock = original


def _people(ws: Workspace, actor: Actor, size: int, rng: random.Random, today: dt.date,
            cancelled: Callable[[], bool] | None,
            progress: Callable[[int, int], None]) -> tuple[list[uuid.UUID], list[str]]:
    maker = PeopleMaker(rng, today)
    ids: list[uuid.UUID] = []
    names: list[str] = []
    while len(ids) < size:
        if cancelled and cancelled():
            raise errors.Cancelled()
        batch = [maker.person() for _ in range(min(CANDIDATES_PER_TRANSACTION, size - len(ids)))]
        with ws.db.unit_of_work(actor, "candidates.add") as uow:
            ids.extend(row.id for row in candidates.add_in(uow, batch))
            uow.commit()
        names.extend(p.name for p in batch)
        progress(len(ids), size)
    return ids, names


def _user_id(actor: Actor) -> uuid.UUID:
    if actor.user_id is None:
        raise ValueError(f"{actor.username} is not a stored user")
    return actor.user_id


def _stages_by_opening(ws: Workspace,
                       openings: list[history.Opening]) -> list[list[StageKind]]:
    """The kinds of each opening's stages, in order (all the planner needs)."""
    with ws.db.unit_of_work(read_only=True) as uow:
        result = []
        for opening in openings:
            template_id = uow.session.scalar(select(Job.template_id)
                                             .where(Job.id == opening.job_id))
            template = uow.session.get_one(PipelineTemplate, template_id)
            result.append([s.kind for s in template.stages if not s.retired])
        return result


def _admin_actor(ws: Workspace) -> Actor:
    with ws.db.unit_of_work(read_only=True) as uow:
        admin = uow.session.scalar(select(User).where(User.username == "admin"))
        assert admin is not None
        return actor_of(admin)
