"""The change hub: change-sets from any thread reach the GUI thread, a burst as one."""

from __future__ import annotations

import uuid

from hrdesk import changes
from hrdesk.changes import ChangeSet


def test_a_burst_of_change_sets_arrives_as_one(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    first, second = uuid.uuid4(), uuid.uuid4()
    with qtbot.waitSignal(context.changes.changed, timeout=2_000) as arrived:
        context.changes.publish(ChangeSet.of(changes.CANDIDATE, first))
        context.changes.publish(ChangeSet.of(changes.JOB, second))
    merged = arrived.args[0]
    assert merged.touches(changes.CANDIDATE, first) and merged.touches(changes.JOB, second)
    with qtbot.assertNotEmitted(context.changes.changed, wait=200):
        pass
