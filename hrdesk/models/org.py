"""Organisation: the company, its sites (plants), departments, users and their roles."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrdesk.db.crypto import Purpose
from hrdesk.db.types import EncryptedText, TermColumn
from hrdesk.models.base import Base, UuidPrimaryKey, Versioned
from hrdesk.vocabulary import Role


class Organisation(UuidPrimaryKey, Versioned, Base):
    """One row: the company that owns this database."""

    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime]


class Site(UuidPrimaryKey, Versioned, Base):
    """A plant or office; HR roles are scoped to sites."""

    __tablename__ = "sites"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Department(UuidPrimaryKey, Versioned, Base):
    """A node of the department tree; its head is whom escalations reach."""

    __tablename__ = "departments"
    __table_args__ = (UniqueConstraint("site_id", "parent_id", "name"),)

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"), index=True)
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("departments.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    head_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", use_alter=True), index=True
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class User(UuidPrimaryKey, Versioned, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))
    mobile: Mapped[str | None] = mapped_column(EncryptedText(Purpose.STAFF))
    password_hash: Mapped[str] = mapped_column(String(200), info={"sensitive": True})
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"), index=True)
    department_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("departments.id"), index=True
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime]
    # Bookkeeping, written without a version bump (two sign-ins at once both succeed).
    last_login_at: Mapped[dt.datetime | None] = mapped_column(info={"unaudited": True})

    grants: Mapped[list[RoleGrant]] = relationship(
        back_populates="user", cascade="all, delete-orphan", order_by="RoleGrant.role"
    )


class RoleGrant(UuidPrimaryKey, Base):
    """A role held by a user, optionally limited to one site or one department."""

    __tablename__ = "role_grants"
    __table_args__ = (UniqueConstraint("user_id", "role", "site_id", "department_id"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    role: Mapped[Role] = mapped_column(TermColumn(Role))
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    department_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("departments.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    user: Mapped[User] = relationship(back_populates="grants")
