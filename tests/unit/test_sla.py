"""The SLA clock: deadlines and elapsed time in working time only."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from hrdesk.dto.calendars import SIX_DAY_WEEK, CalendarSpec
from hrdesk.workflow import calendar as wcal, sla

OFFICE = wcal.WorkingCalendar()
SIX_DAY_PLANT = wcal.WorkingCalendar(CalendarSpec(working_weekdays=SIX_DAY_WEEK))
BEIJING = OFFICE.zone
H = dt.timedelta(hours=1)


def local(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=BEIJING)  # type: ignore[misc]


def due(start: dt.datetime, amount: int, unit: sla.Unit = "hours",
        calendar: wcal.WorkingCalendar = OFFICE) -> dt.datetime:
    return sla.due_at(start, amount, unit, calendar).astimezone(BEIJING)


# --- working hours ----------------------------------------------------------------------


def test_friday_afternoon_task_is_due_monday_morning() -> None:
    assert due(local(2025, 11, 14, 16, 30), 4) == local(2025, 11, 17, 11, 30)


def test_the_whole_national_day_week_is_skipped() -> None:
    # Tuesday 30 Sep: 1 h that day, then 1–8 Oct rest, then Thursday 9 Oct.
    assert due(local(2025, 9, 30, 16, 30), 4) == local(2025, 10, 9, 11, 30)


def test_a_make_up_sunday_counts_as_working_time() -> None:
    assert due(local(2025, 9, 26, 16, 30), 4) == local(2025, 9, 28, 11, 30)


def test_new_year_2026_skips_to_the_make_up_sunday() -> None:
    assert due(local(2025, 12, 31, 16, 30), 4) == local(2026, 1, 4, 11, 30)


def test_six_day_plant_works_saturday_morning() -> None:
    assert due(local(2025, 11, 14, 16, 30), 4, calendar=SIX_DAY_PLANT) == local(2025, 11, 15, 11, 30)


def test_plant_shutdown_is_skipped() -> None:
    shutdown = frozenset({dt.date(2025, 11, 17), dt.date(2025, 11, 18)})
    plant = wcal.WorkingCalendar(CalendarSpec(rest_days=shutdown))
    assert due(local(2025, 11, 14, 16, 30), 4, calendar=plant) == local(2025, 11, 19, 11, 30)


def test_lunch_break_does_not_count() -> None:
    assert due(local(2025, 11, 17, 11, 0), 2) == local(2025, 11, 17, 14, 0)
    assert due(local(2025, 11, 17, 12, 30), 1) == local(2025, 11, 17, 14, 0)


def test_a_deadline_that_uses_up_a_period_is_its_end() -> None:
    assert due(local(2025, 11, 17, 11, 0), 1) == local(2025, 11, 17, 12, 0)
    assert due(local(2025, 11, 14, 16, 30), 1) == local(2025, 11, 14, 17, 30)


def test_a_start_outside_working_time_counts_from_the_next_period() -> None:
    assert due(local(2025, 11, 15, 10, 0), 1) == local(2025, 11, 17, 9, 30)  # Saturday
    assert due(local(2025, 11, 17, 6, 0), 0) == local(2025, 11, 17, 8, 30)


def test_hours_follow_the_sites_own_time_zone() -> None:
    urumqi = wcal.WorkingCalendar(CalendarSpec(time_zone="Asia/Urumqi"))  # UTC+6
    # 08:30 Beijing is 06:30 in Urumqi, before the plant opens at 08:30 its time.
    assert due(local(2025, 11, 17, 8, 30), 1, calendar=urumqi) == local(2025, 11, 17, 11, 30)


def test_results_are_utc() -> None:
    assert sla.due_at(local(2025, 11, 17, 9, 0), 1, "hours", OFFICE).tzinfo is dt.UTC


# --- working days -----------------------------------------------------------------------


def test_days_keep_the_time_of_day() -> None:
    assert due(local(2025, 11, 17, 10, 0), 2, "days") == local(2025, 11, 19, 10, 0)
    assert due(local(2025, 11, 14, 16, 30), 1, "days") == local(2025, 11, 17, 16, 30)


def test_days_from_outside_working_time_start_at_the_next_period() -> None:
    assert due(local(2025, 11, 14, 18, 0), 1, "days") == local(2025, 11, 18, 8, 30)
    assert due(local(2025, 11, 17, 12, 30), 1, "days") == local(2025, 11, 18, 13, 0)
    assert due(local(2025, 11, 17, 17, 30), 0, "days") == local(2025, 11, 18, 8, 30)


def test_days_across_spring_festival_2026() -> None:
    friday = local(2026, 2, 13, 10, 0)
    assert due(friday, 1, "days") == local(2026, 2, 14, 10, 0)  # make-up Saturday
    assert due(friday, 2, "days") == local(2026, 2, 24, 10, 0)


def test_a_year_without_holiday_data_still_gets_a_deadline() -> None:
    year = max(wcal.covered_years()) + 1
    monday = dt.date(year, 3, 1) + dt.timedelta(days=-dt.date(year, 3, 1).weekday() + 7)
    start = dt.datetime.combine(monday, dt.time(10), tzinfo=BEIJING)
    assert due(start, 5, "days") == start + dt.timedelta(days=7)


@pytest.mark.parametrize(("start", "amount", "unit"), [
    (dt.datetime(2025, 11, 17, 9), 1, "hours"),  # naive
    (local(2025, 11, 17, 9), -1, "hours"),
    (local(2025, 11, 17, 9), 1, "weeks"),
])
def test_bad_arguments_are_refused(start: dt.datetime, amount: int, unit: sla.Unit) -> None:
    with pytest.raises(ValueError):
        sla.due_at(start, amount, unit, OFFICE)


# --- elapsed and overdue ----------------------------------------------------------------


def test_working_time_between_skips_nights_and_weekends() -> None:
    friday, monday = local(2025, 11, 14, 17, 0), local(2025, 11, 17, 9, 0)
    assert sla.working_time_between(friday, monday, OFFICE) == H
    assert sla.working_time_between(monday, friday, OFFICE) == -H


def test_overdue_by_counts_working_time_after_the_deadline() -> None:
    deadline = local(2025, 11, 14, 17, 30)
    assert sla.overdue_by(deadline, local(2025, 11, 14, 16, 0), OFFICE) == dt.timedelta()
    assert sla.overdue_by(deadline, local(2025, 11, 15, 16, 0), OFFICE) == dt.timedelta()
    assert sla.overdue_by(deadline, local(2025, 11, 17, 9, 30), OFFICE) == H


# --- properties -------------------------------------------------------------------------

_starts = st.datetimes(dt.datetime(2025, 1, 1), dt.datetime(2026, 12, 31), timezones=st.just(dt.UTC))
_hours = st.integers(0, 300)
_calendars = st.sampled_from([OFFICE, SIX_DAY_PLANT])


def _in_or_at_end_of_a_period(instant: dt.datetime, calendar: wcal.WorkingCalendar) -> bool:
    here = instant.astimezone(calendar.zone)
    return calendar.is_working_day(here.date()) and any(
        p.start <= here.time() <= p.end for p in calendar.periods)


def _reference_working_time(a: dt.datetime, b: dt.datetime, calendar: wcal.WorkingCalendar
                            ) -> dt.timedelta:
    """The obvious day-by-day sum, to check the fast clock against."""
    total = dt.timedelta()
    day = a.astimezone(calendar.zone).date() - dt.timedelta(days=1)
    while day <= b.astimezone(calendar.zone).date():
        if calendar.is_working_day(day):
            for p in calendar.periods:
                lo = max(a, dt.datetime.combine(day, p.start, tzinfo=calendar.zone))
                hi = min(b, dt.datetime.combine(day, p.end, tzinfo=calendar.zone))
                total += max(hi - lo, dt.timedelta())
        day += dt.timedelta(days=1)
    return total


@settings(deadline=None)
@given(start=_starts, a=_hours, b=_hours, unit=st.sampled_from(["hours", "days"]),
       calendar=_calendars)
def test_due_at_is_monotonic_in_amount(start: dt.datetime, a: int, b: int, unit: sla.Unit,
                                       calendar: wcal.WorkingCalendar) -> None:
    low, high = sorted((a, b))
    assert sla.due_at(start, low, unit, calendar) <= sla.due_at(start, high, unit, calendar)


@settings(deadline=None)
@given(start=_starts, a=_hours, b=st.integers(1, 300), calendar=_calendars)
def test_hours_add_up(start: dt.datetime, a: int, b: int, calendar: wcal.WorkingCalendar) -> None:
    first = sla.due_at(start, a, "hours", calendar)
    assert sla.due_at(first, b, "hours", calendar) == sla.due_at(start, a + b, "hours", calendar)


@settings(deadline=None)
@given(start=_starts, n=_hours, calendar=_calendars)
def test_the_time_granted_is_the_working_time_until_due(start: dt.datetime, n: int,
                                                        calendar: wcal.WorkingCalendar) -> None:
    deadline = sla.due_at(start, n, "hours", calendar)
    assert sla.working_time_between(start, deadline, calendar) == n * H
    assert _in_or_at_end_of_a_period(deadline, calendar)


@settings(deadline=None)
@given(start=_starts, n=st.integers(0, 60), calendar=_calendars)
def test_working_days_are_whole_working_days(start: dt.datetime, n: int,
                                             calendar: wcal.WorkingCalendar) -> None:
    deadline = sla.due_at(start, n, "days", calendar)
    assert sla.working_time_between(start, deadline, calendar) == n * calendar.day_length
    here = deadline.astimezone(calendar.zone)
    assert calendar.is_working_day(here.date())
    assert any(p.start <= here.time() < p.end for p in calendar.periods)


@settings(deadline=None)
@given(a=_starts, span=st.timedeltas(dt.timedelta(), dt.timedelta(days=30)), calendar=_calendars)
def test_working_time_between_matches_the_day_by_day_sum(a: dt.datetime, span: dt.timedelta,
                                                         calendar: wcal.WorkingCalendar) -> None:
    b = a + span
    assert sla.working_time_between(a, b, calendar) == _reference_working_time(a, b, calendar)
