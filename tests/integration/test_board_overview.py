""""All my jobs": open applications counted per phase, overdue ones, and scope."""

from __future__ import annotations

import datetime as dt

import pytest

from hrdesk.clock import FixedClock
from hrdesk.services import applications, boards, jobs, pipelines
from tests.integration import plant as plant_


@pytest.fixture
def plant(admin_session, clock: FixedClock):  # type: ignore[no-untyped-def]
    clock.tick = dt.timedelta(milliseconds=10)
    built = plant_.build(admin_session, clock)
    yield built
    built.close()


def test_open_applications_are_counted_per_phase_with_the_overdue_ones(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    first = applications.apply(plant.ws, hr, plant.candidate("张伟", 1), plant.job.id)
    applications.apply(plant.ws, hr, plant.candidate("李强", 2), plant.job.id)
    rejected = applications.apply(plant.ws, hr, plant.candidate("王磊", 3), plant.job.id)
    applications.reject(plant.ws, hr, rejected.application_id, "skills")
    applications.advance(plant.ws, hr, first.application_id)  # 简历筛选 → 实操考核
    plant.clock.advance(days=10)  # far past every SLA

    [row] = boards.overview(plant.ws, hr)

    assert (row.job_id, row.code, row.headcount, row.hired) == (
        plant.job.id, plant.job.code, 3, 0)
    assert row.in_phase == {"screening": 2, "interview": 0, "offer": 0, "onboarding": 0,
                            "probation": 0}
    assert row.open_applications == 2  # the rejected one is not open
    assert row.overdue == 2


def test_closed_jobs_are_left_out_unless_asked_for(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    [template] = [t for t in pipelines.list_templates(plant.ws, hr) if t.name == "技能工人"]
    other = jobs.create_job(plant.ws, hr, jobs.JobDraft("焊工", plant.workshop_id, 1,
                                                         template.id, template.job_type))
    jobs.update_job(plant.ws, hr, other.id, other.version, status="closed")

    assert [r.title for r in boards.overview(plant.ws, hr)] == ["数控车工"]
    assert sorted(r.title for r in boards.overview(plant.ws, hr, include_closed_jobs=True)) \
        == ["数控车工", "焊工"]


def test_an_interviewer_counts_only_the_applications_assigned_to_them(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    mine = applications.apply(plant.ws, hr, plant.candidate("张伟", 1), plant.job.id)
    applications.apply(plant.ws, hr, plant.candidate("李强", 2), plant.job.id)
    applications.assign_interviewers(plant.ws, hr, mine.application_id,
                                     [plant["int.zhou"].actor.user_id])

    rows = boards.overview(plant.ws, plant.actor("int.zhou"))

    assert [r.open_applications for r in rows] == [1]
    assert boards.overview(plant.ws, plant.actor("hr.other")) == []


def test_a_board_carries_the_latest_closed_cards_and_counts_them_all(  # type: ignore[no-untyped-def]
        plant, monkeypatch) -> None:
    hr = plant.actor("hr.li")
    for serial, name in enumerate(("张伟", "李强", "王磊"), start=1):
        app = applications.apply(plant.ws, hr, plant.candidate(name, serial), plant.job.id)
        if name != "王磊":
            applications.reject(plant.ws, hr, app.application_id, "skills")
    monkeypatch.setattr(boards, "CLOSED_SHOWN", 1)

    board = boards.load(plant.ws, hr, plant.job.id)

    assert [c.name for c in board.closed] == ["李强"]  # the most recent one
    assert board.closed_totals == {"rejected": 2}
    assert [c.name for c in board.columns[0].cards] == ["王磊"]
    assert boards.load(plant.ws, hr, plant.job.id, include_closed=False).closed == ()
