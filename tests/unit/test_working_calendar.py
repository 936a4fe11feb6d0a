"""Which days a site works: overrides, Chinese statutory holidays, weekly pattern."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import chinese_calendar
import pytest
from hypothesis import given, strategies as st

from hrdesk.dto.calendars import SIX_DAY_WEEK, CalendarSpec, WorkPeriod
from hrdesk.workflow import calendar as wcal

D = dt.date
OFFICE = wcal.WorkingCalendar()
SIX_DAY_PLANT = wcal.WorkingCalendar(CalendarSpec(working_weekdays=SIX_DAY_WEEK))


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


# --- statutory holidays and make-up days (dates checked against the State Council notices)


def test_2025_national_day_week_is_rest_including_its_weekdays() -> None:
    for day in _days(D(2025, 10, 1), D(2025, 10, 8)):
        decision = OFFICE.decide(day)
        assert not decision.working, day
        assert decision.source is wcal.DaySource.STATUTORY_HOLIDAY
    assert OFFICE.is_working_day(D(2025, 10, 9))


@pytest.mark.parametrize("day", [D(2025, 9, 28), D(2025, 10, 11)])  # a Sunday, a Saturday
def test_2025_national_day_make_up_weekend_days_are_working_days(day: dt.date) -> None:
    decision = OFFICE.decide(day)
    assert day.weekday() >= 5
    assert decision.working
    assert decision.source is wcal.DaySource.MAKEUP_WORKDAY
    assert decision.holiday_name == "National Day"


def test_2026_spring_festival_and_its_make_up_saturdays() -> None:
    assert not any(OFFICE.is_working_day(d) for d in _days(D(2026, 2, 15), D(2026, 2, 23)))
    assert OFFICE.decide(D(2026, 2, 17)).holiday_name == "Spring Festival"
    assert OFFICE.is_working_day(D(2026, 2, 14))  # Saturday before
    assert OFFICE.is_working_day(D(2026, 2, 28))  # Saturday after
    assert OFFICE.is_working_day(D(2026, 2, 24))


def test_five_day_office_agrees_with_the_library_on_every_day_of_2025_and_2026() -> None:
    for day in _days(D(2025, 1, 1), D(2026, 12, 31)):
        assert OFFICE.is_working_day(day) == chinese_calendar.is_workday(day), day


# --- the site's weekly pattern and its own overrides ------------------------------------


def test_six_day_plant_works_ordinary_saturdays_but_not_holiday_saturdays() -> None:
    assert SIX_DAY_PLANT.is_working_day(D(2025, 10, 18))  # ordinary Saturday
    assert not OFFICE.is_working_day(D(2025, 10, 18))
    assert not SIX_DAY_PLANT.is_working_day(D(2025, 10, 4))  # Saturday in 国庆
    assert not SIX_DAY_PLANT.is_working_day(D(2025, 10, 19))  # ordinary Sunday
    assert SIX_DAY_PLANT.is_working_day(D(2025, 9, 28))  # make-up Sunday


def test_site_overrides_beat_the_statutory_rule_and_the_weekly_pattern() -> None:
    plant = wcal.WorkingCalendar(CalendarSpec(
        rest_days=frozenset({D(2025, 9, 28), D(2025, 7, 15)}),  # make-up day, shutdown Tuesday
        extra_working_days=frozenset({D(2025, 10, 3), D(2025, 10, 18)}),  # 国庆 day, Saturday
    ))
    assert plant.decide(D(2025, 9, 28)) == wcal.DayDecision(False, wcal.DaySource.SITE_REST)
    assert not plant.is_working_day(D(2025, 7, 15))
    assert plant.decide(D(2025, 10, 3)) == wcal.DayDecision(True, wcal.DaySource.SITE_WORK)
    assert plant.is_working_day(D(2025, 10, 18))
    assert not plant.is_working_day(D(2025, 10, 2))  # the rest of the holiday is untouched


# --- years the library does not know ----------------------------------------------------


def test_covered_years_include_2025_and_2026() -> None:
    years = OFFICE.covered_years()
    assert 2025 in years and 2026 in years
    assert OFFICE.is_covered(D(2026, 12, 31))


@pytest.mark.parametrize("year", [min(wcal.covered_years()) - 1, max(wcal.covered_years()) + 1])
def test_a_year_without_holiday_data_falls_back_to_the_weekly_pattern(year: int) -> None:
    assert not OFFICE.is_covered(D(year, 10, 1))
    for day in _days(D(year, 10, 1), D(year, 10, 7)):
        decision = OFFICE.decide(day)
        assert decision.working == (day.weekday() < 5)
        assert decision.source is wcal.DaySource.WEEKLY_PATTERN
        assert not decision.covered


def test_site_overrides_still_apply_in_an_uncovered_year() -> None:
    year = max(wcal.covered_years()) + 1
    plant = wcal.WorkingCalendar(CalendarSpec(rest_days=frozenset({D(year, 10, 1)})))
    assert plant.decide(D(year, 10, 1)).source is wcal.DaySource.SITE_REST


# --- the spec as data -------------------------------------------------------------------


def test_default_day_is_eight_hours_with_a_lunch_break() -> None:
    assert OFFICE.day_length == dt.timedelta(hours=8)
    assert [(p.start, p.end) for p in OFFICE.periods] == [
        (dt.time(8, 30), dt.time(12)), (dt.time(13), dt.time(17, 30))]
    assert OFFICE.spec.time_zone == "Asia/Shanghai"


def test_from_dict_fills_missing_keys_with_defaults() -> None:
    assert CalendarSpec.from_dict({}) == CalendarSpec()
    spec = CalendarSpec.from_dict({"working_weekdays": [0, 1, 2, 3, 4, 5]})
    assert spec.working_weekdays == SIX_DAY_WEEK


@pytest.mark.parametrize("kwargs", [
    {"working_weekdays": frozenset()},
    {"working_weekdays": frozenset({7})},
    {"periods": ()},
    {"periods": (WorkPeriod(dt.time(8), dt.time(12)),
                 WorkPeriod(dt.time(11), dt.time(17)))},
    {"rest_days": frozenset({D(2025, 5, 6)}), "extra_working_days": frozenset({D(2025, 5, 6)})},
])
def test_inconsistent_specs_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        CalendarSpec(**kwargs)  # type: ignore[arg-type]


def test_a_period_must_end_after_it_starts() -> None:
    with pytest.raises(ValueError):
        WorkPeriod(dt.time(17, 30), dt.time(8, 30))


def test_an_unknown_time_zone_is_refused() -> None:
    with pytest.raises(zoneinfo.ZoneInfoNotFoundError):
        wcal.WorkingCalendar(CalendarSpec(time_zone="Asia/Nowhere"))


_times = st.times().map(lambda t: t.replace(microsecond=0))
_periods = st.lists(_times, min_size=2, max_size=6, unique=True).map(sorted).map(  # an odd last time is dropped
    lambda ts: tuple(WorkPeriod(a, b) for a, b in zip(ts[::2], ts[1::2], strict=False))
).filter(bool)
_dates = st.frozensets(st.dates(D(2020, 1, 1), D(2030, 12, 31)), max_size=8)


@given(
    weekdays=st.frozensets(st.integers(0, 6), min_size=1),
    periods=_periods,
    rest=_dates,
    work=_dates,
    zone=st.sampled_from(["Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong"]),
)
def test_spec_survives_a_json_round_trip(weekdays: frozenset[int],
                                         periods: tuple[WorkPeriod, ...],
                                         rest: frozenset[dt.date], work: frozenset[dt.date],
                                         zone: str) -> None:
    spec = CalendarSpec(weekdays, periods, rest, work - rest, zone)
    assert CalendarSpec.from_dict(json.loads(json.dumps(spec.to_dict()))) == spec
