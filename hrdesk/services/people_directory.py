"""Who works here, for the pickers of HR and managers (hiring manager, interviewers).

``accounts.list_users`` is the administrators' tool and shows grants, e-mail and
versions; this is a narrow read-only view of active people: id, name and roles.
"""

from __future__ import annotations

import dataclasses
import uuid

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from hrdesk import errors, name_order
from hrdesk.models.org import User
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import allows
from hrdesk.vocabulary import Permission
from hrdesk.workspace.unlocked import Workspace

# Whoever staffs jobs or asks for them needs to pick people.
_MAY_LIST = (Permission.MANAGE_JOBS, Permission.SUBMIT_REQUISITIONS, Permission.MANAGE_USERS)


@dataclasses.dataclass(frozen=True)
class Person:
    id: uuid.UUID
    display_name: str
    roles: tuple[str, ...]
    department_id: uuid.UUID | None


def list_people(ws: Workspace, actor: Actor) -> list[Person]:
    if not any(allows(actor, p) for p in _MAY_LIST):
        raise errors.PermissionDenied(permission=Permission.MANAGE_JOBS)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        users = uow.session.scalars(select(User).options(selectinload(User.grants))
                                    .where(User.active.is_(True)).order_by(User.username))
        people = [Person(u.id, u.display_name or u.username,
                         tuple(dict.fromkeys(g.role for g in u.grants)), u.department_id)
                  for u in users]
    # In pinyin order, in Python: a few hundred staff need no stored key.
    return name_order.by_name(people, lambda p: p.display_name)
