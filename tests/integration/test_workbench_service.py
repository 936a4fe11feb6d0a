"""The workbench's own reads: stalled hires, recent activity, the inbox's links, by scope."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterator

import pytest

from hrdesk import errors
from hrdesk.clock import FixedClock
from hrdesk.services import (
    applications,
    jobs,
    notifications,
    reminders,
    requisitions as reqs,
    tasks,
    workbench,
)
from tests.integration import plant as plant_


@dataclasses.dataclass
class Hires:
    plant: plant_.Plant
    early: uuid.UUID  # 张伟: applied first, screening overdue the longest
    late: uuid.UUID  # 李娜: applied an hour later, also overdue in screening
    tested: uuid.UUID  # 王芳: moved on to the practical test, overdue there, shortlisted
    fresh: uuid.UUID  # 赵敏: applied just now, not overdue


@pytest.fixture
def hires(admin_session, clock: FixedClock) -> Iterator[Hires]:  # type: ignore[no-untyped-def]
    # Monday 2026-11-02 17:00 Kunshan: screening is due two working days later.
    clock.tick = dt.timedelta(milliseconds=10)  # events keep their order
    plant = plant_.build(admin_session, clock)
    plant.sessions["admin"] = admin_session
    hr = plant.actor("hr.li")
    job = plant.job.id
    early = applications.apply(plant.ws, hr, plant.candidate("张伟", 1), job).application_id
    clock.advance(hours=1)
    late = applications.apply(plant.ws, hr, plant.candidate("李娜", 2), job).application_id
    tested = applications.apply(plant.ws, hr, plant.candidate("王芳", 3), job).application_id
    applications.advance(plant.ws, hr, tested)
    applications.set_shortlisted(plant.ws, hr, tested, True)
    applications.assign_interviewers(plant.ws, hr, tested, [plant.actor("int.wu").user_id])
    clock.advance(days=7)  # the next Monday: every stage entered last week is past its SLA
    fresh = applications.apply(plant.ws, hr, plant.candidate("赵敏", 4), job).application_id
    yield Hires(plant, early, late, tested, fresh)
    del plant.sessions["admin"]  # the fixture's own, closed by it
    plant.close()


def _stalled(hires: Hires, user: str) -> list[tuple[str, int, str]]:
    found = workbench.stalled_hires(hires.plant.ws, hires.plant.actor(user))
    return [(s.stage_name, s.count, s.worst.candidate_name) for s in found]


def test_stalled_hires_grouped_per_stage_with_the_worst_first(hires: Hires) -> None:
    found = workbench.stalled_hires(hires.plant.ws, hires.plant.actor("hr.li"))
    assert [(s.stage_name, s.count, s.worst.candidate_name) for s in found] == [
        ("简历筛选", 2, "张伟"), ("实操考核", 1, "王芳")]
    screening = found[0]
    worst = screening.worst
    assert (worst.application_id, worst.job_id, worst.job_title) == (
        hires.early, hires.plant.job.id, "数控车工")
    assert screening.job_code == hires.plant.job.code and worst.stage_id == screening.stage_id
    assert worst.due_at < hires.plant.clock.now()
    # Due Wednesday 17:00, now the next Monday 18:00: Thursday, Friday and an hour of
    # Monday morning... measured in working time, never the weekend.
    assert dt.timedelta(hours=8) < worst.overdue_by < dt.timedelta(days=3)
    assert found[1].worst.overdue_by < worst.overdue_by


def test_stalled_hires_stay_in_scope(hires: Hires) -> None:
    assert _stalled(hires, "hr.other") == []  # HR of the other plant
    # The workshop's head sees only the shortlisted one; the interviewer only its own.
    assert _stalled(hires, "lead.zhang") == [("实操考核", 1, "王芳")]
    assert _stalled(hires, "int.wu") == [("实操考核", 1, "王芳")]
    assert _stalled(hires, "int.zhou") == []
    assert _stalled(hires, "mgr.sun") == []  # another department
    with pytest.raises(errors.PermissionDenied):
        workbench.stalled_hires(hires.plant.ws, hires.plant.actor("admin"))


def test_moving_on_or_rejecting_clears_a_stalled_hire(hires: Hires) -> None:
    hr = hires.plant.actor("hr.li")
    applications.advance(hires.plant.ws, hr, hires.early)
    assert _stalled(hires, "hr.li") == [("简历筛选", 1, "李娜"), ("实操考核", 1, "王芳")]
    applications.reject(hires.plant.ws, hr, hires.late, "skills")
    assert _stalled(hires, "hr.li") == [("实操考核", 1, "王芳")]


def test_recent_activity_newest_first_with_names(hires: Hires) -> None:
    found = workbench.recent_activity(hires.plant.ws, hires.plant.actor("hr.li"), limit=3)
    assert len(found) == 3
    newest = found[0]
    assert (newest.kind, newest.candidate_name, newest.job_title, newest.actor_name) == (
        "applied", "赵敏", "数控车工", "hr.li")
    assert newest.application_id == hires.fresh and found[1].kind == "created"
    assert [a.at for a in found] == sorted((a.at for a in found), reverse=True)
    everything = workbench.recent_activity(hires.plant.ws, hires.plant.actor("hr.li"))
    kinds = {a.kind for a in everything}
    assert {"applied", "created", "interviewers_assigned", "job_opened"} <= kinds
    moved = next(a for a in everything if a.application_id == hires.tested
                 and a.to_stage is not None)
    assert moved.to_stage == "实操考核" and moved.candidate_name == "王芳"


def test_recent_activity_stays_in_scope(hires: Hires) -> None:
    plant = hires.plant

    def seen(user: str) -> set[uuid.UUID | None]:
        return {a.application_id for a in workbench.recent_activity(
            plant.ws, plant.actor(user), limit=200)}

    everyone = {hires.early, hires.late, hires.tested, hires.fresh}
    assert everyone <= seen("hr.li")
    assert seen("lead.zhang") & everyone == {hires.tested}
    assert seen("int.wu") & everyone == {hires.tested}
    assert seen("int.zhou") & everyone == set()
    # HR of the other plant: the shared pool's candidates, none of this plant's hiring.
    other = workbench.recent_activity(plant.ws, plant.actor("hr.other"), limit=200)
    assert not {a.application_id for a in other} & everyone
    assert not {a.job_id for a in other} & {plant.job.id}
    assert {a.kind for a in other} <= {"created"}
    # The administrator sees the job opened, no candidate.
    admin = workbench.recent_activity(plant.ws, plant.actor("admin"), limit=200)
    assert admin and all(a.candidate_id is None for a in admin)
    assert "job_opened" in {a.kind for a in admin}


def test_task_events_without_a_candidate_still_name_it(hires: Hires) -> None:
    plant = hires.plant
    hr = plant.actor("hr.li")
    [task] = [t for t in tasks.my_tasks(plant.ws, hr).overdue if t.application_id == hires.late]
    tasks.complete_task(plant.ws, hr, task.id)
    [done] = [a for a in workbench.recent_activity(plant.ws, hr, limit=5)
              if a.kind == "task_done"]
    assert (done.application_id, done.candidate_name, done.job_title) == (
        hires.late, "李娜", "数控车工")
    assert seen_by(plant, "lead.zhang", "task_done") == []  # not shortlisted: not its scope


def seen_by(plant: plant_.Plant, user: str, kind: str) -> list[workbench.Activity]:
    return [a for a in workbench.recent_activity(plant.ws, plant.actor(user), limit=200)
            if a.kind == kind]


def test_inbox_links_open_what_the_notice_is_about(hires: Hires) -> None:
    plant = hires.plant
    reminders.run(plant.ws)
    notices = workbench.inbox(plant.ws, plant.actor("hr.li"))
    overdue = [n for n in notices if n.notification.kind == "overdue"]
    assert overdue and all(n.target_kind == "application" for n in overdue)
    assert {hires.early, hires.late} <= {n.target_id for n in overdue}
    assert notifications.unread_count(plant.ws, plant.actor("hr.li")) == len(notices)


def test_overview_gathers_what_each_role_may_see(hires: Hires) -> None:
    plant = hires.plant
    reminders.run(plant.ws)
    seen = workbench.overview(plant.ws, plant.actor("hr.li"))
    assert len(seen.tasks.overdue) >= 2 and seen.approvals == ()
    assert seen.unread == len(seen.notices) > 0
    assert seen.stalled is not None and len(seen.stalled) == 2
    assert seen.activity
    admin = workbench.overview(plant.ws, plant.actor("admin"))
    assert admin.stalled is None and admin.approvals is None
    # The workshop head files a requisition of its own department: HR decides it.
    lead = plant.actor("lead.zhang")
    draft = reqs.RequisitionDraft(plant.workshop_id, "数控车工", 2, "expansion",
                                  salary_min=6000, salary_max=8000)
    filed = reqs.submit(plant.ws, lead, reqs.create_requisition(plant.ws, lead, draft).id)
    waiting = workbench.overview(plant.ws, plant.actor("mgr.wang"))
    assert [r.id for r in waiting.approvals or ()] == [filed.id]
    assert any(a.kind == "requisition_submitted" and a.requisition_number == filed.number
               for a in waiting.activity)
    assert jobs.list_jobs(plant.ws, plant.actor("hr.li"))  # nothing else disturbed
