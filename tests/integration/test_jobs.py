"""Jobs on both backends: opened, numbered, staffed, edited, cloned, and seen by whom.

One plant per backend for the module; each test opens the jobs it changes.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import uuid
from collections.abc import Iterator

import pytest

from hrdesk import error_text, errors
from hrdesk.clock import FixedClock
from hrdesk.models.jobs import Job
from hrdesk.services import applications, channels, jobs, pipelines
from hrdesk.vocabulary import as_is
from tests.integration import plant as plant_

ADMIN, ADMIN_PASSWORD = "admin", "admin-password-1"
START = dt.datetime(2026, 11, 2, 1, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module", params=plant_.BACKENDS)
def plant(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[plant_.Plant]:
    yield from plant_.module_plant(request.param, tmp_path_factory.mktemp("jobs"),
                                   FixedClock(START, tick=dt.timedelta(milliseconds=10)))


def _uid(plant: plant_.Plant, username: str) -> uuid.UUID:
    user_id = plant.actor(username).user_id
    assert user_id is not None
    return user_id


def _template(plant: plant_.Plant, name: str) -> pipelines.TemplateInfo:
    [found] = [t for t in pipelines.list_templates(plant.ws, plant.actor("hr.li"))
               if t.name == name]
    return found


def _row(plant: plant_.Plant, job_id: uuid.UUID) -> Job:
    with plant.ws.db.unit_of_work(read_only=True) as uow:
        row = uow.session.get_one(Job, job_id)
        uow.session.expunge(row)
        return row


SERIALS = itertools.count(500)  # candidate numbers (plant.candidate), unique in the module


def _hire(plant: plant_.Plant, job_id: uuid.UUID) -> None:
    """Through 技能工人 to onboarding, where the hire counts."""
    ws, hr = plant.ws, plant.actor("hr.li")
    serial = next(SERIALS)
    app = applications.apply(ws, hr, plant.candidate(f"新员工{serial}", serial),
                             job_id).application_id
    applications.set_shortlisted(ws, hr, app, True)
    for who in ("hr.li", "hr.li", "hr.li", "lead.zhang", "hr.li"):
        applications.advance(ws, plant.actor(who), app)


# --- opening ---------------------------------------------------------------------------


def test_a_new_job_is_numbered_and_staffed_from_its_department(plant) -> None:  # type: ignore[no-untyped-def]
    hr, admin = plant.actor("hr.li"), plant.actor(ADMIN)
    assert plant.job.code == "J2026-0001"  # the plant's own, the first of the year
    before = len(jobs.list_jobs(plant.ws, admin))
    made = jobs.create_job(plant.ws, hr, jobs.JobDraft("  数控铣工 ", plant.workshop_id, 2))
    assert made.code == f"J2026-{before + 1:04d}"
    assert (made.title, made.status, made.headcount, made.hired_count) == ("数控铣工", "open", 2, 0)
    assert made.site_id == plant.site_id
    assert made.recruiter_id == _uid(plant, "hr.li")  # whoever opened it
    assert made.hiring_manager_id == _uid(plant, "lead.zhang")  # the department's head
    assert made.template_id == _template(plant, "技能工人").id  # the job type's pipeline
    upstairs = jobs.create_job(plant.ws, hr, jobs.JobDraft(
        "生产计划员", plant.production_id, 1, job_type="engineer",
        recruiter_id=_uid(plant, "hr.li"), interviewer_ids=(_uid(plant, "int.zhou"),)))
    assert upstairs.code == f"J2026-{before + 2:04d}"
    assert upstairs.hiring_manager_id == _uid(plant, "mgr.wang")
    assert upstairs.template_id == _template(plant, "工程师").id
    assert upstairs.interviewer_ids == (_uid(plant, "int.zhou"),)
    # A new year starts its own numbers.
    today = plant.clock.now()
    plant.clock.set(dt.datetime(2027, 1, 4, 1, 0, tzinfo=dt.UTC))
    try:
        assert jobs.create_job(plant.ws, hr, jobs.JobDraft(
            "叉车司机", plant.workshop_id, 1)).code == "J2027-0001"
    finally:
        plant.clock.set(today + dt.timedelta(seconds=1))


def test_a_new_job_is_checked(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")

    def refused(draft: jobs.JobDraft) -> tuple[str, str]:
        with pytest.raises(errors.InvalidField) as caught:
            jobs.create_job(plant.ws, hr, draft)
        said = error_text.said_params(caught.value.params, as_is)  # the values it names filled in
        return said["field"], said["reason"]

    assert refused(jobs.JobDraft(" ", plant.workshop_id, 1)) == ("Title", "required")
    assert refused(jobs.JobDraft("钳工", plant.workshop_id, 0)) == ("Headcount", "at least 1")
    assert refused(jobs.JobDraft("钳工", plant.workshop_id, 1, job_type="astronaut")) == (
        "Job type", "no pipeline for astronaut")
    with pytest.raises(errors.NotFound):
        jobs.create_job(plant.ws, hr, jobs.JobDraft("钳工", uuid.uuid4(), 1))
    with pytest.raises(errors.NotFound):
        jobs.create_job(plant.ws, hr, jobs.JobDraft("钳工", plant.workshop_id, 1,
                                                    interviewer_ids=(uuid.uuid4(),)))


def test_salary_range_and_people_of_a_job_are_checked(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    with pytest.raises(errors.InvalidField) as caught:
        jobs.create_job(plant.ws, hr, jobs.JobDraft("钳工", plant.workshop_id, 1,
                                                    salary_min=9000, salary_max=6000))
    assert caught.value.params["field"] == "salary_min"
    with pytest.raises(errors.NotFound):
        jobs.create_job(plant.ws, hr, jobs.JobDraft("钳工", plant.workshop_id, 1,
                                                    hiring_manager_id=uuid.uuid4()))


# --- changing ----------------------------------------------------------------------------


def test_update_keeps_headcount_at_least_the_hires_and_knows_the_statuses(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    job = jobs.create_job(plant.ws, hr, jobs.JobDraft(
        "装配钳工", plant.workshop_id, 3, interviewer_ids=(_uid(plant, "int.wu"),)))
    _hire(plant, job.id)
    _hire(plant, job.id)
    job = jobs.get_job(plant.ws, hr, job.id)
    assert job.hired_count == 2
    with pytest.raises(errors.InvalidField) as caught:
        jobs.update_job(plant.ws, hr, job.id, job.version, headcount=1)
    assert caught.value.message() == "Headcount: at least 2"
    with pytest.raises(errors.InvalidField) as caught:
        jobs.update_job(plant.ws, hr, job.id, job.version, status="archived")
    assert caught.value.message() == "Status: unknown status archived"
    smaller = jobs.update_job(plant.ws, hr, job.id, job.version, headcount=2, title="装配钳工（白班）")
    assert (smaller.headcount, smaller.title) == (2, "装配钳工（白班）")
    with pytest.raises(errors.ConcurrentChange):
        jobs.update_job(plant.ws, hr, job.id, job.version, status="paused")
    for status in ("paused", "filled", "closed", "open"):
        smaller = jobs.update_job(plant.ws, hr, job.id, smaller.version, status=status)
        assert smaller.status == status
    # The team and the channels change only when given.
    [referral] = [c for c in channels.list_channels(plant.ws, hr) if c.name == "内部推荐"]
    staffed = jobs.update_job(plant.ws, hr, job.id, smaller.version,
                              interviewer_ids=[_uid(plant, "int.wu")], channel_ids=[referral.id])
    renamed = jobs.update_job(plant.ws, hr, job.id, staffed.version, title="装配钳工")
    assert (renamed.interviewer_ids, renamed.channel_ids) == (
        (_uid(plant, "int.wu"),), (referral.id,))


def test_a_clone_reuses_a_past_job_under_a_new_code(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    management = _template(plant, "管理岗")
    picked = [c.id for c in channels.list_channels(plant.ws, hr)
              if c.name in ("猎聘", "人力资源中介")]
    team = (_uid(plant, "int.wu"), _uid(plant, "int.zhou"))
    past = jobs.create_job(plant.ws, hr, jobs.JobDraft(
        "车间主任", plant.workshop_id, 1, management.id, "management",
        hiring_manager_id=_uid(plant, "mgr.wang"), description="负责机加工车间生产管理",
        requirements="五年以上车间管理经验", salary_min=15000, salary_max=20000,
        interviewer_ids=team, channel_ids=tuple(picked)))
    past = jobs.update_job(plant.ws, hr, past.id, past.version, status="closed")
    clone = jobs.clone_job(plant.ws, hr, past.id, headcount=2)
    assert clone.code != past.code and re.fullmatch(r"J2026-\d{4}", clone.code)
    assert (clone.status, clone.headcount, clone.hired_count) == ("open", 2, 0)
    kept = ("title", "department_id", "job_type", "template_id", "recruiter_id",
            "hiring_manager_id")
    assert [getattr(clone, f) for f in kept] == [getattr(past, f) for f in kept]
    assert sorted(clone.interviewer_ids) == sorted(team)
    assert sorted(clone.channel_ids) == sorted(picked)
    # The texts are not in JobInfo; they are on the row.
    row = _row(plant, clone.id)
    assert (row.description, row.requirements, row.salary_min, row.salary_max,
            row.cloned_from_id) == ("负责机加工车间生产管理", "五年以上车间管理经验", 15000, 20000,
                                    past.id)
    with pytest.raises(errors.InvalidField):
        jobs.clone_job(plant.ws, hr, past.id, headcount=0)


# --- who sees what -----------------------------------------------------------------------


def test_list_and_get_follow_each_role_scope(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    opened = {name: jobs.create_job(plant.ws, hr, jobs.JobDraft(title, dept, 1)).id
              for name, title, dept in (("production", "生产统计员", plant.production_id),
                                        ("workshop", "磨床工", plant.workshop_id),
                                        ("quality", "质检员", plant.quality_id))}
    person = plant.candidate("周杰", next(SERIALS))
    assigned = applications.apply(plant.ws, hr, person, opened["workshop"]).application_id
    applications.assign_interviewers(plant.ws, hr, assigned, [_uid(plant, "int.zhou")])
    everything = jobs.list_jobs(plant.ws, plant.actor(ADMIN))
    department_of = {j.id: j.department_id for j in everything}

    def seen(username: str) -> set[uuid.UUID]:
        return {j.id for j in jobs.list_jobs(plant.ws, plant.actor(username))}

    def in_departments(*departments: uuid.UUID) -> set[uuid.UUID]:
        return {j for j, d in department_of.items() if d in departments}

    assert seen("hr.li") == seen("exec.huang") == set(department_of)  # one site
    assert seen("mgr.wang") == in_departments(plant.production_id, plant.workshop_id)
    assert seen("lead.zhang") == in_departments(plant.workshop_id)
    assert seen("mgr.sun") == in_departments(plant.quality_id)
    assert {opened["production"], opened["workshop"]} <= seen("mgr.wang")
    assert opened["quality"] in seen("mgr.sun")
    # Interviewers see the jobs of the applications they are assigned to, nothing else
    # (int.wu sits on the plant job's team but is assigned to no application).
    assert seen("int.zhou") == {opened["workshop"]}
    assert seen("int.wu") == set()
    assert seen("hr.other") == set()  # the other plant's HR
    for username, job_id in (("lead.zhang", opened["production"]),
                             ("mgr.sun", opened["workshop"]), ("int.zhou", opened["quality"]),
                             ("int.wu", plant.job.id), ("hr.other", plant.job.id)):
        with pytest.raises(errors.NotFound):
            jobs.get_job(plant.ws, plant.actor(username), job_id)
    assert jobs.get_job(plant.ws, plant.actor("int.zhou"), opened["workshop"]).title == "磨床工"
    closed = jobs.update_job(plant.ws, hr, opened["quality"],
                             jobs.get_job(plant.ws, hr, opened["quality"]).version,
                             status="closed")
    assert closed.id in {j.id for j in jobs.list_jobs(plant.ws, hr, status="closed")}
    assert closed.id not in {j.id for j in jobs.list_jobs(plant.ws, hr, status="open")}


def test_only_open_jobs_take_applications(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    job = jobs.create_job(plant.ws, hr, jobs.JobDraft("喷涂工", plant.workshop_id, 1))
    person = plant.candidate("吴涛", next(SERIALS))
    for status in ("paused", "closed", "filled"):
        job = jobs.update_job(plant.ws, hr, job.id, job.version, status=status)
        with pytest.raises(errors.InvalidState) as caught:
            applications.apply(plant.ws, hr, person, job.id)
        assert caught.value.params["status"] == status
    job = jobs.update_job(plant.ws, hr, job.id, job.version, status="open")
    assert applications.apply(plant.ws, hr, person, job.id).status == "active"
