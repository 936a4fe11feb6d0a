"""Department heads from a department up to the root: whom overdue work reaches, in order."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.models.org import Department


class HeadChains:
    """The department tree read once (a reminder pass asks for thousands of chains)."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(select(Department.id, Department.parent_id,
                                      Department.head_user_id)).all()
        self._parent = {r[0]: r[1] for r in rows}
        self._head = {r[0]: r[2] for r in rows}

    def chain(self, department_id: uuid.UUID | None,
              skip: uuid.UUID | None = None) -> list[uuid.UUID]:
        """Heads, nearest first, without ``skip`` (the person the work is already with)."""
        heads: list[uuid.UUID] = []
        seen: set[uuid.UUID] = set()
        current = department_id
        while current is not None and current not in seen:
            seen.add(current)
            head = self._head.get(current)
            if head is not None and head != skip and head not in heads:
                heads.append(head)
            current = self._parent.get(current)
        return heads

    def level(self, department_id: uuid.UUID | None, level: int,
              skip: uuid.UUID | None) -> uuid.UUID | None:
        heads = self.chain(department_id, skip)
        return heads[level - 1] if len(heads) >= level else None
