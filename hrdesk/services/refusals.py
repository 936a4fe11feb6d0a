"""The configurable list of reasons an application ends (技能不匹配, 候选人放弃 …)."""

from __future__ import annotations

import dataclasses
import re
import uuid

from sqlalchemy import select

from hrdesk import errors
from hrdesk.models.applications import RefusalReason
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.vocabulary import Permission
from hrdesk.workspace.unlocked import Workspace


@dataclasses.dataclass(frozen=True)
class RefusalReasonInfo:
    id: uuid.UUID
    code: str
    label: str
    by_candidate: bool  # the candidate withdrew, rather than being turned down
    active: bool


def list_reasons(ws: Workspace, actor: Actor,
                 include_inactive: bool = False) -> list[RefusalReasonInfo]:
    query = select(RefusalReason).order_by(RefusalReason.by_candidate, RefusalReason.code)
    if not include_inactive:
        query = query.where(RefusalReason.active.is_(True))
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        return [_info(r) for r in uow.session.scalars(query)]


def add_reason(ws: Workspace, actor: Actor, code: str, label: str,
               by_candidate: bool = False) -> RefusalReasonInfo:
    require(actor, Permission.MANAGE_PIPELINES)
    code = code.strip().lower()
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,39}", code):
        raise errors.InvalidField(field="code", reason="lowercase letters, digits and _")
    if not label.strip() or len(label.strip()) > 100:
        raise errors.InvalidField(field="label", reason="1–100 characters")
    with ws.db.unit_of_work(actor, "refusals.add_reason") as uow:
        if uow.session.scalar(select(RefusalReason.id).where(RefusalReason.code == code)):
            raise errors.InvalidField(field="code", reason="{value} is already used",
                                      value=code)
        reason = RefusalReason(code=code, label=label.strip(), by_candidate=by_candidate,
                               active=True)
        uow.session.add(reason)
        uow.commit()
        return _info(reason)


def set_active(ws: Workspace, actor: Actor, reason_id: uuid.UUID,
               active: bool) -> RefusalReasonInfo:
    """Retired reasons stay on the applications that used them; new ones cannot."""
    require(actor, Permission.MANAGE_PIPELINES)
    with ws.db.unit_of_work(actor, "refusals.set_active") as uow:
        reason = uow.session.get(RefusalReason, reason_id)
        if reason is None:
            raise errors.NotFound(entity="refusal reason", key=str(reason_id))
        reason.active = active
        uow.commit()
        return _info(reason)


def _info(reason: RefusalReason) -> RefusalReasonInfo:
    return RefusalReasonInfo(reason.id, reason.code, reason.label, reason.by_candidate,
                             reason.active)
