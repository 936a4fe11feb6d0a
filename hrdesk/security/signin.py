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
from hrdesk.db.keyring import KeyValueStore, OpenedSlot, Payload

MAX_FAILURES = 5
LOCK_DURATION = dt.timedelta(minutes=15)


def locked_until(state: Payload | None, now: dt.datetime) -> dt.datetime | None:
    """When a lock-out ends, or None. A lock that ends further ahead than one lock-out
    lasts was not set by this clock (the clock was moved back, or the ring edited): it
    ends one lock-out from now instead of in some far year."""
    if not state or not state.get("locked_until"):
        return None
    try:
        until = dt.datetime.fromisoformat(state["locked_until"])
    except (TypeError, ValueError):
        return now + LOCK_DURATION  # unreadable: locked, but not for ever
    if until.tzinfo is None:
        until = until.replace(tzinfo=dt.UTC)
    if until <= now:
        return None
    return min(until, now + LOCK_DURATION).astimezone(dt.UTC)


def _stored_until(state: Payload | None) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat((state or {})["locked_until"])
    except (KeyError, TypeError, ValueError):
        return None


def _locked_error(until: dt.datetime) -> errors.AccountLocked:
    # With its date: a lock-out that ends after midnight must not read as this evening.
    return errors.AccountLocked(until=until.astimezone().strftime("%Y-%m-%d %H:%M"))


def unlock(store: KeyValueStore, username: str, password: str, now: dt.datetime) -> OpenedSlot:
    counter = keyring.attempts_name(username)
    state = store.get(counter)
    until = locked_until(state, now)
    if until is not None:
        if _stored_until(state) != until:  # beyond one lock-out: bring it back to one
            store.put(counter, {"failures": 0, "locked_until": until.isoformat()})
        raise _locked_error(until)
    name = keyring.slot_name(username)
    slot = store.get(name)
    opened = keyring.open_slot(slot, password, name) if slot else None
    if slot is None:
        keyring.burn_equivalent_time(password)
    if opened is not None:
        if store.get(counter) is not None:
            store.delete(counter)
        return opened
    state = store.update(counter, lambda old: _count_failure(old, now))
    until = locked_until(state, now)
    if until is not None:
        raise _locked_error(until)
    raise errors.WrongCredentials()


def _count_failure(old: Payload | None, now: dt.datetime) -> Payload:
    failures = int((old or {}).get("failures", 0)) + 1
    if failures >= MAX_FAILURES:
        return {"failures": 0,
                "locked_until": (now + LOCK_DURATION).astimezone(dt.UTC).isoformat()}
    return {"failures": failures, "locked_until": None}
