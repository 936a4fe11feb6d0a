"""What a committed write changed: entity kinds and ids, a ``ChangeSet``.

Every unit of work that commits yields one (``hrdesk.uow``); the screens ask it
whether what they show is touched. A row also marks the records it belongs to
(an application its candidate and job, a timeline event its candidate ...), so a
screen listening to candidate X hears of a move of X's application.

A change-set says only *which* records changed, never what they hold: it travels
between workstations in a PostgreSQL notification (``db.change_feed``), in clear.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping
from typing import Any

# The kinds of record a change-set names (db.change_capture maps the tables to them).
CANDIDATE = "candidate"
APPLICATION = "application"
JOB = "job"
REQUISITION = "requisition"
TASK = "task"
NOTIFICATION = "notification"
TIMELINE = "timeline"
ATTACHMENT = "attachment"
DUPLICATE = "duplicate"
USER = "user"
ORGANISATION = "organisation"
PIPELINE = "pipeline"
CHANNEL = "channel"
SETTING = "setting"

#: Past this many ids a kind is "changed as a whole": a 100,000-row import need not
#: be listed id by id for a screen to know it must reload.
MAX_IDS_PER_KIND = 1000


def _key(value: Any) -> str:
    return str(value)


@dataclasses.dataclass(frozen=True)
class ChangeSet:
    """``ids``: kind → ids of its records that changed; ``whole``: kinds changed in
    records not named (too many, or a statement that said no ids); ``everything``:
    anything may have changed (another process on a SQLite file, a reconnection)."""

    ids: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    whole: frozenset[str] = frozenset()
    everything: bool = False

    @classmethod
    def of(cls, kind: str, *ids: Any) -> ChangeSet:
        """Records of one kind, by id (none: the kind as a whole)."""
        if not ids:
            return cls(whole=frozenset({kind}))
        return _collapsed({kind: {_key(i) for i in ids}}, set())

    def __bool__(self) -> bool:
        return self.everything or bool(self.whole) or any(self.ids.values())

    def __or__(self, other: ChangeSet) -> ChangeSet:
        if self.everything or other.everything:
            return EVERYTHING
        ids: dict[str, set[str]] = {k: set(v) for k, v in self.ids.items()}
        for kind, more in other.ids.items():
            ids.setdefault(kind, set()).update(more)
        return _collapsed(ids, set(self.whole | other.whole))

    @property
    def kinds(self) -> frozenset[str]:
        """Every kind with a change (not meaningful for ``everything``)."""
        return frozenset(k for k, v in self.ids.items() if v) | self.whole

    def touches(self, kind: str, record_id: Any = None) -> bool:
        """Did records of ``kind`` change (that one, when ``record_id`` is given)?"""
        if self.everything or kind in self.whole:
            return True
        found = self.ids.get(kind, frozenset())
        return bool(found) if record_id is None else _key(record_id) in found

    def touches_any(self, kind: str, record_ids: Iterable[Any]) -> bool:
        return any(self.touches(kind, i) for i in record_ids)

    # --- compact JSON: {"i": {kind: [id, ...]}, "w": [kind, ...], "e": 1} ---------------

    def to_json(self, limit: int | None = None) -> str:
        """Ids only. Longer than ``limit`` bytes (UTF-8), it names the kinds alone, each
        as a whole: a listener reloads a little more, but hears of it."""
        text = _dump(self._plain())
        if limit is not None and len(text.encode()) > limit:
            text = _dump(ChangeSet(whole=self.kinds, everything=self.everything)._plain())
            if len(text.encode()) > limit:  # cannot be, for the kinds there are; still
                text = _dump({"e": 1})
        return text

    @classmethod
    def from_json(cls, text: str) -> ChangeSet:
        data = json.loads(text)
        if data.get("e"):
            return EVERYTHING
        return _collapsed({k: set(v) for k, v in data.get("i", {}).items()},
                          set(data.get("w", ())))

    def _plain(self) -> dict[str, Any]:
        if self.everything:
            return {"e": 1}
        plain: dict[str, Any] = {}
        ids = {k: sorted(v) for k, v in sorted(self.ids.items()) if v}
        if ids:
            plain["i"] = ids
        if self.whole:
            plain["w"] = sorted(self.whole)
        return plain


def _dump(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _collapsed(ids: dict[str, set[str]], whole: set[str]) -> ChangeSet:
    """Kinds with too many ids, or changed whole anyway, lose their ids."""
    for kind, found in ids.items():
        if len(found) > MAX_IDS_PER_KIND:
            whole.add(kind)
    return ChangeSet({k: frozenset(v) for k, v in ids.items() if v and k not in whole},
                     frozenset(whole))


EMPTY = ChangeSet()
EVERYTHING = ChangeSet(everything=True)


class Collector:
    """Gathers a change-set while a transaction writes; ``result()`` at commit.

    Keeps no more than ``MAX_IDS_PER_KIND`` ids of a kind: past that the kind is
    whole, and a bulk write's ids are not held for nothing."""

    def __init__(self) -> None:
        self._ids: dict[str, set[str]] = {}
        self._whole: set[str] = set()

    def add(self, kind: str, record_id: Any) -> None:
        if kind in self._whole or record_id is None:
            return
        found = self._ids.setdefault(kind, set())
        found.add(_key(record_id))
        if len(found) > MAX_IDS_PER_KIND:
            self.add_whole(kind)

    def add_whole(self, kind: str) -> None:
        self._whole.add(kind)
        self._ids.pop(kind, None)

    def clear(self) -> None:
        self._ids.clear()
        self._whole.clear()

    def result(self) -> ChangeSet:
        return _collapsed({k: set(v) for k, v in self._ids.items()}, set(self._whole))

