"""Keys that follow roles: what a sign-in takes from the key ring.

A sign-in opens the user's slot, takes any keys colleagues have sent it
(envelopes), checks every key against the ring's check values, and keeps for the
session only the keys the user's roles need (``security.key_policy``). What the
session then does with them — the slot sealed again, keys handed on to colleagues —
is ``workspace.session_keys``.
"""

from __future__ import annotations

import base64
import dataclasses

from hrdesk import errors
from hrdesk.db import keyring
from hrdesk.db.crypto import KeySet, Purpose, derive, history_of_older_database
from hrdesk.db.keyring import KeyValueStore, OpenedSlot, Payload
from hrdesk.security import key_policy

#: Key rings from before the split are version 1 (no "ring" in their meta).
SPLIT_RING = 2
#: The entry that gives slots from before the split the keys made at the split.
SPLIT_ENTRY = "split"
#: The split's new keys while it runs (``services.key_upgrade``).
PENDING_SPLIT = "split-pending"


@dataclasses.dataclass(frozen=True)
class Unlocked:
    """Every key a secret gave access to: the slot's, what colleagues sent, custody."""

    keys: KeySet
    custody: KeySet
    private: bytes | None
    legacy: bool
    received: frozenset[Purpose]


def ring_version(store: KeyValueStore) -> int:
    return int((store.get(keyring.META) or {}).get("ring", 1))


def unlocked(store: KeyValueStore, username: str, opened: OpenedSlot) -> Unlocked:
    """What ``opened`` (the user's slot) and the ring's envelopes give together."""
    keys = opened.keys
    if opened.legacy and ring_version(store) >= SPLIT_RING:
        keys = keys.merged(_split_keys(store, keys))
    elif opened.legacy and keys.legacy_master is not None:
        # A split stopped between re-encrypting files and writing the ring: its new
        # keys open what it already re-encrypted.
        keys = keys.with_fallbacks(keyring.open_envelopes(
            store.get(PENDING_SPLIT), split_private(keys.legacy_master)))
    keys = keys.merged(_history_of_older_ring(store, keys))
    received = keyring.open_envelopes(store.get(keyring.grant_name(username)), opened.private)
    fresh = {p: k for p, k in received.items() if not keys.has(p)}
    custody = keyring.open_envelopes(store.get(keyring.custody_name(username)), opened.private)
    result = Unlocked(keys.merged(fresh), KeySet(custody), opened.private, opened.legacy,
                      frozenset(fresh))
    _check(store, result.keys.merged(custody))
    return result


def _split_keys(store: KeyValueStore, legacy: KeySet) -> dict[Purpose, bytes]:
    """The keys made when the ring was split, sealed for slots that predate it."""
    entry = store.get(SPLIT_ENTRY)
    if entry is None or legacy.legacy_master is None:
        return {}
    return keyring.open_envelopes(entry, split_private(legacy.legacy_master))


def _history_of_older_ring(store: KeyValueStore, keys: KeySet) -> dict[Purpose, bytes]:
    """A ring split before history keys existed has none: whoever holds the key of
    candidates' numbers (HR, who may read histories anyway) derives it, the same on
    every workstation, and their sign-in sends it to colleagues whose roles need it
    (``deliver``)."""
    checks = (store.get(keyring.META) or {}).get("checks") or {}
    if keys.has(Purpose.HISTORY) or Purpose.HISTORY.value in checks \
            or not keys.has(Purpose.PERSONAL):
        return {}
    return {Purpose.HISTORY: history_of_older_database(keys.get(Purpose.PERSONAL))}


def split_private(master: bytes) -> bytes:
    """The private key the split's envelope is sealed to: anyone with the old master
    key had every key before the split, so it may open what the split gave them."""
    return derive(master, "split")


def _check(store: KeyValueStore, keys: KeySet) -> None:
    """A key that does not match the ring's check value was put there by someone who
    wants data written under a key they know: refuse rather than use it."""
    checks = (store.get(keyring.META) or {}).get("checks") or {}
    for purpose, key in keys.items().items():
        expected = checks.get(purpose.value)
        if expected is not None and keyring.key_check(purpose, key) != expected:
            raise errors.KeyringTampered(purpose=purpose.value)


def checks_of(keys: KeySet) -> dict[str, str]:
    return {p.value: keyring.key_check(p, k) for p, k in keys.items().items()}


def session_keys(found: Unlocked, roles: tuple[str, ...], store: KeyValueStore) -> KeySet:
    """The keys a session of these roles works with. A ring from before the split has
    one key for everything: every role keeps it until an administrator splits it."""
    if ring_version(store) < SPLIT_RING:
        return found.keys
    return found.keys.only(key_policy.purposes_for(roles))


def meta_for_new_ring(keys: KeySet) -> Payload:
    return {"ring": SPLIT_RING, "checks": checks_of(keys),
            "backup_public": base64.b64encode(
                keyring.public_of(keys.get(Purpose.BACKUP))).decode("ascii")}


def backup_public(store: KeyValueStore) -> bytes | None:
    text = (store.get(keyring.META) or {}).get("backup_public")
    return base64.b64decode(text) if text else None
