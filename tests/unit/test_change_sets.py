"""Change-sets: merging, collapsing to whole kinds, the compact JSON and its size limit."""

from __future__ import annotations

import json
import uuid

from hrdesk import changes
from hrdesk.changes import EMPTY, EVERYTHING, ChangeSet, Collector
from hrdesk.db import change_notice


def test_merging_keeps_the_ids_of_both_and_touches_answers_by_kind_and_id() -> None:
    a, b, job = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    merged = ChangeSet.of(changes.CANDIDATE, a) | ChangeSet.of(changes.CANDIDATE, b) \
        | ChangeSet.of(changes.JOB, job)
    assert merged.touches(changes.CANDIDATE, a) and merged.touches(changes.CANDIDATE, str(b))
    assert merged.touches(changes.JOB) and not merged.touches(changes.JOB, uuid.uuid4())
    assert not merged.touches(changes.TASK)
    assert merged.kinds == {changes.CANDIDATE, changes.JOB}
    assert merged.touches_any(changes.CANDIDATE, [uuid.uuid4(), b])


def test_a_whole_kind_touches_every_id_and_everything_touches_all() -> None:
    whole = ChangeSet.of(changes.JOB)
    assert whole.touches(changes.JOB, uuid.uuid4()) and not whole.touches(changes.CANDIDATE)
    assert (whole | ChangeSet.of(changes.JOB, uuid.uuid4())).ids == {}
    assert (whole | EVERYTHING) is EVERYTHING
    assert EVERYTHING.touches(changes.TASK, 1)
    assert not EMPTY and whole and EVERYTHING


def test_more_than_a_thousand_ids_of_a_kind_collapse_to_the_whole_kind() -> None:
    collector = Collector()
    for _ in range(changes.MAX_IDS_PER_KIND):
        collector.add(changes.APPLICATION, uuid.uuid4())
    collector.add(changes.JOB, "j")
    assert len(collector.result().ids[changes.APPLICATION]) == changes.MAX_IDS_PER_KIND
    collector.add(changes.APPLICATION, uuid.uuid4())
    result = collector.result()
    assert result.whole == {changes.APPLICATION}
    assert changes.APPLICATION not in result.ids and result.ids[changes.JOB] == {"j"}


def test_json_round_trip() -> None:
    ids = [uuid.uuid4() for _ in range(3)]
    original = ChangeSet.of(changes.CANDIDATE, *ids) | ChangeSet.of(changes.USER)
    assert ChangeSet.from_json(original.to_json()) == original
    assert ChangeSet.from_json(EVERYTHING.to_json()) is EVERYTHING
    assert ChangeSet.from_json(EMPTY.to_json()) == EMPTY


def test_fifty_thousand_ids_make_a_notice_under_eight_thousand_bytes_naming_kinds() -> None:
    many = ChangeSet({changes.CANDIDATE: frozenset(str(uuid.uuid4()) for _ in range(50_000)),
                      changes.TIMELINE: frozenset(str(uuid.uuid4()) for _ in range(400))})
    payload = change_notice.notice(many, "abcdef012345")
    assert len(payload.encode()) < 8000
    origin, heard = change_notice.read_notice(payload)
    assert origin == "abcdef012345"
    assert heard == ChangeSet(whole=frozenset({changes.CANDIDATE, changes.TIMELINE}))
    # A few ids fit, and travel as ids.
    few = ChangeSet.of(changes.CANDIDATE, *[uuid.uuid4() for _ in range(20)])
    assert change_notice.read_notice(change_notice.notice(few, "o"))[1] == few
    assert json.loads(few.to_json())["i"][changes.CANDIDATE] == sorted(few.ids["candidate"])
