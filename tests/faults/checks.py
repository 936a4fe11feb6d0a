"""What must hold of a database after its writer died: each check returns the problems
it found, as sentences (an empty list is a pass)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from hrdesk import errors
from hrdesk.db import backup, migrate
from hrdesk.db.crypto import KeySet
from hrdesk.db.engine import open_engine
from hrdesk.locations import Location, SqliteLocation
from hrdesk.security import audit, audit_verify
from hrdesk.services import session
from tests.faults import state, world
from tests.faults.state import State

# What may lie beside an SQLite database: the file, its log, and its key ring.
OWN_SUFFIXES = ("", "-wal", "-shm", ".keys", ".keys.lock")


def inspect(location: Location, key: KeySet | None) -> tuple[State | None, list[str]]:
    """Opens with the key, runs SQLite's own checks and the audit chain's (what
    ``hrdesk verify-audit`` runs, without the sign-in it writes first) and counts the rows."""
    if key is None:
        return None, ["the administrator's password no longer opens the key ring"]
    try:
        engine = open_engine(location, key)
    except errors.HrdeskError as exc:
        return None, [f"the database does not open: {exc}"]
    problems: list[str] = []
    try:
        if isinstance(location, SqliteLocation):
            with engine.connect() as conn:
                said = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
                if said != ["ok"]:
                    problems.append(f"integrity_check: {said[:5]}")
                dangling = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                if dangling:
                    problems.append(f"foreign_key_check: {dangling[:5]}")
        found = state.of_engine(engine)
        with engine.connect() as conn:
            current = migrate.current_revision(conn) == migrate.HEAD
        if current:
            with Session(engine) as session:
                verified = audit_verify.verify(session)
            if not verified.ok:
                said = [verified.reason] if verified.reason else list(verified.rows)
                problems.append(f"the audit log does not hold (entry {verified.broken_seq}): "
                                f"{said}")
        else:
            problems += _older_chain(engine)
    finally:
        engine.dispose()
    return found, problems


def _older_chain(engine) -> list[str]:  # type: ignore[no-untyped-def]
    """The chain of a database an upgrade has not reached yet (a kill stopped it): the
    entries as that schema has them (no row fingerprints), hashed as they were."""
    from sqlalchemy import text

    prev = audit.GENESIS
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT seq, at, actor_id, actor_name, action, operation, entity_type, "
            "entity_id, changes, prev_hash, hash FROM audit_entries ORDER BY seq")).all()
    for expected, row in enumerate(rows, start=1):
        at = row.at if isinstance(row.at, dt.datetime) else dt.datetime.fromisoformat(row.at)
        actor = uuid.UUID(str(row.actor_id)) if row.actor_id else None
        body = audit._body(row.seq, at, actor, row.actor_name, row.action, row.operation,
                           row.entity_type, row.entity_id, row.changes, None)
        if row.seq != expected or row.prev_hash != prev or audit.chain_hash(prev, body) != row.hash:
            return [f"the audit chain (older schema) is broken at entry {row.seq}"]
        prev = row.hash
    return []


def signs_in(location: Location, username: str = world.ADMIN,
             password: str = world.ADMIN_PASSWORD) -> list[str]:
    """Signing in as people do (which writes: it comes after the counting)."""
    try:
        session.open_session(location, username, password).close()
    except errors.HrdeskError as exc:
        return [f"{username} cannot sign in: {exc}"]
    return []


def all_or_nothing(found: State | None, allowed: Sequence[State]) -> list[str]:
    if found is None or found in allowed:
        return []
    closest = min(allowed, key=lambda s: len(state.difference(found, s)))
    return [f"the rows are neither before nor after a commit: {state.difference(found, closest)}"]


def stray_files(location: Location) -> list[str]:
    """Files an interrupted write left beside an SQLite database (nothing else may be
    there; an empty lock file holds nothing and is not counted)."""
    if not isinstance(location, SqliteLocation):
        return []
    own = {location.path.name + suffix for suffix in OWN_SUFFIXES}
    left = sorted(p.name for p in location.path.parent.iterdir()
                  if p.name not in own and p.stat().st_size > 0)
    return [f"left beside the database: {', '.join(left)}"] if left else []


def complete_backup(path: Path, key: KeySet) -> list[str]:
    """Every frame reads back under the key, up to the last one."""
    try:
        opened = backup.open_backup(path)
        frames = list(backup.read_frames(opened, opened.frame_key(key)))
    except errors.HrdeskError as exc:
        return [f"{path.name} is not a complete backup: {exc}"]
    if not frames or not frames[-1].get("end"):
        return [f"{path.name} ends before its last frame"]
    return []
