"""A site's working calendar as plain data: the weekly pattern, the working hours and
the site's own rest and working days, as HR edits them and as they are stored (JSON).

What a day then is (statutory holidays, make-up days, the fallback for years without
statutory data) is the rule of ``workflow.calendar``, which builds on these values.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from itertools import pairwise
from typing import Any

FIVE_DAY_WEEK = frozenset(range(5))
SIX_DAY_WEEK = frozenset(range(6))


@dataclasses.dataclass(frozen=True, order=True)
class WorkPeriod:
    """One stretch of working time within a day, ``[start, end)`` local time.

    Periods never cross midnight: they describe when the HR office answers,
    not a production shift.
    """

    start: dt.time
    end: dt.time

    def __post_init__(self) -> None:
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise ValueError("work period times are local wall-clock times, without a zone")
        if not self.start < self.end:
            raise ValueError(f"work period must end after it starts: {self.start}–{self.end}")

    @property
    def length(self) -> dt.timedelta:
        day = dt.date(2000, 1, 1)  # any date: periods carry no zone, so no DST here
        return dt.datetime.combine(day, self.end) - dt.datetime.combine(day, self.start)


DEFAULT_PERIODS = (
    WorkPeriod(dt.time(8, 30), dt.time(12, 0)),
    WorkPeriod(dt.time(13, 0), dt.time(17, 30)),
)


@dataclasses.dataclass(frozen=True)
class CalendarSpec:
    """A site's calendar as plain data, so it can be stored as JSON and edited by HR.

    ``working_weekdays`` uses ``date.weekday()`` numbering: 0 is Monday, 6 Sunday.
    ``rest_days`` and ``extra_working_days`` are the site's overrides; a date may
    not be in both.
    """

    working_weekdays: frozenset[int] = FIVE_DAY_WEEK
    periods: tuple[WorkPeriod, ...] = DEFAULT_PERIODS
    rest_days: frozenset[dt.date] = frozenset()
    extra_working_days: frozenset[dt.date] = frozenset()
    time_zone: str = "Asia/Shanghai"

    def __post_init__(self) -> None:
        # Callers may pass any iterable; normalise so equality and hashing work.
        object.__setattr__(self, "working_weekdays", frozenset(self.working_weekdays))
        object.__setattr__(self, "periods", tuple(sorted(self.periods)))
        object.__setattr__(self, "rest_days", frozenset(self.rest_days))
        object.__setattr__(self, "extra_working_days", frozenset(self.extra_working_days))
        if not self.working_weekdays or not self.working_weekdays <= frozenset(range(7)):
            raise ValueError("working weekdays must be a non-empty subset of 0 (Mon) … 6 (Sun)")
        if not self.periods:
            raise ValueError("a working day needs at least one work period")
        for earlier, later in pairwise(self.periods):
            if later.start < earlier.end:
                raise ValueError(f"work periods overlap: {earlier} and {later}")
        both = self.rest_days & self.extra_working_days
        if both:
            raise ValueError(f"dates marked both rest and working: {sorted(both)}")
        if not self.time_zone:
            raise ValueError("a time zone name is required")

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ISO dates, ``HH:MM[:SS]`` times, sorted lists (stable diffs)."""
        return {
            "working_weekdays": sorted(self.working_weekdays),
            "periods": [[p.start.isoformat(), p.end.isoformat()] for p in self.periods],
            "rest_days": sorted(d.isoformat() for d in self.rest_days),
            "extra_working_days": sorted(d.isoformat() for d in self.extra_working_days),
            "time_zone": self.time_zone,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CalendarSpec:
        """The inverse of ``to_dict``; a missing key takes the default, so old rows still load."""
        default = cls()
        periods = data.get("periods")
        return cls(
            working_weekdays=frozenset(
                int(d) for d in data.get("working_weekdays", default.working_weekdays)
            ),
            periods=default.periods
            if periods is None
            else tuple(
                WorkPeriod(dt.time.fromisoformat(s), dt.time.fromisoformat(e)) for s, e in periods
            ),
            rest_days=_dates(data.get("rest_days", ())),
            extra_working_days=_dates(data.get("extra_working_days", ())),
            time_zone=str(data.get("time_zone", default.time_zone)),
        )


def _dates(values: Iterable[str]) -> frozenset[dt.date]:
    return frozenset(dt.date.fromisoformat(v) for v in values)
