"""Keys that follow roles: what a sign-in takes from the key ring, and what it hands on.

A sign-in opens the user's slot, takes any keys colleagues have sent it
(envelopes), checks every key against the ring's check values, and keeps for the
session only the keys the user's roles need (``security.key_policy``). When the
slot holds other keys than that — a role added or taken away, an envelope
received — it is sealed again with the password just typed. Then the session
sends what it holds to colleagues whose roles need it and whose slots lack it.

Nobody can hand on a key they do not hold: an administrator resetting a
recruiter's password cannot put the key of candidates' numbers into the new slot;
it arrives with the next sign-in of a colleague who holds it (or at once, with the
recovery code).
"""

from __future__ import annotations

import base64
import dataclasses
import logging

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from hrdesk import errors
from hrdesk.db import keyring
from hrdesk.db.crypto import KeySet, Purpose, derive, history_of_older_database
from hrdesk.db.keyring import KeyValueStore, OpenedSlot, Payload
from hrdesk.db.types import attach_cipher
from hrdesk.models.org import User
from hrdesk.security import audit_anchor, key_policy
from hrdesk.security.actor import Actor

log = logging.getLogger(__name__)

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


def settle(ws, actor: Actor, password: str, found: Unlocked) -> None:  # type: ignore[no-untyped-def]
    """After a sign-in: the session keeps its roles' keys, the slot is brought in line
    with them, and colleagues get what they need from what this session holds."""
    store = ws.store
    ws.username = actor.username
    keys = session_keys(found, actor.roles, store)
    use_keys(ws, keys, found.custody, found.private)
    if ring_version(store) < SPLIT_RING:
        return
    name = keyring.slot_name(actor.username)
    slot = store.get(name)
    if found.legacy or keyring.holds(slot) != keys.purposes or found.received:
        private = found.private
        if private is None:  # a slot from before the split gets its key pair now
            private, _public = keyring.new_key_pair()
        store.put(name, keyring.seal(keys, password, name, private))
        ws.private = private
        if found.received:
            store.delete(keyring.grant_name(actor.username))
    deliver(ws)
    if keys.has(Purpose.ANCHOR):
        with ws.db.unit_of_work(actor, read_only=True) as uow:
            audit_anchor.advance(store, keys, uow.session)


def use_keys(ws, keys: KeySet, custody: KeySet, private: bytes | None) -> None:  # type: ignore[no-untyped-def]
    ws.keys, ws.custody, ws.private = keys, custody, private
    attach_cipher(ws.db.engine.dialect, keys.field_cipher())


def deliver(ws) -> int:  # type: ignore[no-untyped-def]
    """Send each active colleague the keys their roles need, their slot lacks and this
    session holds (or keeps in custody); returns how many envelopes were sealed."""
    store: KeyValueStore = ws.store
    if ring_version(store) < SPLIT_RING:
        return 0
    giving = ws.custody.merged(ws.keys.items())
    entries = store.items()
    with ws.db.unit_of_work(read_only=True) as uow:
        users = uow.session.scalars(select(User).options(selectinload(User.grants))
                                    .where(User.active.is_(True)))
        wanted = {u.username: key_policy.purposes_for(g.role for g in u.grants) for u in users}
    sent, reached = 0, set()
    for username, needs in wanted.items():
        slot = entries.get(keyring.slot_name(username))
        have = keyring.holds(slot) | keyring.pending(entries.get(keyring.grant_name(username)))
        missing = {p: giving.get(p) for p in needs - have if giving.has(p)}
        public = keyring.slot_public(slot)
        if missing and public is not None:
            store.update(keyring.grant_name(username),
                         lambda old, pub=public, keys=missing: keyring.add_envelopes(old, pub,
                                                                                     keys))
            sent += len(missing)
            have = have | set(missing)
        if username != ws.username:
            reached |= needs & have
    _release_custody(ws, reached & ws.custody.purposes)
    if sent:
        log.info("sent %d key(s) to colleagues whose roles need them", sent)
    return sent


def _release_custody(ws, reached: set[Purpose]) -> None:  # type: ignore[no-untyped-def]
    """A key kept in custody goes once a colleague whose role needs it has it."""
    if not reached or ws.username is None:
        return
    left = ws.custody.only(ws.custody.purposes - reached)
    name = keyring.custody_name(ws.username)
    if not left.purposes:
        ws.store.delete(name)
    elif ws.private is not None:
        ws.store.put(name, keyring.add_envelopes(None, keyring.public_of(ws.private),
                                                 left.items()))
    ws.custody = left


def new_slot(ws, username: str, roles: tuple[str, ...], password: str) -> None:  # type: ignore[no-untyped-def]
    """A slot for a new password (a new user, a reset): the keys the user's roles need
    that this session can give; a colleague's session sends the rest."""
    name = keyring.slot_name(username)
    if ring_version(ws.store) < SPLIT_RING:
        ws.store.put(name, keyring.seal_legacy(ws.keys, password, name))
        return
    giving = ws.custody.merged(ws.keys.items())
    keys = giving.only(key_policy.purposes_for(roles))
    private, _public = keyring.new_key_pair()
    ws.store.put(name, keyring.seal(keys, password, name, private))
    # Envelopes sealed to the old key pair cannot be opened by the new one.
    ws.store.delete(keyring.grant_name(username))
    deliver(ws)


def meta_for_new_ring(keys: KeySet) -> Payload:
    return {"ring": SPLIT_RING, "checks": checks_of(keys),
            "backup_public": base64.b64encode(
                keyring.public_of(keys.get(Purpose.BACKUP))).decode("ascii")}


def backup_public(store: KeyValueStore) -> bytes | None:
    text = (store.get(keyring.META) or {}).get("backup_public")
    return base64.b64decode(text) if text else None
