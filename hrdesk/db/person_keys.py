"""A key per person for the values the audit log keeps about them (crypto-shredding).

The audit chain is append-only: nothing in it can be erased without breaking it.
So the values of an entry about a person (names, e-mail, school, notes …) are
sealed with AES-GCM under a key that belongs to that person; the chain hashes the
sealed text, and erasing the person destroys the key, not the entry: the values
become unreadable, and the chain still verifies.

A person's key is never stored. It is HMAC(history key, the person's salt): the
history key (``Purpose.HISTORY``) is held only by the roles that may read a
candidate's history (``security.key_policy``), and the salt is a random value on
the candidate's row (``candidates.audit_salt``). Erasure sets the salt to NULL;
without it no key-holder can make the person's key again.

A sealed ``changes`` text is canonical JSON of::

    {"$sealed": "h1:<base64 nonce + ciphertext>", "fields": ["email", "name"],
     "person": "<candidate id>"}

so an entry still says which fields changed, and whose key opens the values; the
ciphertext is the canonical JSON of ``{field: [old, new]}`` bound to the person.
"""

from __future__ import annotations

import base64
import hmac
import json
import os
import uuid
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SEALED = "$sealed"
_PREFIX = "h1:"
SALT_BYTES = 16


class PersonKeyDamaged(ValueError):
    """A salt that cannot make a key, or a key that does not open the values."""


def new_salt() -> str:
    return base64.b64encode(os.urandom(SALT_BYTES)).decode("ascii")


def person_key(history_key: bytes, salt: str) -> AESGCM:
    try:
        raw = base64.b64decode(salt, validate=True)
    except ValueError as exc:
        raise PersonKeyDamaged("unreadable salt") from exc
    if len(raw) != SALT_BYTES:
        raise PersonKeyDamaged("salt of the wrong length")
    # HMAC under the secret history key is a sound KDF for a uniform key and a unique
    # salt, and one call costs a microsecond: an import makes a key per new person.
    return AESGCM(hmac.digest(history_key, b"hrdesk/person-history/" + raw, "sha256"))


def _aad(person: str) -> bytes:
    # Bound to the person: a sealed text copied into another person's entry won't open.
    return b"hrdesk/audit/" + person.encode("ascii")


def seal(key: AESGCM, person: uuid.UUID | str, plain: str, fields: list[str]) -> dict[str, Any]:
    """``plain`` (the canonical JSON of the values) sealed for ``person``."""
    nonce = os.urandom(12)
    sealed = key.encrypt(nonce, plain.encode("utf-8"), _aad(str(person)))
    return {SEALED: _PREFIX + base64.b64encode(nonce + sealed).decode("ascii"),
            "fields": sorted(fields), "person": str(person)}


def is_sealed(changes: Any) -> bool:
    return isinstance(changes, dict) and SEALED in changes


def open_sealed(key: AESGCM, changes: dict[str, Any]) -> dict[str, Any]:
    text = str(changes[SEALED])
    if not text.startswith(_PREFIX):
        raise PersonKeyDamaged("not a sealed value")
    blob = base64.b64decode(text[len(_PREFIX):])
    try:
        plain = key.decrypt(blob[:12], blob[12:], _aad(str(changes["person"])))
    except InvalidTag as exc:
        raise PersonKeyDamaged("the person's key does not open the values") from exc
    return dict(json.loads(plain))


def hidden(changes: dict[str, Any], mark: str) -> dict[str, list[str]]:
    """What a reader without the key sees: each field, its values replaced by ``mark``."""
    return {field: [mark, mark] for field in changes.get("fields", ())}
