"""The database's keys, one per purpose, and field-level encryption.

A database has several independent random keys, and a session holds only those
its roles need (``security.key_policy``): everyone who may open the database
holds the SQLCipher page key, but only HR holds the key that opens candidates'
ID numbers, mobiles and salaries, and only administrators the private half of
the backup key pair and the key that anchors the audit chain's head. On
PostgreSQL the field keys are the only encryption at rest.

Databases made before keys were split have one master key, from which every
purpose was derived by HKDF; ``KeySet.from_master`` gives those same keys, so
their data still opens (``services.key_upgrade`` splits them).
"""

from __future__ import annotations

import base64
import enum
import hmac
import os
from collections.abc import Iterable, Mapping

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
_FIELD_PREFIX = "e1:"


class Purpose(enum.StrEnum):
    """What a key opens. The value is how the key ring names it."""

    DATABASE = "database"    # SQLCipher's page key: whoever may open the database
    STAFF = "staff"          # colleagues' own contact numbers
    DOCUMENTS = "documents"  # attached files (resumes, certificates)
    PERSONAL = "personal"    # candidates' ID numbers, mobiles, expected salaries
    LOOKUP = "lookup"        # keyed digests: the same person found without decrypting
    BACKUP = "backup"        # private half of the backup key pair: restoring
    ANCHOR = "anchor"        # HMAC key that anchors the audit chain's head
    HISTORY = "history"      # per-person keys of audit values (``db.person_keys``)


class KeyNotHeld(Exception):
    """This session's roles do not hold the key a value needs (a bug in the caller:
    the services check permissions before they reach for a key)."""

    def __init__(self, purpose: Purpose) -> None:
        super().__init__(f"this session holds no {purpose.value} key")
        self.purpose = purpose


def derive(master: bytes, label: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=b"hrdesk/" + label.encode()).derive(master)


def history_of_older_database(personal: bytes) -> bytes:
    """The history key of a database made before it existed: derived from the key of
    candidates' numbers, which every ring of that time gave to whoever may read a
    person's history, so any workstation derives the same key on its own."""
    return derive(personal, "history")


class KeySet:
    """Keys by purpose; lives only in memory, written only sealed (``db.keyring``)."""

    __slots__ = ("_keys", "fallbacks", "legacy_master")

    def __init__(self, keys: Mapping[Purpose, bytes], legacy_master: bytes | None = None,
                 fallbacks: Mapping[Purpose, bytes] | None = None) -> None:
        for purpose, key in keys.items():
            if len(key) != KEY_BYTES:
                raise ValueError(f"a {purpose.value} key has {KEY_BYTES} bytes")
        self._keys = dict(keys)
        # A key ring from before the split: the one key every purpose was derived from
        # (kept for reading its old backups and for the upgrade).
        self.legacy_master = legacy_master
        # Keys that may open a value when the purpose's own does not: the new keys of a
        # split that stopped half-way (``services.key_upgrade``).
        self.fallbacks = dict(fallbacks or {})

    @classmethod
    def generate(cls) -> KeySet:
        keys: dict[Purpose, bytes] = {
            p: os.urandom(KEY_BYTES) for p in Purpose if p is not Purpose.BACKUP}
        keys[Purpose.BACKUP] = X25519PrivateKey.generate().private_bytes_raw()
        return cls(keys)

    @classmethod
    def from_master(cls, master: bytes) -> KeySet:
        """The keys of a database made before the split: all derived from one."""
        if len(master) != KEY_BYTES:
            raise ValueError("a master key has 32 bytes")
        fields = derive(master, "fields")
        return cls({Purpose.DATABASE: derive(master, "sqlcipher"), Purpose.PERSONAL: fields,
                    Purpose.DOCUMENTS: fields, Purpose.STAFF: fields,
                    Purpose.LOOKUP: derive(master, "digests"),
                    Purpose.HISTORY: history_of_older_database(fields)},
                   legacy_master=master)

    @property
    def purposes(self) -> frozenset[Purpose]:
        return frozenset(self._keys)

    def has(self, purpose: Purpose) -> bool:
        return purpose in self._keys

    def get(self, purpose: Purpose) -> bytes:
        try:
            return self._keys[purpose]
        except KeyError:
            raise KeyNotHeld(purpose) from None

    def only(self, purposes: Iterable[Purpose]) -> KeySet:
        wanted = set(purposes)
        return KeySet({p: k for p, k in self._keys.items() if p in wanted}, self.legacy_master,
                      {p: k for p, k in self.fallbacks.items() if p in wanted})

    def merged(self, other: Mapping[Purpose, bytes]) -> KeySet:
        return KeySet({**self._keys, **other}, self.legacy_master, self.fallbacks)

    def with_fallbacks(self, fallbacks: Mapping[Purpose, bytes]) -> KeySet:
        return KeySet(self._keys, self.legacy_master, {**self.fallbacks, **fallbacks})

    def items(self) -> dict[Purpose, bytes]:
        return dict(self._keys)

    def sqlcipher_hex(self) -> str:
        return self.get(Purpose.DATABASE).hex()

    def field_cipher(self) -> FieldCipher:
        return FieldCipher(self)

    def legacy_backup_key(self) -> bytes:
        """The symmetric key of backups written before the split."""
        if self.legacy_master is None:
            raise KeyNotHeld(Purpose.BACKUP)
        return derive(self.legacy_master, "backup")

    def __repr__(self) -> str:  # never print key material
        return f"KeySet({', '.join(sorted(p.value for p in self._keys))})"


