"""Applications moving through their pipeline: the use cases behind the board.

Each use case is one transaction around a rule of ``workflow.moves``: the
refusal names the exact reason, and a move writes its timeline event, runs
the new stage's entry actions and is audited — all of it, or none.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Sequence

from sqlalchemy import delete, insert

from hrdesk import errors
from hrdesk.models.applications import application_interviewers
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import allows, require
from hrdesk.services import jobs
from hrdesk.vocabulary import Permission, TimelineKind
from hrdesk.workflow import moves
from hrdesk.workflow.moves import MoveContext, visible_application
from hrdesk.workspace.unlocked import Workspace

__all__ = [
    "BulkOutcome",
    "MoveResult",
    "advance",
    "apply",
    "assign_interviewers",
    "bulk_move",
    "bulk_reject",
    "hold",
    "move_back",
    "move_to",
    "reactivate",
    "reject",
    "set_priority",
    "set_shortlisted",
    "skip",
    "visible_application",
    "withdraw",
]


@dataclasses.dataclass(frozen=True)
class MoveResult:
    application_id: uuid.UUID
    stage_id: uuid.UUID
    status: str
    version: int


@dataclasses.dataclass(frozen=True)
class BulkOutcome:
    application_id: uuid.UUID
    ok: bool
    error: errors.UserError | None = None


def _move(ws: Workspace, actor: Actor, action: str, application_id: uuid.UUID,
          expected_version: int | None, work: Callable[[MoveContext], None],
          deciding: bool = False) -> MoveResult:
    # Deciding (advance or reject) is also what approvers do at an approval stage,
    # executives included; the move rules check the stage's owner role.
    if not (deciding and allows(actor, Permission.APPROVE_HIRES)):
        require(actor, Permission.MOVE_APPLICATIONS)
    with ws.db.unit_of_work(actor, f"applications.{action}") as uow:
        ctx = MoveContext(uow, application_id, expected_version)
        work(ctx)
        uow.flush()
        result = MoveResult(ctx.app.id, ctx.app.stage_id, ctx.app.status, ctx.app.version)
        uow.commit()
    return result


def advance(ws: Workspace, actor: Actor, application_id: uuid.UUID, comment: str | None = None,
            expected_version: int | None = None) -> MoveResult:
    return _move(ws, actor, "advance", application_id, expected_version,
                 lambda ctx: moves.advance(ctx, comment), deciding=True)


def skip(ws: Workspace, actor: Actor, application_id: uuid.UUID, comment: str | None = None,
         expected_version: int | None = None) -> MoveResult:
    return _move(ws, actor, "skip", application_id, expected_version,
                 lambda ctx: moves.skip(ctx, comment))


def move_back(ws: Workspace, actor: Actor, application_id: uuid.UUID,
              to_stage_id: uuid.UUID | None = None, comment: str | None = None,
              expected_version: int | None = None) -> MoveResult:
    return _move(ws, actor, "move_back", application_id, expected_version,
                 lambda ctx: moves.move_back(ctx, to_stage_id, comment))


def move_to(ws: Workspace, actor: Actor, application_id: uuid.UUID, stage_id: uuid.UUID,
            comment: str | None = None, expected_version: int | None = None) -> MoveResult:
    """What a drop on the board asks: one stage on, over a skippable one, or back."""
    def work(ctx: MoveContext) -> None:
        here, there = ctx.index, ctx.position_of(stage_id)
        if there is None:
            raise errors.MoveNotAllowed(reason="that stage is not in this job's pipeline")
        if there == here:
            raise errors.MoveNotAllowed(reason="the application is already in that stage")
        if there == here + 1:
            moves.advance(ctx, comment)
        elif there == here + 2:
            moves.skip(ctx, comment)
        elif there < here:
            moves.move_back(ctx, stage_id, comment)
        else:
            raise errors.MoveNotAllowed(reason="stages cannot be jumped; move one at a time")
    return _move(ws, actor, "move_to", application_id, expected_version, work)


def reject(ws: Workspace, actor: Actor, application_id: uuid.UUID, reason_code: str,
           comment: str | None = None, expected_version: int | None = None) -> MoveResult:
    return _move(ws, actor, "reject", application_id, expected_version,
                 lambda ctx: moves.reject(ctx, reason_code, comment), deciding=True)


def withdraw(ws: Workspace, actor: Actor, application_id: uuid.UUID,
             reason_code: str = "declined", comment: str | None = None,
             expected_version: int | None = None) -> MoveResult:
    return _move(ws, actor, "withdraw", application_id, expected_version,
                 lambda ctx: moves.withdraw(ctx, reason_code, comment))


def hold(ws: Workspace, actor: Actor, application_id: uuid.UUID, comment: str | None = None,
         expected_version: int | None = None) -> MoveResult:
    return _move(ws, actor, "hold", application_id, expected_version,
                 lambda ctx: moves.hold(ctx, comment))


def reactivate(ws: Workspace, actor: Actor, application_id: uuid.UUID,
               comment: str | None = None, expected_version: int | None = None) -> MoveResult:
    return _move(ws, actor, "reactivate", application_id, expected_version,
                 lambda ctx: moves.reactivate(ctx, comment))


def _bulk(application_ids: Sequence[uuid.UUID],
          one: Callable[[uuid.UUID], MoveResult]) -> list[BulkOutcome]:
    """Each application in its own transaction: one refusal does not undo the others."""
    outcomes = []
    for application_id in application_ids:
        try:
            one(application_id)
        except errors.UserError as exc:
            outcomes.append(BulkOutcome(application_id, False, exc))
        else:
            outcomes.append(BulkOutcome(application_id, True))
    return outcomes


def bulk_move(ws: Workspace, actor: Actor, application_ids: Sequence[uuid.UUID],
              stage_id: uuid.UUID, comment: str | None = None) -> list[BulkOutcome]:
    return _bulk(application_ids, lambda a: move_to(ws, actor, a, stage_id, comment))


def bulk_reject(ws: Workspace, actor: Actor, application_ids: Sequence[uuid.UUID],
                reason_code: str, comment: str | None = None) -> list[BulkOutcome]:
    return _bulk(application_ids, lambda a: reject(ws, actor, a, reason_code, comment))


def apply(ws: Workspace, actor: Actor, candidate_id: uuid.UUID, job_id: uuid.UUID,
          channel_id: uuid.UUID | None = None, owner_id: uuid.UUID | None = None) -> MoveResult:
    require(actor, Permission.EDIT_CANDIDATES)
    with ws.db.unit_of_work(actor, "applications.apply") as uow:
        application = moves.add_application(uow, candidate_id, jobs.get_visible(uow, job_id),
                                            channel_id, owner_id)
        uow.commit()
        return MoveResult(application.id, application.stage_id, application.status,
                          application.version)


def assign_interviewers(ws: Workspace, actor: Actor, application_id: uuid.UUID,
                        user_ids: Sequence[uuid.UUID]) -> None:
    require(actor, Permission.MOVE_APPLICATIONS)
    with ws.db.unit_of_work(actor, "applications.assign_interviewers") as uow:
        ctx = MoveContext(uow, application_id)
        uow.session.execute(delete(application_interviewers).where(
            application_interviewers.c.application_id == ctx.app.id))
        if user_ids:
            uow.session.execute(insert(application_interviewers), [
                {"application_id": ctx.app.id, "user_id": u} for u in dict.fromkeys(user_ids)])
        ctx.app.last_activity_at = uow.now
        ctx.record(TimelineKind.INTERVIEWERS_ASSIGNED, data={"interviewers": [str(u) for u in user_ids]})
        uow.commit()


def set_shortlisted(ws: Workspace, actor: Actor, application_id: uuid.UUID,
                    shortlisted: bool) -> None:
    """Shortlisting shows the application to the hiring department's manager."""
    require(actor, Permission.EDIT_CANDIDATES)
    with ws.db.unit_of_work(actor, "applications.set_shortlisted") as uow:
        ctx = MoveContext(uow, application_id)
        ctx.app.shortlisted = shortlisted
        ctx.record(TimelineKind.SHORTLISTED if shortlisted else TimelineKind.UNSHORTLISTED)
        uow.commit()


def set_priority(ws: Workspace, actor: Actor, application_id: uuid.UUID, stars: int) -> None:
    require(actor, Permission.MOVE_APPLICATIONS)
    if not 0 <= stars <= 3:
        raise errors.InvalidField(field="priority", reason="0 to 3 stars")
    with ws.db.unit_of_work(actor, "applications.set_priority") as uow:
        MoveContext(uow, application_id).app.priority = stars
        uow.commit()
