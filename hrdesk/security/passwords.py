"""Password hashing (Argon2id, OWASP parameters) and the password rule."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from hrdesk import errors
from hrdesk.db.keyring import KDF_PARAMS

MIN_LENGTH = 10
_hasher = PasswordHasher(time_cost=KDF_PARAMS["time_cost"],
                         memory_cost=KDF_PARAMS["memory_cost"],
                         parallelism=KDF_PARAMS["parallelism"])


def check_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise errors.WeakPassword(min_length=MIN_LENGTH)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def matches(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False
