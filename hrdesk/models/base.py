"""Declarative base: UUID keys, a constraint naming convention, optimistic locking."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, ClassVar, cast

from sqlalchemy import Integer, MetaData, Table, Uuid, event
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from hrdesk.db.types import UtcDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar = {dt.datetime: UtcDateTime(), uuid.UUID: Uuid()}

    # Tables whose rows the audit log does not describe (the log itself, the key ring).
    __audited__ = True

    # Unannotated on purpose: SQLAlchemy reads a declared_attr's return annotation as
    # the column's type, and this one returns None (no column) on unaudited tables.
    @declared_attr
    def audit_entry_id(cls):  # type: ignore[no-untyped-def]
        """On every audited table: the audit entry that last wrote the row, whose
        fingerprint of the row lets ``verify-audit`` tell a row changed outside the
        application (``security.row_audit``). Bookkeeping: not itself audited."""
        if not cls.__dict__.get("__audited__", True) or not getattr(cls, "__audited__", True):
            return None
        return mapped_column(Uuid(), nullable=True, info={"unaudited": True, "bookkeeping": True})


def table_of(model: type[Base]) -> Table:
    """The ``Table`` of a mapped class: what Core statements and bulk writes take.
    (SQLAlchemy types ``__table__`` as any ``FromClause``; a declarative model's is a
    ``Table``.)"""
    return cast(Table, model.__table__)


class UuidPrimaryKey:
    """UUID keys let a plant's offline database merge into headquarters' later."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)


class Versioned:
    """A version counter: a stale write raises instead of silently overwriting."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}


@event.listens_for(Base, "init", propagate=True)
def _assign_id(target: Any, _args: Any, kwargs: dict[str, Any]) -> None:
    # Known before flush, so the audit entry of a new row can name it.
    if "id" in type(target).__mapper__.columns and kwargs.get("id") is None:
        kwargs["id"] = uuid.uuid4()
