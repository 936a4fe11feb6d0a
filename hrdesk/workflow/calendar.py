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
the application there). The calendar as HR sets it, ``CalendarSpec``, is a plain
value (``hrdesk.dto.calendars``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
from zoneinfo import ZoneInfo

import chinese_calendar

from hrdesk.dto.calendars import CalendarSpec

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

# Years probed for statutory data: far wider than any library release covers,
# so a future release that adds years is picked up without a code change.
_PROBE_YEARS = range(1990, 2101)


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
