"""The SLA clock: deadlines and elapsed time measured in a site's working time.

Working time is the union of the calendar's work periods on its working days,
each period half-open: with the default hours, 08:30 is working time and 12:00
is not. Every result is an aware UTC datetime or a ``timedelta``; inputs must
be aware datetimes in any zone.

Speed matters: the reminder pass asks about ~100,000 open tasks at once. So the
clock never steps through time. It lays a calendar's working periods out once,
as sorted UTC intervals with the working time accumulated before each, and then
answers every question with a binary search (see ``_Span``).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import threading
import weakref
from typing import Literal

from hrdesk.workflow import calendar as wcal

Unit = Literal["hours", "days"]

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_US = dt.timedelta(microseconds=1)
_HOUR_US = 3_600_000_000
# Safety net for a calendar that (through overrides) never works: stop looking
# for a working period this many years ahead instead of looping for ever.
_MAX_SPAN_YEARS = 200


def due_at(start: dt.datetime, amount: int, unit: Unit, calendar: wcal.WorkingCalendar
           ) -> dt.datetime:
    """When a task started at ``start`` with an SLA of ``amount`` ``unit`` is due (UTC).

    Both units first move a start outside working time forward to the next
    working period's start (the *anchor*; a start inside working time is its own
    anchor), because nobody can act on a task before the office opens.

    ``"hours"``: the earliest instant at which ``amount`` hours of working time
    have passed since the anchor. A deadline that exhausts a period exactly is
    the period's end, not the next period's start: Friday 16:30 + 1 h is Friday
    17:30, so the task is not reported overdue over the weekend either way.
    Friday 16:30 + 4 h is Monday 11:30 when Monday works (rest days, holidays
    and the whole 国庆 week are skipped). Hours are additive for any start:
    ``due_at(due_at(s, a), b) == due_at(s, a + b)`` when ``b > 0`` (with ``b == 0``
    a deadline at a period's end moves on to the next period's start).

    ``"days"``: the anchor's local time of day on the ``amount``-th working day
    after the anchor's date. Monday 10:00 + 2 days is Wednesday 10:00; Friday
    16:30 + 1 day is Monday 16:30; Monday 12:30 (lunch) + 1 day is Tuesday 13:00;
    Saturday or Friday 18:00 + 1 day is Tuesday 08:30 (anchored at Monday 08:30).
    All work periods are the same every day, so the result is working time.

    ``amount`` 0 returns the anchor. A zone with daylight saving time can make
    the local time of day of a ``"days"`` deadline fall in a gap; ``zoneinfo``
    then resolves it as usual (fold 0). China has no DST.
    """
    if amount < 0:
        raise ValueError(f"an SLA amount cannot be negative: {amount}")
    if unit not in ("hours", "days"):
        raise ValueError(f"unknown SLA unit: {unit!r}")
    timeline = _timeline(calendar)
    at = _micros(start)
    if unit == "hours":
        return _instant(timeline.after_working(at, amount * _HOUR_US))
    return timeline.working_days_after(at, amount)


def working_time_between(a: dt.datetime, b: dt.datetime, calendar: wcal.WorkingCalendar
                         ) -> dt.timedelta:
    """Working time from ``a`` to ``b``; negative when ``b`` comes first.

    Used for "days in stage" and overdue figures. Exact to the microsecond, so
    ``working_time_between(s, due_at(s, n, "hours")) == timedelta(hours=n)``.
    """
    timeline = _timeline(calendar)
    return timeline.between(_micros(a), _micros(b)) * _US


def overdue_by(due: dt.datetime, now: dt.datetime, calendar: wcal.WorkingCalendar
               ) -> dt.timedelta:
    """Working time elapsed since ``due``; zero while the task is not yet due.

    A task is overdue as soon as ``now > due``; this says by how much *working*
    time, which stays zero over a weekend that follows a Friday-evening deadline.
    """
    if now <= due:
        return dt.timedelta()
    return working_time_between(due, now, calendar)


# --- the laid-out working time --------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Span:
    """A calendar's working periods for whole local years ``first``…``last``.

    Instants are integer microseconds since the Unix epoch: exact, so the
    additivity and round-trip guarantees hold without rounding. Interval ``i``
    is ``[starts[i], ends[i])``; ``done[i]`` is the working time from the span's
    beginning to ``starts[i]``, ``done_end[i]`` the same to ``ends[i]``. A
    snapshot is never changed, only replaced, so readers on other threads
    always see a consistent one.
    """

    first: int
    last: int
    begin: int  # local midnight opening year ``first``
    finish: int  # local midnight after year ``last``
    starts: list[int]
    ends: list[int]
    done: list[int]
    done_end: list[int]
    day_of: list[int]  # interval -> index into ``days``
    days: list[int]  # ordinals of the span's working days, ascending
    local_start: list[dt.time]  # interval -> its period's local start time

    def worked(self, at: int) -> int:
        """Working time from the span's beginning to ``at`` (which must lie in the span)."""
        i = bisect.bisect_right(self.starts, at) - 1
        if i < 0:
            return 0
        return self.done[i] + min(at, self.ends[i]) - self.starts[i]


