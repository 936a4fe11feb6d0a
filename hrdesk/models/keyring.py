"""Key slots and sign-in counters of a PostgreSQL database.

They must be readable before the master key is known, so they hold only
wrapped keys and counters. An SQLite database keeps the same entries in the
file beside it instead (its pages are unreadable without the key).
"""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.models.base import Base


class KeyringEntry(Base):
    __tablename__ = "keyring"
    __audited__ = False

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
