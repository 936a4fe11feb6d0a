"""The demo database: realistic people, every role, shown only in demo mode."""

from __future__ import annotations

import pytest

from hrdesk import errors
from hrdesk.clock import FixedClock
from hrdesk.demo import company
from hrdesk.demo.database import create_demo_database
from hrdesk.locations import Location, SqliteLocation
from hrdesk.services import (
    accounts,
    audit_log,
    candidate_privacy,
    candidate_search,
    candidates,
    channels,
    org,
    requisitions,
    session,
    setup,
)


def test_demo_database_has_every_role_and_signs_in(location: Location,
                                                   clock: FixedClock) -> None:
    seen: list[tuple[int, int]] = []
    made = create_demo_database(location, size=1_200, clock=clock,
                                progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (1_200, 1_200)
    assert {a.role for a in made} == {"admin", "hr", "manager", "interviewer", "executive"}
    assert setup.demo_accounts(location) == made
    admin = next(a for a in made if a.role == "admin")
    opened = session.open_session(location, admin.username, admin.password, clock)
    try:
        assert opened.is_demo
        ws = opened.workspace
        assert len(accounts.list_users(ws, opened.actor)) == len(made)
        assert {s.code for s in org.list_sites(ws, opened.actor)} == {"KS", "CZ"}
        assert audit_log.verify(ws, opened.actor).ok
    finally:
        opened.close()
    hr = next(a for a in made if a.role == "hr")
    opened = session.open_session(location, hr.username, hr.password, clock)
    try:
        assert candidate_search.count(opened.workspace, opened.actor) == 1_200
        statuses = {r.status for r in requisitions.list_requisitions(opened.workspace,
                                                                     opened.actor)}
        assert statuses == {"approved", "submitted", "rejected"}  # the returned one is CZ's
        assert channels.costs(opened.workspace, opened.actor)  # a year of invoices
    finally:
        opened.close()
    boss = session.open_session(location, "exec.huang", "hrdesk-demo", clock)
    try:  # the 电气工程师 request waits for the plant director
        waiting = requisitions.pending_approvals(boss.workspace, boss.actor)
        assert [r.draft.position_title for r in waiting] == ["电气工程师"]
    finally:
        boss.close()


def test_interviewers_see_their_candidates_masked(tmp_path, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    location = SqliteLocation(tmp_path / "demo.db")
    made = create_demo_database(location, size=400, clock=clock)
    hr = next(a for a in made if a.role == "hr")
    interviewer = next(a for a in made if a.username == "int.zhang")
    with_hr = session.open_session(location, hr.username, hr.password, clock)
    with_int = session.open_session(location, interviewer.username, interviewer.password, clock)
    try:
        theirs = candidate_search.search_candidates(with_int.workspace, with_int.actor, limit=500)
        everyone = candidate_search.search_candidates(with_hr.workspace, with_hr.actor, limit=500)
        assert 0 < theirs.total < everyone.total  # assigned at the interview stages only
        one = theirs.items[0]
        assert one.mobile and "****" in one.mobile
        assert one.id_number and one.id_number.count("*") == 12
        plain = candidate_privacy.reveal(with_hr.workspace, with_hr.actor, one.id)
        assert "*" not in (plain.mobile or "")  # profiles are masked; HR reveals (audited)
        hidden = next(c for c in everyone.items if c.id not in {t.id for t in theirs.items})
        with pytest.raises(errors.NotFound):
            candidates.get_candidate(with_int.workspace, with_int.actor, hidden.id)
    finally:
        with_hr.close()
        with_int.close()


def test_cancelling_the_demo_leaves_nothing(tmp_path, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    location = SqliteLocation(tmp_path / "demo.db")
    with pytest.raises(errors.Cancelled):
        create_demo_database(location, size=5_000, clock=clock, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == [] or not location.path.exists()
    assert setup.probe(location) is setup.DatabaseState.EMPTY


def _history(location, password: str = "hrdesk-demo") -> dict:  # type: ignore[no-untyped-def]
    """Every application's path, keyed by the candidate's mobile (the same person in
    both databases), with its timeline, tasks and the jobs' hire counts."""
    from sqlalchemy import select

    from hrdesk.models.applications import Application, TimelineEvent
    from hrdesk.models.candidates import Candidate
    from hrdesk.models.jobs import Job
    from hrdesk.models.pipeline import Stage
    from hrdesk.models.tasks import Task

    opened = session.open_session(location, "hr.li", password)
    try:
        with opened.workspace.db.unit_of_work(read_only=True) as uow:
            s = uow.session
            apps = {}
            for app, mobile, stage_key, code in s.execute(
                    select(Application, Candidate.mobile, Stage.key, Job.code)
                    .join(Candidate, Candidate.id == Application.candidate_id)
                    .join(Stage, Stage.id == Application.stage_id)
                    .join(Job, Job.id == Application.job_id)):
                events = s.scalars(select(TimelineEvent.kind)
                                   .where(TimelineEvent.application_id == app.id)
                                   .order_by(TimelineEvent.at)).all()
                tasks = sorted((t.title, t.status, str(t.due_at)[:19]) for t in s.scalars(
                    select(Task).where(Task.application_id == app.id)))
                apps[mobile] = (code, stage_key, app.status, app.shortlisted,
                                str(app.stage_entered_at)[:19], str(app.stage_due_at)[:19],
                                tuple(events), tuple(tasks))
            hires = dict(s.execute(select(Job.code, Job.hired_count)).all())
        assert audit_log.verify(opened.workspace, session.open_session(
            location, "admin", password).actor).ok
    finally:
        opened.close()
    return {"applications": apps, "hires": hires}


def test_bulk_history_matches_the_step_by_step_replay(tmp_path, clock: FixedClock,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    step_by_step = company.fill
    bulk = SqliteLocation(tmp_path / "bulk.db")
    reference = SqliteLocation(tmp_path / "reference.db")
    create_demo_database(bulk, size=250, clock=clock)
    monkeypatch.setattr(company, "fill", lambda *a, **k: step_by_step(*a, **k, step_by_step=True))
    create_demo_database(reference, size=250, clock=clock)
    made, expected = _history(bulk), _history(reference)
    assert made["hires"] == expected["hires"]
    assert made["applications"].keys() == expected["applications"].keys()
    for mobile, path in expected["applications"].items():
        assert made["applications"][mobile] == path, mobile
