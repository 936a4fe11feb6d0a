"""Requisitions: the form checks in place, submit, the approval inbox, the trail, conflicts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from hrdesk.clock import FixedClock
from hrdesk.dto.accounts import RoleScope
from hrdesk.services import accounts, jobs, org, requisitions as reqs, session as session_service
from ui import navigation
from ui.requisitions.widget import SCOPES, RequisitionsWidget

PASSWORD = "office-password-1"
# A Monday morning in Kunshan (01:00 UTC is 09:00 there).
START = dt.datetime(2026, 11, 2, 1, 0, tzinfo=dt.UTC)
WANTED = dt.date(2026, 12, 1)


@dataclasses.dataclass
class Office:
    """昆山工厂: 生产部 (head 王强) with its 机加工车间 (head 张组长), HR 李娜, director 黄厂长;
    钱班长 manages the workshop without heading it, so the head decides his requests."""

    location: object
    clock: FixedClock
    workshop_id: uuid.UUID
    sessions: dict[str, session_service.Session]

    def __getitem__(self, username: str) -> session_service.Session:
        if username not in self.sessions:
            self.sessions[username] = session_service.open_session(
                self.location, username, PASSWORD, self.clock)
        return self.sessions[username]

    def do(self, username: str, use_case, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened = self[username]
        return use_case(opened.workspace, opened.actor, *args, **kwargs)

    def draft(self, **changes) -> reqs.RequisitionDraft:  # type: ignore[no-untyped-def]
        return dataclasses.replace(reqs.RequisitionDraft(
            self.workshop_id, "数控车工", 2, "expansion", duties="操作数控车床",
            qualifications="三年以上经验", salary_min=6000, salary_max=8000,
            wanted_by=WANTED), **changes)


def build_office(database, clock: FixedClock) -> Office:  # type: ignore[no-untyped-def]
    admin = session_service.open_session(database.location, database.username,
                                         database.password, clock)
    try:
        ws, actor = admin.workspace, admin.actor
        site = org.create_site(ws, actor, "KS", "昆山工厂", "昆山")
        production = org.create_department(ws, actor, site.id, "生产部")
        workshop = org.create_department(ws, actor, site.id, "机加工车间",
                                         parent_id=production.id)
        org.create_department(ws, actor, site.id, "质量部")
        people = {"mgr.wang": ("王强", RoleScope("manager", None, production.id)),
                  "lead.zhang": ("张组长", RoleScope("manager", None, workshop.id)),
                  "mgr.qian": ("钱班长", RoleScope("manager", None, workshop.id)),
                  "hr.li": ("李娜", RoleScope("hr", site.id)),
                  "exec.huang": ("黄厂长", RoleScope("executive", site.id))}
        ids = {}
        for username, (name, grant) in people.items():
            ids[username] = accounts.create_user(ws, actor, accounts.NewUser(
                username, name, PASSWORD, (grant,), site_id=site.id,
                department_id=grant.department_id)).id
        org.set_department_head(ws, actor, production.id, ids["mgr.wang"])
        org.set_department_head(ws, actor, workshop.id, ids["lead.zhang"])
    finally:
        admin.close()
    return Office(database.location, clock, workshop.id, {})


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    built = build_office(database, FixedClock(START, tick=dt.timedelta(milliseconds=10)))
    yield built
    for opened in built.sessions.values():
        opened.close()


@pytest.fixture
def screen(qtbot, context, office):  # type: ignore[no-untyped-def]
    """``screen("mgr.qian")``: the requisitions screen as that user, loaded."""

    def open_as(username: str) -> RequisitionsWidget:
        widget = RequisitionsWidget(context, office[username])
        qtbot.addWidget(widget)
        widget.tester = QAbstractItemModelTester(  # kept alive with the widget
            widget.model, QAbstractItemModelTester.FailureReportingMode.Warning)
        with qtbot.waitSignals([widget.presenter.loaded, widget.presenter.choicesLoaded],
                               timeout=10_000):
            pass
        widget.resize(1366, 768)
        widget.show()
        return widget

    return open_as


def type_text(qtbot, editor, text: str) -> None:  # type: ignore[no-untyped-def]
    """Typing: QTest only knows ASCII keys, so Chinese arrives as an input method commits it."""
    editor.setFocus()
    if text.isascii():
        qtbot.keyClicks(editor, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(editor, event)


def table_numbers(widget: RequisitionsWidget) -> list[str]:
    proxy = widget.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def select(qtbot, widget: RequisitionsWidget, number: str) -> None:  # type: ignore[no-untyped-def]
    row = table_numbers(widget).index(number)
    with qtbot.waitSignal(widget.presenter.detailLoaded, timeout=10_000):
        rect = widget.table.visualRect(widget.proxy.index(row, 1))
        qtbot.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: widget.current() is not None and widget.current().number == number)


def refreshed(qtbot, widget: RequisitionsWidget) -> None:  # type: ignore[no-untyped-def]
    """After an action: the listing and the selected requisition's detail are reloaded."""
    with qtbot.waitSignals([widget.presenter.loaded, widget.presenter.detailLoaded],
                           timeout=10_000):
        pass


