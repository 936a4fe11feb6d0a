"""Who may do what to which record: every role against every use case, on both backends.

Two tables below, read off the rules of ``security.permissions`` (what a role may
do), ``security.scope`` (which records it reaches) and the services (who leaves
an approval stage, who decides a requisition step). A cell is one of

- ``ok``      the call succeeds (for lists and searches: with exactly the records
              of the second table, never one out of scope);
- ``denied``  ``PermissionDenied``;
- ``turn``    ``NotYourTurn`` (an approval waits for someone else);
- ``decided`` ``AlreadyDecided`` (the actor's own earlier approval);
- ``nf``      ``NotFound``: a record out of scope looks exactly like a missing one.

Reads run against one plant that nothing writes to; each write that is expected
to succeed gets a record of its own on a second plant, so the cells are
independent and may run in any order.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import itertools
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from hrdesk import errors
from hrdesk.clock import FixedClock
from hrdesk.dto.accounts import RoleScope
from hrdesk.dto.pipelines import StageSpec, TemplateSpec
from hrdesk.models.org import User
from hrdesk.models.tasks import Notification
from hrdesk.security.actor import Actor
from hrdesk.services import (
    accounts,
    applications,
    audit_log,
    boards,
    candidate_merge,
    candidate_privacy,
    candidate_search,
    candidates,
    channels,
    erasure,
    jobs,
    maintenance,
    notifications,
    org,
    pipelines,
    reminders,
    requisitions,
    session,
)
from hrdesk.services.candidates import CandidateChanges, NewCandidate
from tests.integration import plant as plant_

USERS = ("hr.li", "hr.other", "mgr.wang", "mgr.sun", "lead.zhang", "int.zhou", "int.wu",
         "exec.huang", "admin")
ADMIN, ADMIN_PASSWORD = "admin", "admin-password-1"


def _table(text: str) -> dict[str, dict[str, str]]:
    rows = [line.split() for line in text.strip().splitlines()]
    assert tuple(rows[0][1:]) == USERS
    return {row[0]: dict(zip(USERS, row[1:], strict=True)) for row in rows[1:]}


# --- the tables -------------------------------------------------------------------------

# Reads, on the plant nothing writes to (a backup reads the whole database). Targets: `seen` is shortlisted and assigned to int.zhou,
# `hidden` is not shortlisted (both on the 机加工车间 job), `free` has no application.
READS = _table("""
call                 hr.li hr.other mgr.wang mgr.sun lead.zhang int.zhou int.wu exec.huang admin
list_channels        ok    ok       ok       ok      ok         ok       ok     ok         ok
channel_costs        ok    ok       denied   denied  denied     denied   denied denied     ok
search_candidates    ok    ok       ok       ok      ok         ok       ok     ok         denied
find_hidden_mobile   ok    ok       ok       ok      ok         ok       ok     ok         denied
get_candidate_seen   ok    ok       ok       nf      ok         ok       nf     ok         denied
get_candidate_hidden ok    ok       nf       nf      nf         nf       nf     ok         denied
get_candidate_free   ok    ok       nf       nf      nf         nf       nf     nf         denied
list_jobs            ok    ok       ok       ok      ok         ok       ok     ok         ok
get_job              ok    nf       ok       nf      ok         ok       nf     ok         ok
board                ok    nf       ok       nf      ok         ok       nf     ok         ok
list_requisitions    ok    ok       ok       ok      ok         ok       ok     ok         ok
get_requisition      ok    nf       ok       nf      ok         nf       nf     ok         ok
verify_audit         denied denied  denied   denied  denied     denied   denied denied     ok
read_audit           denied denied  denied   denied  denied     denied   denied ok         ok
backup               denied denied  denied   denied  denied     denied   denied denied     ok
""")

# What the successful reads return: candidates, jobs (job = 机加工车间, qjob = 质量部,
# czjob = the other plant's), requisitions (r1 by lead.zhang, r2 a draft of hr.other).
# For a candidate's page: the jobs of the applications it lists. "-": nothing.
SEES = _table("""
call                 hr.li    hr.other mgr.wang mgr.sun lead.zhang int.zhou int.wu exec.huang admin
search_candidates    seen,hidden,free,q,cz seen,hidden,free,q,cz seen q seen seen - seen,hidden,q -
find_hidden_mobile   hidden   hidden   -        -       -          -        -      hidden     -
get_candidate_seen   job      -        job      -       job        job      -      job        -
get_candidate_hidden job      -        -        -       -          -        -      job        -
list_jobs            job,qjob czjob    job      qjob    job        job      -      job,qjob   job,qjob,czjob
board                seen,hidden -     seen     -       seen       seen     -      seen,hidden -
list_requisitions    r1       r2       r1       -       r1         -        -      r1         r1,r2
""")

# Writes, each on a record of its own (fresh application, candidate, requisition …).
# advance/reject/assign/shortlist: an application in screening, on the 机加工车间 job,
# shortlisted and assigned to int.zhou (shortlist: not yet shortlisted). approve_hire:
# standing in the manager's 录用审批 of 技能工人; approve_hire_exec: in the executive's
# 录用审批 of 管理岗. approve_req_*: a requisition of lead.zhang at its department-head
# step (mgr.wang decides) or, after mgr.wang approved, at the HR step.
WRITES = _table("""
call                 hr.li hr.other mgr.wang mgr.sun lead.zhang int.zhou int.wu exec.huang admin
create_job           ok    denied   denied   denied  denied     denied   denied denied     denied
update_job           ok    nf       denied   denied  denied     denied   denied denied     denied
clone_job            ok    nf       denied   denied  denied     denied   denied denied     denied
create_template      ok    ok       denied   denied  denied     denied   denied denied     ok
create_channel       ok    ok       denied   denied  denied     denied   denied denied     ok
add_channel_cost     ok    ok       denied   denied  denied     denied   denied denied     ok
apply                ok    nf       denied   denied  denied     denied   denied denied     denied
advance              ok    nf       denied   nf      denied     denied   denied denied     denied
reject               ok    nf       denied   nf      denied     denied   denied denied     denied
assign_interviewers  ok    nf       ok       nf      ok         denied   denied denied     denied
shortlist            ok    nf       denied   denied  denied     denied   denied denied     denied
approve_hire         turn  nf       ok       nf      ok         denied   denied turn       denied
approve_hire_exec    turn  nf       turn     nf      turn       denied   denied ok         denied
create_candidate     ok    ok       denied   denied  denied     denied   denied denied     denied
update_candidate     ok    ok       denied   denied  denied     denied   denied denied     denied
merge_candidates     ok    ok       denied   denied  denied     denied   denied denied     denied
erase_candidate      ok    ok       denied   denied  denied     denied   denied denied     denied
file_requisition     ok    denied   ok       denied  ok         denied   denied denied     denied
approve_req_head     turn  nf       ok       nf      turn       nf       nf     turn       turn
approve_req_hr       ok    nf       decided  nf      turn       nf       nf     turn       turn
create_user          denied denied  denied   denied  denied     denied   denied denied     ok
run_reminders        ok    ok       denied   denied  denied     denied   denied denied     ok
""")

KNOWN_BUGS: dict[tuple[str, str], str] = {}  # (call, user) -> why it fails today


def _cells(table: dict[str, dict[str, str]]) -> list[Any]:
    return [pytest.param(call, user, id=f"{call}-{user}", marks=(
        [pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[call, user])]
        if (call, user) in KNOWN_BUGS else []))
        for call, row in table.items() for user in row]


# --- the plants ---------------------------------------------------------------------------


@dataclasses.dataclass
class World:
    plant: plant_.Plant
    admin: session.Session
    folder: Path
    ids: dict[str, uuid.UUID] = dataclasses.field(default_factory=dict)  # label -> id
    shared: dict[str, Any] = dataclasses.field(default_factory=dict)
    serials: Iterator[int] = dataclasses.field(default_factory=lambda: itertools.count(100))
    actors: dict[str, Actor] = dataclasses.field(default_factory=dict)

    @property
    def ws(self):  # type: ignore[no-untyped-def]
        return self.plant.ws

    def actor(self, username: str) -> Actor:
        return self.actors[username]

    def label(self, record_id: uuid.UUID) -> str:
        """The table's name for a record; anything else shows up as itself."""
        return next((k for k, v in self.ids.items() if v == record_id), f"?{record_id}")

    def labels(self, ids: Any) -> str:
        return ",".join(sorted((self.label(i) for i in ids), key=_order)) or "-"


