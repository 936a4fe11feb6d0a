"""One unit of work per user action: all of it commits, or none of it does.

The unit of work also writes the audit log: every row the action adds,
changes or deletes is described (sensitive values masked, a person's values
sealed under their key: ``security.audit_sealing``) and appended to the hash chain in
the same transaction, just before commit. A use case cannot forget it.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import datetime as dt
import functools
import uuid
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from hrdesk import errors
from hrdesk.changes import EMPTY, ChangeSet
from hrdesk.clock import Clock, SystemClock
from hrdesk.db import bulk, change_notice, stored, wal
from hrdesk.db.change_capture import ChangeCapture
from hrdesk.db.change_feed import ChangeFeed
from hrdesk.models.base import Base
from hrdesk.security import audit, audit_sealing, row_digest
from hrdesk.security.actor import SYSTEM, Actor

# Audit entries a bulk write on SQLite holds before it appends them to the chain
# (a 100,000-row import would otherwise hold some 150 MB of entries until its
# commit). Appending takes the chain's lock for the rest of the transaction: on
# SQLite the writer holds the whole file from its first write anyway, but on
# PostgreSQL every other user's save would wait for the import to end, so there
# the entries are appended at commit, as an ordinary action's are.
AUDIT_HELD = 10_000
# How long closing waits for a background checkpoint (a 100,000-row import's takes ~3 s).
FOLD_WAIT_SECONDS = 60


class Database:
    """An open database: the engine and what every unit of work needs."""

    def __init__(self, engine: Engine, clock: Clock | None = None) -> None:
        self.engine = engine
        self.clock: Clock = clock or SystemClock()
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # A read-only unit of work reads one snapshot: on PostgreSQL a check that walks
        # the audit chain and then reads its head must not see a commit in between.
        self.snapshot_options: dict[str, Any] = (
            {"read_only": True, "isolation_level": "REPEATABLE READ",
             "postgresql_readonly": True}
            if engine.dialect.name == "postgresql" else {"read_only": True})
        self._folding: concurrent.futures.Future[None] | None = None
        #: What each commit changed goes out here (``db.change_feed``).
        self.changes = ChangeFeed(engine)

    def unit_of_work(self, actor: Actor = SYSTEM, action: str = "",
                     read_only: bool = False) -> UnitOfWork:
        return UnitOfWork(self, actor, action, read_only)

    def fold_log_later(self) -> None:
        """SQLite: copy the write-ahead log into the file on a background thread
        (``db.wal``); closing waits for it."""
        self._folding = wal.fold_later(self.engine)

    def dispose(self) -> None:
        self.changes.close()  # its watcher holds a connection of the pool
        if self._folding is not None:
            # Before the pool goes: the copy must not open a connection after it.
            concurrent.futures.wait([self._folding], timeout=FOLD_WAIT_SECONDS)
        self.engine.dispose()


class UnitOfWork:
    def __init__(self, db: Database, actor: Actor, action: str, read_only: bool) -> None:
        self.db = db
        self.actor = actor
        self.action = action
        self.read_only = read_only
        self._changes: list[audit.Record] = []
        # Rows written through the ORM whose entry still lacks their fingerprint.
        self._unprinted: dict[tuple[str, str], audit.Record] = {}
        # Lookups worth keeping for the length of one unit of work (scope, stages).
        self.cache: dict[Any, Any] = {}
        self.session: Session
        self._sealer: audit_sealing.Sealer | None = None
        #: What the last ``commit()`` changed.
        self.changes: ChangeSet = EMPTY
        self._capture: ChangeCapture | None = None
        self._sequence_start: int | None = None

    @property
    def now(self) -> dt.datetime:
        return self.db.clock.now()

    @property
    def sealer(self) -> audit_sealing.Sealer:
        if self._sealer is None:
            cipher = getattr(self.session.get_bind().dialect, "hrdesk_field_cipher", None)
            self._sealer = audit_sealing.Sealer(self.session, cipher.keys if cipher else None)
        return self._sealer

    def __enter__(self) -> UnitOfWork:
        self.session = self.db._sessions()
        if self.read_only:
            self.session.connection(execution_options=self.db.snapshot_options)
        event.listen(self.session, "before_flush", self._collect)
        if not self.read_only:
            self._capture = ChangeCapture(self.session)
            event.listen(self.session, "after_begin", self._began)
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

    def commit(self) -> ChangeSet:
        """Commit, and hand what changed to the database's change feed (other
        workstations hear of it at the commit, this process's listeners right after)."""
        if self.read_only or self._capture is None:
            raise RuntimeError("a read-only unit of work cannot commit")
        feed = self.db.changes
        with _translated():
            self._append_audit()
            changes = self._capture.take()
            pending = feed.committing(self.session, changes, self._sequence_start)
            try:
                self.session.commit()
            except BaseException:
                feed.abandoned(pending)
                raise
        self.changes = changes
        feed.committed(pending)
        return changes

    def _began(self, _session: Session, _transaction: Any, connection: Any) -> None:
        """Where the audit chain stood when this transaction began, while a SQLite
        watcher wants to tell our writes from others' (the transaction began
        IMMEDIATE: nobody else writes until it ends)."""
        self._sequence_start = (change_notice.audit_head(connection)
                                if self.db.changes.tracks_sequence else None)

    def _append_audit(self) -> None:
        """What the transaction did so far, onto the audit chain (in its order)."""
        self.session.flush()
        if self._unprinted:
            self._fingerprint()
        if self._changes:
            audit.append(self.session, self._changes, self.db.clock.now())
            self._changes = []

    def changed_in_bulk(self, table_name: str, keys: Sequence[Any],
                        fields: dict[str, Any]) -> uuid.UUID:
        """An audit entry for rows a Core ``UPDATE`` changes (``keys``, all of one table),
        described by ``fields`` ({column: [old, new]}); returns the entry's id, which the
        caller's statement sets as the rows' ``audit_entry_id``. Their fingerprints are
        taken at commit, like those of rows the ORM wrote."""
        record = audit.Record(self.actor, self.action or "change", self.now,
                              audit.Change("update", table_name, "*", fields))
        self._changes.append(record)
        for key in keys:
            self._unprinted[(table_name, str(key))] = record
        return record.entry_id

    def note(self, operation: str, entity_type: str, entity_id: str,
             fields: dict[str, Any] | None = None) -> None:
        """An audit entry for something that changed no row (a sign-in, a look at
        someone's numbers), appended at commit with the rest."""
        self._changes.append(audit.Record(self.actor, self.action or operation, self.now,
                                          audit.Change(operation, entity_type, entity_id,
                                                       fields or {})))

    def insert_many(self, objects: Sequence[Any]) -> None:
        """New rows of one table in one Core bulk insert, audited like any other write.

        For batches (imports, the demo) where the ORM's per-object flush would cost
        most of the time. The objects stay transient: read their values, not their
        relationships.
        """
        if not objects:
            return
        mapper = inspect(objects[0]).mapper
        keys = [attr.key for attr in mapper.column_attrs]
        self.insert_rows(mapper.class_, [{key: getattr(obj, key) for key in keys}
                                         for obj in objects])

    def insert_rows(self, model: type[Any], rows: Sequence[Mapping[str, Any]],
                    batch: AuditBatch | None = None) -> None:
        """``insert_many`` for rows given as plain values by attribute name (the key
        included): no ORM object is built, which is most of a bulk write's cost.

        Each row is described in the audit log exactly as ``insert_many`` describes the
        object with those values; a missing or None value gets the column's default in
        the table but, as for an object, no mention in the log. Encrypted columns are
        encrypted here, so each row's fingerprint covers what is stored.

        With ``batch`` the rows are not an entry each: they join that one entry
        (``record_batch`` appends it), with their values and fingerprints.
        """
        if not rows:
            return
        mapper = inspect(model)
        table = stored.tables(Base.metadata)[mapper.local_table.name]
        dialect = self.session.get_bind().dialect
        columns, defaults = _insert_columns(mapper)
        encrypted = _encrypted_columns(mapper)
        audited = getattr(model, "__audited__", False)
        if audited:
            described, identity = _audited_columns(mapper), _identity_keys(mapper)
            actor, action, now = self.actor, self.action or "change", self.now
            sealer = self.sealer
        values = []
        for row in rows:
            value = {name: row.get(key) for key, name in columns}
            for name, default in defaults:
                if value[name] is None:  # the Python-side default the ORM would have used
                    value[name] = default.arg if default.is_scalar else default.arg(None)
            for name, kind in encrypted:
                if value[name] is not None:
                    value[name] = kind.process_bind_param(value[name], dialect)
            if audited:
                entry_id = batch.entry_id if batch else bulk.ordered_id()
                key = "/".join(str(row[k]) for k in identity)
                value["audit_entry_id"] = entry_id
                sealer.knows(table.name, value.get)
                fields = sealer.fields(table.name, value.get, _described_new(row, described))
                fingerprint = row_digest.digest(table, value)
                if batch is not None:
                    batch.add(table.name, key, fields, fingerprint)
                else:
                    self._changes.append(audit.Record(
                        actor, action, now,
                        audit.Change("create", table.name, key, audit.canonical(fields)),
                        entry_id, audit.canonical({key: fingerprint})))
            values.append(value)
        if audited and len(self._changes) >= AUDIT_HELD and self._writer_holds_the_file():
            with _translated():
                self._append_audit()
        with _translated():
            bulk.insert_plain(self.session.connection(), table, values)
        if self._capture is not None:
            self._capture.rows(table.name, values, _identity_column(mapper))

    def record_batch(self, batch: AuditBatch, about: Mapping[str, Any]) -> None:
        """The one entry for ``batch``'s rows: ``about`` (what the batch was: a file and
        its SHA-256, its rows) with each row's values, sealed as one row's would be."""
        if not batch.values:
            return
        self._changes.append(audit.Record(
            self.actor, self.action or "change", self.now,
            audit.Change("create", batch.table, batch.entity_id, audit.canonical(
                {**about, "created": list(batch.values), "values": batch.values})),
            batch.entry_id, audit.canonical(batch.prints)))

    def _writer_holds_the_file(self) -> bool:
        return self.session.get_bind().dialect.name == "sqlite"

    def act_as(self, actor: Actor, action: str) -> None:
        """Carry on as someone else in the same transaction (the demo replays many
        people's work at once): what was done so far is recorded under the old name."""
        if actor == self.actor and action == self.action:
            return
        self.flush()  # what is pending was done by the previous actor
        self.actor, self.action = actor, action
        self.cache.pop("scope", None)

    def _collect(self, session: Session, _ctx: Any, _instances: Any) -> None:
        sealer = self.sealer
        batches = (("create", list(session.new)), ("update", list(session.dirty)),
                   ("delete", list(session.deleted)))
        for _operation, objects in batches:  # people and applications first: rows of
            for obj in objects:              # the same flush find their person
                sealer.knows(getattr(obj, "__tablename__", ""), audit_sealing.of_object(obj))
        for operation, objects in batches:
            for obj in objects:
                if not getattr(obj, "__audited__", False):
                    continue
                fields = _describe(obj, operation)
                if operation == "update" and not fields:
                    continue
                fields = sealer.fields(obj.__tablename__, audit_sealing.of_object(obj), fields)
                record = audit.Record(self.actor, self.action or "change", self.now,
                                      audit.Change(operation, obj.__tablename__,
                                                   _identity(obj), fields))
                self._changes.append(record)
                if operation != "delete":
                    # The row names the entry that wrote it; the entry gets the row's
                    # fingerprint once it is flushed (``_fingerprint``).
                    obj.audit_entry_id = record.entry_id
                    self._unprinted[(obj.__tablename__, record.change.entity_id)] = record

    def _fingerprint(self) -> None:
        """Each written row's fingerprint, as stored, into the last entry that wrote it."""
        by_table: dict[str, list[str]] = {}
        for table_name, key in self._unprinted:
            by_table.setdefault(table_name, []).append(key)
        found: dict[tuple[str, str], str] = {}
        for table_name, keys in by_table.items():
            table = stored.tables(Base.metadata)[table_name]
            [pk] = table.primary_key.columns
            convert = pk.type.python_type
            for start in range(0, len(keys), 500):
                chunk = [convert(k) for k in keys[start:start + 500]]
                for row in self.session.connection().execute(
                        select(table).where(pk.in_(chunk))).mappings():
                    found[(table_name, str(row[pk.name]))] = row_digest.digest(table, row)
        prints: dict[int, dict[str, str]] = {}  # record -> {row key: fingerprint}
        for (table_name, key), record in self._unprinted.items():
            if (table_name, key) in found:  # gone again: deleted later in this transaction
                prints.setdefault(id(record), {})[key] = found[(table_name, key)]
        self._changes = [dataclasses.replace(r, rows=audit.canonical(prints[id(r)]))
                         if id(r) in prints else r for r in self._changes]
        self._unprinted = {}


