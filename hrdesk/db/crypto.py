"""Keys derived from the database's master key, and field-level encryption.

One random 256-bit master key per database. From it, by HKDF with distinct
labels: the SQLCipher page key, the field key (AES-GCM for ID numbers, phones,
salaries — on PostgreSQL this is the only encryption at rest), the key of
lookup digests (HMAC, so duplicates can be found without decrypting), and the
backup key.
"""

from __future__ import annotations

import base64
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
_FIELD_PREFIX = "e1:"


def _derive(master: bytes, label: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=b"hrdesk/" + label.encode()).derive(master)


class MasterKey:
    """The database key; lives only in memory, written only wrapped."""

    __slots__ = ("_raw",)

    def __init__(self, raw: bytes) -> None:
        if len(raw) != KEY_BYTES:
            raise ValueError("a master key has 32 bytes")
        self._raw = raw

    @classmethod
    def generate(cls) -> MasterKey:
        return cls(os.urandom(KEY_BYTES))

    @property
    def raw(self) -> bytes:
        return self._raw

    def sqlcipher_hex(self) -> str:
        return _derive(self._raw, "sqlcipher").hex()

    def field_cipher(self) -> FieldCipher:
        return FieldCipher(_derive(self._raw, "fields"), _derive(self._raw, "digests"))

    def backup_key(self) -> bytes:
        return _derive(self._raw, "backup")

    def __repr__(self) -> str:  # never print key material
        return "MasterKey(…)"


class FieldCipher:
    """AES-GCM for single values; a fresh nonce each time, so equal values differ."""

    def __init__(self, key: bytes, digest_key: bytes) -> None:
        self._aead = AESGCM(key)
        self._digest_key = digest_key

    def encrypt(self, text: str) -> str:
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, text.encode("utf-8"), None)
        return _FIELD_PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def decrypt(self, stored: str) -> str:
        if not stored.startswith(_FIELD_PREFIX):
            raise ValueError("not an encrypted field value")
        blob = base64.b64decode(stored[len(_FIELD_PREFIX):])
        try:
            return self._aead.decrypt(blob[:12], blob[12:], None).decode("utf-8")
        except InvalidTag as exc:
            raise ValueError("encrypted field does not match this database's key") from exc

    def seal_bytes(self, data: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, data, b"bytes")

    def open_bytes(self, sealed: bytes) -> bytes:
        try:
            return self._aead.decrypt(sealed[:12], sealed[12:], b"bytes")
        except InvalidTag as exc:
            raise ValueError("encrypted file does not match this database's key") from exc

    def digest(self, normalised: str) -> str:
        """A keyed lookup digest: equal inputs give equal digests, nothing else leaks."""
        # The one-shot form: no HMAC object per call (a batch import digests 200,000).
        return hmac.digest(self._digest_key, normalised.encode("utf-8"), "sha256").hex()
