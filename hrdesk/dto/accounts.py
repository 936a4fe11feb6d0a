"""Accounts: the users an administrator manages, and the demo database's sign-ins."""

from __future__ import annotations

import dataclasses
import uuid

from hrdesk.security.actor import RoleScope


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
