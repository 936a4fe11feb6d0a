"""The workbench: tasks, approvals, inbox, stalled hires and activity of a real office."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractItemView, QLabel

from hrdesk import identity
from hrdesk.clock import FixedClock
from hrdesk.services import (
    applications,
    candidates,
    jobs,
    notifications,
    pipelines,
    reminders,
    requisitions,
    session as session_service,
    tasks,
)
from tests.ui.offices import staff_workshop
from ui import navigation, terms
from ui.sections import SectionsWidget
from ui.workbench.widget import WorkbenchWidget

PASSWORD = "office-password-1"
# A Monday morning in Kunshan (01:00 UTC is 09:00 there).
START = dt.datetime(2025, 3, 3, 1, 0, tzinfo=dt.UTC)


@dataclasses.dataclass
class Office:
    hr: session_service.Session
    clock: FixedClock
    job: jobs.JobInfo
    apps: dict[str, uuid.UUID]
    requisition: requisitions.RequisitionInfo
    opened: list[session_service.Session]

    def close(self) -> None:
        for opened in self.opened:
            opened.close()


def build_office(database, clock: FixedClock) -> Office:  # type: ignore[no-untyped-def]
    """HR 李娜 with two hires stalled in screening, an overdue task, reminders in the
    inbox, and a requisition of 王强's workshop waiting for HR's approval."""
    # The workshop's head has no head above: its own request goes straight to HR.
    workshop = staff_workshop(database, clock, PASSWORD, [("hr.li", "李娜", "hr"),
                                                         ("mgr.wang", "王强", "manager")],
                              head="mgr.wang")
    hr = session_service.open_session(database.location, "hr.li", PASSWORD, clock)
    manager = session_service.open_session(database.location, "mgr.wang", PASSWORD, clock)
    ws = hr.workspace
    [template] = [t for t in pipelines.list_templates(ws, hr.actor) if t.name == "技能工人"]
    job = jobs.create_job(ws, hr.actor, jobs.JobDraft("数控车工", workshop.department_id, 3, template.id,
                                                      template.job_type))
    apps = {}
    for serial, name in enumerate(("张伟", "李强"), start=1):
        first17 = f"32058319900101{serial:03d}"
        candidates.add_candidates(ws, hr.actor, [candidates.NewCandidate(
            name, mobile=f"139{serial:08d}", id_number=first17 + identity.id_check_char(first17))])
        [found] = candidates.find_by_mobile(ws, hr.actor, f"139{serial:08d}")
        apps[name] = applications.apply(ws, hr.actor, found.id, job.id).application_id
    clock.advance(days=3)  # Thursday: screening (two working days) is overdue
    draft = requisitions.RequisitionDraft(workshop.department_id, "焊工", 2, "expansion",
                                          salary_min=6000, salary_max=8000)
    filed = requisitions.create_requisition(manager.workspace, manager.actor, draft)
    filed = requisitions.submit(manager.workspace, manager.actor, filed.id)
    reminders.run(ws)  # "overdue" notices of the screening tasks
    return Office(hr, clock, job, apps, filed, [hr, manager])


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    built = build_office(database, FixedClock(START, tick=dt.timedelta(milliseconds=10)))
    yield built
    built.close()


def open_workbench(qtbot, context, opened) -> WorkbenchWidget:  # type: ignore[no-untyped-def]
    widget = WorkbenchWidget(context, opened)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.presenter.loaded, timeout=10_000):
        pass
    widget.testers = [QAbstractItemModelTester(  # type: ignore[attr-defined]
        panel.model, QAbstractItemModelTester.FailureReportingMode.Warning)
        for panel in widget.panels()]
    widget.resize(1366, 768)
    widget.show()
    return widget


@pytest.fixture
def bench(qtbot, context, office) -> WorkbenchWidget:  # type: ignore[no-untyped-def]
    return open_workbench(qtbot, context, office.hr)


def column_texts(panel, column: int = 0) -> list[str]:  # type: ignore[no-untyped-def]
    model = panel.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def task_rows(widget: WorkbenchWidget, group: int) -> list[str]:
    model = widget.tasks.model
    parent = model.index(group, 0)
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def activate(qtbot, view: QAbstractItemView, index: QModelIndex) -> None:  # type: ignore[no-untyped-def]
    """What a user does: select the row, press Enter."""
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_Return)


# --- what the panels show ---------------------------------------------------------------


def test_panels_show_tasks_approvals_inbox_stalled_and_activity(bench, office) -> None:  # type: ignore[no-untyped-def]
    overdue = task_rows(bench, 0)
    assert len(overdue) == 2 and all("张伟" in t or "李强" in t for t in overdue)
    # The approval task arrived today and is due in two working days.
    assert task_rows(bench, 1) == ["Nothing else due today"]
    assert len(task_rows(bench, 2)) == 1
    assert bench.tasks.title.text() == "My tasks: 2 overdue, 0 due today"
    assert bench.tasks.model.index(0, 0).data() == "Overdue (2)"

    assert column_texts(bench.approvals) == [office.requisition.number]
    assert column_texts(bench.approvals, 3) == ["王强"]
    assert bench.approvals.title.text() == "Pending approvals (1)"

    unread = notifications.unread_count(office.hr.workspace, office.hr.actor)
    assert unread == 3  # two overdue screenings and the approval request
    assert bench.inbox.title.text() == "Inbox (3 unread)"
    font = bench.inbox.model.index(0, 1).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()

    assert column_texts(bench.stalled, 1) == ["简历筛选"]
    assert column_texts(bench.stalled, 2) == ["2"]
    assert column_texts(bench.stalled, 3) == ["张伟"]  # applied first: waiting longest
    assert bench.stalled.title.text() == "Stalled hires (2)"

    what = column_texts(bench.activity, 2)
    row = what.index("submitted a requisition")
    assert column_texts(bench.activity, 1)[row] == "王强"
    assert column_texts(bench.activity, 3)[row] == office.requisition.number
    assert "added an application" in what
    assert not any(p.is_empty() for p in bench.panels())


def test_unread_count_is_announced_on_load(qtbot, context, office) -> None:  # type: ignore[no-untyped-def]
    widget = WorkbenchWidget(context, office.hr)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.unreadChanged, timeout=10_000) as signal:
        pass
    assert signal.args == [3]


def test_an_empty_workbench_says_so(qtbot, context, session) -> None:  # type: ignore[no-untyped-def]
    # The administrator: no tasks, no notices, no candidates to see, no approvals to give.
    widget = open_workbench(qtbot, context, session)
    assert task_rows(widget, 0) == ["Nothing overdue"]
    assert task_rows(widget, 2) == ["Nothing scheduled later"]
    assert widget.inbox.is_empty()
    assert widget.inbox.empty.text().startswith("No notices.")
    assert widget.inbox.title.text() == "Inbox"
    assert not widget.stalled.isVisibleTo(widget) and not widget.approvals.isVisibleTo(widget)
    assert not widget.done_button.isEnabled() and not widget.mark_all_button.isEnabled()


def test_nothing_stalled_says_so(qtbot, context, office) -> None:  # type: ignore[no-untyped-def]
    for app in office.apps.values():
        applications.reject(office.hr.workspace, office.hr.actor, app, "skills")
    widget = open_workbench(qtbot, context, office.hr)
    assert widget.stalled.is_empty() and widget.stalled.isVisibleTo(widget)
    assert widget.stalled.findChild(QLabel, "stalledEmpty").text().startswith("Nothing overdue")


# --- opening what a row is about --------------------------------------------------------


def test_each_panel_opens_the_record_of_its_row(qtbot, bench, office) -> None:  # type: ignore[no-untyped-def]
    opened: list[navigation.Target] = []
    bench.openRequested.connect(opened.append)

    activate(qtbot, bench.stalled.view, bench.stalled.model.index(0, 0))
    assert opened[-1].kind == navigation.APPLICATION
    assert opened[-1].id == office.apps["张伟"]

    activate(qtbot, bench.approvals.view, bench.approvals.model.index(0, 0))
    assert opened[-1] == navigation.Target(navigation.REQUISITION, office.requisition.id,
                                           (office.requisition.id,))

    model = bench.tasks.model
    overdue = model.index(0, 0, model.index(0, 0))
    activate(qtbot, bench.tasks.view, overdue)
    assert opened[-1].kind == navigation.APPLICATION
    assert set(opened[-1].siblings) == set(office.apps.values())
    later = model.index(0, 0, model.index(2, 0))  # the approval task
    activate(qtbot, bench.tasks.view, later)
    assert opened[-1].kind == navigation.REQUISITION and opened[-1].id == office.requisition.id

    # "Nothing else due today" is a line to read, not a row to open.
    nothing = model.index(0, 0, model.index(1, 0))
    assert not model.flags(nothing) & Qt.ItemFlag.ItemIsEnabled
    assert model.target(nothing) is None


def test_a_stalled_hire_opens_the_file_of_its_candidate(qtbot, context, office) -> None:  # type: ignore[no-untyped-def]
    """Through the real routing (the sections widget), not just the signal: a row that
    names an application opens its person's file (it once raised KeyError and showed
    nothing)."""
    sections = SectionsWidget(context, office.hr)
    qtbot.addWidget(sections)
    sections.show()
    bench = sections.show_section("workbench")
    assert isinstance(bench, WorkbenchWidget)
    qtbot.waitUntil(lambda: bench.stalled.model.rowCount() > 0, timeout=10_000)
    activate(qtbot, bench.stalled.view, bench.stalled.model.index(0, 0))
    section = sections.page("candidates")
    qtbot.waitUntil(lambda: section.file is not None and section.file.file is not None,
                    timeout=10_000)
    assert sections.pages.currentWidget() is section
    assert section.file.name_label.text() == "张伟"


def test_double_click_on_activity_opens_it(qtbot, bench, office) -> None:  # type: ignore[no-untyped-def]
    view = bench.activity.view
    row = column_texts(bench.activity, 3).index("张伟 · 数控车工")
    rect = view.visualRect(bench.activity.model.index(row, 2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(bench.openRequested, timeout=2_000) as signal:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    [target] = signal.args
    assert target.kind in (navigation.APPLICATION, navigation.CANDIDATE)


def test_opening_an_unread_notice_opens_its_hire_and_reads_it(qtbot, bench, office) -> None:  # type: ignore[no-untyped-def]
    model = bench.inbox.model
    row = next(r for r in range(model.rowCount()) if model.item(r).target_kind == "application")
    with qtbot.waitSignal(bench.unreadChanged, timeout=10_000) as unread, \
            qtbot.waitSignal(bench.openRequested, timeout=2_000) as opened:
        activate(qtbot, bench.inbox.view, model.index(row, 1))
    assert opened.args[0].id in office.apps.values()
    assert unread.args == [2]
    assert notifications.unread_count(office.hr.workspace, office.hr.actor) == 2


# --- writes -----------------------------------------------------------------------------


def test_mark_read_then_mark_all_read(qtbot, bench, office) -> None:  # type: ignore[no-untyped-def]
    model = bench.inbox.model
    bench.inbox.view.selectRow(0)
    assert bench.mark_read_button.isEnabled()
    read_id = model.notice(0).id
    with qtbot.waitSignal(bench.unreadChanged, timeout=10_000) as signal:
        qtbot.mouseClick(bench.mark_read_button, Qt.MouseButton.LeftButton)
    assert signal.args == [2]
    assert bench.inbox.title.text() == "Inbox (2 unread)"
    stored = notifications.inbox(office.hr.workspace, office.hr.actor)
    assert [n.id for n in stored if n.read] == [read_id]
    row = [model.notice(r).id for r in range(model.rowCount())].index(read_id)
    font = model.index(row, 1).data(Qt.ItemDataRole.FontRole)
    assert font is None or not font.bold()

    with qtbot.waitSignal(bench.unreadChanged, timeout=10_000) as signal:
        qtbot.mouseClick(bench.mark_all_button, Qt.MouseButton.LeftButton)
    assert signal.args == [0]
    assert notifications.unread_count(office.hr.workspace, office.hr.actor) == 0
    assert bench.inbox.title.text() == "Inbox" and not bench.mark_all_button.isEnabled()


def test_mark_a_task_done(qtbot, bench, office) -> None:  # type: ignore[no-untyped-def]
    model = bench.tasks.model
    first = model.index(0, 0, model.index(0, 0))
    title = first.data()
    assert not bench.done_button.isEnabled()
    bench.tasks.view.setCurrentIndex(first)
    assert bench.done_button.isEnabled()
    with qtbot.waitSignal(bench.presenter.loaded, timeout=10_000):
        qtbot.mouseClick(bench.done_button, Qt.MouseButton.LeftButton)
    assert task_rows(bench, 0) == [t for t in task_rows(bench, 0) if t != title]
    assert len(task_rows(bench, 0)) == 1
    assert bench.message.text() == f"Done: {title}"
    mine = tasks.my_tasks(office.hr.workspace, office.hr.actor)
    assert title not in [terms.said(t.title) for t in mine.overdue]


def test_a_refused_done_is_explained_and_the_list_reloads(qtbot, bench, office) -> None:  # type: ignore[no-untyped-def]
    model = bench.tasks.model
    first = model.index(0, 0, model.index(0, 0))
    task = model.task(first)
    tasks.complete_task(office.hr.workspace, office.hr.actor, task.id)  # elsewhere, meanwhile
    bench.tasks.view.setFocus()
    bench.tasks.view.setCurrentIndex(first)
    with qtbot.waitSignal(bench.presenter.loaded, timeout=10_000):
        qtbot.keyClick(bench.tasks.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert bench.message.isVisible() and "open tasks" in bench.message.text()
    assert terms.said(task.title) not in task_rows(bench, 0)


def test_f5_loads_again(qtbot, bench, office) -> None:  # type: ignore[no-untyped-def]
    applications.advance(office.hr.workspace, office.hr.actor, office.apps["张伟"])
    with qtbot.waitSignal(bench.presenter.loaded, timeout=10_000):
        qtbot.keyClick(bench.stalled.view, Qt.Key.Key_F5)
    assert column_texts(bench.stalled, 3) == ["李强"]
    assert bench.busy.isHidden()


def test_splitter_positions_are_kept(qtbot, context, bench, office) -> None:  # type: ignore[no-untyped-def]
    bench.columns.setSizes([400, 900])
    bench.columns.splitterMoved.emit(400, 1)  # what dragging the handle reports
    kept = bench.columns.sizes()
    again = open_workbench(qtbot, context, office.hr)
    assert again.columns.sizes() == kept


def test_fits_a_small_laptop_screen(bench) -> None:  # type: ignore[no-untyped-def]
    assert bench.minimumSizeHint().width() <= 1366 and bench.minimumSizeHint().height() <= 768
    for panel in bench.panels():
        assert panel.height() >= 120 and panel.width() >= 300, panel.objectName()
