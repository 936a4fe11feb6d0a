"""A row's fingerprint, the same on SQLite and PostgreSQL and after any restore.

The audit entry that writes a row records this fingerprint of the row as it was
left; ``verify-audit`` fingerprints every live row again and compares, so a row
edited, added or deleted with the database key but without the application shows
up by table and id. The fingerprint covers the row as stored (encrypted columns as
their ciphertext, read through ``db.stored``), so it needs no key to check.
Bookkeeping columns (the audit entry id itself, a sign-in time, text extracted
from a file) are left out: the application writes them without an audit entry.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import functools
import hashlib
import json
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import Numeric, Table


@functools.cache
def covered_columns(table: Table) -> tuple[tuple[str, int | None], ...]:
    """(column, decimal places) of each column a fingerprint covers, by name."""
    return tuple(sorted(
        (c.name, c.type.scale if isinstance(c.type, Numeric) else None)
        for c in table.columns if not c.info.get("unaudited")))


def _moment(value: dt.datetime) -> str:
    moment = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _canonical(value: Any, scale: int | None) -> Any:
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return _moment(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (decimal.Decimal, float)):
        # A Numeric(12, 2) reads back as 1234.50 on one backend and 1234.5 on the other.
        number = decimal.Decimal(str(value))
        return format(number.quantize(decimal.Decimal(1).scaleb(-scale)) if scale is not None
                      else number.normalize(), "f")
    if isinstance(value, (bytes, memoryview)):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, (dict, list)):
        return value  # JSON columns: dumped with sorted keys below
    return base64.b64encode(repr(value).encode()).decode()  # nothing else is stored


# The types most values have, made canonical without the chain of checks above: a
# bulk import fingerprints every column of every row it writes (31 per candidate).
_AS_THEY_ARE = frozenset({type(None), bool, int, str, dict, list})
_QUICK: dict[type, Callable[[Any], Any]] = {uuid.UUID: str, dt.datetime: _moment, dt.date: dt.date.isoformat,
          bytes: lambda value: "sha256:" + hashlib.sha256(value).hexdigest()}
# As json.dumps(..., sort_keys=True, separators=(",", ":"), ensure_ascii=False), built once.
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def digest(table: Table, row: Mapping[Any, Any]) -> str:
    """SHA-256 of the covered columns of ``row`` (keyed by column name, stored values)."""
    values = []
    get = row.get
    for name, scale in covered_columns(table):
        value = get(name)
        kind = type(value)
        if kind not in _AS_THEY_ARE:
            quick = _QUICK.get(kind)
            value = quick(value) if quick else _canonical(value, scale)
        values.append([name, value])
    return hashlib.sha256(_ENCODER.encode(values).encode("utf-8")).hexdigest()
