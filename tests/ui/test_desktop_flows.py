"""The desktop client end to end, through the main window: who sees which sections,
a card dragged on the board showing up in the candidate's timeline, an interviewer
seeing only the candidates assigned to them, with masked numbers."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit

from hrdesk.clock import FixedClock
from hrdesk.services import applications, workstation
from tests.integration import plant as plant_
from ui.main_window import MainWindow
from ui.shell import Shell

START = dt.datetime(2025, 3, 3, 1, 0, tzinfo=dt.UTC)  # a Monday, 09:00 in Kunshan


@pytest.fixture
def plant(session):  # type: ignore[no-untyped-def]
    built = plant_.build(session, FixedClock(START, tick=dt.timedelta(milliseconds=10)))
    yield built
    built.close()


def sign_in(qtbot, context, location, username: str) -> MainWindow:  # type: ignore[no-untyped-def]
    """Through the login window, as a person would."""
    workstation.save(location)
    shell = Shell(context)
    shell.start()
    dialog = shell.login_dialog
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "usernameEdit"), username)
    password = dialog.findChild(QLineEdit, "passwordEdit")
    qtbot.keyClicks(password, plant_.PASSWORD)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.main_window is not None, timeout=15_000)
    window = shell.main_window
    qtbot.addWidget(window)
    window.shell = shell  # kept alive with the window
    return window


@pytest.mark.parametrize(("username", "sections"), [
    ("hr.li", ["workbench", "requisitions", "jobs", "board", "candidates", "admin"]),
    ("mgr.wang", ["workbench", "requisitions", "jobs", "board", "candidates"]),
    ("int.wu", ["workbench", "board", "candidates"]),
    ("exec.huang", ["workbench", "requisitions", "jobs", "board", "candidates"]),
])
def test_each_role_sees_only_the_sections_it_may_use(qtbot, context, plant, username,  # type: ignore[no-untyped-def]
                                                     sections) -> None:
    window = MainWindow(context, plant[username])
    qtbot.addWidget(window)
    assert window.content.section_keys() == sections


def test_the_administrator_sees_the_workbench_and_administration(qtbot, context, session) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(context, session)
    qtbot.addWidget(window)
    assert window.content.section_keys() == ["workbench", "admin"]


def test_hr_drags_a_card_and_finds_the_move_in_the_candidates_timeline(  # type: ignore[no-untyped-def]
        qtbot, context, plant, database) -> None:
    hr = plant.actor("hr.li")
    person = plant.candidate("张伟", 1)
    applications.apply(plant.ws, hr, person, plant.job.id)
    window = sign_in(qtbot, context, database.location, "hr.li")
    board = window.content.show_section("board")
    qtbot.waitUntil(lambda: board.board is not None, timeout=15_000)
    board.show_job(plant.job.id)
    qtbot.waitUntil(lambda: board.board is not None and board.board.job_id == plant.job.id,
                    timeout=15_000)
    first, second = board.columns[0], board.columns[1]
    assert first.model.rowCount() == 1

    # What a drop does: the dragged card's data handed to the next column's model.
    mime = first.model.mimeData([first.model.index(0, 0)])
    with qtbot.waitSignal(board.presenter.moved, timeout=15_000):
        second.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: second.model.rowCount() == 1, timeout=15_000)  # the reload
    assert second.model.card(0).name == "张伟" and first.model.rowCount() == 0

    # Opening the card shows the candidate's file, whose timeline has the move.
    second.view.activated.emit(second.model.index(0, 0))
    section = window.content.pages.currentWidget()
    assert section.objectName() == "candidatesSection"
    file = section.file
    with qtbot.waitSignal(file.presenter.loaded, timeout=15_000):
        pass
    events = [file.timeline_model.index(r, 2).data()
              for r in range(file.timeline_model.rowCount())]
    assert any("实操考核" in (text or "") for text in events), events
    assert file.name_label.text().startswith("张伟")


def test_an_interviewer_sees_only_assigned_candidates_with_masked_numbers(  # type: ignore[no-untyped-def]
        qtbot, context, plant, database) -> None:
    hr = plant.actor("hr.li")
    [zhou] = [plant["int.zhou"].actor.user_id]
    assigned = plant.candidate("张伟", 1)
    other = plant.candidate("李强", 2)
    mine = applications.apply(plant.ws, hr, assigned, plant.job.id)
    applications.apply(plant.ws, hr, other, plant.job.id)
    applications.assign_interviewers(plant.ws, hr, mine.application_id, [zhou])

    window = sign_in(qtbot, context, database.location, "int.zhou")
    listing = window.content.show_section("candidates").list
    qtbot.waitUntil(lambda: listing.model.rowCount() > 0, timeout=15_000)
    rows = [listing.model.candidate(r) for r in range(listing.model.rowCount())]
    assert [c.name for c in rows] == ["张伟"]
    assert rows[0].mobile == "139****0001"

    listing.table.setCurrentIndex(listing.model.index(0, 0))
    qtbot.keyClick(listing.table, Qt.Key.Key_Return)
    file = window.content.page("candidates").file
    assert window.content.page("candidates").stack.currentWidget() is file
    with qtbot.waitSignal(file.presenter.loaded, timeout=15_000):
        pass
    assert file.profile.values["mobile"].text() == "139****0001"
    assert not file.profile.reveal_button.isVisible()
