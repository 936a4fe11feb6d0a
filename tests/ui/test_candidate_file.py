"""The candidate file: timeline, masked numbers and their audited reveal, notes, paging,
attachments, and what an interviewer may (not) see."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import stat
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from hrdesk import identity
from hrdesk.clock import FixedClock
from hrdesk.dto.candidates import CandidateChanges
from hrdesk.services import (
    applications,
    audit_log,
    candidates,
    jobs,
    pipelines,
    session as session_service,
)
from tests.ui.offices import staff_workshop
from ui.candidates import file_opener
from ui.candidates.file_widget import CandidateFileWidget
from ui.navigation import Target

PASSWORD = "file-password-12"
START = dt.datetime(2025, 3, 3, 1, 0, tzinfo=dt.UTC)  # Monday 09:00 in Kunshan


@dataclasses.dataclass
class Office:
    hr: session_service.Session
    job: jobs.JobInfo
    people: dict[str, uuid.UUID]
    apps: dict[str, uuid.UUID]
    users: dict[str, uuid.UUID]


def build_office(database, clock: FixedClock) -> Office:  # type: ignore[no-untyped-def]
    department = staff_workshop(database, clock, PASSWORD, [("hr.li", "李娜", "hr"),
                                                           ("int.wu", "吴涛", "interviewer")])
    users = department.users
    hr = session_service.open_session(database.location, "hr.li", PASSWORD, clock)
    ws, actor = hr.workspace, hr.actor
    [template] = [t for t in pipelines.list_templates(ws, actor) if t.name == "技能工人"]
    job = jobs.create_job(ws, actor, jobs.JobDraft("数控车工", department.department_id, 3, template.id,
                                                   template.job_type))
    people, apps = {}, {}
    for serial, name in enumerate(("张伟", "李强", "王磊"), start=1):
        first17 = f"32058319900101{serial:03d}"
        candidates.add_candidates(ws, actor, [candidates.NewCandidate(
            name, mobile=f"139{serial:08d}", id_number=first17 + identity.id_check_char(first17),
            education="大专", years_experience=serial, city="昆山",
            expected_salary="8000-9000" if serial == 1 else None)])
        [found] = candidates.find_by_mobile(ws, actor, f"139{serial:08d}")
        people[name] = found.id
        apps[name] = applications.apply(ws, actor, found.id, job.id).application_id
    clock.advance(hours=2)
    applications.advance(ws, actor, apps["张伟"], comment="实操合格")
    applications.assign_interviewers(ws, actor, apps["张伟"], [users["int.wu"]])
    return Office(hr, job, people, apps, users)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START, tick=dt.timedelta(milliseconds=10))


@pytest.fixture
def office(database, clock):  # type: ignore[no-untyped-def]
    built = build_office(database, clock)
    yield built
    built.hr.close()


def open_file(qtbot, context, opened, candidate_id, siblings=()):  # type: ignore[no-untyped-def]
    widget = CandidateFileWidget(context, opened)
    qtbot.addWidget(widget)
    widget.testers = [QAbstractItemModelTester(  # kept alive with the widget
        m, QAbstractItemModelTester.FailureReportingMode.Warning) for m in (
        widget.timeline_model, widget.applications_model, widget.tasks_model,
        widget.attachments_model)]
    widget.resize(1366, 768)
    widget.show()
    with qtbot.waitSignal(widget.presenter.loaded, timeout=10_000):
        widget.show_candidate(candidate_id, siblings)
    return widget


def cells(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_hr_sees_the_file_with_its_timeline(qtbot, context, office) -> None:  # type: ignore[no-untyped-def]
    widget = open_file(qtbot, context, office.hr, office.people["张伟"])
    assert widget.name_label.text() == "张伟"
    assert widget.stages_label.text() == f"{office.job.code}: 实操考核"
    events = cells(widget.timeline_model, 2)
    assert f"{office.job.code}: advanced from 简历筛选 to 实操考核 — “实操合格”" in events
    assert "Added to the candidate pool" in events
    assert set(cells(widget.timeline_model, 1)) == {"李娜"}
    assert widget.tabs.tabText(1) == "Applications (1)"
    assert cells(widget.applications_model, 1) == ["实操考核"]
    with qtbot.waitSignal(widget.openRequested) as opened:
        widget.board_menu.actions()[0].trigger()
    assert opened.args == [Target("job", office.job.id)]
    with qtbot.waitSignal(widget.closed):
        qtbot.keyClick(widget.timeline_view, Qt.Key.Key_Escape)


def test_hr_reveals_the_numbers_and_the_look_is_audited(qtbot, context, office, session) -> None:  # type: ignore[no-untyped-def]
    widget = open_file(qtbot, context, office.hr, office.people["张伟"])
    mobile, salary = widget.profile.values["mobile"], widget.profile.values["salary"]
    assert (mobile.text(), salary.text()) == ("139****0001", "hidden")
    assert widget.profile.reveal_button.isVisible()
    with qtbot.waitSignal(widget.presenter.revealed, timeout=10_000):
        qtbot.mouseClick(widget.profile.reveal_button, Qt.MouseButton.LeftButton)
    assert (mobile.text(), salary.text()) == ("13900000001", "8000-9000")
    [entry] = [e for e in audit_log.recent(session.workspace, session.actor,
                                           entity_id=str(office.people["张伟"]))
               if e.action == "candidates.reveal"]
    assert entry.actor_name == "hr.li" and "13900000001" not in str(entry.changes)
    qtbot.mouseClick(widget.profile.reveal_button, Qt.MouseButton.LeftButton)  # Hide
    assert mobile.text() == "139****0001"


def test_a_note_is_added_and_saved(qtbot, context, office) -> None:  # type: ignore[no-untyped-def]
    widget = open_file(qtbot, context, office.hr, office.people["张伟"])
    qtbot.mouseClick(widget.add_note_button, Qt.MouseButton.LeftButton)
    widget.notes_edit.insertPlainText("电话确认")  # what an IME commits (QTest types ASCII only)
    qtbot.keyClicks(widget.notes_edit, " Mon 8:00")
    typed = widget.notes_edit.toPlainText()
    assert typed.endswith(": 电话确认 Mon 8:00")
    with qtbot.waitSignals([widget.presenter.noteSaved, widget.presenter.loaded],
                           timeout=10_000):
        qtbot.mouseClick(widget.save_note_button, Qt.MouseButton.LeftButton)
    assert widget.notes_message.text() == "Note saved."
    stored = candidates.get_candidate(office.hr.workspace, office.hr.actor,
                                      office.people["张伟"])
    assert stored.notes == typed
    assert "Profile changed: notes" in cells(widget.timeline_model, 2)


def test_next_and_previous_walk_the_list(qtbot, context, office) -> None:  # type: ignore[no-untyped-def]
    siblings = tuple(office.people[n] for n in ("张伟", "李强", "王磊"))
    widget = open_file(qtbot, context, office.hr, siblings[0], siblings)
    assert not widget.previous_button.isEnabled() and widget.next_button.isEnabled()
    assert widget.position_label.text() == "1 of 3"
    with qtbot.waitSignal(widget.presenter.loaded, timeout=10_000):
        qtbot.keyClick(widget.timeline_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert widget.name_label.text() == "李强" and widget.position_label.text() == "2 of 3"
    assert widget.profile.values["mobile"].text() == "139****0002"
    # Paging quickly: only the last candidate asked for is shown.
    with qtbot.waitSignal(widget.presenter.loaded, timeout=10_000):
        qtbot.mouseClick(widget.next_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(widget.previous_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(widget.previous_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not widget.presenter.is_busy("candidate.file"))
    assert widget.name_label.text() == "张伟" and widget.position_label.text() == "1 of 3"


def test_a_concurrent_note_edit_keeps_the_typed_text(qtbot, context, office) -> None:  # type: ignore[no-untyped-def]
    widget = open_file(qtbot, context, office.hr, office.people["张伟"])
    version = widget.file.profile.version
    candidates.update_candidate(office.hr.workspace, office.hr.actor, office.people["张伟"],
                                CandidateChanges(notes="另一位同事的备注"), version)
    widget.notes_edit.setFocus()
    widget.notes_edit.insertPlainText("我的备注")
    with qtbot.waitSignal(widget.presenter.refused, timeout=10_000):
        qtbot.mouseClick(widget.save_note_button, Qt.MouseButton.LeftButton)
    assert widget.notes_message.text().startswith("Changed by 李娜 at ")
    assert widget.notes_edit.toPlainText() == "我的备注"
    assert widget.notes_reload_button.isVisible()
    with qtbot.waitSignal(widget.presenter.loaded, timeout=10_000):
        qtbot.mouseClick(widget.notes_reload_button, Qt.MouseButton.LeftButton)
    assert widget.notes_edit.toPlainText() == "我的备注"  # still there after the reload
    with qtbot.waitSignal(widget.presenter.noteSaved, timeout=10_000):
        qtbot.mouseClick(widget.save_note_button, Qt.MouseButton.LeftButton)
    assert candidates.get_candidate(office.hr.workspace, office.hr.actor,
                                    office.people["张伟"]).notes == "我的备注"


@pytest.mark.log_expected("EOF marker not found")
def test_an_attachment_is_added_and_opened_privately(qtbot, context, office, tmp_path,  # type: ignore[no-untyped-def]
                                                     monkeypatch) -> None:
    resume = tmp_path / "张伟简历.pdf"
    resume.write_bytes(b"%PDF-1.4 resume")
    opened = []
    monkeypatch.setattr(file_opener, "choose_file", lambda parent: str(resume))
    monkeypatch.setattr(file_opener, "open_path", lambda path: opened.append(path) or True)
    widget = open_file(qtbot, context, office.hr, office.people["张伟"])
    with qtbot.waitSignals([widget.presenter.attachmentAdded, widget.presenter.loaded],
                           timeout=10_000):
        qtbot.mouseClick(widget.add_attachment_button, Qt.MouseButton.LeftButton)
    assert cells(widget.attachments_model, 0) == ["张伟简历.pdf"]
    assert widget.tabs.tabText(3) == "Attachments (1)"
    widget.attachments_view.selectRow(0)
    with qtbot.waitSignal(widget.presenter.attachmentOpened, timeout=10_000):
        qtbot.mouseClick(widget.open_attachment_button, Qt.MouseButton.LeftButton)
    [path] = opened
    assert path.read_bytes() == b"%PDF-1.4 resume" and path.name == "张伟简历.pdf"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700


def test_an_interviewer_sees_masked_numbers_and_only_assigned_people(  # type: ignore[no-untyped-def]
        qtbot, context, office, database, clock) -> None:
    wu = session_service.open_session(database.location, "int.wu", PASSWORD, clock)
    try:
        widget = open_file(qtbot, context, wu, office.people["张伟"])
        assert widget.profile.values["mobile"].text() == "139****0001"
        assert widget.profile.values["id_number"].text().startswith("3205")
        assert "*" * 12 in widget.profile.values["id_number"].text()
        assert not widget.profile.reveal_button.isVisible()
        assert widget.notes_edit.isReadOnly() and not widget.save_note_button.isVisible()
        with qtbot.waitSignal(widget.presenter.failed, timeout=10_000):
            widget.show_candidate(office.people["李强"])
        assert widget.message.isVisible() and not widget.content.isVisible()
        assert "not visible to you" in widget.message.text()
        assert widget.name_label.text() == ""
    finally:
        wu.close()
