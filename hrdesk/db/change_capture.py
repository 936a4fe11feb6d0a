"""What a transaction wrote, as a ``ChangeSet``: taken from the session, so no use case
has to remember to say what it changed.

Three ways rows are written, three ways in: objects the ORM flushes (``after_flush``),
Core statements run through the session (``do_orm_execute``: an INSERT names its rows;
an UPDATE or DELETE names the ids its WHERE clause gives as ``column = value`` or
``column IN (...)``, else its whole kind), and the unit of work's bulk inserts
(``rows``), which go past both.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BinaryExpression, BindParameter, BooleanClauseList, Null

from hrdesk import changes
from hrdesk.changes import ChangeSet

# table: (the kind its rows are, or None for a row that is only part of its owners;
#         {column: the kind of record it points to}). A row marks its owners too.
_TABLES: dict[str, tuple[str | None, dict[str, str]]] = {
    "candidates": (changes.CANDIDATE, {"merged_into_id": changes.CANDIDATE}),
    "applications": (changes.APPLICATION, {"candidate_id": changes.CANDIDATE,
                                           "job_id": changes.JOB}),
    "application_interviewers": (None, {"application_id": changes.APPLICATION}),
    "timeline_events": (changes.TIMELINE, {
        "candidate_id": changes.CANDIDATE, "application_id": changes.APPLICATION,
        "job_id": changes.JOB, "requisition_id": changes.REQUISITION}),
    "attachments": (changes.ATTACHMENT, {"candidate_id": changes.CANDIDATE}),
    "duplicate_pairs": (changes.DUPLICATE, {"first_id": changes.CANDIDATE,
                                            "second_id": changes.CANDIDATE}),
    "outbox": ("outbox", {}),
    "jobs": (changes.JOB, {}),
    "job_interviewers": (None, {"job_id": changes.JOB}),
    "job_channels": (None, {"job_id": changes.JOB}),
    "requisitions": (changes.REQUISITION, {"job_id": changes.JOB}),
    "approval_steps": (None, {"requisition_id": changes.REQUISITION}),
    "tasks": (changes.TASK, {"application_id": changes.APPLICATION, "job_id": changes.JOB,
                             "requisition_id": changes.REQUISITION}),
    "escalations": (None, {"task_id": changes.TASK}),
    "notifications": (changes.NOTIFICATION, {}),
    "users": (changes.USER, {}),
    "role_grants": (None, {"user_id": changes.USER}),
    "organisation": (changes.ORGANISATION, {}),
    "sites": (changes.ORGANISATION, {}),
    "departments": (changes.ORGANISATION, {}),
    "pipeline_templates": (changes.PIPELINE, {}),
    "stages": (None, {"template_id": changes.PIPELINE}),
    "channels": (changes.CHANNEL, {}),
    "channel_costs": (None, {"channel_id": changes.CHANNEL}),
    "refusal_reasons": (changes.SETTING, {}),
    "settings": (changes.SETTING, {}),
    "site_calendars": (changes.SETTING, {}),
    # Every write appends to the audit chain: naming it would say nothing.
    "audit_entries": (None, {}),
    "audit_head": (None, {}),
    "keyring": (None, {}),
}


def _described(table: str) -> tuple[str | None, dict[str, str]]:
    # A table added later and not listed here is its own kind, under its name.
    return _TABLES.get(table, (table, {}))


class ChangeCapture:
    """Listens to one session for as long as it lives; ``take()`` at each commit."""

    def __init__(self, session: Session) -> None:
        self._collected = changes.Collector()
        event.listen(session, "after_flush", self._flushed)
        event.listen(session, "do_orm_execute", self._executed)

    def take(self) -> ChangeSet:
        """What was written since the last ``take`` (the last commit)."""
        result = self._collected.result()
        self._collected.clear()
        return result

    def rows(self, table: str, rows: Iterable[Mapping[str, Any]], key: str = "id") -> None:
        """Rows a bulk insert wrote, as plain values (``key``: their id's name)."""
        kind, owners = _described(table)
        for row in rows:
            self._row(kind, owners, row.get(key), row.get)

    def _row(self, kind: str | None, owners: Mapping[str, str], key: Any,
             get: Callable[[str], Any]) -> None:
        if kind is not None:
            self._collected.add(kind, key)
        for column, owner in owners.items():
            self._collected.add(owner, get(column))

    def _flushed(self, session: Session, _context: Any) -> None:
        # After the flush the lists still hold what it wrote, and the history what
        # changed: an application moved to another job marks the job it left too.
        for obj in (*session.new, *session.dirty, *session.deleted):
            state = inspect(obj)
            table = state.mapper.local_table.name
            kind, owners = _described(table)
            key = state.dict.get(_key_attribute(state.mapper))
            # The values it holds, never a load: a flush is no time for more SQL.
            self._row(kind, owners, key, state.dict.get)
            for column, owner in owners.items():
                if column in state.attrs:
                    for old in state.attrs[column].history.deleted:
                        self._collected.add(owner, old)

    def _executed(self, state: ORMExecuteState) -> None:
        if not (state.is_insert or state.is_update or state.is_delete):
            return
        table = getattr(state.statement, "table", None)
        name = getattr(table, "name", None)
        if name is None:
            return
        kind, owners = _described(name)
        if state.is_insert:
            params = state.parameters
            given = params if isinstance(params, list) else [params or {}]
            rows = [row for row in given if isinstance(row, Mapping) and row]
            if len(rows) == len(given):
                self.rows(name, rows)
            elif kind is not None:
                self._collected.add_whole(kind)
            return
        known = _named_in(getattr(state.statement, "whereclause", None))
        if kind is not None:
            if "id" in known:
                for key in known["id"]:
                    self._collected.add(kind, key)
            else:
                self._collected.add_whole(kind)
        for column, owner in owners.items():
            for key in known.get(column, ()):
                self._collected.add(owner, key)


@functools.cache
def _key_attribute(mapper: Any) -> str:
    """The attribute holding the (first column of the) primary key."""
    key: str = mapper.get_property_by_column(mapper.primary_key[0]).key
    return key


def _named_in(where: Any) -> dict[str, list[Any]]:
    """{column: values} a WHERE clause pins down as ``column = v`` or ``column IN (vs)``,
    in its top-level AND; anything else (an OR, a range) names nothing."""
    if where is None:
        return {}
    terms = where.clauses if isinstance(where, BooleanClauseList) \
        and where.operator is operators.and_ else [where]
    known: dict[str, list[Any]] = {}
    for term in terms:
        if not isinstance(term, BinaryExpression) or not isinstance(term.right, BindParameter):
            continue
        column = getattr(term.left, "name", None)
        value = term.right.value
        if column is None or value is None or isinstance(value, Null):
            continue
        if term.operator is operators.eq:
            known.setdefault(column, []).append(value)
        elif term.operator is operators.in_op and isinstance(value, list | tuple):
            known.setdefault(column, []).extend(value)
    return known