@functools.cache
def _insert_columns(mapper: Any) -> tuple[tuple[tuple[str, str], ...],
                                          tuple[tuple[str, Any], ...]]:
    """(attribute, column name) of each column a new row fills, and (column name,
    Python-side default) of those that have one."""
    columns = [(attr.key, attr.columns[0]) for attr in mapper.column_attrs]
    return (tuple((key, column.key) for key, column in columns),
            tuple((column.key, column.default) for _key, column in columns
                  if column.default is not None))


@functools.cache
def _encrypted_columns(mapper: Any) -> tuple[tuple[str, Any], ...]:
    """(column name, type) of each column whose type encrypts."""
    return tuple((attr.columns[0].name, attr.columns[0].type) for attr in mapper.column_attrs
                 if stored.is_encrypted(attr.columns[0]))


class AuditBatch:
    """Rows of one bulk batch (an import's) that share one audit entry instead of one
    entry each: the entry names the batch (``entity_id``, e.g. the file's SHA-256)
    and holds every row's values (sealed under each person's key) and fingerprint."""

    def __init__(self, entity_id: str) -> None:
        self.entry_id = bulk.ordered_id()
        self.entity_id = entity_id
        self.table = ""
        self.values: dict[str, Any] = {}
        self.prints: dict[str, str] = {}

    def add(self, table: str, key: str, fields: Any, fingerprint: str) -> None:
        if self.table and table != self.table:
            raise ValueError("one audit batch holds rows of one table")  # a bug in the caller
        self.table = table
        self.values[key] = fields
        self.prints[key] = fingerprint


