"""Resume batch import, as use cases: preview, commit, mapping profiles.

Thin on purpose: the work is in ``import_plan``, ``import_commit`` and
``import_profiles`` (reading and planning the file in ``hrdesk.imports``); each
function here checks permission first (the modules check again where they write).
The edges reach the import's vocabulary here too: the fields a column maps to, a
row's problems and every phrase they are said in (the GUI translates them), and the
rows a plan leaves out (the rejected-rows report copies them).
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from hrdesk.imports import problems, reading
from hrdesk.imports.fields import FIELDS
from hrdesk.imports.problems import Problem
from hrdesk.imports.reading import SheetTable
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.services import import_commit, import_plan, import_profiles
from hrdesk.services.import_commit import ImportRefused, ImportResult
from hrdesk.services.import_plan import ImportPlan, RowPlan
from hrdesk.services.import_profiles import MappingProfile
from hrdesk.vocabulary import Permission
from hrdesk.workspace.unlocked import Workspace

__all__ = ["FIELDS", "ImportPlan", "ImportRefused", "ImportResult", "MappingProfile", "Problem",
           "RowPlan", "SheetTable"]


def preview(ws: Workspace, actor: Actor, path: Path, *, job_id: uuid.UUID | None = None,
            sheet: str | None = None, mapping: Sequence[str | None] | None = None,
            profile: str | None = None, merge: str = "keep") -> ImportPlan:
    require(actor, Permission.EDIT_CANDIDATES)
    return import_plan.prepare(ws, actor, path, job_id=job_id, sheet=sheet, mapping=mapping,
                        profile=profile, merge=merge)


def run(ws: Workspace, actor: Actor, planned: ImportPlan, *,
        job_id: uuid.UUID | None = None, policy: str = "valid-rows", merge: str = "keep",
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None) -> ImportResult:
    require(actor, Permission.EDIT_CANDIDATES)
    return import_commit.run(ws, actor, planned, job_id=job_id, policy=policy, merge=merge,
                      progress=progress, cancelled=cancelled)


def rows_left_out(planned: ImportPlan) -> SheetTable:
    """The plan's file read again, keeping only the rows the import leaves out (rejected,
    or the same as an earlier row): the plan keeps no cells, and the rejected-rows
    report copies these for HR to fix. No permission: it reads the file HR chose."""
    table = reading.read_table(Path(planned.file), planned.sheet)
    wanted = {r.row for r in planned.left_out}
    return dataclasses.replace(table, rows=tuple(r for r in table.rows if r.number in wanted))


def problem_phrases() -> list[str]:
    """Every phrase a row's problems are said in, for the GUI's translation catalogue."""
    return problems.catalogued()


def save_profile(ws: Workspace, actor: Actor, name: str, headers: Sequence[str],
                 mapping: Sequence[str | None]) -> MappingProfile:
    return import_profiles.save_profile(ws, actor, name, headers, mapping)


def list_profiles(ws: Workspace, actor: Actor) -> list[MappingProfile]:
    return import_profiles.list_profiles(ws, actor)


def find_profile_for(ws: Workspace, actor: Actor,
                     headers: Sequence[str]) -> MappingProfile | None:
    return import_profiles.find_profile_for(ws, actor, headers)


def job_by_code(ws: Workspace, actor: Actor, code: str) -> uuid.UUID:
    """The job a command line names by its code (``J2026-0001``)."""
    from sqlalchemy import select

    from hrdesk import errors
    from hrdesk.models.jobs import Job

    require(actor, Permission.EDIT_CANDIDATES)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        found = uow.session.scalar(select(Job.id).where(Job.code == code.strip()))
    if found is None:
        raise errors.NotFound(entity="job", key=code)
    return found
