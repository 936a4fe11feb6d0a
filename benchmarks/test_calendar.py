"""SLA clock timing: one reminder pass over 100,000 open tasks.

The pass asks, per task, when it is due and how much working time it has spent
in its stage. Target: well under 2 s, including laying out each site's calendar
from cold, since a pass builds its calendars afresh from the stored specs.
"""

from __future__ import annotations

import datetime as dt
import random

from hrdesk.dto.calendars import SIX_DAY_WEEK, CalendarSpec
from hrdesk.workflow import calendar as wcal, sla

TASKS = 100_000
SPECS = (
    CalendarSpec(),
    CalendarSpec(
        working_weekdays=SIX_DAY_WEEK,
        rest_days=frozenset({dt.date(2025, 7, 14) + dt.timedelta(days=n) for n in range(7)}),
    ),
)


def _tasks() -> list[tuple[int, dt.datetime, dt.datetime, int, sla.Unit]]:
    """Starts spread over 2025–2026, in and out of working time, across holidays."""
    rng = random.Random(20251001)
    first = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    tasks = []
    for _ in range(TASKS):
        start = first + dt.timedelta(seconds=rng.randrange(730 * 86_400))
        now = start + dt.timedelta(seconds=rng.randrange(90 * 86_400))
        unit: sla.Unit = rng.choice(("hours", "days"))
        amount = rng.randrange(1, 73) if unit == "hours" else rng.randrange(1, 16)
        tasks.append((rng.randrange(len(SPECS)), start, now, amount, unit))
    return tasks


def test_reminder_pass_over_100000_tasks(benchmark) -> None:  # type: ignore[no-untyped-def]
    tasks = _tasks()

    def reminder_pass() -> int:
        calendars = [wcal.WorkingCalendar(spec) for spec in SPECS]
        overdue = 0
        for site, start, now, amount, unit in tasks:
            calendar = calendars[site]
            deadline = sla.due_at(start, amount, unit, calendar)
            sla.working_time_between(start, now, calendar)
            overdue += now > deadline
        return overdue

    overdue = benchmark.pedantic(reminder_pass, rounds=5, iterations=1)
    assert 0 < overdue < TASKS