@functools.cache
def _identity_column(mapper: Any) -> str:
    """The name of the (first) primary key column: a bulk row's id."""
    return str(mapper.primary_key[0].name)


@functools.cache
def _identity_keys(mapper: Any) -> tuple[str, ...]:
    return tuple(mapper.get_property_by_column(column).key for column in mapper.primary_key)


def _described_new(row: Mapping[str, Any],
                   audited: tuple[tuple[str, Any, bool], ...]) -> dict[str, Any]:
    """What ``_describe(obj, "create")`` says of an object holding these values."""
    get, plain, mask = row.get, bulk.plain, audit.MASK
    return {attr: [None, mask if masked else plain(new)]
            for attr, _column, masked in audited if (new := get(attr)) is not None}


def _identity(obj: Any) -> str:
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return "/".join(str(k) for k in key)


def _is_sensitive(column: Any) -> bool:
    return bool(column.info.get("sensitive") or getattr(column.type, "sensitive", False))


def _describe(obj: Any, operation: str) -> dict[str, Any]:
    state = inspect(obj)
    fields: dict[str, Any] = {}
    for attr, _column, masked in _audited_columns(state.mapper):
        if operation == "update":
            history = state.attrs[attr].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
        else:
            old, new = None, getattr(obj, attr)
            if operation == "delete":
                old, new = new, None
            if old is None and new is None:
                continue
        if masked:
            old = audit.MASK if old is not None else None
            new = audit.MASK if new is not None else None
        fields[attr] = [bulk.plain(old), bulk.plain(new)]
    return fields


@functools.cache
def _audited_columns(mapper: Any) -> tuple[tuple[str, Any, bool], ...]:
    """(attribute, column, masked) of each column the audit log describes."""
    version = mapper.version_id_col
    return tuple((attr.key, attr.columns[0], _is_sensitive(attr.columns[0]))
                 for attr in mapper.column_attrs
                 if attr.columns[0] is not version and not attr.columns[0].info.get("unaudited"))


class _translated:
    """Database failures a user can understand, instead of a traceback."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> None:
        if isinstance(exc, StaleDataError):
            raise errors.ConcurrentChange(entity="record") from exc
        if isinstance(exc, OperationalError) and (known := errors.of_environment(exc)):
            raise known from exc  # busy, or no room left