def _order(label: str) -> int:
    known = ("seen", "hidden", "free", "q", "cz", "job", "qjob", "czjob", "r1", "r2")
    return known.index(label) if label in known else len(known)


@contextlib.contextmanager
def _world(kind: str, folder: Path) -> Iterator[World]:
    clock = FixedClock(dt.datetime(2026, 11, 2, 1, 0, tzinfo=dt.UTC),
                       tick=dt.timedelta(milliseconds=10))
    for built in plant_.module_plant(kind, folder, clock):
        world = World(built, built[plant_.ADMIN], folder, actors=_actors(built))
        world.ids["job"] = built.job.id
        yield world


def _actors(built: plant_.Plant) -> dict[str, Actor]:
    """Everyone as signing in would make them (``session.actor_of``), without paying a
    key derivation per person and plant."""
    with built.ws.db.unit_of_work(read_only=True) as uow:
        users = uow.session.scalars(select(User).options(selectinload(User.grants)))
        return {u.username: session.actor_of(u) for u in users}


def _draft(department_id: uuid.UUID, title: str = "装配钳工") -> requisitions.RequisitionDraft:
    return requisitions.RequisitionDraft(department_id, title, 1, "expansion",
                                         salary_min=5000, salary_max=7000)


def _populate(w: World) -> None:
    """The records the read cells look at; nothing writes to this plant afterwards."""
    p, ws = w.plant, w.ws
    hr, other = w.actor("hr.li"), w.actor("hr.other")
    elsewhere = next(g.site_id for g in other.grants)
    assert elsewhere is not None
    assembly = org.create_department(ws, w.actor(ADMIN), elsewhere, "总装车间")
    w.ids["qjob"] = jobs.create_job(ws, hr, jobs.JobDraft("质检员", p.quality_id, 1)).id
    w.ids["czjob"] = jobs.create_job(ws, other, jobs.JobDraft("装配工", assembly.id, 2)).id
    for number, label in enumerate(("seen", "hidden", "free", "q", "cz"), start=1):
        w.ids[label] = p.candidate(f"候选人{label}", number)
    seen = applications.apply(ws, hr, w.ids["seen"], p.job.id).application_id
    applications.set_shortlisted(ws, hr, seen, True)
    applications.assign_interviewers(ws, hr, seen, [w.actor("int.zhou").user_id])
    applications.advance(ws, hr, seen)  # the practical test: a notice for lead.zhang
    applications.apply(ws, hr, w.ids["hidden"], p.job.id)
    quality = applications.apply(ws, hr, w.ids["q"], w.ids["qjob"]).application_id
    applications.set_shortlisted(ws, hr, quality, True)
    applications.apply(ws, other, w.ids["cz"], w.ids["czjob"])
    lead = w.actor("lead.zhang")
    r1 = requisitions.create_requisition(ws, lead, _draft(p.workshop_id))
    w.ids["r1"] = requisitions.submit(ws, lead, r1.id).id
    w.ids["r2"] = requisitions.create_requisition(ws, other, _draft(assembly.id, "装配工")).id


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="module", params=BACKENDS)
def reads(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[World]:
    with _world(request.param, tmp_path_factory.mktemp("reads")) as world:
        _populate(world)
        yield world


@pytest.fixture(scope="module", params=BACKENDS)
def writes(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[World]:
    with _world(request.param, tmp_path_factory.mktemp("writes")) as world:
        templates = pipelines.list_templates(world.ws, world.actor("hr.li"))
        [management] = [t for t in templates if t.name == "管理岗"]
        world.shared["job_mgmt"] = jobs.create_job(world.ws, world.actor("hr.li"), jobs.JobDraft(
            "车间主任", world.plant.workshop_id, 1, management.id, management.job_type))
        yield world


# --- running a cell -------------------------------------------------------------------------

OUTCOMES: tuple[tuple[type[errors.UserError], str], ...] = (
    (errors.PermissionDenied, "denied"), (errors.NotYourTurn, "turn"),
    (errors.AlreadyDecided, "decided"), (errors.NotFound, "nf"))


def _outcome(call: Callable[[], Any]) -> tuple[str, Any]:
    try:
        result = call()
    except errors.UserError as exc:
        for kind, word in OUTCOMES:
            if isinstance(exc, kind):
                return word, None
        raise
    return "ok", result


def _read(w: World, call: str, actor: Actor) -> Any:
    ws, p = w.ws, w.plant
    hidden_mobile = f"139{2:08d}"  # plant.candidate's mobile for serial 2
    reads: dict[str, Callable[[], Any]] = {
        "list_channels": lambda: channels.list_channels(ws, actor),
        "channel_costs": lambda: channels.costs(ws, actor),
        "search_candidates": lambda: w.labels(
            c.id for c in candidate_search.search_candidates(ws, actor, limit=500).items),
        "find_hidden_mobile": lambda: w.labels(
            c.id for c in candidates.find_by_mobile(ws, actor, hidden_mobile)),
        "get_candidate_seen": lambda: w.labels(
            a.job_id for a in candidates.get_candidate(ws, actor, w.ids["seen"]).applications),
        "get_candidate_hidden": lambda: w.labels(
            a.job_id for a in candidates.get_candidate(ws, actor, w.ids["hidden"]).applications),
        "get_candidate_free": lambda: candidates.get_candidate(ws, actor, w.ids["free"]),
        "list_jobs": lambda: w.labels(j.id for j in jobs.list_jobs(ws, actor)),
        "get_job": lambda: jobs.get_job(ws, actor, p.job.id),
        "board": lambda: w.labels(card.candidate_id for column in boards.load(
            ws, actor, p.job.id).columns for card in column.cards),
        "list_requisitions": lambda: w.labels(
            r.id for r in requisitions.list_requisitions(ws, actor)),
        "get_requisition": lambda: requisitions.get_requisition(ws, actor, w.ids["r1"]),
        "verify_audit": lambda: audit_log.verify(ws, actor),
        "read_audit": lambda: audit_log.recent(ws, actor, limit=5),
        "backup": lambda: maintenance.make_backup(ws, actor, w.folder / f"{actor.username}.hdbk"),
    }
    return reads[call]()


@pytest.mark.parametrize(("call", "user"), _cells(READS))
def test_read(reads: World, call: str, user: str) -> None:
    outcome, result = _outcome(lambda: _read(reads, call, reads.actor(user)))
    assert outcome == READS[call][user]
    if outcome == "ok" and call in SEES:
        assert result == SEES[call][user]


# Writes: what each needs (made fresh for a cell expected to succeed, shared otherwise),
# and the call itself.


def _candidate(w: World) -> uuid.UUID:
    number = next(w.serials)
    return w.plant.candidate(f"新人{number}", number)


def _application(w: World, shortlisted: bool = True, advanced: int = 0,
                 job: uuid.UUID | None = None) -> uuid.UUID:
    ws, hr = w.ws, w.actor("hr.li")
    app = applications.apply(ws, hr, _candidate(w), job or w.plant.job.id).application_id
    applications.set_shortlisted(ws, hr, app, shortlisted)
    applications.assign_interviewers(ws, hr, app, [w.actor("int.zhou").user_id])
    for _ in range(advanced):
        applications.advance(ws, hr, app)
    return app


def _requisition(w: World, head_approved: bool) -> uuid.UUID:
    lead = w.actor("lead.zhang")
    req = requisitions.create_requisition(w.ws, lead, _draft(w.plant.workshop_id))
    req = requisitions.submit(w.ws, lead, req.id)
    if head_approved:
        requisitions.approve(w.ws, w.actor("mgr.wang"), req.id)
    return req.id


def _fresh_name(w: World, prefix: str) -> str:
    return f"{prefix}{next(w.serials)}"


Prepare = Callable[[World], Any]
Run = Callable[[World, Actor, Any], Any]

WRITE_CALLS: dict[str, tuple[Prepare, Run]] = {
    "create_job": (lambda w: None, lambda w, a, _t: jobs.create_job(
        w.ws, a, jobs.JobDraft("操作工", w.plant.workshop_id, 1))),
    "update_job": (lambda w: jobs.create_job(w.ws, w.actor("hr.li"), jobs.JobDraft(
        "操作工", w.plant.workshop_id, 1)), lambda w, a, job: jobs.update_job(
        w.ws, a, job.id, job.version, headcount=2)),
    "clone_job": (lambda w: w.plant.job.id, lambda w, a, job_id: jobs.clone_job(
        w.ws, a, job_id, 1)),
    "create_template": (lambda w: _fresh_name(w, "学徒流程"), lambda w, a, name:
                        pipelines.create_template(w.ws, a, TemplateSpec(
                            name, "apprentice", "", (StageSpec("screening", "简历筛选",
                                                               "screening", "hr"),)))),
    "create_channel": (lambda w: _fresh_name(w, "渠道"), lambda w, a, name:
                       channels.create_channel(w.ws, a, name, "other")),
    "add_channel_cost": (lambda w: channels.list_channels(w.ws, w.actor("hr.li"))[0].id,
                         lambda w, a, channel_id: channels.add_cost(
                             w.ws, a, channel_id, dt.date(2026, 10, 1), dt.date(2026, 10, 31),
                             Decimal(2000))),
    "apply": (_candidate, lambda w, a, person: applications.apply(
        w.ws, a, person, w.plant.job.id)),
    "advance": (_application, lambda w, a, app: applications.advance(w.ws, a, app)),
    "reject": (_application, lambda w, a, app: applications.reject(w.ws, a, app, "skills")),
    "assign_interviewers": (_application, lambda w, a, app: applications.assign_interviewers(
        w.ws, a, app, [w.actor("int.wu").user_id])),
    "shortlist": (lambda w: _application(w, shortlisted=False), lambda w, a, app:
                  applications.set_shortlisted(w.ws, a, app, True)),
    # screening → practical test → interview → 录用审批 (manager)
    "approve_hire": (lambda w: _application(w, advanced=3), lambda w, a, app:
                     applications.advance(w.ws, a, app)),
    # screening → 初试 → 终面 → background check → 录用审批 (executive)
    "approve_hire_exec": (lambda w: _application(w, advanced=4, job=w.shared["job_mgmt"].id),
                          lambda w, a, app: applications.advance(w.ws, a, app)),
    "create_candidate": (lambda w: next(w.serials), lambda w, a, number:
                         candidates.create_candidate(w.ws, a, NewCandidate(
                             f"新人{number}", mobile=f"137{number:08d}"))),
    "update_candidate": (_candidate, lambda w, a, person: candidates.update_candidate(
        w.ws, a, person, CandidateChanges(city="苏州"), expected_version=1)),
    "merge_candidates": (lambda w: (_candidate(w), _candidate(w)), lambda w, a, pair:
                         candidate_merge.merge_candidates(w.ws, a, *pair)),
    "erase_candidate": (_candidate, lambda w, a, person: erasure.erase(
        w.ws, a, person, "本人申请删除")),
    "file_requisition": (lambda w: None, lambda w, a, _t: requisitions.create_requisition(
        w.ws, a, _draft(w.plant.workshop_id))),
    "approve_req_head": (lambda w: _requisition(w, head_approved=False), lambda w, a, req:
                         requisitions.approve(w.ws, a, req)),
    "approve_req_hr": (lambda w: _requisition(w, head_approved=True), lambda w, a, req:
                       requisitions.approve(w.ws, a, req)),
    "create_user": (lambda w: _fresh_name(w, "user"), lambda w, a, name: accounts.create_user(
        w.ws, a, accounts.NewUser(name, name, plant_.PASSWORD, (RoleScope("interviewer"),)))),
    "run_reminders": (lambda w: None, lambda w, a, _t: reminders.run(w.ws, a)),
}


def test_every_write_of_the_table_has_a_call() -> None:
    assert set(WRITE_CALLS) == set(WRITES)


@pytest.mark.parametrize(("call", "user"), _cells(WRITES))
def test_write(writes: World, call: str, user: str) -> None:
    prepare, run = WRITE_CALLS[call]
    expected = WRITES[call][user]
    if expected == "ok":
        target = prepare(writes)
    else:
        # A refusal changes nothing, so refusals share one target (made on first use).
        if call not in writes.shared:
            writes.shared[call] = prepare(writes)
        target = writes.shared[call]
    outcome, _result = _outcome(lambda: run(writes, writes.actor(user), target))
    assert outcome == expected


# --- what the tables cannot say ------------------------------------------------------------


@pytest.mark.parametrize("user", USERS)
def test_inbox_holds_only_the_callers_notices(reads: World, user: str) -> None:
    actor = reads.actor(user)
    with reads.ws.db.unit_of_work(read_only=True) as uow:
        notices = uow.session.execute(select(Notification.id, Notification.user_id)).all()
    own = {n for n, owner in notices if owner == actor.user_id}
    others = [n for n, owner in notices if owner != actor.user_id]
    assert others  # something to leak
    assert {n.id for n in notifications.inbox(reads.ws, actor, limit=500)} == own
    assert notifications.unread_count(reads.ws, actor) == len(own)
    # Marking someone else's notices read does nothing to them.
    assert notifications.mark_read(reads.ws, actor, others) == 0


def test_the_plant_has_notices_to_leak(reads: World) -> None:
    with reads.ws.db.unit_of_work(read_only=True) as uow:
        owners = set(uow.session.scalars(select(Notification.user_id)))
    # mgr.wang decides the requisition; lead.zhang hears of the practical test.
    assert {reads.actor("mgr.wang").user_id, reads.actor("lead.zhang").user_id} <= owners


CLEAR = ("hr.li", "hr.other")
MASKED = ("mgr.wang", "lead.zhang", "int.zhou", "exec.huang")


@pytest.mark.parametrize("user", CLEAR + MASKED)
def test_personal_numbers_are_masked_and_only_hr_may_reveal_them(reads: World,
                                                                  user: str) -> None:
    actor = reads.actor(user)
    mobile = f"139{1:08d}"  # plant.candidate's numbers for serial 1
    first17 = "32058319910101001"
    profile = candidates.get_candidate(reads.ws, actor, reads.ids["seen"])
    [row] = [c for c in candidate_search.search_candidates(reads.ws, actor, limit=500).items
             if c.id == reads.ids["seen"]]
    assert profile.mobile == row.mobile == mobile[:3] + "****" + mobile[-4:]
    assert profile.id_number == row.id_number
    assert profile.id_number is not None
    assert profile.id_number[:4] == first17[:4] and set(profile.id_number[4:-2]) == {"*"}
    assert profile.expected_salary is None
    if user in CLEAR:  # a reveal writes only an audit entry, which no read cell looks at
        shown = candidate_privacy.reveal(reads.ws, actor, reads.ids["seen"])
        assert shown.mobile == mobile
        assert shown.id_number is not None and shown.id_number.startswith(first17)
    else:
        with pytest.raises(errors.PermissionDenied):
            candidate_privacy.reveal(reads.ws, actor, reads.ids["seen"])


def test_out_of_scope_search_by_number_finds_nobody(reads: World) -> None:
    """Typing a hidden person's exact mobile into the search box must not reveal them."""
    for user in ("mgr.wang", "lead.zhang", "int.zhou", "int.wu", "mgr.sun"):
        page = candidate_search.search_candidates(reads.ws, reads.actor(user), f"139{2:08d}")
        assert page.total == 0 and page.items == ()
