"""Time is injected, never patched: services ask a clock for "now"."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """An aware UTC datetime."""
        ...


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


class FixedClock:
    """A clock for tests and simulations that moves only when told."""

    def __init__(self, start: dt.datetime, tick: dt.timedelta | None = None) -> None:
        if start.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._now = start
        # With a tick, each reading moves time on a little: events keep their order.
        self.tick = tick

    def now(self) -> dt.datetime:
        current = self._now
        if self.tick:
            self._now += self.tick
        return current

    def advance(self, **delta: float) -> None:
        self._now += dt.timedelta(**delta)

    def set(self, moment: dt.datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._now = moment


def as_utc(value: dt.datetime) -> dt.datetime:
    """SQLite hands datetimes back naive; we store UTC, so say so."""
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
