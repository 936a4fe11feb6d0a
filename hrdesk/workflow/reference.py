"""Reference data every database starts with, and company-wide settings.

Seeded when a database is created; each item is added only if missing, so an
upgrade can ship new defaults without touching what HR has edited.
"""

from __future__ import annotations

import copy
from typing import Any

from sqlalchemy import select

from hrdesk.models.applications import RefusalReason
from hrdesk.models.channels import Channel
from hrdesk.models.pipeline import PipelineTemplate
from hrdesk.models.settings import Setting
from hrdesk.uow import UnitOfWork
from hrdesk.workflow import templates

CHANNELS = (
    ("BOSS直聘", "job_board"), ("前程无忧", "job_board"), ("智联招聘", "job_board"),
    ("猎聘", "job_board"), ("58同城", "job_board"), ("内部推荐", "referral"),
    ("校园招聘", "campus"), ("人力资源中介", "agency"), ("现场招聘会", "job_fair"),
    ("内部转岗", "internal"), ("厂门口招聘", "walk_in"),
)
REFUSAL_REASONS = (
    ("skills", "技能不匹配", False), ("experience", "经验不足", False),
    ("salary", "薪资期望过高", False), ("test_failed", "实操/笔试未通过", False),
    ("interview_failed", "面试未通过", False), ("background", "背景调查未通过", False),
    ("probation_failed", "试用期未通过", False), ("position_filled", "岗位已招满", False),
    ("declined", "候选人放弃", True), ("other_offer", "接受其他Offer", True),
    ("unreachable", "联系不上", True), ("screening", "简历初筛未通过", False),
)
DEFAULT_SETTINGS: dict[str, dict[str, Any]] = {
    # Requisition approval chain: each step, and when it applies.
    "requisition_approval": {"steps": [
        {"role": "dept_head"},
        {"role": "hr"},
        {"role": "executive", "when": {"headcount_over": 3, "salary_max_over": 15000}},
    ]},
    # Overdue work climbs the department-head chain, one level per margin of working hours.
    "escalation": {"after_hours": 8, "max_levels": 3},
}


def ensure_defaults(uow: UnitOfWork) -> None:
    names = set(uow.session.scalars(select(Channel.name)))
    uow.session.add_all(Channel(name=n, kind=k, active=True)
                        for n, k in CHANNELS if n not in names)
    codes = set(uow.session.scalars(select(RefusalReason.code)))
    uow.session.add_all(RefusalReason(code=c, label=label, by_candidate=by, active=True)
                        for c, label, by in REFUSAL_REASONS if c not in codes)
    keys = set(uow.session.scalars(select(Setting.key)))
    uow.session.add_all(Setting(key=k, value=copy.deepcopy(v))
                        for k, v in DEFAULT_SETTINGS.items() if k not in keys)
    # The shipped templates that are missing (by name); edited ones are never touched.
    have = set(uow.session.scalars(select(PipelineTemplate.name)))
    uow.session.add_all(templates.build(spec) for spec in templates.DEFAULTS
                        if spec.name not in have)


def setting(uow: UnitOfWork, key: str) -> dict[str, Any]:
    row = uow.session.get(Setting, key)
    return copy.deepcopy(row.value if row is not None else DEFAULT_SETTINGS[key])
