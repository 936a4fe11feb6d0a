"""Requisitions: filed by a manager, decided along the approval chain, opening a job."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from hrdesk import errors, i18n, notices
from hrdesk.clock import FixedClock, as_utc
from hrdesk.dto.accounts import RoleScope
from hrdesk.models.applications import TimelineEvent
from hrdesk.models.jobs import Job
from hrdesk.models.tasks import Notification, Task
from hrdesk.services import accounts, jobs, notifications, org, requisitions as reqs, session
from hrdesk.services.requisitions import PolicyStep, RequisitionDraft

UTC = dt.UTC
WANTED = dt.date(2026, 12, 1)


class Office:
    """昆山工厂: 生产部 with its 机加工车间, a 质量部, HR, a director and an interviewer.

    Sessions are opened on first use (signing in costs a key derivation) and
    closed with the office.
    """

    def __init__(self, admin: session.Session, clock: FixedClock) -> None:
        self.admin, self.clock = admin, clock
        self.ws, actor = admin.workspace, admin.actor
        self.site = org.create_site(self.ws, actor, "KS", "昆山工厂", "昆山")
        self.production = org.create_department(self.ws, actor, self.site.id, "生产部")
        self.workshop = org.create_department(self.ws, actor, self.site.id, "机加工车间",
                                              parent_id=self.production.id)
        self.quality = org.create_department(self.ws, actor, self.site.id, "质量部")
        self.ids: dict[str, uuid.UUID] = {}
        self._sessions: dict[str, session.Session] = {}
        self.user("mgr.wang", "王强", RoleScope("manager", None, self.production.id))
        self.user("mgr.li", "李工", RoleScope("manager", None, self.workshop.id))
        self.user("mgr.qian", "钱班长", RoleScope("manager", None, self.workshop.id))
        self.user("mgr.zhao", "赵质量", RoleScope("manager", None, self.quality.id))
        self.user("hr.chen", "陈招聘", RoleScope("hr", self.site.id))
        self.user("hr.liu", "刘人事", RoleScope("hr", self.site.id))
        self.user("exec.zhou", "周厂长", RoleScope("executive", self.site.id))
        self.user("iv.sun", "孙工程师", RoleScope("interviewer"))
        org.set_department_head(self.ws, actor, self.production.id, self.ids["mgr.wang"])
        org.set_department_head(self.ws, actor, self.workshop.id, self.ids["mgr.li"])
        org.set_department_head(self.ws, actor, self.quality.id, self.ids["mgr.zhao"])

    def user(self, username: str, name: str, grant: RoleScope) -> None:
        info = accounts.create_user(self.ws, self.admin.actor, accounts.NewUser(
            username, name, f"{username}-password", (grant,), site_id=self.site.id,
            department_id=grant.department_id))
        self.ids[username] = info.id

    def as_(self, username: str) -> session.Session:
        if username not in self._sessions:
            self._sessions[username] = session.open_session(
                self.ws.location, username, f"{username}-password", self.clock)
        return self._sessions[username]

    def do(self, username: str, use_case, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened = self.as_(username)
        return use_case(opened.workspace, opened.actor, *args, **kwargs)

    def draft(self, headcount: int = 5, **changes: Any) -> RequisitionDraft:
        base = RequisitionDraft(self.workshop.id, "数控车工", headcount, "expansion",
                                duties="操作数控车床", qualifications="三年以上经验",
                                salary_min=6000, salary_max=8000, wanted_by=WANTED)
        return dataclasses.replace(base, **changes)

    def submitted(self, username: str = "mgr.qian", **changes: Any) -> reqs.RequisitionInfo:
        info = self.do(username, reqs.create_requisition, self.draft(**changes))
        return self.do(username, reqs.submit, info.id)

    def rows(self, model, *where):  # type: ignore[no-untyped-def]
        with self.ws.db.unit_of_work(read_only=True) as uow:
            found = list(uow.session.scalars(select(model).where(*where)))
            uow.session.expunge_all()  # readable after the unit of work rolls back
            return found

    def close(self) -> None:
        for opened in self._sessions.values():
            opened.close()


@pytest.fixture
def office(admin_session, clock: FixedClock) -> Iterator[Office]:  # type: ignore[no-untyped-def]
    made = Office(admin_session, clock)
    yield made
    made.close()


def _kinds(office: Office, requisition_id: uuid.UUID) -> list[str]:
    events = office.rows(TimelineEvent, TimelineEvent.requisition_id == requisition_id)
    return [e.kind for e in sorted(events, key=lambda e: as_utc(e.at))]


def _tasks(office: Office, requisition_id: uuid.UUID) -> list[Task]:
    found = office.rows(Task, Task.requisition_id == requisition_id)
    return sorted(found, key=lambda t: as_utc(t.created_at))


def _notified(office: Office, requisition_id: uuid.UUID, kind: str) -> set[uuid.UUID]:
    return {n.user_id for n in office.rows(Notification, Notification.link_id == requisition_id,
                                           Notification.kind == kind)}


# --- the whole chain ------------------------------------------------------------------


def test_full_chain_above_threshold_opens_a_job(office: Office, clock: FixedClock) -> None:
    info = office.submitted(headcount=5)
    assert info.number == "R2026-0001" and info.status == "submitted"
    assert info.current_role == "dept_head" and info.round == 1
    # 钱班长 is not the head: the workshop head 李工 decides first, with a task due in
    # two working days (Monday 17:00 Kunshan → Wednesday 17:00), reminded 4 h before.
    assert _notified(office, info.id, "approval_requested") == {office.ids["mgr.li"]}
    [task] = _tasks(office, info.id)
    assert (task.assignee_id, task.kind, task.status) == (office.ids["mgr.li"], "approval", "open")
    assert as_utc(task.due_at) == dt.datetime(2026, 11, 4, 9, 0, tzinfo=UTC)
    assert as_utc(task.next_reminder_at) == dt.datetime(2026, 11, 4, 5, 0, tzinfo=UTC)
    assert (task.site_id, task.department_id) == (office.site.id, office.workshop.id)
    assert [r.id for r in office.do("mgr.li", reqs.pending_approvals)] == [info.id]
    assert office.do("hr.chen", reqs.pending_approvals) == []

    clock.advance(hours=1)
    after_head = office.do("mgr.li", reqs.approve, info.id, "同意")
    assert after_head.current_role == "hr"
    # Each decision moves the version, so a concurrent decision of the same step fails.
    assert after_head.version > info.version
    # Every HR user of the site hears of it; the first by user name gets the task.
    assert _notified(office, info.id, "approval_requested") == {
        office.ids["mgr.li"], office.ids["hr.chen"], office.ids["hr.liu"]}
    first, second = _tasks(office, info.id)
    assert first.status == "done" and second.assignee_id == office.ids["hr.chen"]
    assert {r.id for r in office.do("hr.liu", reqs.pending_approvals)} == {info.id}

    clock.advance(hours=1)
    assert office.do("hr.liu", reqs.approve, info.id).current_role == "executive"
    clock.advance(hours=1)
    done = office.do("exec.zhou", reqs.approve, info.id, "批准扩编")

    assert done.status == "approved" and done.decided_at == clock.now()
    job = office.do("hr.chen", jobs.get_job, done.job_id)
    assert (job.code, job.title, job.headcount, job.status) == ("J2026-0001", "数控车工", 5, "open")
    assert job.recruiter_id == office.ids["hr.liu"]  # the HR approver
    assert job.hiring_manager_id == office.ids["mgr.qian"]  # the requester
    assert job.department_id == office.workshop.id and job.job_type == "skilled_worker"
    assert all(t.status == "done" and t.completed_at for t in _tasks(office, info.id))
    assert len(_tasks(office, info.id)) == 3
    assert _notified(office, info.id, "requisition_decided") == {office.ids["mgr.qian"]}
    assert _kinds(office, info.id) == [
        "requisition_created", "requisition_submitted", "requisition_step_approved",
        "requisition_step_approved", "requisition_step_approved", "requisition_approved"]
    job_events = office.rows(TimelineEvent, TimelineEvent.job_id == job.id)
    assert sorted(e.kind for e in job_events) == ["job_opened", "requisition_approved"]
    assert {e.actor_name for e in job_events} == {"周厂长"}  # opened in the director's name

    detail = office.do("mgr.qian", reqs.get_requisition, info.id)
    assert [(s.role, s.status, s.decided_by_name, s.comment) for s in detail.trail] == [
        ("dept_head", "approved", "李工", "同意"), ("hr", "approved", "刘人事", None),
        ("executive", "approved", "周厂长", "批准扩编")]
    assert detail.trail[0].approver_name == "李工"
    assert detail.trail[0].decided_at == dt.datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
    assert office.do("exec.zhou", reqs.pending_approvals) == []


def test_below_the_threshold_no_executive_step(office: Office) -> None:
    info = office.submitted(headcount=2, salary_max=9000)
    office.do("mgr.li", reqs.approve, info.id)
    done = office.do("hr.chen", reqs.approve, info.id)
    assert done.status == "approved" and done.job_id is not None
    trail = office.do("hr.chen", reqs.get_requisition, info.id).trail
    assert [s.role for s in trail] == ["dept_head", "hr"]
    assert office.do("exec.zhou", reqs.pending_approvals) == []


def test_a_head_asking_for_its_own_department_goes_to_the_head_above(office: Office) -> None:
    info = office.submitted("mgr.li", headcount=1)
    assert _notified(office, info.id, "approval_requested") == {office.ids["mgr.wang"]}
    with pytest.raises(errors.NotYourTurn):
        office.do("mgr.li", reqs.approve, info.id)
    assert office.do("mgr.wang", reqs.approve, info.id).current_role == "hr"


def test_no_head_above_the_requester_skips_the_step(office: Office) -> None:
    info = office.submitted("mgr.wang", department_id=office.production.id, headcount=1)
    detail = office.do("hr.chen", reqs.get_requisition, info.id)
    assert [(s.role, s.status) for s in detail.trail] == [
        ("dept_head", "skipped"), ("hr", "waiting")]
    # Why, as a code said in the reader's language; no sentence is stored as a comment.
    assert detail.trail[0].skip_reason == "no_head" and detail.trail[0].comment is None
    assert detail.trail[0].decided_at is not None
    assert "requisition_step_skipped" in _kinds(office, info.id)
    assert detail.requisition.current_role == "hr"


def test_hr_does_not_approve_what_it_asked_for(office: Office) -> None:
    info = office.submitted("hr.chen", department_id=office.production.id, headcount=1)
    office.do("mgr.wang", reqs.approve, info.id)
    assert _notified(office, info.id, "approval_requested") == {
        office.ids["mgr.wang"], office.ids["hr.liu"]}
    with pytest.raises(errors.NotYourTurn):
        office.do("hr.chen", reqs.approve, info.id)
    assert office.do("hr.liu", reqs.approve, info.id).status == "approved"


# --- return, reject, cancel -----------------------------------------------------------


def test_return_for_changes_then_resubmit_starts_round_two(office: Office,
                                                           clock: FixedClock) -> None:
    info = office.submitted(headcount=5)
    with pytest.raises(errors.InvalidField) as refused:
        office.do("mgr.li", reqs.return_for_changes, info.id, "  ")
    assert refused.value.params["field"] == "comment"
    returned = office.do("mgr.li", reqs.return_for_changes, info.id, "人数请按产能核算")
    assert returned.status == "returned" and returned.current_role is None
    assert _notified(office, info.id, "requisition_decided") == {office.ids["mgr.qian"]}
    assert [t.status for t in _tasks(office, info.id)] == ["done"]

    clock.advance(days=1)
    edited = office.do("mgr.qian", reqs.update_requisition, info.id,
                       office.draft(headcount=3), returned.version)
    again = office.do("mgr.qian", reqs.submit, edited.id)
    assert again.round == 2 and again.current_role == "dept_head"
    trail = office.do("mgr.qian", reqs.get_requisition, info.id).trail
    assert [(s.round, s.role, s.status) for s in trail] == [
        (1, "dept_head", "returned"), (1, "hr", "skipped"), (1, "executive", "skipped"),
        (2, "dept_head", "waiting"), (2, "hr", "waiting")]
    assert trail[0].comment == "人数请按产能核算"
    assert trail[1].skip_reason == "not_reached" and trail[1].comment is None


def test_the_requester_hears_the_decision_in_their_own_language(office: Office) -> None:
    info = office.submitted(headcount=2)
    office.do("mgr.li", reqs.approve, info.id)
    office.do("hr.chen", reqs.reject, info.id, "预算已冻结")
    [notice] = office.do("mgr.qian", notifications.inbox)
    number = info.number
    assert i18n.describe_said(notice.title, chinese=True) == f"岗位需求 {number}（数控车工）已驳回"
    assert i18n.describe_said(notice.title, chinese=False) == \
        f"Requisition {number} (数控车工) was rejected"
    assert i18n.describe_said(notice.body, chinese=False) == "预算已冻结"  # as the approver wrote
    [task] = _tasks(office, info.id)[:1]
    text = notices.of_row(task.code, task.params, task.title)
    assert i18n.describe_said(text, chinese=True) == f"审批岗位需求 {number}：数控车工 × 2"


def test_reject_ends_the_requisition(office: Office) -> None:
    info = office.submitted(headcount=2)
    office.do("mgr.li", reqs.approve, info.id)
    with pytest.raises(errors.InvalidField):
        office.do("hr.chen", reqs.reject, info.id, "")
    rejected = office.do("hr.chen", reqs.reject, info.id, "预算已冻结")
    assert rejected.status == "rejected" and rejected.decided_at is not None
    assert rejected.job_id is None and office.rows(Job) == []
    with pytest.raises(errors.AlreadyDecided):
        office.do("hr.liu", reqs.approve, info.id)
    with pytest.raises(errors.InvalidState):
        office.do("mgr.qian", reqs.submit, info.id)


def test_the_requester_cancels_before_approval(office: Office) -> None:
    info = office.submitted(headcount=2)
    cancelled = office.do("mgr.qian", reqs.cancel, info.id)
    assert cancelled.status == "cancelled"
    assert [t.status for t in _tasks(office, info.id)] == ["cancelled"]
    assert office.do("mgr.li", reqs.pending_approvals) == []
    with pytest.raises(errors.InvalidState):
        office.do("mgr.li", reqs.approve, info.id)


# --- refusals -------------------------------------------------------------------------


def test_approving_twice_says_who_decided_and_when(office: Office, clock: FixedClock) -> None:
    info = office.submitted(headcount=5)
    office.do("mgr.li", reqs.approve, info.id)
    with pytest.raises(errors.AlreadyDecided) as twice:
        office.do("mgr.li", reqs.approve, info.id)
    # Kunshan time, as the people there read it.
    assert twice.value.params == {"by": "李工", "at": "2026-11-02 17:00"}
    clock.advance(minutes=30)
    office.do("hr.chen", reqs.approve, info.id)
    with pytest.raises(errors.AlreadyDecided) as colleague:
        office.do("hr.liu", reqs.approve, info.id)
    assert colleague.value.params == {"by": "陈招聘", "at": "2026-11-02 17:30"}


def test_not_your_turn(office: Office) -> None:
    info = office.submitted(headcount=5)
    for who in ("hr.chen", "exec.zhou", "mgr.wang"):
        with pytest.raises(errors.NotYourTurn) as early:
            office.do(who, reqs.approve, info.id)
        assert early.value.params == {"role": "dept_head"}
    office.do("mgr.li", reqs.approve, info.id)
    with pytest.raises(errors.NotYourTurn):
        office.do("exec.zhou", reqs.reject, info.id, "不行")
    assert office.do("hr.chen", reqs.get_requisition, info.id).requisition.current_role == "hr"


@pytest.mark.parametrize(("changes", "field"), [
    ({"headcount": 0}, "headcount"),
    ({"salary_min": 9000, "salary_max": 8000}, "salary_min"),
    ({"wanted_by": dt.date(2026, 11, 1)}, "wanted_by"),
    ({"position_title": "  "}, "position_title"),
    ({"reason": "whim"}, "reason"),
    ({"job_type": "astronaut"}, "job_type"),
])
def test_bad_input_is_refused_and_nothing_is_written(office: Office, changes: dict[str, Any],
                                                     field: str) -> None:
    with pytest.raises(errors.InvalidField) as refused:
        office.do("mgr.qian", reqs.create_requisition, office.draft(**changes))
    assert refused.value.params["field"] == field
    assert office.do("hr.chen", reqs.list_requisitions) == []


def test_submit_checks_again_and_leaves_a_refused_draft_untouched(office: Office,
                                                                   clock: FixedClock) -> None:
    info = office.do("mgr.qian", reqs.create_requisition,
                     office.draft(wanted_by=dt.date(2026, 11, 3)))
    clock.advance(days=2)  # 2026-11-04 17:00 in Kunshan: the wanted date has passed
    with pytest.raises(errors.InvalidField) as refused:
        office.do("mgr.qian", reqs.submit, info.id)
    assert refused.value.params["field"] == "wanted_by"
    after = office.do("mgr.qian", reqs.get_requisition, info.id)
    assert after.requisition.status == "draft" and after.trail == ()
    assert after.requisition.version == info.version and _tasks(office, info.id) == []


def test_other_departments_and_interviewers_see_nothing(office: Office) -> None:
    info = office.submitted(headcount=5)
    for who in ("mgr.zhao", "iv.sun"):
        assert office.do(who, reqs.list_requisitions) == []
        assert office.do(who, reqs.pending_approvals) == []
        with pytest.raises(errors.NotFound):
            office.do(who, reqs.get_requisition, info.id)
    for use_case in (reqs.approve, reqs.submit, reqs.cancel):
        with pytest.raises(errors.NotFound):
            office.do("mgr.zhao", use_case, info.id)
    with pytest.raises(errors.PermissionDenied):
        office.do("mgr.zhao", reqs.create_requisition, office.draft())
    with pytest.raises(errors.PermissionDenied):
        office.do("iv.sun", reqs.create_requisition, office.draft())
    # The head of the parent department reaches its sub-departments.
    assert [r.id for r in office.do("mgr.wang", reqs.list_requisitions)] == [info.id]
    assert [r.id for r in office.do("exec.zhou", reqs.list_requisitions, "submitted")] == [info.id]


def test_hr_of_another_site_sees_nothing(office: Office) -> None:
    other = org.create_site(office.ws, office.admin.actor, "SZ", "苏州工厂")
    office.user("hr.wu", "吴人事", RoleScope("hr", other.id))
    info = office.submitted(headcount=1)
    assert office.do("hr.wu", reqs.list_requisitions) == []
    with pytest.raises(errors.NotFound):
        office.do("hr.wu", reqs.approve, info.id)


def test_an_approved_requisition_adds_headcount_to_the_open_job(office: Office) -> None:
    job = office.do("hr.chen", jobs.create_job, jobs.JobDraft("数控车工", office.workshop.id, 2))
    info = office.submitted(headcount=3)
    office.do("mgr.li", reqs.approve, info.id)
    done = office.do("hr.liu", reqs.approve, info.id)
    assert done.status == "approved" and done.job_id == job.id
    assert office.do("hr.chen", jobs.get_job, job.id).headcount == 5
    assert len(office.rows(Job)) == 1
    assert "job_headcount_added" in _kinds(office, info.id)


def test_a_stale_edit_is_refused(office: Office, clock: FixedClock) -> None:
    info = office.do("mgr.qian", reqs.create_requisition, office.draft())
    clock.advance(minutes=5)
    office.do("hr.chen", reqs.update_requisition, info.id, office.draft(headcount=4), info.version)
    with pytest.raises(errors.ChangedMeanwhile) as stale:
        office.do("mgr.qian", reqs.update_requisition, info.id, office.draft(headcount=6),
                  info.version)
    assert stale.value.params == {"by": "陈招聘", "at": "2026-11-02 17:05"}
    assert office.do("mgr.qian", reqs.get_requisition, info.id).requisition.draft.headcount == 4
    submitted = office.do("mgr.qian", reqs.submit, info.id)
    with pytest.raises(errors.ChangedMeanwhile):
        office.do("mgr.li", reqs.approve, info.id, None, info.version)
    assert office.do("mgr.li", reqs.approve, info.id, None, submitted.version).status == "submitted"


def test_only_the_requester_or_hr_edits(office: Office) -> None:
    info = office.do("mgr.qian", reqs.create_requisition, office.draft())
    with pytest.raises(errors.PermissionDenied):
        office.do("mgr.li", reqs.update_requisition, info.id, office.draft(), info.version)
    submitted = office.do("mgr.qian", reqs.submit, info.id)
    with pytest.raises(errors.InvalidState):
        office.do("mgr.qian", reqs.update_requisition, info.id, office.draft(),
                  submitted.version)


# --- the policy -----------------------------------------------------------------------


def test_the_policy_is_validated_and_applies_to_the_next_submit(office: Office) -> None:
    policy = office.do("hr.chen", reqs.approval_policy)
    assert [s.role for s in policy.steps] == ["dept_head", "hr", "executive"]
    assert policy.steps[2] == PolicyStep("executive", 3, 15000)
    for bad in ([PolicyStep("hr"), PolicyStep("hr")], [PolicyStep("ceo")], [],
                [PolicyStep("executive", headcount_over=2)],
                [PolicyStep("hr"), PolicyStep("executive", headcount_over=-1)]):
        with pytest.raises(errors.InvalidField):
            reqs.set_approval_policy(office.ws, office.admin.actor, bad)
    # Company-wide: a manager, and HR limited to one site, may not change it.
    for who in ("mgr.wang", "hr.chen"):
        with pytest.raises(errors.PermissionDenied):
            office.do(who, reqs.set_approval_policy, [PolicyStep("hr")])

    changed = reqs.set_approval_policy(office.ws, office.admin.actor,
                                       [PolicyStep("hr"), PolicyStep("executive")],
                                       policy.version)
    with pytest.raises(errors.ConcurrentChange):  # the form still shows the old version
        reqs.set_approval_policy(office.ws, office.admin.actor, [PolicyStep("hr")],
                                 policy.version)
    assert office.do("mgr.qian", reqs.approval_policy) == changed
    info = office.submitted(headcount=1)
    assert info.current_role == "hr"
    office.do("hr.chen", reqs.approve, info.id)
    assert office.do("exec.zhou", reqs.approve, info.id).status == "approved"
