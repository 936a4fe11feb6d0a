"""Who is acting: passed into every use case, recorded in every audit entry."""

from __future__ import annotations

import dataclasses
import uuid

from hrdesk.dto.accounts import RoleScope
from hrdesk.vocabulary import Role

ROLES = tuple(Role)


@dataclasses.dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID | None
    username: str
    display_name: str
    grants: tuple[RoleScope, ...] = ()
    site_name: str | None = None

    @property
    def roles(self) -> tuple[Role, ...]:
        return tuple(dict.fromkeys(g.role for g in self.grants))

    def has_role(self, role: str) -> bool:
        return any(g.role == role for g in self.grants)


# Work done by hrdesk itself (setup, migrations), not by a person.
SYSTEM = Actor(user_id=None, username="system", display_name="hrdesk",
               grants=(RoleScope(Role.ADMIN),))