class FieldCipher:
    """AES-GCM for single values, a key per purpose; a fresh nonce each time, so equal
    values differ. A purpose whose key the session does not hold raises ``KeyNotHeld``."""

    def __init__(self, keys: KeySet) -> None:
        self.keys = keys
        self._aeads: dict[Purpose, AESGCM] = {}
        # Keyed once: each digest copies it instead of hashing the key's pads again
        # (half the cost of the one-shot form; a batch import digests 200,000 values).
        self._digester = (hmac.new(keys.get(Purpose.LOOKUP), digestmod="sha256")
                          if keys.has(Purpose.LOOKUP) else None)

    def holds(self, purpose: Purpose) -> bool:
        return self.keys.has(purpose)

    def _aead(self, purpose: Purpose) -> AESGCM:
        aead = self._aeads.get(purpose)
        if aead is None:
            aead = self._aeads[purpose] = AESGCM(self.keys.get(purpose))
        return aead

    def encrypt(self, text: str, purpose: Purpose = Purpose.PERSONAL) -> str:
        nonce = os.urandom(12)
        sealed = self._aead(purpose).encrypt(nonce, text.encode("utf-8"), None)
        return _FIELD_PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def decrypt(self, stored: str, purpose: Purpose = Purpose.PERSONAL) -> str:
        if not stored.startswith(_FIELD_PREFIX):
            raise ValueError("not an encrypted field value")
        blob = base64.b64decode(stored[len(_FIELD_PREFIX):])
        for aead in self._candidates(purpose):
            try:
                return aead.decrypt(blob[:12], blob[12:], None).decode("utf-8")
            except InvalidTag:
                continue
        raise ValueError("encrypted field does not match this database's key")

    def _candidates(self, purpose: Purpose) -> list[AESGCM]:
        found = [self._aead(purpose)]
        if purpose in self.keys.fallbacks:
            found.append(AESGCM(self.keys.fallbacks[purpose]))
        return found

    def seal_bytes(self, data: bytes, purpose: Purpose = Purpose.DOCUMENTS) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._aead(purpose).encrypt(nonce, data, b"bytes")

    def open_bytes(self, sealed: bytes, purpose: Purpose = Purpose.DOCUMENTS) -> bytes:
        for aead in self._candidates(purpose):
            try:
                return aead.decrypt(sealed[:12], sealed[12:], b"bytes")
            except InvalidTag:
                continue
        raise ValueError("encrypted file does not match this database's key")

    @property
    def can_digest(self) -> bool:
        return self._digester is not None

    def digest(self, normalised: str) -> str:
        """A keyed lookup digest: equal inputs give equal digests, nothing else leaks."""
        if self._digester is None:
            raise KeyNotHeld(Purpose.LOOKUP)
        keyed = self._digester.copy()
        keyed.update(normalised.encode("utf-8"))
        return keyed.hexdigest()
