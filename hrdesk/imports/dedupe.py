"""Who a row is: an earlier row of the same file, a stored candidate, or someone new.

Keys are those of ``candidate_rules.keys_of`` (digests of the normalised mobile
and ID number, the normalised email), so the file finds exactly the people a
single entry would. The database is asked in bulk — one indexed ``IN`` query
per key kind and chunk — never once per row: 100,000 rows cost a few hundred
queries, not a hundred thousand.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.models.candidates import Candidate
from hrdesk.services.candidate_rules import LIST_FIELDS, SCALAR_FIELDS, LookupKeys, NewCandidate

# Under SQLite's oldest limit on bound parameters (999), and small enough that
# PostgreSQL plans each chunk as an index lookup.
CHUNK = 900
# When a row's keys point at different people, the ID number is the surest.
KEY_ORDER = (("ID number", "id_number_digest"), ("mobile", "mobile_digest"),
             ("email", "email"))
_COLUMNS = {"id_number_digest": Candidate.id_number_digest,
            "mobile_digest": Candidate.mobile_digest, "email": Candidate.email_normalised}


class InFile:
    """Remembers each key's first row: a later row with the same key is a duplicate."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str], int] = {}

    def earlier(self, row: int, keys: LookupKeys) -> tuple[int, str] | None:
        """(earlier row number, shared field), or None after remembering this row."""
        for label, attr in KEY_ORDER:
            value = getattr(keys, attr)
            if value and (attr, value) in self._seen:
                return self._seen[(attr, value)], label
        for _label, attr in KEY_ORDER:
            value = getattr(keys, attr)
            if value:
                self._seen[(attr, value)] = row
        return None


def stored_matches(session: Session,
                   keys: Sequence[LookupKeys]) -> list[tuple[uuid.UUID, str] | None]:
    """For each key set, the live candidate it finds and the field that found it."""
    found: dict[str, dict[str, uuid.UUID]] = {}
    for _label, attr in KEY_ORDER:
        wanted = {getattr(k, attr) for k in keys if getattr(k, attr)}
        found[attr] = dict(_lookup(session, attr, wanted))
    result: list[tuple[uuid.UUID, str] | None] = []
    for key in keys:
        match = None
        for label, attr in KEY_ORDER:
            value = getattr(key, attr)
            if value and value in found[attr]:
                match = (found[attr][value], label)
                break
        result.append(match)
    return result


def _lookup(session: Session, attr: str,
            values: Iterable[str]) -> Iterable[tuple[str, uuid.UUID]]:
    column = _COLUMNS[attr]
    ordered = sorted(values)
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start:start + CHUNK]
        # Oldest first: where two stored people share a key, the earlier one is "the" person.
        rows = session.execute(select(column, Candidate.id).where(
            column.in_(chunk), Candidate.merged_into_id.is_(None))
            .order_by(Candidate.created_at.desc(), Candidate.id.desc()))
        yield from ((value, cid) for value, cid in rows)


# --- what a stored person becomes --------------------------------------------------------

MERGES = ("keep", "overwrite", "skip")
_COMPARED = (*SCALAR_FIELDS, *LIST_FIELDS, "extra")


def merged(stored: NewCandidate, incoming: NewCandidate, merge: str) -> NewCandidate:
    """``keep``: the file only fills what is empty; ``overwrite``: what the file says
    wins, but an empty cell never clears a stored value; ``skip``: the stored person."""
    if merge not in MERGES:
        raise ValueError(f"merge={merge!r}")  # a bug in the caller
    if merge == "skip":
        return stored
    first, second = (stored, incoming) if merge == "keep" else (incoming, stored)
    values: dict[str, Any] = {}
    for field in (*SCALAR_FIELDS, *LIST_FIELDS):
        mine = getattr(first, field)
        values[field] = mine if mine not in (None, "", ()) else getattr(second, field)
    if merge == "keep" and stored.id_number:
        # The stored ID number decides birth date and gender: do not mix two people's.
        values["birth_date"], values["gender"] = stored.birth_date, stored.gender
    values["extra"] = {**dict(second.extra or {}), **dict(first.extra or {})}
    return NewCandidate(**values)


def changed_fields(stored: NewCandidate, result: NewCandidate) -> tuple[str, ...]:
    def plain(value: Any) -> Any:
        return tuple(value) if isinstance(value, (list, tuple)) else value

    return tuple(f for f in _COMPARED
                 if plain(getattr(stored, f)) != plain(getattr(result, f)) and
                 not (f == "extra" and not (stored.extra or result.extra)))


def load_stored(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Candidate]:
    wanted = sorted(set(ids))
    rows: dict[uuid.UUID, Candidate] = {}
    for start in range(0, len(wanted), CHUNK):
        rows.update((c.id, c) for c in session.scalars(
            select(Candidate).where(Candidate.id.in_(wanted[start:start + CHUNK]))))
    return rows
