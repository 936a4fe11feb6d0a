"""The Jobs section: create and edit through the form, clone, open the board, roles."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from hrdesk.clock import FixedClock
from hrdesk.services import jobs, pipelines, session as session_service
from tests.ui.offices import staff_workshop
from ui import navigation
from ui.jobs.widget import JobsWidget

PASSWORD = "jobs-password-12"
START = dt.datetime(2025, 3, 3, 1, 0, tzinfo=dt.UTC)


@dataclasses.dataclass
class Office:
    location: object
    clock: FixedClock
    department_id: uuid.UUID
    people: dict[str, uuid.UUID]
    job: jobs.JobInfo
    sessions: list[session_service.Session]

    def open(self, username: str) -> session_service.Session:
        opened = session_service.open_session(self.location, username, PASSWORD, self.clock)
        self.sessions.append(opened)
        return opened


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    clock = FixedClock(START, tick=dt.timedelta(milliseconds=10))
    workshop = staff_workshop(database, clock, PASSWORD, [
        ("hr.li", "李娜", "hr"), ("mgr.wang", "王强", "manager"), ("int.wu", "吴磊", "interviewer")],
        head="mgr.wang")
    built = Office(database.location, clock, workshop.department_id, workshop.users, None,  # type: ignore[arg-type]
                   [])
    hr = built.open("hr.li")
    [template] = [t for t in pipelines.list_templates(hr.workspace, hr.actor)
                  if t.name == "技能工人"]
    built.job = jobs.create_job(hr.workspace, hr.actor, jobs.JobDraft(
        "数控车工", workshop.department_id, 3, template.id, template.job_type,
        interviewer_ids=(workshop.users["int.wu"],)))
    yield built
    for opened in built.sessions:
        opened.close()


def make_widget(qtbot, context, session) -> JobsWidget:  # type: ignore[no-untyped-def]
    widget = JobsWidget(context, session)
    qtbot.addWidget(widget)
    widget.tester = QAbstractItemModelTester(  # type: ignore[attr-defined]
        widget.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    with qtbot.waitSignal(widget.presenter.loaded, timeout=10_000):
        pass
    widget.resize(1366, 768)
    widget.show()
    # Shortcuts reach only the active window.
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def table_codes(widget: JobsWidget) -> list[str]:
    return [widget.proxy.index(r, 0).data() for r in range(widget.proxy.rowCount())]


def check(view, text: str) -> None:  # type: ignore[no-untyped-def]
    model = view.model()
    [row] = [r for r in range(model.rowCount()) if model.index(r).data() == text]
    model.setData(model.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


def save(qtbot, widget: JobsWidget, signal) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(signal, timeout=10_000):
        qtbot.keyClick(widget.form.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(widget.presenter.loaded, timeout=10_000):
        pass


def test_hr_creates_a_job_after_the_wrong_headcount_is_marked(qtbot, context, office) -> None:  # type: ignore[no-untyped-def]
    hr = office.open("hr.li")
    widget = make_widget(qtbot, context, hr)
    qtbot.keyClick(widget.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = widget.form
    assert form.code.text() == "(new)"
    qtbot.keyClicks(form.title, "Welder")
    form.headcount.setValue(0)
    qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
    # Marked in place, nothing sent to the core.
    assert form.headcount.property("invalid") is True
    assert form.headcount.toolTip() == "The headcount must be at least 1."
    assert "at least 1" in form.problems.text() and form.problems.isVisible()
    assert not widget.presenter.is_busy("jobs.save")

    form.headcount.setValue(2)
    form.manager.setCurrentIndex(form.manager.findText("王强"))
    check(form.interviewer_view, "吴磊")
    check(form.channel_view, "BOSS直聘")
    save(qtbot, widget, widget.presenter.saved)
    assert form.headcount.property("invalid") is False
    stored = [j for j in jobs.list_jobs(hr.workspace, hr.actor) if j.title == "Welder"]
    assert len(stored) == 1
    assert stored[0].headcount == 2 and stored[0].hiring_manager_id == office.people["mgr.wang"]
    assert stored[0].interviewer_ids == (office.people["int.wu"],)
    assert len(stored[0].channel_ids) == 1
    assert stored[0].code in table_codes(widget)
    assert widget.message.text() == f"Saved {stored[0].code} Welder."


def test_hr_edits_clones_and_opens_the_board(qtbot, context, office) -> None:  # type: ignore[no-untyped-def]
    hr = office.open("hr.li")
    widget = make_widget(qtbot, context, hr)
    widget.open_job(office.job.id)
    assert widget.form.title.text() == "数控车工"
    widget.form.title.clear()
    qtbot.keyClicks(widget.form.title, "CNC night shift")
    widget.form.headcount.setValue(5)
    widget.form.status.setCurrentIndex(widget.form.status.findData("paused"))
    save(qtbot, widget, widget.presenter.saved)
    stored = jobs.get_job(hr.workspace, hr.actor, office.job.id)
    assert (stored.title, stored.headcount, stored.status) == ("CNC night shift", 5, "paused")
    assert stored.interviewer_ids == (office.people["int.wu"],)  # untouched links kept

    # Saving again works from the new version (no false "changed meanwhile").
    widget.form.headcount.setValue(6)
    save(qtbot, widget, widget.presenter.saved)
    assert jobs.get_job(hr.workspace, hr.actor, office.job.id).headcount == 6

    qtbot.mouseClick(widget.clone_button, Qt.MouseButton.LeftButton)
    dialog = widget.clone_dialog
    assert dialog is not None and dialog.headcount.value() == 6
    dialog.headcount.setValue(4)
    with qtbot.waitSignal(widget.presenter.cloned, timeout=10_000) as cloned:
        dialog.accept()
    copy = cloned.args[0]
    with qtbot.waitSignal(widget.presenter.loaded, timeout=10_000):
        pass
    assert copy.cloned_from_id == office.job.id and copy.headcount == 4
    assert copy.interviewer_ids == (office.people["int.wu"],)
    assert widget.current_job().id == copy.id  # the new job is selected
    assert len(table_codes(widget)) == 2

    with qtbot.waitSignal(widget.openRequested) as opened:
        qtbot.mouseClick(widget.board_button, Qt.MouseButton.LeftButton)
    target = opened.args[0]
    assert target == navigation.Target("job", copy.id, target.siblings)
    assert set(target.siblings) == {copy.id, office.job.id}


def test_filter_and_status_filter(qtbot, context, office) -> None:  # type: ignore[no-untyped-def]
    hr = office.open("hr.li")
    jobs.clone_job(hr.workspace, hr.actor, office.job.id, 1)
    jobs.update_job(hr.workspace, hr.actor, office.job.id, office.job.version, status="closed")
    widget = make_widget(qtbot, context, hr)
    assert len(table_codes(widget)) == 2
    widget.status_filter.setCurrentIndex(widget.status_filter.findData("closed"))
    assert table_codes(widget) == [office.job.code]
    widget.status_filter.setCurrentIndex(0)
    qtbot.keyClicks(widget.filter_edit, "zzz")
    assert table_codes(widget) == []


@pytest.mark.parametrize("username", ["mgr.wang", "int.wu"])
def test_others_see_the_job_read_only(qtbot, context, office, username) -> None:  # type: ignore[no-untyped-def]
    widget = make_widget(qtbot, context, office.open(username))
    for button in (widget.new_button, widget.clone_button, widget.save_button):
        assert not button.isVisible()
    assert not widget.save_action.isEnabled()
    if username == "mgr.wang":  # a manager sees the jobs of its department
        widget.open_job(office.job.id)
        assert widget.form.title.text() == "数控车工"
        assert widget.form.title.isReadOnly() and not widget.form.manager.isEnabled()
        assert not (widget.form.channels.flags(widget.form.channels.index(0))
                    & Qt.ItemFlag.ItemIsUserCheckable) if widget.form.channels.rowCount() else True
        assert widget.board_button.isEnabled()


def test_a_concurrent_edit_keeps_what_was_typed_and_offers_reload(qtbot, context, office) -> None:  # type: ignore[no-untyped-def]
    hr = office.open("hr.li")
    widget = make_widget(qtbot, context, hr)
    widget.open_job(office.job.id)
    other = office.open("hr.li")
    jobs.update_job(other.workspace, other.actor, office.job.id, office.job.version, headcount=7)
    widget.form.title.clear()
    qtbot.keyClicks(widget.form.title, "CNC A")
    with qtbot.waitSignal(widget.presenter.saveRefused, timeout=10_000):
        qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
    assert "changed by" in widget.message.text().lower()
    assert widget.form.title.text() == "CNC A"  # nothing typed is lost
    assert widget.reload_button.isVisible()
    with qtbot.waitSignal(widget.presenter.jobLoaded, timeout=10_000):
        qtbot.mouseClick(widget.reload_button, Qt.MouseButton.LeftButton)
    assert widget.form.headcount.value() == 7 and widget.form.title.text() == "数控车工"
    assert not widget.reload_button.isVisible()


def test_a_change_elsewhere_keeps_what_is_typed_and_offers_reload(qtbot, context, office) -> None:  # type: ignore[no-untyped-def]
    hr = office.open("hr.li")
    widget = make_widget(qtbot, context, hr)
    context.changes.watch(hr.workspace)  # as the signed-in main window does
    widget.open_job(office.job.id)
    widget.form.title.clear()
    qtbot.keyClicks(widget.form.title, "CNC night shift")
    other = office.open("hr.li")  # the same user at another desk: another program
    jobs.update_job(other.workspace, other.actor, office.job.id, office.job.version,
                    headcount=4)
    qtbot.waitUntil(widget.reload_button.isVisible, timeout=10_000)
    assert "changed elsewhere" in widget.message.text()
    assert widget.form.title.text() == "CNC night shift"  # not overwritten
    assert widget.form.headcount.value() == 3
    with qtbot.waitSignal(widget.presenter.jobLoaded, timeout=10_000):
        qtbot.mouseClick(widget.reload_button, Qt.MouseButton.LeftButton)
    assert (widget.form.title.text(), widget.form.headcount.value()) == ("数控车工", 4)
