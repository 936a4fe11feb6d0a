"""Keys and audit values for rows written in bulk.

A random (version 4) UUID puts each new row at a random place in every index
on its key: a batch of 10,000 rows into tables of a million touches some
10,000 index pages, each read, decrypted, changed, encrypted and written back.
A time-ordered (version 7, RFC 9562) UUID puts a batch's keys side by side,
so the same batch fills a few hundred fresh pages. It is as unique as a random
one (74 random bits per millisecond), which is what offline plants merging into
headquarters need; it tells when the row was made, which its row says anyway.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.engine import Connection, Dialect

from hrdesk.collection import (
    gc_is_paused as gc_is_paused,  # (kept here for callers)
    gc_paused as gc_paused,
)


def ordered_id() -> uuid.UUID:
    """A version 7 UUID: milliseconds since 1970, then random bits."""
    millis = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")  # 80 bits: 12 + 62 used, 6 spare
    value = ((millis & (1 << 48) - 1) << 80 | 0x7 << 76 | (rand >> 62 & 0xFFF) << 64
             | 0b10 << 62 | rand & (1 << 62) - 1)
    return uuid.UUID(int=value)


_JSON_ALREADY = frozenset({str, int, bool, float, type(None), list, dict, tuple})


def plain(value: Any) -> Any:
    """A value as the audit log writes it (JSON has no UUID or date)."""
    if type(value) in _JSON_ALREADY:  # nearly every value of a bulk write: no isinstance chain
        return value
    return str(value) if isinstance(value, (uuid.UUID, dt.date, dt.datetime)) else value


def insert_plain(connection: Connection, table: Table,
                 rows: Iterable[Mapping[str, Any]]) -> None:
    """Rows keyed by column name (every column present) into ``table``, in one
    ``executemany`` of the statement compiled once.

    What SQLAlchemy's ``execute(insert(table), rows)`` does, without the work it
    does per row to find out what the rows hold: here every row holds every
    column, so each column's bind processor (encryption, JSON, dates, UUIDs) is
    looked up once and applied straight to the values.
    """
    sql, names, positional, processed = _prepared(table, connection.dialect)
    params: list[Any] = []
    for row in rows:
        values = [row[name] for name in names]
        for index, process in processed:
            if (value := values[index]) is not None:
                values[index] = process(value)
        params.append(tuple(values) if positional else dict(zip(names, values, strict=True)))
    if params:
        connection.exec_driver_sql(sql, params)


@functools.lru_cache(maxsize=64)  # per table and engine (the field key lives on the dialect)
def _prepared(table: Table, dialect: Dialect) -> tuple[
        str, tuple[str, ...], bool, tuple[tuple[int, Callable[[Any], Any]], ...]]:
    names = tuple(column.key for column in table.columns)
    compiled = insert(table).compile(dialect=dialect, column_keys=list(names))
    positional = bool(compiled.positional)
    if positional:  # the placeholders' order, which is the columns' order here
        assert tuple(compiled.positiontup or ()) == names, compiled.positiontup
    processors = ((i, table.columns[name].type.dialect_impl(dialect).bind_processor(dialect))
                  for i, name in enumerate(names))
    return compiled.string, names, positional, tuple((i, p) for i, p in processors if p)


