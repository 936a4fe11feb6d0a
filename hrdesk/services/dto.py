"""Plain frozen values the services hand out; never ORM objects."""

from __future__ import annotations

import dataclasses
import uuid

from hrdesk.security.actor import Actor, RoleScope

__all__ = ["Actor", "DemoAccount", "DepartmentInfo", "RoleScope", "SiteInfo", "UserInfo"]


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
class SiteInfo:
    id: uuid.UUID
    code: str
    name: str
    city: str | None


@dataclasses.dataclass(frozen=True)
class DepartmentInfo:
    id: uuid.UUID
    site_id: uuid.UUID
    parent_id: uuid.UUID | None
    name: str
    head_user_id: uuid.UUID | None


@dataclasses.dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: str
    display_name: str = ""
