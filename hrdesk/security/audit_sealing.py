"""Which person an audited row is about, and its audit values sealed under their key.

A row is about a person when its table is ``candidates`` or has a foreign key to it,
or hangs off an application (a task: its title names the candidate). The links are
found by introspection, so a table added later is sealed without a change here. A
row that names no person (a job, a template, a setting) keeps its values in clear.

A writer whose roles do not hold the history key (an administrator's reminder
pass touching a task) cannot seal: the entry then names the fields it changed
and masks their values, as it does for the encrypted columns.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from hrdesk.db import person_keys, stored
from hrdesk.db.crypto import KeySet, Purpose
from hrdesk.models.base import Base
from hrdesk.security.audit import MASK, canonical

PEOPLE, APPLICATIONS = "candidates", "applications"
KEYS_KEPT = 256  # people's ciphers a unit of work keeps at hand (oldest dropped first)


@functools.cache
def person_links() -> dict[str, tuple[tuple[str, str], ...]]:
    """Table -> the (column, table it points at) that name its person, best first."""
    links: dict[str, tuple[tuple[str, str], ...]] = {PEOPLE: (("id", PEOPLE),)}
    for name, table in stored.tables(Base.metadata).items():
        if name == PEOPLE:
            continue
        found = sorted(((fk.parent.name, fk.column.table.name) for fk in table.foreign_keys
                        if fk.column.table.name in (PEOPLE, APPLICATIONS)),
                       key=lambda link: link[1] != PEOPLE)
        if found:
            links[name] = tuple(found)
    return links


def _uuid(value: Any) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(str(value))


class Connected(Protocol):
    """What a ``Sealer`` reads through: a session, or anything giving its connection."""

    def connection(self) -> Connection: ...


class Sealer:
    """One unit of work's sealing: people's salts and keys looked up once each."""

    def __init__(self, session: Connected, keys: KeySet | None) -> None:
        self._session = session
        self._history = keys.get(Purpose.HISTORY) if keys and keys.has(Purpose.HISTORY) \
            else None
        self._salts: dict[uuid.UUID, str | None] = {}
        self._applicants: dict[uuid.UUID, uuid.UUID | None] = {}
        self._keys: dict[uuid.UUID, AESGCM | None] = {}

    # --- what the unit of work tells it -------------------------------------------

    def knows(self, table: str, values: Callable[[str], Any]) -> None:
        """A row written in this unit of work, remembered so rows written after it in
        the same flush find their person without a query."""
        if table == PEOPLE:
            person = _uuid(values("id"))
            if person is not None:  # (a row always has its id here)
                self._salts[person] = values("audit_salt")
                self._keys.pop(person, None)  # made again: the salt may be gone
        elif table == APPLICATIONS:
            application = _uuid(values("id"))
            if application is not None:
                self._applicants[application] = _uuid(values("candidate_id"))

    def person_of(self, table: str, values: Callable[[str], Any]) -> uuid.UUID | None:
        for column, target in person_links().get(table, ()):
            found = _uuid(values(column))
            if found is None:
                continue
            return found if target == PEOPLE else self._applicant(found)
        return None

    def fields(self, table: str, values: Callable[[str], Any],
               described: dict[str, Any]) -> dict[str, Any]:
        """``described`` as the audit entry holds it: sealed when the row is a person's."""
        if not described:
            return described
        return self.for_person(self.person_of(table, values), described)

    def for_person(self, person: uuid.UUID | None, described: dict[str, Any]
                   ) -> dict[str, Any]:
        """``described`` sealed under ``person``'s key (as it is, for nobody's row)."""
        if person is None or not described:
            return described
        key = self._key(person)
        if key is None:
            return {f: [None if old is None else MASK, None if new is None else MASK]
                    for f, (old, new) in described.items()}
        return person_keys.seal(key, person, canonical(described), list(described))

    # --- lookups ------------------------------------------------------------------

    def _applicant(self, application_id: uuid.UUID) -> uuid.UUID | None:
        if application_id not in self._applicants:
            table = stored.tables(Base.metadata)[APPLICATIONS]
            self._applicants[application_id] = self._session.connection().scalar(
                select(table.c.candidate_id).where(table.c.id == application_id))
        return self._applicants[application_id]

    def _key(self, person: uuid.UUID) -> AESGCM | None:
        if self._history is None:
            return None
        if person not in self._keys:
            salt = self.salt_of(person)
            if len(self._keys) >= KEYS_KEPT:
                # An import seals one row per new person: keeping every person's cipher
                # (an OpenSSL context each) cost 100,000 rows some 400 MB. The people
                # an action touches again are the last few.
                self._keys.pop(next(iter(self._keys)))
            try:
                self._keys[person] = None if salt is None else person_keys.person_key(
                    self._history, salt)
            except person_keys.PersonKeyDamaged:
                self._keys[person] = None  # values masked rather than the write refused
        return self._keys[person]

    def salt_of(self, person: uuid.UUID) -> str | None:
        if person not in self._salts:
            table = stored.tables(Base.metadata)[PEOPLE]
            self._salts[person] = self._session.connection().scalar(
                select(table.c.audit_salt).where(table.c.id == person))
        return self._salts[person]


#: How an entry's values reached the reader (``Opener.open``).
CLEAR, OPENED, NO_KEY, ERASED, DAMAGED = "clear", "opened", "no_key", "erased", "damaged"
SEALED_MARK = "…"  # what stands for a value the reader cannot open


class Opener:
    """Reading entries' values back: with the history key and the person's salt."""

    def __init__(self, session: Session, keys: KeySet | None) -> None:
        self._lookup = Sealer(session, None)
        self._history = keys.get(Purpose.HISTORY) if keys and keys.has(Purpose.HISTORY) \
            else None
        self._keys: dict[uuid.UUID, AESGCM | None] = {}

    def open(self, changes: dict[str, Any]) -> tuple[dict[str, Any], str]:
        if not person_keys.is_sealed(changes):
            return changes, CLEAR
        if self._history is None:
            return person_keys.hidden(changes, SEALED_MARK), NO_KEY
        person = uuid.UUID(str(changes["person"]))
        salt = self._lookup.salt_of(person)
        if salt is None:
            return person_keys.hidden(changes, SEALED_MARK), ERASED
        try:
            return person_keys.open_sealed(person_keys.person_key(self._history, salt),
                                           changes), OPENED
        except person_keys.PersonKeyDamaged:
            return person_keys.hidden(changes, SEALED_MARK), DAMAGED


def getter(values: Mapping[str, Any]) -> Callable[[str], Any]:
    return values.get


def of_object(obj: Any) -> Callable[[str], Any]:
    """Column values of an ORM object (our models name attributes as their columns)."""
    return lambda column: getattr(obj, column, None)
