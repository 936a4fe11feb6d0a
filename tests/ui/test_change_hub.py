"""The change hub: change-sets from any thread reach the GUI thread, a burst as one."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from hrdesk import changes
from hrdesk.changes import ChangeSet
from ui.live_refresh import RefreshWhenChanged


def test_a_burst_of_change_sets_arrives_as_one(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    first, second = uuid.uuid4(), uuid.uuid4()
    with qtbot.waitSignal(context.changes.changed, timeout=2_000) as arrived:
        context.changes.publish(ChangeSet.of(changes.CANDIDATE, first))
        context.changes.publish(ChangeSet.of(changes.JOB, second))
    merged = arrived.args[0]
    assert merged.touches(changes.CANDIDATE, first) and merged.touches(changes.JOB, second)
    with qtbot.assertNotEmitted(context.changes.changed, wait=200):
        pass


def test_a_screen_refreshes_now_if_shown_else_when_shown(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    job = uuid.uuid4()
    screen = QWidget()
    qtbot.addWidget(screen)
    reloads: list[int] = []
    refresher = RefreshWhenChanged(context.changes, screen,
                                   wants=lambda found: found.touches(changes.JOB, job),
                                   reload=lambda: reloads.append(1))
    with qtbot.waitSignal(context.changes.changed, timeout=2_000):
        context.changes.publish(ChangeSet.of(changes.JOB, job))
    assert reloads == [] and refresher.stale  # hidden: waits
    screen.show()
    assert reloads == [1] and not refresher.stale
    with qtbot.waitSignal(context.changes.changed, timeout=2_000):
        context.changes.publish(ChangeSet.of(changes.JOB, uuid.uuid4()))  # another job
    assert reloads == [1]


def test_a_refresher_whose_cycle_the_collector_broke_does_nothing(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    """Python's collector clears the attributes of objects in a reference cycle while Qt
    may still hold them: the filter and the slot then do nothing, and raise nothing."""
    screen = QWidget()
    qtbot.addWidget(screen)
    reloads: list[int] = []
    refresher = RefreshWhenChanged(context.changes, screen, wants=lambda found: True,
                                   reload=lambda: reloads.append(1))
    for name in ("_widget", "_wants", "_reload", "stale"):  # what the collector clears
        delattr(refresher, name)
    with qtbot.waitSignal(context.changes.changed, timeout=2_000):
        context.changes.publish(ChangeSet(everything=True))
    screen.show()
    screen.hide()
    screen.show()
    assert reloads == []
