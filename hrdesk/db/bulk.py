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
import os
import time
import uuid
from typing import Any


def ordered_id() -> uuid.UUID:
    """A version 7 UUID: milliseconds since 1970, then random bits."""
    millis = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")  # 80 bits: 12 + 62 used, 6 spare
    value = ((millis & (1 << 48) - 1) << 80 | 0x7 << 76 | (rand >> 62 & 0xFFF) << 64
             | 0b10 << 62 | rand & (1 << 62) - 1)
    return uuid.UUID(int=value)


def plain(value: Any) -> Any:
    """A value as the audit log writes it (JSON has no UUID or date)."""
    return str(value) if isinstance(value, (uuid.UUID, dt.date, dt.datetime)) else value
