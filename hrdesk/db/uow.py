"""One unit of work per user action: all of it commits, or none of it does.

The unit of work also writes the audit log: every row the action adds,
changes or deletes is described (sensitive values masked) and appended to
the hash chain in the same transaction, just before commit. A use case cannot
forget it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from types import TracebackType
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from hrdesk import errors
from hrdesk.clock import Clock, SystemClock
from hrdesk.security import audit
from hrdesk.security.actor import SYSTEM, Actor


class Database:
    """An open database: the engine and what every unit of work needs."""

    def __init__(self, engine: Engine, clock: Clock | None = None) -> None:
        self.engine = engine
        self.clock: Clock = clock or SystemClock()
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def unit_of_work(self, actor: Actor = SYSTEM, action: str = "",
                     read_only: bool = False) -> UnitOfWork:
        return UnitOfWork(self, actor, action, read_only)

    def dispose(self) -> None:
        self.engine.dispose()


class UnitOfWork:
    def __init__(self, db: Database, actor: Actor, action: str, read_only: bool) -> None:
        self.db = db
        self.actor = actor
        self.action = action
        self.read_only = read_only
        self._changes: list[audit.Change] = []
        # Lookups worth keeping for the length of one unit of work (scope, stages).
        self.cache: dict[Any, Any] = {}
        self.session: Session

    @property
    def now(self) -> dt.datetime:
        return self.db.clock.now()

    def __enter__(self) -> UnitOfWork:
        self.session = self.db._sessions()
        if self.read_only:
            self.session.connection(execution_options={"read_only": True})
        event.listen(self.session, "before_flush", self._collect)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()

    def flush(self) -> None:
        with _translated():
            self.session.flush()

    def commit(self) -> None:
        if self.read_only:
            raise RuntimeError("a read-only unit of work cannot commit")
        with _translated():
            self.session.flush()
            if self._changes:
                audit.append(self.session, self.actor, self.action or "change",
                             self.now, self._changes)
                self._changes = []
                self.session.flush()
            self.session.commit()

    def act_as(self, actor: Actor, action: str) -> None:
        """Carry on as someone else in the same transaction (the demo replays many
        people's work at once): what was done so far is audited under the old name."""
        if actor == self.actor and action == self.action:
            return
        with _translated():
            self.session.flush()
            if self._changes:
                audit.append(self.session, self.actor, self.action or "change", self.now,
                             self._changes)
                self._changes = []
        self.actor, self.action = actor, action
        self.cache.pop("scope", None)

    def _collect(self, session: Session, _ctx: Any, _instances: Any) -> None:
        for operation, objects in (("create", session.new), ("update", session.dirty),
                                   ("delete", session.deleted)):
            for obj in objects:
                if not getattr(obj, "__audited__", False):
                    continue
                fields = _describe(obj, operation)
                if operation == "update" and not fields:
                    continue
                self._changes.append(audit.Change(
                    operation, obj.__tablename__, _identity(obj), fields))


def _identity(obj: Any) -> str:
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return "/".join(str(k) for k in key)


def _is_sensitive(column: Any) -> bool:
    return bool(column.info.get("sensitive") or getattr(column.type, "sensitive", False))


def _plain(value: Any) -> Any:
    if isinstance(value, (uuid.UUID, dt.date, dt.datetime)):
        return str(value)
    return value


def _describe(obj: Any, operation: str) -> dict[str, Any]:
    state = inspect(obj)
    fields: dict[str, Any] = {}
    version_col = state.mapper.version_id_col
    for attr in state.mapper.column_attrs:
        column = attr.columns[0]
        if column is version_col or column.info.get("unaudited"):
            continue
        history = state.attrs[attr.key].history
        if operation == "update":
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
        else:
            old, new = None, getattr(obj, attr.key)
            if operation == "delete":
                old, new = new, None
            if old is None and new is None:
                continue
        if _is_sensitive(column):
            old = audit.MASK if old is not None else None
            new = audit.MASK if new is not None else None
        fields[attr.key] = [_plain(old), _plain(new)]
    return fields


class _translated:
    """Database failures a user can understand, instead of a traceback."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> None:
        if isinstance(exc, StaleDataError):
            raise errors.ConcurrentChange(entity="record") from exc
        code = getattr(getattr(exc, "orig", None), "sqlite_errorcode", None)
        if isinstance(exc, OperationalError) and code is not None and code & 0xFF in (5, 6):
            raise errors.DatabaseBusy() from exc  # SQLITE_BUSY, SQLITE_LOCKED
