"""Applications moving through a pipeline: moves, refusals, timeline, tasks, scope."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from hrdesk import errors, i18n
from hrdesk.clock import FixedClock
from hrdesk.models.applications import TimelineEvent
from hrdesk.services import applications, boards, notifications, tasks
from tests.integration import plant as plant_


@pytest.fixture
def plant(admin_session, clock: FixedClock):  # type: ignore[no-untyped-def]
    clock.tick = dt.timedelta(milliseconds=10)
    built = plant_.build(admin_session, clock)
    yield built
    built.close()


def _chinese(text) -> str:  # type: ignore[no-untyped-def]
    """A stored task or notice as a reader of the Chinese interface sees it."""
    return i18n.describe_said(text, chinese=True)


def _stage_names(plant, job_id) -> list[str]:  # type: ignore[no-untyped-def]
    board = boards.load(plant.ws, plant.actor("hr.li"), job_id)
    return [c.name for c in board.columns]


def _events(plant, application_id) -> list[str]:  # type: ignore[no-untyped-def]
    with plant.ws.db.unit_of_work(read_only=True) as uow:
        return list(uow.session.scalars(select(TimelineEvent.kind)
                                        .where(TimelineEvent.application_id == application_id)
                                        .order_by(TimelineEvent.at)))


def test_apply_and_advance_writes_timeline_and_tasks(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    person = plant.candidate("张伟", 1)
    moved = applications.apply(plant.ws, hr, person, plant.job.id)
    stages = _stage_names(plant, plant.job.id)
    assert stages[:3] == ["简历筛选", "实操考核", "面试"]
    mine = tasks.my_tasks(plant.ws, hr)
    assert [_chinese(t.title) for t in mine.upcoming + mine.due_today] == ["筛选简历：张伟（数控车工）"]
    plant.clock.advance(hours=3)
    result = applications.advance(plant.ws, hr, moved.application_id, "简历符合要求",
                                  expected_version=moved.version)
    board = boards.load(plant.ws, hr, plant.job.id)
    assert [c.name for c in board.columns[1].cards] == ["张伟"]
    assert _events(plant, moved.application_id) == ["applied", "advanced"]
    # The screening task is closed; the practical test asks the interviewers for a sheet
    # and tells the hiring manager.
    assert tasks.my_tasks(plant.ws, hr).upcoming == ()
    wu = tasks.my_tasks(plant.ws, plant.actor("int.wu"))
    assert [_chinese(t.title) for t in wu.upcoming + wu.due_today] == [
        "填写实操考核评分表：张伟（数控车工）"]
    assert [_chinese(n.title) for n in notifications.inbox(plant.ws, plant.actor("lead.zhang"))] \
        == ["安排实操考核：张伟（数控车工）"]
    assert result.version > moved.version


def test_a_stale_move_names_who_changed_it(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    moved = applications.apply(plant.ws, hr, plant.candidate("李强", 2), plant.job.id)
    applications.advance(plant.ws, hr, moved.application_id)
    with pytest.raises(errors.ChangedMeanwhile) as caught:
        applications.advance(plant.ws, hr, moved.application_id,
                             expected_version=moved.version)
    assert caught.value.params["by"] == "hr.li"


def test_requirements_refuse_with_the_exact_reason(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    person = plant.candidate("王芳", 3)
    app = applications.apply(plant.ws, hr, person, plant.job.id).application_id
    applications.advance(plant.ws, hr, app)  # into the practical test
    applications.assign_interviewers(plant.ws, hr, app, [])
    # The job's team still counts as interviewers; a job without a team does not.
    from hrdesk.services import jobs

    jobs.update_job(plant.ws, hr, plant.job.id, jobs.get_job(plant.ws, hr, plant.job.id).version,
                    interviewer_ids=())
    with pytest.raises(errors.StageRequirementUnmet) as caught:
        applications.advance(plant.ws, hr, app)
    assert caught.value.params == {"stage": "实操考核", "reason": "no interviewer is assigned"}


def test_stages_cannot_be_jumped_and_skips_need_a_skippable_stage(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    app = applications.apply(plant.ws, hr, plant.candidate("赵敏", 4), plant.job.id)
    board = boards.load(plant.ws, hr, plant.job.id)
    with pytest.raises(errors.MoveNotAllowed):
        applications.move_to(plant.ws, hr, app.application_id, board.columns[3].stage_id)
    with pytest.raises(errors.MoveNotAllowed):
        applications.skip(plant.ws, hr, app.application_id)
    applications.move_to(plant.ws, hr, app.application_id, board.columns[1].stage_id)
    applications.move_to(plant.ws, hr, app.application_id, board.columns[0].stage_id)
    assert _events(plant, app.application_id) == ["applied", "advanced", "moved_back"]


def test_reject_hold_withdraw_reactivate(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    app = applications.apply(plant.ws, hr, plant.candidate("孙磊", 5), plant.job.id)
    with pytest.raises(errors.InvalidField):
        applications.reject(plant.ws, hr, app.application_id, "no_such_reason")
    applications.hold(plant.ws, hr, app.application_id, "等候名额")
    with pytest.raises(errors.ApplicationClosed):
        applications.advance(plant.ws, hr, app.application_id)
    applications.reactivate(plant.ws, hr, app.application_id)
    applications.reject(plant.ws, hr, app.application_id, "skills", "车床经验不足")
    with pytest.raises(errors.ApplicationClosed):
        applications.reject(plant.ws, hr, app.application_id, "skills")
    applications.reactivate(plant.ws, hr, app.application_id)
    applications.withdraw(plant.ws, hr, app.application_id, "other_offer")
    assert _events(plant, app.application_id) == [
        "applied", "on_hold", "reactivated", "rejected", "reactivated", "withdrawn"]
    assert tasks.my_tasks(plant.ws, hr).upcoming == ()


def test_approval_stage_is_left_only_by_its_owner_role(plant) -> None:  # type: ignore[no-untyped-def]
    hr, lead = plant.actor("hr.li"), plant.actor("lead.zhang")
    app = applications.apply(plant.ws, hr, plant.candidate("周杰", 6), plant.job.id)
    aid = app.application_id
    for _ in range(3):  # screening → practical test → interview → approval
        applications.advance(plant.ws, hr, aid)
    with pytest.raises(errors.NotYourTurn):
        applications.advance(plant.ws, hr, aid)
    applications.set_shortlisted(plant.ws, hr, aid, True)
    applications.advance(plant.ws, lead, aid, "同意录用")
    applications.advance(plant.ws, hr, aid)  # offer → onboarding: one hire
    from hrdesk.services import jobs

    assert jobs.get_job(plant.ws, hr, plant.job.id).hired_count == 1


def test_whole_chain_to_confirmation_completes_the_hire(plant) -> None:  # type: ignore[no-untyped-def]
    hr, lead = plant.actor("hr.li"), plant.actor("lead.zhang")
    aid = applications.apply(plant.ws, hr, plant.candidate("吴涛", 7), plant.job.id).application_id
    applications.set_shortlisted(plant.ws, hr, aid, True)
    for who in ("hr.li", "hr.li", "hr.li", "lead.zhang", "hr.li", "hr.li", "lead.zhang",
                "hr.li"):
        applications.advance(plant.ws, plant.actor(who), aid)
    board = boards.load(plant.ws, hr, plant.job.id)
    assert [c.status for c in board.closed] == ["hired"]
    assert lead is not None


def test_bulk_moves_are_one_transaction_each(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    ids = [applications.apply(plant.ws, hr, plant.candidate(f"候选人{i}", 10 + i),
                              plant.job.id).application_id for i in range(4)]
    applications.hold(plant.ws, hr, ids[2])
    second = boards.load(plant.ws, hr, plant.job.id).columns[1].stage_id
    outcomes = applications.bulk_move(plant.ws, hr, ids, second)
    assert [o.ok for o in outcomes] == [True, True, False, True]
    assert isinstance(outcomes[2].error, errors.ApplicationClosed)
    rejected = applications.bulk_reject(plant.ws, hr, ids, "position_filled")
    assert [o.ok for o in rejected] == [True, True, True, True]


def test_scope_managers_interviewers_and_other_plants(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    seen = applications.apply(plant.ws, hr, plant.candidate("郑洁", 20), plant.job.id)
    hidden = applications.apply(plant.ws, hr, plant.candidate("冯刚", 21), plant.job.id)
    applications.set_shortlisted(plant.ws, hr, seen.application_id, True)
    applications.assign_interviewers(plant.ws, hr, seen.application_id,
                                     [plant.actor("int.zhou").user_id])

    def names(user: str) -> list[str]:
        board = boards.load(plant.ws, plant.actor(user), plant.job.id)
        return sorted(c.name for col in board.columns for c in col.cards)

    assert names("hr.li") == ["冯刚", "郑洁"]
    assert names("lead.zhang") == ["郑洁"]  # its department, shortlisted only
    assert names("mgr.wang") == ["郑洁"]  # the parent department's head too
    assert names("int.zhou") == ["郑洁"]  # assigned
    assert names("exec.huang") == ["冯刚", "郑洁"]
    for outsider in ("mgr.sun", "int.wu", "hr.other"):
        with pytest.raises(errors.NotFound):
            boards.load(plant.ws, plant.actor(outsider), plant.job.id)
    with pytest.raises(errors.NotFound):
        applications.advance(plant.ws, plant.actor("hr.other"), hidden.application_id)
    with pytest.raises(errors.PermissionDenied):
        applications.advance(plant.ws, plant.actor("int.zhou"), seen.application_id)


def test_the_candidate_file_shows_the_timeline_to_who_may_see_it(plant) -> None:  # type: ignore[no-untyped-def]
    from hrdesk.services import timeline

    hr = plant.actor("hr.li")
    person = plant.candidate("陈晨", 30)
    app = applications.apply(plant.ws, hr, person, plant.job.id).application_id
    applications.advance(plant.ws, hr, app, "技能证书齐全")
    items = timeline.of_candidate(plant.ws, hr, person)
    assert [(i.kind, i.from_stage, i.to_stage, i.comment) for i in items[:2]] == [
        ("advanced", "简历筛选", "实操考核", "技能证书齐全"),
        ("applied", None, "简历筛选", None)]
    assert items[0].actor_name == "hr.li" and items[0].job_code == plant.job.code
    with pytest.raises(errors.NotFound):
        timeline.of_candidate(plant.ws, plant.actor("int.zhou"), person)


def test_the_timeline_shows_an_interviewer_only_the_jobs_they_interview_for(plant) -> None:  # type: ignore[no-untyped-def]
    from hrdesk.services import jobs, pipelines, timeline

    hr = plant.actor("hr.li")
    [template] = [t for t in pipelines.list_templates(plant.ws, hr) if t.name == "技能工人"]
    other = jobs.create_job(plant.ws, hr, jobs.JobDraft("质检员", plant.quality_id, 1,
                                                         template.id, template.job_type))
    person = plant.candidate("陈晨", 31)
    here = applications.apply(plant.ws, hr, person, plant.job.id)
    applications.apply(plant.ws, hr, person, other.id)
    applications.assign_interviewers(plant.ws, hr, here.application_id,
                                     [plant["int.wu"].actor.user_id])

    seen_by_hr = {i.job_code for i in timeline.of_candidate(plant.ws, hr, person)}
    seen_by_wu = {i.job_code for i in timeline.of_candidate(plant.ws, plant.actor("int.wu"),
                                                              person)}

    # (None: the events of the person, such as being added, that belong to no job)
    assert seen_by_hr == {None, plant.job.code, other.code}
    assert seen_by_wu == {None, plant.job.code}


def test_a_rejection_on_the_timeline_carries_the_reasons_label(plant) -> None:  # type: ignore[no-untyped-def]
    from hrdesk.services import refusals, timeline

    hr = plant.actor("hr.li")
    person = plant.candidate("陈晨", 32)
    app = applications.apply(plant.ws, hr, person, plant.job.id).application_id
    applications.reject(plant.ws, hr, app, "skills")

    [rejected] = [i for i in timeline.of_candidate(plant.ws, hr, person) if i.kind == "rejected"]
    [label] = [r.label for r in refusals.list_reasons(plant.ws, hr) if r.code == "skills"]
    assert rejected.data["reason"] == "skills" and rejected.data["reason_label"] == label


def test_a_site_rest_day_moves_the_deadline(plant, admin_session) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt_

    from hrdesk.dto.calendars import CalendarSpec
    from hrdesk.services import calendars

    # Start Monday 2026-11-02 17:00 local: two working days → Wednesday 17:00. With
    # Tuesday a plant rest day (a shift change), Thursday 17:00.
    calendars.set_site_calendar(plant.ws, admin_session.actor, plant.site_id,
                                CalendarSpec(rest_days=frozenset({dt_.date(2026, 11, 3)})))
    app = applications.apply(plant.ws, plant.actor("hr.li"), plant.candidate("林欣", 31),
                             plant.job.id)
    [card] = [c for c in boards.load(plant.ws, plant.actor("hr.li"), plant.job.id)
              .columns[0].cards if c.application_id == app.application_id]
    due = [t.due_at for t in tasks.tasks_of_application(plant.ws, plant.actor("hr.li"),
                                                        app.application_id)]
    assert [d.astimezone(dt_.timezone(dt_.timedelta(hours=8))).strftime("%a %H:%M")
            for d in due] == ["Thu 17:00"]
    assert card.overdue is False


def test_refusal_reasons_are_a_list_hr_keeps(plant) -> None:  # type: ignore[no-untyped-def]
    from hrdesk.services import refusals

    hr = plant.actor("hr.li")
    codes = [r.code for r in refusals.list_reasons(plant.ws, hr)]
    assert "skills" in codes and "other_offer" in codes
    added = refusals.add_reason(plant.ws, hr, "shift_work", "不接受倒班")
    with pytest.raises(errors.InvalidField):
        refusals.add_reason(plant.ws, hr, "shift_work", "重复")
    with pytest.raises(errors.PermissionDenied):
        refusals.add_reason(plant.ws, plant.actor("int.wu"), "x_reason", "x")
    app = applications.apply(plant.ws, hr, plant.candidate("邓超", 40), plant.job.id)
    refusals.set_active(plant.ws, hr, added.id, False)
    with pytest.raises(errors.InvalidField):  # a retired reason cannot be chosen
        applications.reject(plant.ws, hr, app.application_id, "shift_work")
    refusals.set_active(plant.ws, hr, added.id, True)
    applications.reject(plant.ws, hr, app.application_id, "shift_work")
