"""Erase this person…: HR only, refused while an application is open, a confirmation
naming what goes, and the file emptied afterwards."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from hrdesk.services import applications, erasure, session as session_service
from tests.ui.test_candidate_file import (  # noqa: F401 - the fixtures
    PASSWORD,
    build_office,
    clock,
    office,
    open_file,
)
from ui.candidates import erase_dialog


def test_hr_erases_a_person_after_confirming_what_goes(qtbot, context, office) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    hr = office.hr
    widget = open_file(qtbot, context, hr, office.people["王磊"])
    assert widget.erase_button.isVisible() and widget.erase_button.text() == \
        "Erase this person…"
    # Still in an open application: said, and nothing is asked or changed.
    with qtbot.waitSignal(widget.presenter.refused, timeout=10_000):
        qtbot.mouseClick(widget.erase_button, Qt.MouseButton.LeftButton)
    assert office.job.code in widget.message.text() and widget.erase_dialog is None
    with qtbot.waitSignal(widget.presenter.loaded, timeout=10_000):  # the open file hears it
        applications.reject(hr.workspace, hr.actor, office.apps["王磊"], "skills")
    with qtbot.waitSignal(widget.presenter.erasurePlanned, timeout=10_000):
        qtbot.mouseClick(widget.erase_button, Qt.MouseButton.LeftButton)
    dialog = widget.erase_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.findChild(QLabel, "eraseWhatGoes").text()
    assert "王磊" in dialog.findChild(QLabel, "eraseHeading").text()
    assert "The profile" in text and "Tasks" in text and "audit log" in text
    assert "erased person's: 1" in dialog.findChild(QLabel, "eraseWhatStays").text()
    assert not dialog.erase_button.isEnabled()  # not without a reason
    qtbot.keyClicks(dialog.reason_edit, "her request of 3 March")
    assert dialog.erase_button.isEnabled()
    if os.environ.get("HRDESK_SCREENSHOTS"):  # to look at, in both languages
        folder = Path(os.environ["HRDESK_SCREENSHOTS"])
        dialog.grab().save(str(folder / "erase_dialog.png"))
        context.translations.install("zh_CN")
        chinese = erase_dialog.EraseDialog(erasure.plan(hr.workspace, hr.actor,
                                                        office.people["王磊"]), widget)
        chinese.show()
        chinese.grab().save(str(folder / "erase_dialog_zh.png"))
        chinese.close()
        context.translations.install("en")
    with qtbot.waitSignals([widget.presenter.erased, widget.presenter.loaded],
                           timeout=10_000):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert widget.name_label.text() == "Erased person"
    assert not widget.erase_button.isVisible()
    # Read only from now on: nothing to reveal, nothing to add.
    assert not widget.profile.reveal_button.isVisible() and widget.notes_edit.isReadOnly()
    assert not widget.add_note_button.isVisible() and widget.tags_edit.isReadOnly()
    assert "Erased" in widget.message.text()
    assert widget.attachments_model.rowCount() == 0
    events = [widget.timeline_model.index(r, 2).data()
              for r in range(widget.timeline_model.rowCount())]
    assert any(e.startswith("Erased:") for e in events)
    assert not any("王磊" in (e or "") for e in events)
    if os.environ.get("HRDESK_SCREENSHOTS"):
        widget.layout().activate()  # the header's new name laid out before the picture
        widget.grab().save(str(Path(os.environ["HRDESK_SCREENSHOTS"]) / "erased_file.png"))


def test_the_action_is_not_offered_to_an_interviewer(  # type: ignore[no-untyped-def]
        qtbot, context, office, database, clock) -> None:  # noqa: F811 - the fixtures
    wu = session_service.open_session(database.location, "int.wu", PASSWORD, clock)
    try:
        widget = open_file(qtbot, context, wu, office.people["张伟"])
        assert not widget.erase_button.isVisible()
    finally:
        wu.close()
