"""The wire format of a change notice, and the audit sequence a SQLite watcher reads.

A PostgreSQL notice is ``origin:json``: the sending feed's origin (so it can skip its
own) and the change-set's ids, under 8,000 bytes (the server's limit), else its kinds.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from hrdesk.changes import EVERYTHING, ChangeSet

log = logging.getLogger(__name__)

CHANNEL = "hrdesk_changes"
#: PostgreSQL refuses a notification payload of 8,000 bytes or more.
NOTICE_LIMIT = 7999


def notice(changes: ChangeSet, origin: str) -> str:
    """The payload for ``changes``, under ``NOTICE_LIMIT`` bytes."""
    return f"{origin}:{changes.to_json(limit=NOTICE_LIMIT - len(origin.encode()) - 1)}"


def read_notice(payload: str) -> tuple[str, ChangeSet]:
    """(origin, change-set) of a payload; one that cannot be read says "everything"
    (something changed, and nobody can say what)."""
    origin, _, body = payload.partition(":")
    try:
        return origin, ChangeSet.from_json(body)
    except (ValueError, AttributeError, TypeError):
        log.warning("unreadable change notice (%d bytes): reloading everything", len(payload))
        return origin, EVERYTHING


def audit_head(connection: Connection) -> int:
    """The last sequence number of the audit chain: every write through a unit of work
    moves it, so it tells whether someone wrote (and, with ``OwnWrites``, who)."""
    return int(connection.execute(text("SELECT last_seq FROM audit_head WHERE id = 1"))
               .scalar_one())


def audit_head_raw(dbapi_connection: Any) -> int:
    """``audit_head`` on a driver connection of its own (the watcher's)."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("SELECT last_seq FROM audit_head WHERE id = 1")
        return int(cursor.fetchone()[0])
    finally:
        cursor.close()
