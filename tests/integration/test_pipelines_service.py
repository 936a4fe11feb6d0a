"""Pipeline templates on both backends: the shipped three, and HR editing them as data.

One plant per backend for the module; the shipped templates are only read, every
edit works on a template of its own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import uuid
from collections.abc import Iterator

import pytest

from hrdesk import errors
from hrdesk.clock import FixedClock
from hrdesk.dto.pipelines import StageSpec, TemplateSpec
from hrdesk.services import applications, boards, jobs, pipelines
from tests.integration import plant as plant_

ADMIN, ADMIN_PASSWORD = "admin", "admin-password-1"
SERIALS = itertools.count(700)  # candidate numbers (plant.candidate), unique in the module


@pytest.fixture(scope="module", params=plant_.BACKENDS)
def plant(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[plant_.Plant]:
    yield from plant_.module_plant(request.param, tmp_path_factory.mktemp("pipelines"),
                                   FixedClock(dt.datetime(2026, 11, 2, 1, 0, tzinfo=dt.UTC),
                       tick=dt.timedelta(milliseconds=10)))


def _named(plant: plant_.Plant, name: str) -> pipelines.TemplateInfo:
    [found] = [t for t in pipelines.list_templates(plant.ws, plant.actor("hr.li"))
               if t.name == name]
    return found


def _own_copy(plant: plant_.Plant, name: str, of: str = "技能工人") -> pipelines.TemplateInfo:
    return pipelines.clone_template(plant.ws, plant.actor("hr.li"), _named(plant, of).id, name)


def _job_on(plant: plant_.Plant, template: pipelines.TemplateInfo) -> jobs.JobInfo:
    return jobs.create_job(plant.ws, plant.actor("hr.li"), jobs.JobDraft(
        f"{template.name}岗位", plant.workshop_id, 5, template.id, template.job_type,
        interviewer_ids=(plant.actor("int.wu").user_id,)))


def _applicant(plant: plant_.Plant, job: jobs.JobInfo) -> uuid.UUID:
    serial = next(SERIALS)
    person = plant.candidate(f"应聘者{serial}", serial)
    return applications.apply(plant.ws, plant.actor("hr.li"), person, job.id).application_id


def _without(template: pipelines.TemplateInfo, *keys: str) -> TemplateSpec:
    spec = pipelines.spec_of(template)
    return dataclasses.replace(spec, stages=tuple(s for s in spec.stages if s.key not in keys))


def _columns(plant: plant_.Plant, job: jobs.JobInfo) -> list[str]:
    return [c.name for c in boards.load(plant.ws, plant.actor("hr.li"), job.id).columns]


# --- what ships ----------------------------------------------------------------------------


def test_the_three_shipped_pipelines(plant) -> None:  # type: ignore[no-untyped-def]
    shipped = {t.name: t for t in pipelines.list_templates(plant.ws, plant.actor("int.wu"))}

    def kinds(name: str) -> list[str]:
        return [s.kind for s in shipped[name].stages]

    after_interviews = ["hiring_approval", "offer", "onboarding", "probation", "confirmation"]
    assert kinds("技能工人") == ["screening", "practical_test", "interview", *after_interviews]
    # Engineers add an assessment (skippable) and a second interview.
    assert kinds("工程师") == ["screening", "assessment", "interview", "interview",
                            *after_interviews]
    # Managers: two interviews and a background check, approved by the executive.
    assert kinds("管理岗") == ["screening", "interview", "interview", "background_check",
                            *after_interviews]
    assert [shipped[n].job_type for n in ("技能工人", "工程师", "管理岗")] == [
        "skilled_worker", "engineer", "management"]
    assert [s.name for s in shipped["技能工人"].stages] == [
        "简历筛选", "实操考核", "面试", "录用审批", "Offer发放", "入职", "试用期", "转正"]
    approvals = {n: next(s.owner_role for s in shipped[n].stages if s.kind == "hiring_approval")
                 for n in ("技能工人", "工程师", "管理岗")}
    assert approvals == {"技能工人": "manager", "工程师": "manager", "管理岗": "executive"}
    assert [s.skippable for s in shipped["工程师"].stages][1] is True
    assert all(t.active for t in shipped.values())


# --- creating and cloning --------------------------------------------------------------------


def test_create_get_and_clone(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    spec = TemplateSpec("  学徒工 ", "apprentice", "校企合作学徒", (
        StageSpec("screening", "简历筛选", "screening", "hr"),
        StageSpec("trial", "试岗", "practical_test", "manager", 3, "days",
                  requirements=({"type": "comment"},)),
        StageSpec("onboarding", "入职", "onboarding", "hr", 8, "hours")))
    made = pipelines.create_template(plant.ws, hr, spec)
    assert (made.name, made.job_type, made.active) == ("学徒工", "apprentice", True)
    assert [(s.key, s.sla_amount, s.sla_unit) for s in made.stages] == [
        ("screening", 2, "days"), ("trial", 3, "days"), ("onboarding", 8, "hours")]
    assert pipelines.get_template(plant.ws, plant.actor("mgr.sun"), made.id) == made
    # A job of the new type gets it without being told.
    job = jobs.create_job(plant.ws, hr, jobs.JobDraft("学徒", plant.workshop_id, 4,
                                                      job_type="apprentice"))
    assert job.template_id == made.id
    with pytest.raises(errors.InvalidField) as caught:
        pipelines.create_template(plant.ws, hr, dataclasses.replace(spec, name="学徒工"))
    assert caught.value.params["field"] == "name"

    copy = pipelines.clone_template(plant.ws, plant.actor(ADMIN), made.id, "学徒工（二期）")
    assert copy.id != made.id and copy.name == "学徒工（二期）"
    assert pipelines.spec_of(copy).stages == spec.stages
    assert not {s.id for s in copy.stages} & {s.id for s in made.stages}
    with pytest.raises(errors.InvalidField):
        pipelines.clone_template(plant.ws, hr, made.id, "技能工人")
    with pytest.raises(errors.NotFound):
        pipelines.clone_template(plant.ws, hr, uuid.uuid4(), "无源之水")


GOOD = StageSpec("screening", "简历筛选", "screening", "hr")
BAD_STAGES = {  # the stage, then the field at fault, its reason, and the values it names
    "kind": (StageSpec("chat", "闲聊", "coffee", "hr"),
             "kind", "unknown kind {value}", {"value": "coffee"}),
    "owner": (StageSpec("chat", "闲聊", "interview", "boss"),
              "owner_role", "unknown role {value}", {"value": "boss"}),
    "key": (StageSpec("Chat Room", "闲聊", "interview", "hr"),
            "key", "lowercase letters, digits and _ only", {}),
    "duplicate key": (StageSpec("screening", "复筛", "screening", "hr"),
                      "key", "{key} is used by an earlier stage", {"key": "screening"}),
    "requirement": (StageSpec("chat", "闲聊", "interview", "hr",
                              requirements=({"type": "horoscope"},)),
                    "requirements", "unknown requirement {value}", {"value": "horoscope"}),
    "requirement field": (StageSpec("chat", "闲聊", "interview", "hr",
                                    requirements=({"type": "fields_present",
                                                   "fields": ["shoe_size"]},)),
                          "requirements", "unknown candidate field {value}",
                          {"value": "shoe_size"}),
    "action": (StageSpec("chat", "闲聊", "interview", "hr",
                         entry_actions=({"type": "fax", "to": "owner"},)),
               "entry_actions", "unknown action {value}", {"value": "fax"}),
    "recipient": (StageSpec("chat", "闲聊", "interview", "hr",
                            entry_actions=({"type": "task", "title": "约", "to": "ceo"},)),
                  "entry_actions", "unknown recipient {value}", {"value": "ceo"}),
    "SLA zero": (StageSpec("chat", "闲聊", "interview", "hr", 0),
                 "sla_amount", "1–400 hours or days", {}),
    "SLA too long": (StageSpec("chat", "闲聊", "interview", "hr", 401),
                     "sla_amount", "1–400 hours or days", {}),
    "SLA unit": (StageSpec("chat", "闲聊", "interview", "hr", 2, "weeks"),
                 "sla_amount", "1–400 hours or days", {}),
    "reminders": (StageSpec("chat", "闲聊", "interview", "hr", remind_every_hours=0),
                  "remind_every_hours", "1–720 hours", {}),
}


@pytest.mark.parametrize("problem", list(BAD_STAGES))
def test_a_faulty_stage_is_refused_by_number_and_field(plant, problem: str) -> None:  # type: ignore[no-untyped-def]
    stage, field, reason, values = BAD_STAGES[problem]
    hr = plant.actor("hr.li")
    spec = TemplateSpec(f"坏模板{problem}", "skilled_worker", "", (GOOD, stage))
    with pytest.raises(errors.InvalidStage) as caught:
        pipelines.create_template(plant.ws, hr, spec)
    assert caught.value.params == {"stage": 2, "name": stage.name, "field": field,
                                   "reason": reason, **values}
    assert spec.name not in {t.name for t in pipelines.list_templates(plant.ws, hr)}


def test_the_template_itself_must_be_usable(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    for spec, field in ((TemplateSpec(" ", "x", "", (GOOD,)), "name"),
                        (TemplateSpec("空流程", "x", "", ()), "stages")):
        with pytest.raises(errors.InvalidField) as caught:
            pipelines.create_template(plant.ws, hr, spec)
        assert caught.value.params["field"] == field


# --- editing ---------------------------------------------------------------------------------


def test_a_stage_in_use_cannot_be_removed_and_an_unused_one_retires(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    template = _own_copy(plant, "技能工人（二车间）")
    job = _job_on(plant, template)
    waiting = [_applicant(plant, job) for _ in range(2)]
    applications.hold(plant.ws, hr, waiting[1])  # parked, but still standing there
    with pytest.raises(errors.StageInUse) as caught:
        pipelines.update_template(plant.ws, hr, template.id, _without(template, "screening"),
                                  template.version)
    assert caught.value.params == {"stage": "简历筛选", "count": 2}
    assert _named(plant, template.name) == template  # nothing of the refused edit stayed

    lean = pipelines.update_template(plant.ws, hr, template.id,
                                     _without(template, "probation"), template.version)
    assert lean.version > template.version
    assert "probation" not in [s.key for s in lean.stages]
    assert "试用期" not in _columns(plant, job)
    assert _columns(plant, job) == [s.name for s in lean.stages]
    # A stale editor is stopped; one working from the new version may bring it back,
    # and it comes back as the same stage.
    with pytest.raises(errors.ConcurrentChange):
        pipelines.update_template(plant.ws, hr, template.id, pipelines.spec_of(template),
                                  template.version)
    pipelines.update_template(plant.ws, hr, template.id, pipelines.spec_of(template),
                              lean.version)
    again = pipelines.get_template(plant.ws, hr, template.id)
    assert [s.id for s in again.stages] == [s.id for s in template.stages]
    assert _columns(plant, job)[6] == "试用期"


def test_renaming_and_inserting_stages_keeps_applications_where_they_stand(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    template = _own_copy(plant, "技能工人（三车间）")
    job = _job_on(plant, template)
    app = _applicant(plant, job)
    applications.advance(plant.ws, hr, app)  # into the practical test
    spec = pipelines.spec_of(template)
    renamed = tuple(dataclasses.replace(s, name="技能实操") if s.key == "practical_test" else s
                    for s in spec.stages)
    phone = StageSpec("phone", "电话初筛", "screening", "hr", 4, "hours")
    pipelines.update_template(plant.ws, hr, template.id, dataclasses.replace(
        spec, stages=(renamed[0], phone, *renamed[1:])), template.version)
    edited = pipelines.get_template(plant.ws, hr, template.id)
    assert [s.key for s in edited.stages][:3] == ["screening", "phone", "practical_test"]
    board = boards.load(plant.ws, hr, job.id)
    assert [(c.name, [card.application_id for card in c.cards]) for c in board.columns[:3]] == [
        ("简历筛选", []), ("电话初筛", []), ("技能实操", [app])]


def test_an_update_returns_the_stages_in_their_new_order(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    template = _own_copy(plant, "技能工人（五车间）")
    spec = pipelines.spec_of(template)
    phone = StageSpec("phone", "电话初筛", "screening", "hr", 4, "hours")
    returned = pipelines.update_template(plant.ws, hr, template.id, dataclasses.replace(
        spec, stages=(spec.stages[0], phone, *spec.stages[1:])), template.version)
    assert returned == pipelines.get_template(plant.ws, hr, template.id)


def test_reactivating_into_a_retired_stage_keeps_the_application_on_the_board(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    template = _own_copy(plant, "技能工人（四车间）")
    job = _job_on(plant, template)
    app = _applicant(plant, job)
    applications.advance(plant.ws, hr, app)  # into the practical test
    applications.reject(plant.ws, hr, app, "skills")
    # Closed applications do not hold a stage: it may be removed.
    pipelines.update_template(plant.ws, hr, template.id, _without(template, "practical_test"),
                              template.version)
    try:
        applications.reactivate(plant.ws, hr, app)
    except errors.UserError:
        return  # refusing is as good as placing it on a live stage
    board = boards.load(plant.ws, hr, job.id)
    assert app in {card.application_id for column in board.columns for card in column.cards}


def test_only_hr_and_administrators_edit_pipelines(plant) -> None:  # type: ignore[no-untyped-def]
    template = _own_copy(plant, "技能工人（权限）")
    spec = pipelines.spec_of(template)
    for username in ("mgr.wang", "lead.zhang", "int.zhou", "exec.huang"):
        actor = plant.actor(username)
        with pytest.raises(errors.PermissionDenied):
            pipelines.create_template(plant.ws, actor, dataclasses.replace(spec, name="他的"))
        with pytest.raises(errors.PermissionDenied):
            pipelines.clone_template(plant.ws, actor, template.id, "他的")
        with pytest.raises(errors.PermissionDenied):
            pipelines.update_template(plant.ws, actor, template.id, spec, template.version)
    by_admin = pipelines.update_template(plant.ws, plant.actor(ADMIN), template.id,
                                         dataclasses.replace(spec, description="管理员改过"),
                                         template.version)
    assert by_admin.description == "管理员改过"
