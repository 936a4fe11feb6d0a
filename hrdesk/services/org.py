"""Sites (plants) and the department tree, maintained by administrators."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy import select

from hrdesk import errors
from hrdesk.dto.org import DepartmentInfo, SiteInfo
from hrdesk.models.org import Department, Site, User
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.uow import UnitOfWork
from hrdesk.vocabulary import Permission
from hrdesk.workflow.heads import HeadChains
from hrdesk.workspace.unlocked import Workspace


def create_site(ws: Workspace, actor: Actor, code: str, name: str,
                city: str | None = None) -> SiteInfo:
    require(actor, Permission.MANAGE_ORGANISATION)
    code = code.strip().upper()
    if not code or not name.strip():
        raise errors.InvalidField(field="site", reason="code and name are required")
    with ws.db.unit_of_work(actor, "org.create_site") as uow:
        if uow.session.scalar(select(Site.id).where(Site.code == code)) is not None:
            raise errors.InvalidField(field="code", reason="{value} is already used",
                                      value=code)
        site = Site(code=code, name=name.strip(), city=city, active=True)
        uow.session.add(site)
        uow.commit()
        return _site(site)


def create_department(ws: Workspace, actor: Actor, site_id: uuid.UUID, name: str,
                      parent_id: uuid.UUID | None = None,
                      head_user_id: uuid.UUID | None = None) -> DepartmentInfo:
    require(actor, Permission.MANAGE_ORGANISATION)
    if not name.strip():
        raise errors.InvalidField(field="name", reason="required")
    with ws.db.unit_of_work(actor, "org.create_department") as uow:
        _require(uow, Site, site_id, entity="site")
        if parent_id is not None:
            parent = _require(uow, Department, parent_id, entity="department")
            if parent.site_id != site_id:
                raise errors.InvalidField(field="parent", reason="belongs to another site")
        if head_user_id is not None:
            _require(uow, User, head_user_id, entity="user")
        dept = Department(site_id=site_id, parent_id=parent_id, name=name.strip(),
                          head_user_id=head_user_id, active=True)
        uow.session.add(dept)
        uow.commit()
        return _department(dept)


def set_department_head(ws: Workspace, actor: Actor, department_id: uuid.UUID,
                        head_user_id: uuid.UUID | None) -> DepartmentInfo:
    require(actor, Permission.MANAGE_ORGANISATION)
    with ws.db.unit_of_work(actor, "org.set_department_head") as uow:
        dept = _require(uow, Department, department_id, entity="department")
        if head_user_id is not None:
            _require(uow, User, head_user_id, entity="user")
        dept.head_user_id = head_user_id
        uow.commit()
        return _department(dept)


def list_sites(ws: Workspace, actor: Actor) -> list[SiteInfo]:
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        return [_site(s) for s in uow.session.scalars(select(Site).order_by(Site.code))]


def list_departments(ws: Workspace, actor: Actor,
                     site_id: uuid.UUID | None = None) -> list[DepartmentInfo]:
    query = select(Department).order_by(Department.name)
    if site_id is not None:
        query = query.where(Department.site_id == site_id)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        return [_department(d) for d in uow.session.scalars(query)]


def escalation_chain(ws: Workspace, department_id: uuid.UUID) -> list[uuid.UUID]:
    """Heads from this department up to the root: whom an overdue step reaches, in order."""
    with ws.db.unit_of_work(read_only=True) as uow:
        return HeadChains(uow.session).chain(department_id)


Row = TypeVar("Row")


def _require(uow: UnitOfWork, model: type[Row], key: uuid.UUID, entity: str) -> Row:
    """``entity``: what the row is called in a refusal (a catalogued phrase)."""
    row = uow.session.get(model, key)
    if row is None:
        raise errors.NotFound(entity=entity, key=str(key))
    return row


def _site(site: Site) -> SiteInfo:
    return SiteInfo(site.id, site.code, site.name, site.city)


def _department(d: Department) -> DepartmentInfo:
    return DepartmentInfo(d.id, d.site_id, d.parent_id, d.name, d.head_user_id)
