"""Which days a site works, and during which hours.

A day's status comes from three sources; the first that has an opinion wins:

1. the site's own overrides, kept by its HR office (shift rest days, the
   plant's annual shutdown, a Saturday worked to catch up an order);
2. Chinese statutory public holidays and make-up working days (调休), from the
   ``chinese_calendar`` package: a holiday is a rest day even when the weekly
   pattern says work, and a make-up day is a working day even for a plant that
   never works that weekday;
3. the site's weekly pattern (Monday–Friday unless the plant works six days).

``chinese_calendar`` only knows the years the State Council has announced, and
raises ``NotImplementedError`` beyond them. Such years fall back to the weekly
pattern and report themselves as not covered, so the UI can ask for an update
instead of silently treating 国庆 as ordinary working days.

Working hours are local wall-clock times in the site's zone (``zoneinfo``;
Windows has no system zone database, so the ``tzdata`` package must ship with
the application there).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
from collections.abc import Iterable, Mapping
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

import chinese_calendar

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
FIVE_DAY_WEEK = frozenset(range(5))
SIX_DAY_WEEK = frozenset(range(6))

# Years probed for statutory data: far wider than any library release covers,
# so a future release that adds years is picked up without a code change.
_PROBE_YEARS = range(1990, 2101)


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


class DaySource(enum.StrEnum):
    """Why a day is what it is; the UI shows it next to the day."""

    SITE_REST = "site_rest"
    SITE_WORK = "site_work"
    STATUTORY_HOLIDAY = "statutory_holiday"
    MAKEUP_WORKDAY = "makeup_workday"
    WEEKLY_PATTERN = "weekly_pattern"


@dataclasses.dataclass(frozen=True)
class DayDecision:
    working: bool
    source: DaySource
    # The holiday a statutory rest or make-up day belongs to ("National Day").
    holiday_name: str | None = None
    # False when the statutory data does not reach this date's year.
    covered: bool = True


@functools.cache
def covered_years() -> range:
    """The years the installed ``chinese_calendar`` has statutory data for.

    Found through the public API rather than the package's internal tables, so
    a new release's data is picked up as it is.
    """
    known = [y for y in _PROBE_YEARS if _statutory(dt.date(y, 6, 1)) is not None]
    return range(min(known), max(known) + 1) if known else range(0)


def _statutory(day: dt.date) -> tuple[bool, str | None] | None:
    """``(is_rest, holiday_name)`` from the library, or None for an unknown year.

    ``holiday_name`` is None on ordinary days, including ordinary weekends:
    only a named day is a statutory decision that may overrule the site's
    weekly pattern (a six-day plant's normal Saturday must stay a working day).
    """
    try:
        is_rest, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        return None
    return bool(is_rest), name


class WorkingCalendar:
    """One site's working days and hours, built from a :class:`CalendarSpec`.

    Day decisions are cached per date: the SLA clock asks about the same few
    hundred dates for every one of tens of thousands of open tasks.
    """

    def __init__(self, spec: CalendarSpec | None = None) -> None:
        self.spec = spec if spec is not None else CalendarSpec()
        # Raises ZoneInfoNotFoundError for a bad name, or on Windows without tzdata.
        self.zone = ZoneInfo(self.spec.time_zone)
        self.periods = self.spec.periods
        self.day_length = sum((p.length for p in self.periods), dt.timedelta())
        self._decisions: dict[dt.date, DayDecision] = {}

    def __repr__(self) -> str:
        days = ",".join(WEEKDAY_NAMES[d] for d in sorted(self.spec.working_weekdays))
        return f"WorkingCalendar({days}, {self.spec.time_zone})"

    def decide(self, day: dt.date) -> DayDecision:
        """Whether ``day`` is a working day at this site, and on whose authority."""
        decision = self._decisions.get(day)
        if decision is None:
            decision = self._decisions[day] = self._decide(day)
        return decision

    def is_working_day(self, day: dt.date) -> bool:
        return self.decide(day).working

    def is_covered(self, day: dt.date) -> bool:
        """Whether statutory holiday data exists for ``day``'s year."""
        return day.year in covered_years()

    def covered_years(self) -> range:
        return covered_years()

    def _decide(self, day: dt.date) -> DayDecision:
        statutory = _statutory(day)
        covered = statutory is not None
        if day in self.spec.rest_days:
            return DayDecision(False, DaySource.SITE_REST, covered=covered)
        if day in self.spec.extra_working_days:
            return DayDecision(True, DaySource.SITE_WORK, covered=covered)
        if statutory is not None:
            is_rest, name = statutory
            if name is not None:
                source = DaySource.STATUTORY_HOLIDAY if is_rest else DaySource.MAKEUP_WORKDAY
                return DayDecision(not is_rest, source, holiday_name=name)
        working = day.weekday() in self.spec.working_weekdays
        return DayDecision(working, DaySource.WEEKLY_PATTERN, covered=covered)