class _Timeline:
    """The growing ``_Span`` of one calendar, extended a year at a time on demand."""

    def __init__(self, calendar: wcal.WorkingCalendar) -> None:
        self._calendar = calendar
        self._lock = threading.Lock()
        self._span: _Span | None = None

    def between(self, a: int, b: int) -> int:
        span = self._covering(a, b)
        return span.worked(b) - span.worked(a)

    def after_working(self, at: int, amount: int) -> int:
        """The earliest instant with ``amount`` working time since ``at``'s anchor."""
        if amount == 0:
            return self._anchor(at)[1]
        while True:
            span = self._covering(at, at)
            target = span.worked(at) + amount
            j = bisect.bisect_left(span.done_end, target)
            if j < len(span.done_end):
                return span.starts[j] + target - span.done[j]
            self._grow(span.last + 1, span.last + 1)

    def working_days_after(self, at: int, days: int) -> dt.datetime:
        span, anchor, i = self._anchor(at)
        zone = self._calendar.zone
        if anchor == at:
            local_time = _instant(at).astimezone(zone).time()
        else:
            local_time = span.local_start[i]
        anchor_day = span.days[span.day_of[i]]
        while True:
            # Look the anchor day up again after growing: another thread may have
            # added earlier years, which shifts every index.
            k = bisect.bisect_left(span.days, anchor_day) + days
            if k < len(span.days):
                break
            span = self._grow(span.last + 1, span.last + 1)
        day = dt.date.fromordinal(span.days[k])
        return dt.datetime.combine(day, local_time, tzinfo=zone).astimezone(dt.UTC)

    def _anchor(self, at: int) -> tuple[_Span, int, int]:
        """(span, first working instant at or after ``at``, the interval holding it)."""
        span = self._covering(at, at)
        while True:
            i = bisect.bisect_right(span.starts, at) - 1
            if i >= 0 and at < span.ends[i]:
                return span, at, i
            if i + 1 < len(span.starts):
                return span, span.starts[i + 1], i + 1
            span = self._grow(span.last + 1, span.last + 1)

    def _covering(self, a: int, b: int) -> _Span:
        span = self._span
        if span is not None and span.begin <= min(a, b) and max(a, b) < span.finish:
            return span
        zone = self._calendar.zone
        years = [_instant(x).astimezone(zone).year for x in (a, b)]
        # One year of margin each way: neighbouring tasks rarely force a rebuild.
        span = self._grow(min(years) - 1, max(years) + 1)
        return span

    def _grow(self, first: int, last: int) -> _Span:
        """The span widened to include local years ``first``…``last``."""
        with self._lock:
            span = self._span
            if span is not None:
                first, last = min(first, span.first), max(last, span.last)
                if (first, last) == (span.first, span.last):
                    return span
            if last - first > _MAX_SPAN_YEARS:
                raise ValueError(f"no working time within {_MAX_SPAN_YEARS} years: {self._calendar}")
            self._span = _lay_out(self._calendar, first, last)
            return self._span


def _lay_out(calendar: wcal.WorkingCalendar, first: int, last: int) -> _Span:
    zone = calendar.zone
    starts: list[int] = []
    ends: list[int] = []
    done: list[int] = []
    done_end: list[int] = []
    day_of: list[int] = []
    days: list[int] = []
    local_start: list[dt.time] = []
    total = 0
    for ordinal in range(dt.date(first, 1, 1).toordinal(), dt.date(last + 1, 1, 1).toordinal()):
        day = dt.date.fromordinal(ordinal)
        if not calendar.is_working_day(day):
            continue
        days.append(ordinal)
        for period in calendar.periods:
            begin = _micros(dt.datetime.combine(day, period.start, tzinfo=zone))
            end = _micros(dt.datetime.combine(day, period.end, tzinfo=zone))
            if end <= begin:  # a period swallowed by a DST change: nothing to work
                continue
            starts.append(begin)
            ends.append(end)
            done.append(total)
            total += end - begin
            done_end.append(total)
            day_of.append(len(days) - 1)
            local_start.append(period.start)
    return _Span(
        first=first,
        last=last,
        begin=_micros(dt.datetime(first, 1, 1, tzinfo=zone)),
        finish=_micros(dt.datetime(last + 1, 1, 1, tzinfo=zone)),
        starts=starts,
        ends=ends,
        done=done,
        done_end=done_end,
        day_of=day_of,
        days=days,
        local_start=local_start,
    )


# One timeline per calendar object, dropped with the calendar: services build a
# calendar per site and keep it as long as the site's settings do not change.
_timelines: weakref.WeakKeyDictionary[wcal.WorkingCalendar, _Timeline] = (
    weakref.WeakKeyDictionary()
)
_timelines_lock = threading.Lock()


def _timeline(calendar: wcal.WorkingCalendar) -> _Timeline:
    timeline = _timelines.get(calendar)
    if timeline is None:
        with _timelines_lock:
            timeline = _timelines.get(calendar)
            if timeline is None:
                timeline = _timelines[calendar] = _Timeline(calendar)
    return timeline


def _micros(value: dt.datetime) -> int:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"the SLA clock needs aware datetimes, got {value!r}")
    return (value - _EPOCH) // _US


def _instant(micros: int) -> dt.datetime:
    return _EPOCH + micros * _US
