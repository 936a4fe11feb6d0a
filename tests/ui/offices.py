"""The office most GUI tests start from: 昆山工厂 with its 机加工车间 and a few people.

Built through the services as the database's administrator; each test then adds the
jobs, candidates and applications it is about.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence

from hrdesk.clock import FixedClock
from hrdesk.dto.accounts import RoleScope
from hrdesk.services import accounts, org, session as session_service


@dataclasses.dataclass(frozen=True)
class Workshop:
    site_id: uuid.UUID
    department_id: uuid.UUID
    users: dict[str, uuid.UUID]  # username -> user id


def staff_workshop(database, clock: FixedClock, password: str,  # type: ignore[no-untyped-def]
                   people: Sequence[tuple[str, str, str]], head: str | None = None
                   ) -> Workshop:
    """``people``: (username, display name, role) with role hr (of the site), manager (of
    the workshop) or interviewer; ``head`` becomes the workshop's head."""
    admin = session_service.open_session(database.location, database.username,
                                         database.password, clock)
    try:
        ws, actor = admin.workspace, admin.actor
        site = org.create_site(ws, actor, "KS", "昆山工厂", "昆山")
        workshop = org.create_department(ws, actor, site.id, "机加工车间")
        grants = {"hr": RoleScope("hr", site.id), "manager": RoleScope("manager", None,
                                                                       workshop.id),
                  "interviewer": RoleScope("interviewer")}
        users = {username: accounts.create_user(ws, actor, accounts.NewUser(
            username, shown, password, (grants[role],), site_id=site.id,
            department_id=workshop.id)).id for username, shown, role in people}
        if head is not None:
            org.set_department_head(ws, actor, workshop.id, users[head])
    finally:
        admin.close()
    return Workshop(site.id, workshop.id, users)
