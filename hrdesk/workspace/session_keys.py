"""The keys a signed-in session keeps, and those it hands on to colleagues.

After a sign-in (``security.key_ring.unlocked``) the session keeps only the keys its
roles need. When the slot holds other keys than that — a role added or taken away,
an envelope received — it is sealed again with the password just typed. Then the
session sends what it holds to colleagues whose roles need it and whose slots lack it.

Nobody can hand on a key they do not hold: an administrator resetting a
recruiter's password cannot put the key of candidates' numbers into the new slot;
it arrives with the next sign-in of a colleague who holds it (or at once, with the
recovery code).
"""

from __future__ import annotations

import functools
import logging

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from hrdesk.db import keyring
from hrdesk.db.crypto import KeySet, Purpose
from hrdesk.db.keyring import KeyValueStore
from hrdesk.db.types import attach_cipher
from hrdesk.models.org import User
from hrdesk.security import audit_anchor, key_policy, key_ring
from hrdesk.security.actor import Actor
from hrdesk.workspace.unlocked import Workspace

log = logging.getLogger(__name__)


def settle(ws: Workspace, actor: Actor, password: str, found: key_ring.Unlocked) -> None:
    """After a sign-in: the session keeps its roles' keys, the slot is brought in line
    with them, and colleagues get what they need from what this session holds."""
    store = ws.store
    ws.username = actor.username
    keys = key_ring.session_keys(found, actor.roles, store)
    use_keys(ws, keys, found.custody, found.private)
    if key_ring.ring_version(store) < key_ring.SPLIT_RING:
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


def use_keys(ws: Workspace, keys: KeySet, custody: KeySet, private: bytes | None) -> None:
    ws.keys, ws.custody, ws.private = keys, custody, private
    attach_cipher(ws.db.engine.dialect, keys.field_cipher())


def deliver(ws: Workspace) -> int:
    """Send each active colleague the keys their roles need, their slot lacks and this
    session holds (or keeps in custody); returns how many envelopes were sealed."""
    store: KeyValueStore = ws.store
    if key_ring.ring_version(store) < key_ring.SPLIT_RING:
        return 0
    giving = ws.custody.merged(ws.keys.items())
    entries = store.items()
    with ws.db.unit_of_work(read_only=True) as uow:
        users = uow.session.scalars(select(User).options(selectinload(User.grants))
                                    .where(User.active.is_(True)))
        wanted = {u.username: key_policy.purposes_for(g.role for g in u.grants) for u in users}
    sent, reached = 0, set[Purpose]()
    for username, needs in wanted.items():
        slot = entries.get(keyring.slot_name(username))
        have = keyring.holds(slot) | keyring.pending(entries.get(keyring.grant_name(username)))
        missing = {p: giving.get(p) for p in needs - have if giving.has(p)}
        public = keyring.slot_public(slot)
        if missing and public is not None:
            store.update(keyring.grant_name(username),
                         functools.partial(keyring.add_envelopes, public=public, keys=missing))
            sent += len(missing)
            have = have | set(missing)
        if username != ws.username:
            reached |= needs & have
    _release_custody(ws, reached & ws.custody.purposes)
    if sent:
        log.info("sent %d key(s) to colleagues whose roles need them", sent)
    return sent


def _release_custody(ws: Workspace, reached: set[Purpose]) -> None:
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


def new_slot(ws: Workspace, username: str, roles: tuple[str, ...], password: str) -> None:
    """A slot for a new password (a new user, a reset): the keys the user's roles need
    that this session can give; a colleague's session sends the rest."""
    name = keyring.slot_name(username)
    if key_ring.ring_version(ws.store) < key_ring.SPLIT_RING:
        ws.store.put(name, keyring.seal_legacy(ws.keys, password, name))
        return
    giving = ws.custody.merged(ws.keys.items())
    keys = giving.only(key_policy.purposes_for(roles))
    private, _public = keyring.new_key_pair()
    ws.store.put(name, keyring.seal(keys, password, name, private))
    # Envelopes sealed to the old key pair cannot be opened by the new one.
    ws.store.delete(keyring.grant_name(username))
    deliver(ws)
