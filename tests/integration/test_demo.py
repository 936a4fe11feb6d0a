"""The demo database: realistic people, every role, shown only in demo mode."""

from __future__ import annotations

import pytest

from hrdesk import errors
from hrdesk.clock import FixedClock
from hrdesk.locations import Location, SqliteLocation
from hrdesk.services import accounts, audit_log, candidates, org, session, setup


def test_demo_database_has_every_role_and_signs_in(location: Location,
                                                   clock: FixedClock) -> None:
    seen: list[tuple[int, int]] = []
    made = setup.create_demo_database(location, size=1_200, clock=clock,
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
        assert candidates.count(opened.workspace, opened.actor) == 1_200
    finally:
        opened.close()


def test_interviewers_see_masked_numbers(tmp_path, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    location = SqliteLocation(tmp_path / "demo.db")
    made = setup.create_demo_database(location, size=50, clock=clock)
    hr = next(a for a in made if a.role == "hr")
    interviewer = next(a for a in made if a.role == "interviewer")
    with_hr = session.open_session(location, hr.username, hr.password, clock)
    with_int = session.open_session(location, interviewer.username, interviewer.password, clock)
    try:
        someone = _first_mobile(with_hr)
        plain = candidates.find_by_mobile(with_hr.workspace, with_hr.actor, someone)[0]
        masked = candidates.find_by_mobile(with_int.workspace, with_int.actor, someone)[0]
        assert plain.mobile == someone and plain.id_number and "*" not in plain.id_number
        assert masked.mobile == someone[:3] + "****" + someone[-4:]
        assert masked.id_number and masked.id_number.count("*") == 12
    finally:
        with_hr.close()
        with_int.close()


def _first_mobile(opened: session.Session) -> str:
    from sqlalchemy import select

    from hrdesk.models.candidates import Candidate

    with opened.workspace.db.unit_of_work(read_only=True) as uow:
        return uow.session.scalars(select(Candidate.mobile).limit(1)).one()


def test_cancelling_the_demo_leaves_nothing(tmp_path, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    location = SqliteLocation(tmp_path / "demo.db")
    with pytest.raises(errors.Cancelled):
        setup.create_demo_database(location, size=5_000, clock=clock,
                                   cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == [] or not location.path.exists()
    assert setup.probe(location) is setup.DatabaseState.EMPTY
