"""Column types that encrypt on the way in and decrypt on the way out, keep moments in
UTC, and read vocabulary words back as their enum members."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import DateTime, LargeBinary, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from hrdesk.db.crypto import FieldCipher, Purpose
from hrdesk.vocabulary import Term


def attach_cipher(dialect: Dialect, cipher: FieldCipher) -> None:
    """Each engine has its own dialect object, so the key travels with the engine."""
    # An attribute of our own on SQLAlchemy's dialect object, which declares none.
    dialect.hrdesk_field_cipher = cipher  # type: ignore[attr-defined]


def cipher_of(dialect: Dialect) -> FieldCipher:
    """The field cipher of the session that opened this engine."""
    return _cipher(dialect)


def _cipher(dialect: Dialect) -> FieldCipher:
    cipher: FieldCipher | None = getattr(dialect, "hrdesk_field_cipher", None)
    if cipher is None:
        raise RuntimeError("engine opened without a field key")
    return cipher


class EncryptedText(TypeDecorator[str]):
    """Text encrypted with AES-GCM under the key of its ``purpose``; audit entries show
    it as masked. A session whose roles do not hold that key reads None: the value is
    there, but not for this reader (the services show a stored masked form instead)."""

    impl = Text
    cache_ok = True
    sensitive = True

    def __init__(self, purpose: Purpose = Purpose.PERSONAL) -> None:
        super().__init__()
        self.purpose = purpose

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return _cipher(dialect).encrypt(str(value), self.purpose)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        cipher = _cipher(dialect)
        if value is None or not cipher.holds(self.purpose):
            return None
        return cipher.decrypt(value, self.purpose)


class EncryptedBytes(TypeDecorator[bytes]):
    """A file's bytes, sealed with AES-GCM: attachments never sit on disk in clear."""

    impl = LargeBinary
    cache_ok = True
    sensitive = True

    def __init__(self, purpose: Purpose = Purpose.DOCUMENTS) -> None:
        super().__init__()
        self.purpose = purpose

    def process_bind_param(self, value: Any, dialect: Dialect) -> bytes | None:
        return None if value is None else _cipher(dialect).seal_bytes(bytes(value), self.purpose)

    def process_result_value(self, value: Any, dialect: Dialect) -> bytes | None:
        cipher = _cipher(dialect)
        if value is None or not cipher.holds(self.purpose):
            return None
        return cipher.open_bytes(bytes(value), self.purpose)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A moment, stored in UTC on both backends and handed back aware (UTC).

    SQLite has no time zones: SQLAlchemy writes an aware value's wall-clock digits
    and drops its offset, so 17:00+08:00 came back as 17:00 UTC — eight hours off,
    and an audit entry hashed with the right instant no longer verified. Values are
    converted to UTC on the way in; a naive value is refused, since nothing can say
    which zone it meant.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise TypeError(f"a moment must be a datetime, not {type(value).__name__}")
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("a naive datetime cannot be stored: give it a time zone")
        moment: dt.datetime = value.astimezone(dt.UTC)
        return moment.replace(tzinfo=None) if dialect.name == "sqlite" else moment

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        moment: dt.datetime = value
        return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


class TermColumn(TypeDecorator[str]):
    """A word of one of ``hrdesk.vocabulary``'s sets, stored as its plain string (so the
    database is what it was) and read back as the member, which carries its label to
    whoever shows it. A value the set does not know (an old row) comes back as stored."""

    impl = String
    cache_ok = True

    def __init__(self, term: type[Term], length: int = 20) -> None:
        super().__init__(length)
        self.term = term

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else self.term.of(value)
