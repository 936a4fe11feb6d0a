"""The reminder pass: due soon, overdue, escalation up the head chain, deterministic."""

from __future__ import annotations

import datetime as dt

import pytest

from hrdesk.clock import FixedClock
from hrdesk.services import applications, notifications, reminders
from tests.integration import plant as plant_


def _kinds(plant, user: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.kind for n in notifications.inbox(plant.ws, plant.actor(user))]


def test_reminder_then_overdue_then_escalation_up_the_chain(plant) -> None:  # type: ignore[no-untyped-def]
    # Monday 2026-11-02 17:00 Beijing: screening is due two working days later.
    hr = plant.actor("hr.li")
    applications.apply(plant.ws, hr, plant.candidate("张伟", 1), plant.job.id)
    assert reminders.run(plant.ws) == reminders.RemindSummary(0, 0, 0)
    plant.clock.advance(hours=44)  # Wednesday 13:00 local: four hours before due
    assert reminders.run(plant.ws) == reminders.RemindSummary(1, 0, 0)
    assert reminders.run(plant.ws) == reminders.RemindSummary(0, 0, 0)  # the rhythm holds
    plant.clock.advance(hours=24)  # Thursday 13:00: overdue by four working hours
    assert reminders.run(plant.ws) == reminders.RemindSummary(0, 1, 0)
    plant.clock.advance(hours=24)  # Friday 13:00: overdue by 12 working hours → level 1
    assert reminders.run(plant.ws) == reminders.RemindSummary(0, 1, 1)
    assert _kinds(plant, "hr.li") == ["overdue", "overdue", "reminder"]
    assert _kinds(plant, "lead.zhang") == ["escalation"]  # head of the job's department
    plant.clock.advance(days=3)  # Monday 13:00: 20 working hours → level 2, the parent head
    assert reminders.run(plant.ws).escalated == 1
    assert _kinds(plant, "mgr.wang") == ["escalation"]


def test_a_late_pass_climbs_every_level_it_missed(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    applications.apply(plant.ws, hr, plant.candidate("李娜", 2), plant.job.id)
    plant.clock.advance(days=14)
    summary = reminders.run(plant.ws)
    assert summary.overdue == 1 and summary.escalated == 2  # only two heads above
    assert _kinds(plant, "lead.zhang") == ["escalation"]
    assert _kinds(plant, "mgr.wang") == ["escalation"]


def test_moving_on_stops_the_reminders_of_the_old_stage(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    app = applications.apply(plant.ws, hr, plant.candidate("王芳", 3), plant.job.id)
    applications.advance(plant.ws, hr, app.application_id)
    plant.clock.advance(days=1)
    reminders.run(plant.ws)
    assert "reminder" not in _kinds(plant, "hr.li")


def test_the_cli_runs_the_same_pass(plant, capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from hrdesk.locations import SqliteLocation
    from hrdesk_app import main

    if not isinstance(plant.location, SqliteLocation):
        pytest.skip("the CLI test needs a file path")
    applications.apply(plant.ws, plant.actor("hr.li"), plant.candidate("赵敏", 4), plant.job.id)
    monkeypatch.setenv("HRDESK_PASSWORD", plant_.PASSWORD)
    later = FixedClock(plant.clock.now() + dt.timedelta(days=10))
    assert main(["--db", str(plant.location.path), "remind", "--user", "hr.li"], later) == 0
    assert "1 overdue" in capsys.readouterr().out


def test_a_pinned_clock_is_refused_outside_a_demo_database(  # type: ignore[no-untyped-def]
        plant, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """HRDESK_NOW once let a locked-out user sign in and back-dated audit entries."""
    from hrdesk.locations import SqliteLocation
    from hrdesk_app import main

    if not isinstance(plant.location, SqliteLocation):
        pytest.skip("the CLI test needs a file path")
    monkeypatch.setenv("HRDESK_PASSWORD", plant_.PASSWORD)
    monkeypatch.setenv("HRDESK_NOW", "2099-01-01T00:00:00+08:00")
    before = _audit_length(plant)
    assert main(["--db", str(plant.location.path), "remind", "--user", "hr.li"]) == 1
    assert "HRDESK_NOW" in capsys.readouterr().err
    assert _audit_length(plant) == before


def _audit_length(plant) -> int:  # type: ignore[no-untyped-def]
    from hrdesk.security import audit

    with plant.ws.db.unit_of_work(read_only=True) as uow:
        return audit.chain_length(uow.session)
