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


def test_interviewers_see_their_candidates_masked(tmp_path, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    location = SqliteLocation(tmp_path / "demo.db")
    made = setup.create_demo_database(location, size=400, clock=clock)
    hr = next(a for a in made if a.role == "hr")
    interviewer = next(a for a in made if a.username == "int.zhang")
    with_hr = session.open_session(location, hr.username, hr.password, clock)
    with_int = session.open_session(location, interviewer.username, interviewer.password, clock)
    try:
        theirs = candidates.search_candidates(with_int.workspace, with_int.actor, limit=500)
        everyone = candidates.search_candidates(with_hr.workspace, with_hr.actor, limit=500)
        assert 0 < theirs.total < everyone.total  # assigned at the interview stages only
        one = theirs.items[0]
        assert one.mobile and "****" in one.mobile
        assert one.id_number and one.id_number.count("*") == 12
        plain = candidates.get_candidate(with_hr.workspace, with_hr.actor, one.id)
        assert "*" not in (plain.mobile or "")
        hidden = next(c for c in everyone.items if c.id not in {t.id for t in theirs.items})
        with pytest.raises(errors.NotFound):
            candidates.get_candidate(with_int.workspace, with_int.actor, hidden.id)
    finally:
        with_hr.close()
        with_int.close()


def test_cancelling_the_demo_leaves_nothing(tmp_path, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    location = SqliteLocation(tmp_path / "demo.db")
    with pytest.raises(errors.Cancelled):
        setup.create_demo_database(location, size=5_000, clock=clock,
                                   cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == [] or not location.path.exists()
    assert setup.probe(location) is setup.DatabaseState.EMPTY
