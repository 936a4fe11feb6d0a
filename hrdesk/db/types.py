"""Column types that encrypt on the way in and decrypt on the way out."""

from __future__ import annotations

from typing import Any

from sqlalchemy import LargeBinary, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from hrdesk.db.crypto import FieldCipher


def attach_cipher(dialect: Dialect, cipher: FieldCipher) -> None:
    """Each engine has its own dialect object, so the key travels with the engine."""
    dialect.hrdesk_field_cipher = cipher  # type: ignore[attr-defined]


def _cipher(dialect: Dialect) -> FieldCipher:
    cipher = getattr(dialect, "hrdesk_field_cipher", None)
    if cipher is None:
        raise RuntimeError("engine opened without a field key")
    return cipher


class EncryptedText(TypeDecorator[str]):
    """Text encrypted with AES-GCM; audit entries show it as masked."""

    impl = Text
    cache_ok = True
    sensitive = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return _cipher(dialect).encrypt(str(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return _cipher(dialect).decrypt(value)


class EncryptedBytes(TypeDecorator[bytes]):
    """A file's bytes, sealed with AES-GCM: attachments never sit on disk in clear."""

    impl = LargeBinary
    cache_ok = True
    sensitive = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> bytes | None:
        return None if value is None else _cipher(dialect).seal_bytes(bytes(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> bytes | None:
        return None if value is None else _cipher(dialect).open_bytes(bytes(value))
