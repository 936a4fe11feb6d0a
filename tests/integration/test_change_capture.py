"""What a commit changed is taken from the unit of work itself, and handed to the
database's listeners after the commit; a rolled-back one says nothing."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import delete, update

from hrdesk import changes, errors
from hrdesk.changes import ChangeSet
from hrdesk.models.candidates import Candidate
from hrdesk.models.jobs import Job, job_channels
from hrdesk.services import applications


@pytest.fixture
def heard(plant):  # type: ignore[no-untyped-def]
    """Every change-set the hr.li workspace's feed hands its listeners."""
    found: list[ChangeSet] = []
    stop = plant.ws.db.changes.subscribe(found.append)
    yield found
    stop()


def test_a_move_names_its_application_candidate_and_job(plant, heard) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    person = plant.candidate("张伟", 1)
    applied = applications.apply(plant.ws, hr, person, plant.job.id)
    heard.clear()
    applications.advance(plant.ws, hr, applied.application_id)
    [moved] = heard
    assert moved.touches(changes.APPLICATION, applied.application_id)
    assert moved.touches(changes.CANDIDATE, person)
    assert moved.touches(changes.JOB, plant.job.id)
    assert moved.touches(changes.TIMELINE) and moved.touches(changes.TASK)
    assert not moved.touches(changes.USER) and not moved.everything


def test_a_rolled_back_unit_of_work_yields_and_sends_nothing(plant, heard) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    person = plant.candidate("李强", 2)
    heard.clear()
    with plant.ws.db.unit_of_work(hr, "test.rollback") as uow:
        uow.session.get(Candidate, person).notes = "never kept"
        uow.flush()
    assert uow.changes == changes.EMPTY
    applied = applications.apply(plant.ws, hr, person, plant.job.id)
    heard.clear()
    with pytest.raises(errors.MoveNotAllowed):  # 面试 is two stages on
        applications.move_to(plant.ws, hr, applied.application_id,
                             _stage(plant, "面试"))
    assert heard == []


def test_core_statements_name_their_ids_or_their_whole_kind(plant, heard) -> None:  # type: ignore[no-untyped-def]
    heard.clear()
    with plant.ws.db.unit_of_work(plant.actor("hr.li"), "test.core") as uow:
        jobs = Job.__table__
        uow.session.execute(update(jobs).where(jobs.c.id == plant.job.id)
                            .values(headcount=4))
        uow.session.execute(delete(job_channels).where(job_channels.c.job_id == plant.job.id))
        result = uow.commit()
    assert result == ChangeSet.of(changes.JOB, plant.job.id)
    assert heard == [result]
    with plant.ws.db.unit_of_work(plant.actor("hr.li"), "test.core") as uow:
        uow.session.execute(update(Candidate.__table__).values(notes=None))
        assert uow.commit() == ChangeSet.of(changes.CANDIDATE)


def test_bulk_inserts_name_their_rows(plant) -> None:  # type: ignore[no-untyped-def]
    ids = [uuid.uuid4() for _ in range(3)]
    people = [plant.candidate(f"工人{n}", 10 + n) for n in range(3)]
    with plant.ws.db.unit_of_work(plant.actor("hr.li"), "test.bulk") as uow:
        from hrdesk.models.applications import TimelineEvent

        uow.insert_rows(TimelineEvent, [
            {"id": i, "at": uow.now, "actor_name": "hr.li", "kind": "updated", "candidate_id": p}
            for i, p in zip(ids, people, strict=True)])
        result = uow.commit()
    assert result.ids[changes.TIMELINE] == {str(i) for i in ids}
    assert result.ids[changes.CANDIDATE] == {str(p) for p in people}


def _stage(plant, name: str) -> uuid.UUID:  # type: ignore[no-untyped-def]
    from hrdesk.services import boards

    board = boards.load(plant.ws, plant.actor("hr.li"), plant.job.id)
    return next(c.stage_id for c in board.columns if c.name == name)
