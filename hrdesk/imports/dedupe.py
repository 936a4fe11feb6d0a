"""Who a row is: an earlier row of the same file, a stored candidate, or someone new.

The rules are ``identity_rules``'; this module applies them to a file. Rows are
judged against the rows before them (``InFile``); rows still new are judged
against the people on file by ``services.duplicates.judged``, which asks the
database in bulk (one indexed ``IN`` query per key kind and chunk), never once per
row. A key shared by more than a few different names in one file is a placeholder
there (``identity_rules.shared_in_file``) and identifies nobody.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk import identity_rules
from hrdesk.candidate_rules import LIST_FIELDS, SCALAR_FIELDS, NewCandidate
from hrdesk.identity_rules import Identity, Judgement, Key
from hrdesk.models.candidates import Candidate

# Under SQLite's oldest limit on bound parameters (999).
CHUNK = 900


class InFile:
    """The rows seen so far, by key value: which earlier row a row is (or may be)."""

    def __init__(self) -> None:
        self._by_value: dict[tuple[Key, str], list[int]] = defaultdict(list)
        self._identity: dict[int, Identity] = {}
        self._root: dict[int, int] = {}  # a row to the first row of its person

    def judge(self, row: int, mine: Identity) -> tuple[int, Judgement] | None:
        """The earlier row ``mine`` is, or may be (that person's first row), or None.
        The row is remembered either way, so its keys find its person later."""
        near: dict[int, Identity] = {}
        for key in Key:
            value = mine.value(key)
            for earlier in self._by_value.get((key, value), ()) if value else ():
                near.setdefault(earlier, self._identity[earlier])
        found = identity_rules.best(mine, sorted(near.items()))
        root = self._root[found[0]] if found and found[1].same else row
        self._root[row], self._identity[row] = root, mine
        for key in Key:
            if (value := mine.value(key)) is not None:
                self._by_value[(key, value)].append(row)
        if found is None:
            return None
        return self._root[found[0]], found[1]


# --- what a stored person becomes --------------------------------------------------------

MERGES = ("keep", "overwrite", "skip")
_COMPARED = (*SCALAR_FIELDS, *LIST_FIELDS, "extra")
#: Who the person is: a file never replaces these on a key weaker than the ID number,
#: and never replaces the name at all (a name that differs is flagged for HR).
IDENTITY_FIELDS = ("name", "id_number", "mobile")


def protected(judgement: Judgement) -> frozenset[str]:
    """The stored fields a row found by ``judgement`` may only fill, never replace."""
    if judgement.key is Key.ID_NUMBER:
        return frozenset({"name"})
    return frozenset(IDENTITY_FIELDS)


def merged(stored: NewCandidate, incoming: NewCandidate, merge: str,
           keep: Collection[str] = ()) -> NewCandidate:
    """``keep``: the file only fills what is empty; ``overwrite``: what the file says
    wins, but an empty cell never clears a stored value, and the fields in ``keep``
    (``protected``) are only filled; ``skip``: the stored person."""
    if merge not in MERGES:
        raise ValueError(f"merge={merge!r}")  # a bug in the caller
    if merge == "skip":
        return stored
    values: dict[str, Any] = {}
    for field in (*SCALAR_FIELDS, *LIST_FIELDS):
        first, second = (stored, incoming) if merge == "keep" or field in keep \
            else (incoming, stored)
        mine = getattr(first, field)
        values[field] = mine if mine not in (None, "", ()) else getattr(second, field)
    if stored.id_number and (merge == "keep" or "id_number" in keep):
        # The stored ID number decides birth date and gender: do not mix two people's.
        values["birth_date"], values["gender"] = stored.birth_date, stored.gender
    first, second = (stored, incoming) if merge == "keep" else (incoming, stored)
    values["extra"] = {**dict(second.extra or {}), **dict(first.extra or {})}
    return NewCandidate(**values)


def kept_apart(stored: NewCandidate, incoming: NewCandidate,
               keep: Collection[str]) -> tuple[str, ...]:
    """The protected fields where the file says something else than the stored person:
    kept as stored, and said so in the row's warnings."""
    return tuple(f for f in IDENTITY_FIELDS if f in keep and getattr(stored, f)
                 and getattr(incoming, f) and getattr(stored, f) != getattr(incoming, f))


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