def decide(qtbot, widget: RequisitionsWidget, outcome: str, comment: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget.detail.buttons[outcome], Qt.MouseButton.LeftButton)
    dialog = widget.decision_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.comment, comment)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(widget.presenter.acted, timeout=10_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    refreshed(qtbot, widget)


def trail_rows(widget: RequisitionsWidget) -> list[tuple[str, ...]]:
    model = widget.detail.trail_model
    return [tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def test_fill_submit_and_approve_through_the_chain(qtbot, screen, office) -> None:  # type: ignore[no-untyped-def]
    requester = screen("mgr.qian")
    qtbot.mouseClick(requester.new_button, Qt.MouseButton.LeftButton)
    form = requester.form
    assert form is not None and form.isVisible()
    # Only the workshop he manages (with its sub-departments) is offered.
    assert [form.department.itemText(i) for i in range(form.department.count())] == ["机加工车间"]
    type_text(qtbot, form.title, "数控车工")
    form.headcount.setValue(2)
    form.reason.setCurrentIndex(form.reason.findData("replacement"))
    form.salary_min.setValue(6000)
    form.salary_max.setValue(600)  # below the minimum: marked, nothing sent
    with qtbot.assertNotEmitted(requester.presenter.saved, wait=200):
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert form.salary_min.property("invalid") is True
    assert form.errors["salary_min"].isVisible()
    assert "above the maximum" in form.errors["salary_min"].text()
    assert form.isVisible()
    assert office.do("hr.li", reqs.list_requisitions) == []

    form.salary_max.selectAll()  # the number, not its "max" prefix
    qtbot.keyClicks(form.salary_max, "8000")
    with qtbot.waitSignal(requester.presenter.saved, timeout=10_000):
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    refreshed(qtbot, requester)
    assert requester.form is None  # closed
    [stored] = office.do("hr.li", reqs.list_requisitions)
    assert (stored.status, stored.draft.salary_max, stored.draft.reason) == (
        "submitted", 8000, "replacement")
    assert table_numbers(requester) == [stored.number]
    assert requester.message.text() == f"{stored.number} was submitted for approval."
    assert requester.detail.buttons["cancel"].isVisibleTo(requester)
    assert not requester.detail.buttons["approve"].isVisibleTo(requester)

    # The workshop head, then HR: each sees it in the inbox and approves it.
    counts = []
    for approver, comment in (("lead.zhang", "同意"), ("hr.li", "按计划招聘")):
        widget = screen(approver)
        widget.pendingCountChanged.connect(counts.append)
        assert widget.scope_tabs.tabText(SCOPES.index("pending")) == "Awaiting my approval (1)"
        widget.scope_tabs.setCurrentIndex(SCOPES.index("pending"))
        select(qtbot, widget, stored.number)
        assert widget.detail.buttons["approve"].isVisibleTo(widget)
        decide(qtbot, widget, "approve", comment)
        assert widget.scope_tabs.tabText(SCOPES.index("pending")) == "Awaiting my approval (0)"
    # Each approver's badge went to nothing (every open screen refreshes, so each may
    # say so more than once).
    assert counts and set(counts) == {0}

    done = office.do("hr.li", reqs.get_requisition, stored.id).requisition
    assert done.status == "approved" and done.job_id is not None
    job = office.do("hr.li", jobs.get_job, done.job_id)
    assert (job.title, job.headcount, job.status) == ("数控车工", 2, "open")
    rows = trail_rows(widget)
    assert [(r[1], r[2], r[3], r[5]) for r in rows] == [
        ("Department head", "张组长", "Approved", "同意"),
        ("HR", "李娜", "Approved", "按计划招聘")]
    assert all(r[4] for r in rows)  # each step's time is shown
    assert widget.detail.values["status"].text() == "Approved"
    assert "its job is open" in widget.message.text()
    with qtbot.waitSignal(widget.openRequested) as opened:
        qtbot.mouseClick(widget.detail.buttons["open_job"], Qt.MouseButton.LeftButton)
    assert opened.args == [navigation.Target(navigation.JOB, done.job_id)]


def test_reject_needs_a_comment(qtbot, screen, office) -> None:  # type: ignore[no-untyped-def]
    info = office.do("mgr.qian", reqs.create_requisition, office.draft())
    info = office.do("mgr.qian", reqs.submit, info.id)
    head = screen("lead.zhang")
    head.open_requisition(info.id)
    qtbot.waitUntil(lambda: head.current() is not None)
    qtbot.mouseClick(head.detail.buttons["reject"], Qt.MouseButton.LeftButton)
    dialog = head.decision_dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.assertNotEmitted(head.presenter.acted, wait=200):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.comment.property("invalid") is True
    assert dialog.comment_error.isVisible() and dialog.comment_error.text()
    assert office.do("hr.li", reqs.get_requisition, info.id).requisition.status == "submitted"

    type_text(qtbot, dialog.comment, "本月不增编")
    with qtbot.waitSignal(head.presenter.acted, timeout=10_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    refreshed(qtbot, head)
    assert office.do("hr.li", reqs.get_requisition, info.id).requisition.status == "rejected"
    assert trail_rows(head)[0][3:] == ("Rejected", trail_rows(head)[0][4], "本月不增编")


def test_returned_requisition_is_edited_and_resubmitted(qtbot, screen, office) -> None:  # type: ignore[no-untyped-def]
    info = office.do("mgr.qian", reqs.create_requisition, office.draft())
    info = office.do("mgr.qian", reqs.submit, info.id)
    head = screen("lead.zhang")
    head.open_requisition(info.id)
    qtbot.waitUntil(lambda: head.current() is not None)
    decide(qtbot, head, "return", "请补充岗位要求")

    requester = screen("mgr.qian")
    select(qtbot, requester, info.number)
    assert requester.detail.values["status"].text() == "Returned for changes"
    assert {n for n, b in requester.detail.buttons.items() if b.isVisibleTo(requester)} == {
        "edit", "submit", "cancel"}
    qtbot.mouseClick(requester.detail.buttons["edit"], Qt.MouseButton.LeftButton)
    form = requester.form
    assert form.title.text() == "数控车工" and form.windowTitle() == "Edit requisition"
    form.qualifications.clear()
    type_text(qtbot, form.qualifications, "三年以上经验，持数控操作证")
    with qtbot.waitSignal(requester.presenter.saved, timeout=10_000):
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    refreshed(qtbot, requester)

    again = office.do("hr.li", reqs.get_requisition, info.id)
    assert again.requisition.status == "submitted" and again.requisition.round == 2
    assert again.requisition.draft.qualifications == "三年以上经验，持数控操作证"
    rows = trail_rows(requester)
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("1", "Department head", "Returned for changes"), ("1", "HR", "Skipped"),
        ("2", "Department head", "Waiting"), ("2", "HR", "Waiting")]
    assert rows[0][5] == "请补充岗位要求"


def test_a_change_made_meanwhile_keeps_what_was_typed(qtbot, screen, office, context) -> None:  # type: ignore[no-untyped-def]
    info = office.do("mgr.qian", reqs.create_requisition, office.draft())
    requester = screen("mgr.qian")
    select(qtbot, requester, info.number)
    qtbot.mouseClick(requester.detail.buttons["edit"], Qt.MouseButton.LeftButton)
    form = requester.form
    # HR corrects the title while the requester is typing.
    office.do("hr.li", reqs.update_requisition, info.id, office.draft(position_title="数控车床操作工"),
              info.version)
    form.headcount.setValue(4)
    qtbot.keyClick(form.duties, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, form.duties, "，兼顾设备保养")
    with qtbot.waitSignal(requester.presenter.saveRefused, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    # 09:00 UTC, as the office's clock (China) shows it.
    assert form.message.text().startswith("Changed by 李娜 at 2026-11-02 17:")
    context.translations.install("zh_CN")  # the refusal is re-described in the new language
    qtbot.waitUntil(lambda: form.message.text().startswith("李娜 已于 2026-11-02 17:"))
    assert form.reload_button.isVisible()
    assert (form.headcount.value(), form.duties.toPlainText()) == (4, "操作数控车床，兼顾设备保养")
    stored = office.do("hr.li", reqs.get_requisition, info.id).requisition
    assert (stored.draft.position_title, stored.draft.headcount) == ("数控车床操作工", 2)

    with qtbot.waitSignal(requester.presenter.detailLoaded, timeout=10_000):
        qtbot.mouseClick(form.reload_button, Qt.MouseButton.LeftButton)
    assert form.title.text() == "数控车床操作工" and form.version == stored.version
    form.headcount.setValue(4)
    with qtbot.waitSignal(requester.presenter.saved, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    stored = office.do("hr.li", reqs.get_requisition, info.id).requisition
    assert (stored.draft.position_title, stored.draft.headcount, stored.status) == (
        "数控车床操作工", 4, "draft")


def test_a_date_in_the_past_is_marked_and_filters_narrow_the_table(
        qtbot, screen, office) -> None:  # type: ignore[no-untyped-def]
    first = office.do("mgr.qian", reqs.create_requisition, office.draft())
    office.do("mgr.qian", reqs.create_requisition, office.draft(position_title="质检员"))
    office.do("mgr.qian", reqs.submit, first.id)
    widget = screen("hr.li")
    widget.scope_tabs.setCurrentIndex(SCOPES.index("all"))
    assert len(table_numbers(widget)) == 2
    widget.status_filter.setCurrentIndex(widget.status_filter.findData("draft"))
    assert [widget.proxy.index(r, 1).data() for r in range(widget.proxy.rowCount())] == ["质检员"]
    widget.status_filter.setCurrentIndex(0)
    type_text(qtbot, widget.search, "数控")
    assert table_numbers(widget) == [first.number]

    widget.new_action.trigger()
    form = widget.form
    type_text(qtbot, form.title, "装配工")
    form.wanted_by_set.setChecked(True)
    form.wanted_by.setDate(QDate(2020, 1, 1))
    with qtbot.assertNotEmitted(widget.presenter.saved, wait=200):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.wanted_by.property("invalid") is True
    assert form.errors["wanted_by"].text() == "Must not be in the past."
    assert len(office.do("hr.li", reqs.list_requisitions)) == 2
