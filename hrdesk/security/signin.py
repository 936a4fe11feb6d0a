"""Opening a key slot with a password, counting failures, locking out guessers.

The counter lives in the key ring, the one place that can be written before
the database is unlocked — for PostgreSQL that is a table of the shared
database, so the count holds across workstations. A wrong password never
writes to an SQLite database file. Unknown user names are counted too and
cost the same time, so neither the message nor the delay tells whether a
name exists.
"""

from __future__ import annotations

import datetime as dt

from hrdesk import errors
from hrdesk.db import keyring
from hrdesk.db.crypto import MasterKey
from hrdesk.db.keyring import KeyValueStore, Payload

MAX_FAILURES = 5
LOCK_DURATION = dt.timedelta(minutes=15)


def locked_until(state: Payload | None, now: dt.datetime) -> dt.datetime | None:
    if not state or not state.get("locked_until"):
        return None
    until = dt.datetime.fromisoformat(state["locked_until"])
    return until if until > now else None


def _locked_error(until: dt.datetime) -> errors.AccountLocked:
    return errors.AccountLocked(until=until.astimezone().strftime("%H:%M"))


def unlock(store: KeyValueStore, username: str, password: str, now: dt.datetime) -> MasterKey:
    counter = keyring.attempts_name(username)
    until = locked_until(store.get(counter), now)
    if until is not None:
        raise _locked_error(until)
    name = keyring.slot_name(username)
    slot = store.get(name)
    key = keyring.open_slot(slot, password, name) if slot else None
    if slot is None:
        keyring.burn_equivalent_time(password)
    if key is not None:
        if store.get(counter) is not None:
            store.delete(counter)
        return key
    state = store.update(counter, lambda old: _count_failure(old, now))
    until = locked_until(state, now)
    if until is not None:
        raise _locked_error(until)
    raise errors.WrongCredentials()


def _count_failure(old: Payload | None, now: dt.datetime) -> Payload:
    failures = int((old or {}).get("failures", 0)) + 1
    if failures >= MAX_FAILURES:
        return {"failures": 0, "locked_until": (now + LOCK_DURATION).isoformat()}
    return {"failures": failures, "locked_until": None}
