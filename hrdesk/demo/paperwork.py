"""The demo's requisitions in every state, and what each channel cost per month.

Made through the services at the times they would have happened, so the
approval trails, tasks and notices are the real ones.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from typing import Any

from hrdesk.clock import FixedClock
from hrdesk.security.actor import Actor
from hrdesk.services import channels, requisitions
from hrdesk.workflow.approval import RequisitionDraft
from hrdesk.workspace.unlocked import Workspace

# (requester, site, department, title, job type, headcount, reason, salary band,
#  days ago submitted, then [(days ago, who, decision, comment)])
_REQUISITIONS: tuple[tuple[Any, ...], ...] = (
    ("mgr.wang", "KS", "机加工车间", "数控车工", "skilled_worker", 2, "expansion", (6500, 9000),
     60, [(59, "int.zhang", "approve", "车间订单增加，急需"), (58, "hr.li", "approve", "同意")]),
    ("mgr.sun", "KS", "质量部", "质检员", "skilled_worker", 1, "replacement", (5500, 7000),
     5, []),
    ("mgr.liu", "KS", "技术研发部", "电气工程师", "engineer", 4, "new_post", (12000, 18000),
     9, [(7, "hr.chen", "approve", "预算内")]),
    ("mgr.zhou", "CZ", "生产部", "叉车司机", "skilled_worker", 1, "replacement", (5000, 6500),
     12, [(10, "hr.zhao", "return", "请补充岗位职责和证书要求")]),
    ("mgr.wang", "KS", "焊接车间", "焊工", "skilled_worker", 3, "expansion", (7000, 10000),
     30, [(29, "hr.li", "reject", "已有焊工岗位在招，请合并需求")]),
)
_MONTHLY_COST = {"BOSS直聘": 4800, "前程无忧": 3000, "智联招聘": 3000, "猎聘": 2500,
                 "58同城": 1800, "人力资源中介": 9000, "现场招聘会": 1500, "校园招聘": 2000}


def add_requisitions(ws: Workspace, actors: dict[str, Actor],
                     depts: dict[tuple[str, str], uuid.UUID], end: dt.datetime) -> None:
    original = ws.db.clock
    clock = FixedClock(end)
    ws.db.clock = clock
    try:
        for (requester, site, dept, title, kind, count, reason, (low, high), submitted,
             decisions) in _REQUISITIONS:
            clock.set(end - dt.timedelta(days=submitted, hours=2))
            made = requisitions.create_requisition(ws, actors[requester], RequisitionDraft(
                depts[(site, dept)], title, count, reason, kind,
                duties=f"负责{title}相关工作，服从车间排班。",
                qualifications="中专及以上学历，相关岗位经验优先。", salary_min=low,
                salary_max=high, wanted_by=(end + dt.timedelta(days=45)).date()))
            clock.set(end - dt.timedelta(days=submitted))
            requisitions.submit(ws, actors[requester], made.id)
            for days_ago, who, decision, comment in decisions:
                clock.set(end - dt.timedelta(days=days_ago))
                _decide(decision)(ws, actors[who], made.id, comment)
    finally:
        ws.db.clock = original


def _decide(decision: str) -> Callable[..., object]:
    return {"approve": requisitions.approve, "reject": requisitions.reject,
            "return": requisitions.return_for_changes}[decision]


def add_channel_costs(ws: Workspace, actor: Actor, end: dt.datetime, rng: random.Random) -> None:
    by_name = {c.name: c.id for c in channels.list_channels(ws, actor)}
    month = dt.date(end.year - 1, end.month, 1)
    while month <= end.date():
        following = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
        for name, base in _MONTHLY_COST.items():
            amount = round(base * rng.uniform(0.8, 1.25), -1)
            channels.add_cost(ws, actor, by_name[name], month,
                              following - dt.timedelta(days=1), int(amount),
                              f"{month:%Y年%m月}")
        month = following
