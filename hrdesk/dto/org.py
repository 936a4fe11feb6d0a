"""The organisation: sites (plants) and the department tree."""

from __future__ import annotations

import dataclasses
import uuid


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
