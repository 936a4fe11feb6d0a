"""Tables as they are stored: encrypted columns as their ciphertext, not decrypted.

Backups copy rows this way (nobody's session needs every key to back up or to
restore, and a restored row is byte for byte the row that was saved), and the
audit trail fingerprints rows this way (``security.row_digest``), so a fingerprint
taken on SQLite still matches after a restore onto PostgreSQL.

Values come back as the ORM types give them on either backend (UUIDs, aware UTC
datetimes, JSON as Python values), so one row reads the same on both.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import functools
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import Date, LargeBinary, MetaData, Numeric, Table, Uuid
from sqlalchemy.types import TypeDecorator

from hrdesk.db.types import UtcDateTime


def is_encrypted(column: Any) -> bool:
    return isinstance(column.type, TypeDecorator) and getattr(column.type, "sensitive", False)


@functools.cache
def tables(schema: MetaData) -> dict[str, Table]:
    """Every table of ``schema`` (the models': ``models.base.Base.metadata``), by name,
    in dependency order, encrypted columns raw. The schema is given, not imported: the
    database layer stands below the models."""
    copies = MetaData()
    found: dict[str, Table] = {}
    for table in schema.sorted_tables:
        copy = table.to_metadata(copies)
        for column in copy.columns:
            if isinstance(column.type, TypeDecorator) and is_encrypted(column):
                column.type = column.type.impl_instance
        found[table.name] = copy
    return found


def to_json(value: Any) -> Any:
    """A stored value as JSON can carry it (and ``from_json`` gives it back)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (bytes, memoryview)):
        return {"b64": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, decimal.Decimal):
        return str(value)  # exact: amounts keep their cents
    return value


def _datetime(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text)
    # Backups written before moments were stored as UTC hold SQLite's naive UTC.
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def decoder(table: Table) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """``from_json`` for each column of ``table``, by the type the column stores."""
    converters: dict[str, Callable[[Any], Any]] = {}
    for column in table.columns:
        kind = column.type
        if isinstance(kind, Uuid):
            converters[column.name] = lambda v: v if isinstance(v, uuid.UUID) else uuid.UUID(v)
        elif isinstance(kind, UtcDateTime):
            converters[column.name] = _datetime
        elif isinstance(kind, Date):
            converters[column.name] = dt.date.fromisoformat
        elif isinstance(kind, LargeBinary):
            converters[column.name] = lambda v: base64.b64decode(v["b64"])
        elif isinstance(kind, Numeric):
            converters[column.name] = decimal.Decimal

    def decode(row: dict[str, Any]) -> dict[str, Any]:
        unknown = set(row) - set(table.columns.keys())
        if unknown:
            raise KeyError(f"{table.name} has no column {min(unknown)}")
        return {k: (converters[k](v) if v is not None and k in converters else v)
                for k, v in row.items()}

    return decode
