"""Accounts: the users an administrator manages, and the demo database's sign-ins."""

from __future__ import annotations

import dataclasses
import uuid

from hrdesk.vocabulary import Role


@dataclasses.dataclass(frozen=True)
class RoleScope:
    """A role, limited to one site or department when those are set."""

    role: Role
    site_id: uuid.UUID | None = None
    department_id: uuid.UUID | None = None

    def __post_init__(self) -> None:
        # Given as a plain string by a form or a test, kept as the member: whoever
        # shows the role finds its label on it.
        object.__setattr__(self, "role", Role.of(self.role))


@dataclasses.dataclass(frozen=True)
class UserInfo:
    id: uuid.UUID
    username: str
    display_name: str
    email: str | None
    active: bool
    roles: tuple[RoleScope, ...]
    site_id: uuid.UUID | None
    department_id: uuid.UUID | None
    version: int


@dataclasses.dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: str
    display_name: str = ""
