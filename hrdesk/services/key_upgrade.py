"""Splitting the one key of a database made before keys followed roles.

Such a database has one master key in every slot, from which every purpose's key
is derived: an interviewer's password opened candidates' ID numbers. Splitting it,
which an administrator does once (``hrdesk upgrade-keys``, or the prompt at an
administrator's sign-in in the desktop client):

1. makes new keys for attached files and colleagues' numbers (the two purposes
   roles without the personal key still need) and the administrators' own keys
   (the backup key pair, the audit anchor key), and keeps them in the ring under a
   key only the old master key opens ("split-pending") — a split stopped half-way
   resumes with the same keys;
2. re-encrypts attached files and colleagues' numbers under the new keys, in one
   transaction, with their audit fingerprints renewed;
3. writes the new ring: the split's keys sealed for old slots, the administrator's
   slot, the keys in custody, a new recovery code (the old one opened the old key
   only), and last the ring version that makes the split count.

Every other user's slot is narrowed to their roles at their next sign-in. Until then
their old slot still opens the old master key — and with it candidates' numbers,
whose key the split keeps: an administrator who wants that closed at once resets
those users' passwords.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import select, update

from hrdesk import errors
from hrdesk.db import keyring, stored
from hrdesk.db.crypto import FieldCipher, KeySet, Purpose
from hrdesk.models.base import Base
from hrdesk.security import key_policy, key_ring, row_audit
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.vocabulary import Permission
from hrdesk.workspace import session_keys
from hrdesk.workspace.unlocked import Workspace

PENDING = key_ring.PENDING_SPLIT
#: The purposes the split makes anew; the others keep the keys derived from the master.
RENEWED = (Purpose.DOCUMENTS, Purpose.STAFF, Purpose.BACKUP, Purpose.ANCHOR)
#: Encrypted columns, by table, with the purpose whose key the split renews.
_RE_ENCRYPTED = {"attachments": (("content", Purpose.DOCUMENTS), ("filename", Purpose.DOCUMENTS)),
                 "users": (("mobile", Purpose.STAFF),)}


@dataclasses.dataclass(frozen=True)
class Split:
    recovery_code: str
    re_encrypted: int


def needed(ws: Workspace) -> bool:
    return key_ring.ring_version(ws.store) < key_ring.SPLIT_RING


def split(ws: Workspace, actor: Actor, password: str) -> Split:
    """Split the ring (see the module); returns the new recovery code, shown once."""
    require(actor, Permission.MANAGE_USERS)
    master = ws.keys.legacy_master
    if not needed(ws) or master is None:
        raise errors.InvalidState(entity="key ring", status="split",
                                  reason="the keys already follow roles")
    old = KeySet.from_master(master)
    new = _pending_keys(ws, master)
    keys = old.merged(new)
    count = _re_encrypt(ws, actor, old.field_cipher(), keys.field_cipher())
    code = _write_ring(ws, actor, password, master, keys)
    ws.store.delete(PENDING)
    session_keys.use_keys(ws, keys.only(key_policy.purposes_for(actor.roles)),
                      keys.only(set(Purpose) - key_policy.purposes_for(actor.roles)),
                      ws.private)
    return Split(code, count)


def _pending_keys(ws: Workspace, master: bytes) -> dict[Purpose, bytes]:
    private = key_ring.split_private(master)
    found = keyring.open_envelopes(ws.store.get(PENDING), private)
    if set(found) >= set(RENEWED):
        return {p: found[p] for p in RENEWED}  # a split that stopped: the same keys again
    fresh = KeySet.generate().only(RENEWED).items()
    ws.store.put(PENDING, keyring.add_envelopes(None, keyring.public_of(private), fresh))
    return fresh


def _re_encrypt(ws: Workspace, actor: Actor, old: FieldCipher, new: FieldCipher) -> int:
    """Every value of the renewed purposes under its new key; returns the rows changed."""
    count = 0
    with ws.db.unit_of_work(actor, "keys.split") as uow:
        conn = uow.session.connection()
        for table_name, columns in _RE_ENCRYPTED.items():
            table = stored.tables(Base.metadata)[table_name]
            [pk] = table.primary_key.columns
            changed = []
            for row in conn.execute(select(pk, *(table.c[c] for c, _p in columns))).all():
                values = {column: _again(row[i + 1], purpose, old, new)
                          for i, (column, purpose) in enumerate(columns)
                          if row[i + 1] is not None}
                if values:
                    conn.execute(update(table).where(pk == row[0]).values(values))
                    changed.append(row[0])
            if changed:
                row_audit.stamp(conn, actor, "keys.split", uow.now, table, pk.in_(changed),
                                uow.now)
            count += len(changed)
        uow.commit()
    return count


def _again(value: bytes | str, purpose: Purpose, old: FieldCipher, new: FieldCipher
           ) -> bytes | str:
    """The value under the new key; one already under it (a split resumed) stays."""
    if isinstance(value, str):
        try:
            return new.encrypt(old.decrypt(value, purpose), purpose)
        except ValueError:
            new.decrypt(value, purpose)  # raises when it is under neither key
            return value
    try:
        return new.seal_bytes(old.open_bytes(bytes(value), purpose), purpose)
    except ValueError:
        new.open_bytes(bytes(value), purpose)
        return value


def _write_ring(ws: Workspace, actor: Actor, password: str, master: bytes,
                keys: KeySet) -> str:
    store = ws.store
    store.put(key_ring.SPLIT_ENTRY, keyring.add_envelopes(
        None, keyring.public_of(key_ring.split_private(master)),
        keys.only({Purpose.DOCUMENTS, Purpose.STAFF}).items()))
    needs = key_policy.purposes_for(actor.roles)
    private = ws.private
    if private is None:
        private, _public = keyring.new_key_pair()
    name = keyring.slot_name(actor.username)
    store.put(name, keyring.seal(keys.only(needs), password, name, private))
    store.put(keyring.custody_name(actor.username), keyring.add_envelopes(
        None, keyring.public_of(private), keys.only(set(Purpose) - needs).items()))
    code = keyring.new_recovery_code()
    store.put(keyring.RECOVERY, keyring.seal(keys, code, keyring.RECOVERY))
    meta = dict(store.get(keyring.META) or {})
    meta.update(key_ring.meta_for_new_ring(keys))
    store.put(keyring.META, meta)  # last: from here on the ring counts as split
    ws.private = private
    return code

