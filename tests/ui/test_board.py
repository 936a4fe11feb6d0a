"""The pipeline board: columns and counts, moves by drag and drop, refusals, filters."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QStyleOptionViewItem

from hrdesk import identity
from hrdesk.clock import FixedClock
from hrdesk.services import (
    applications,
    candidate_search,
    candidates,
    channels,
    jobs,
    pipelines,
    session as session_service,
)
from hrdesk.services.boards import Board, Card, Column
from tests.ui.offices import staff_workshop
from ui.board import model as board_model
from ui.board.delegate import CardDelegate
from ui.board.widget import BoardWidget
from ui.candidates.file_widget import CandidateFileWidget

HR_PASSWORD = "hr-password-12"
# A Monday morning in Kunshan (01:00 UTC is 09:00 there).
START = dt.datetime(2025, 3, 3, 1, 0, tzinfo=dt.UTC)


@dataclasses.dataclass
class Office:
    session: session_service.Session
    clock: FixedClock
    job: jobs.JobInfo
    apps: dict[str, uuid.UUID]


def build_office(database, clock: FixedClock) -> Office:  # type: ignore[no-untyped-def]
    """A site, a department, an HR user, a 技能工人 job and three applications."""
    department = staff_workshop(database, clock, HR_PASSWORD, [("hr.li", "李娜", "hr")])
    hr = session_service.open_session(database.location, "hr.li", HR_PASSWORD, clock)
    ws, actor = hr.workspace, hr.actor
    [template] = [t for t in pipelines.list_templates(ws, actor) if t.name == "技能工人"]
    job = jobs.create_job(ws, actor, jobs.JobDraft("数控车工", department.department_id, 3, template.id,
                                                   template.job_type))
    by_name = {c.name: c.id for c in channels.list_channels(ws, actor)}
    people = [("张伟", "大专", 3, "BOSS直聘", ("焊工证", "夜班"), 3),
              ("李强", "高中", 5, "58同城", ("叉车证",), 1),
              ("王磊", "中专", 1, "内部推荐", (), 0)]
    apps = {}
    for serial, (name, education, years, channel, tags, stars) in enumerate(people, start=1):
        first17 = f"32058319900101{serial:03d}"
        candidates.add_candidates(ws, actor, [candidates.NewCandidate(
            name, mobile=f"139{serial:08d}", id_number=first17 + identity.id_check_char(first17),
            education=education, years_experience=years, tags=tags)])
        [found] = candidates.find_by_mobile(ws, actor, f"139{serial:08d}")
        moved = applications.apply(ws, actor, found.id, job.id, by_name[channel])
        applications.set_priority(ws, actor, moved.application_id, stars)
        apps[name] = moved.application_id
    clock.advance(days=3)  # past screening's 2-day SLA
    applications.advance(ws, actor, apps["王磊"])  # just entered 实操考核: on time
    return Office(hr, clock, job, apps)


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    built = build_office(database, FixedClock(START, tick=dt.timedelta(milliseconds=10)))
    yield built
    built.session.close()


@pytest.fixture
def board(qtbot, context, office):  # type: ignore[no-untyped-def]
    widget = BoardWidget(context, office.session)
    qtbot.addWidget(widget)
    testers = []
    with qtbot.waitSignal(widget.presenter.loaded, timeout=10_000):
        pass
    for frame in widget.columns:
        testers.append(QAbstractItemModelTester(
            frame.model, QAbstractItemModelTester.FailureReportingMode.Warning))
    widget.resize(1366, 768)
    widget.show()
    widget.testers = testers  # kept alive with the widget
    return widget


def names(frame) -> list[str]:  # type: ignore[no-untyped-def]
    return [frame.model.card(r).name for r in range(frame.model.rowCount())]


def drop(widget: BoardWidget, name: str, target: int) -> None:
    """What a drop does: the source's drag data handed to the target column's model."""
    source = next(f for f in widget.columns if name in names(f))
    mime = source.model.mimeData([source.model.index(names(source).index(name), 0)])
    target_model = widget.columns[target].model
    assert target_model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    target_model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())


def test_columns_show_stages_counts_and_sla(board, office) -> None:  # type: ignore[no-untyped-def]
    titles = [f.title.text() for f in board.columns]
    assert titles[:3] == ["简历筛选 (2)", "实操考核 (1)", "面试 (0)"]
    assert names(board.columns[0]) == ["张伟", "李强"]  # by priority
    assert board.columns[0].strip.property("slaState") == "overdue"
    assert board.columns[2].strip.property("slaState") == "ok"
    assert "overdue: 2" in board.columns[0].sla_label.text()
    switcher = board.findChild(QComboBox, "jobSwitcher")
    assert switcher.currentText() == f"{office.job.code} 数控车工"
    card = board.columns[0].model.card(0)
    assert card.overdue and card.priority == 3
    delegate = board.delegate
    assert delegate.facts_text(card) == "大专 · 3 yrs · BOSS直聘"
    assert delegate.days_text(card) == "Working days in stage: 3"


def test_drop_on_next_stage_moves_the_card(qtbot, board) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignals([board.presenter.moved, board.presenter.loaded], timeout=10_000):
        drop(board, "张伟", 1)
    assert names(board.columns[1]) == ["张伟", "王磊"]  # by priority
    assert "张伟" not in names(board.columns[0])
    assert board.columns[0].title.text() == "简历筛选 (1)"
    assert not board.findChild(QLabel, "boardMessage").isVisible()


def test_a_refused_move_shows_the_translated_reason_and_the_card_stays(
        qtbot, board, context) -> None:  # type: ignore[no-untyped-def]
    context.translations.install("zh_CN")
    with qtbot.waitSignals([board.presenter.moveRefused, board.presenter.loaded],
                           order="strict", timeout=10_000):
        drop(board, "李强", 2)  # 面试 is two stages on; 实操考核 cannot be skipped
    message = board.findChild(QLabel, "boardMessage")
    assert message.isVisible()
    assert message.text() == "不允许这样流转：下一阶段不可跳过"  # the reason too
    assert "李强" in names(board.columns[0])
    assert names(board.columns[2]) == []


def test_dropping_on_its_own_column_is_not_offered(board) -> None:  # type: ignore[no-untyped-def]
    model = board.columns[0].model
    mime = model.mimeData([model.index(0, 0)])
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())


def test_filter_by_text_channel_tag_and_overdue(qtbot, board) -> None:  # type: ignore[no-untyped-def]
    edit = board.findChild(QLineEdit, "boardFilter")
    edit.setText("张")
    assert [names(f) for f in board.columns[:2]] == [["张伟"], []]
    assert board.columns[0].title.text() == "简历筛选 (1/2)"
    edit.setText("内部推荐")
    assert [names(f) for f in board.columns[:2]] == [[], ["王磊"]]
    edit.setText("叉车证")
    assert names(board.columns[0]) == ["李强"]
    edit.clear()
    board.findChild(QCheckBox, "boardOverdueOnly").setChecked(True)
    assert [names(f) for f in board.columns[:2]] == [["张伟", "李强"], []]


def test_bulk_move_of_a_selection(qtbot, board) -> None:  # type: ignore[no-untyped-def]
    view = board.columns[0].view
    view.selectAll()
    assert board.findChild(QLabel, "boardSelection").text() == "Selected: 2"
    with qtbot.waitSignals([board.presenter.bulkFinished, board.presenter.loaded],
                           timeout=10_000):
        board.move_selected_to(board.columns[1].model.stage_id)
    assert sorted(names(board.columns[1])) == sorted(["张伟", "李强", "王磊"])
    assert board.findChild(QLabel, "boardMessage").text() == "Changed: 2"


def test_left_and_right_keys_move_between_columns(qtbot, board) -> None:  # type: ignore[no-untyped-def]
    first, second = board.columns[0].view, board.columns[1].view
    first.setFocus()
    first.setCurrentIndex(first.model().index(0, 0))
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert second.hasFocus()
    assert second.currentIndex().row() == 0


def _synthetic_board(count: int) -> Board:
    stage = uuid.uuid4()
    cards = tuple(Card(uuid.uuid4(), uuid.uuid4(), f"候选人{i}", "大专", i % 10, "BOSS直聘",
                       "active", i % 4, ("焊工证",) if i % 3 else (), 1.5, i % 5 == 0, 1)
                  for i in range(count))
    return Board(uuid.uuid4(), "J2025-0001", "数控车工",
                 (Column(stage, "简历筛选", "screening", "hr", "2 days", cards),), ())


def test_model_roles_and_drag_data_for_a_large_column(qapp) -> None:  # type: ignore[no-untyped-def]
    model = board_model.CardListModel(uuid.uuid4())
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    cards = _synthetic_board(2000).columns[0].cards
    model.set_cards(cards)
    assert model.rowCount() == 2000
    index = model.index(5, 0)
    assert index.data(board_model.CardRole.Overdue) is True
    assert index.data(board_model.CardRole.Tags) == ("焊工证",)
    assert index.data(board_model.CardRole.Version) == 1
    decoded = board_model.decode_cards(model.mimeData([index, model.index(7, 0)]))
    assert [(a, v) for a, v, _ in decoded] == [(cards[5].application_id, 1),
                                               (cards[7].application_id, 1)]
    # Uniform heights: the delegate answers from the font alone, for every row alike.
    delegate = CardDelegate()
    option = QStyleOptionViewItem()
    assert delegate.sizeHint(option, index) == delegate.sizeHint(option, model.index(0, 0))
    del tester


def test_bulk_reject_asks_for_a_reason_and_folds_the_card_away(qtbot, board) -> None:  # type: ignore[no-untyped-def]
    view = board.columns[0].view
    view.setCurrentIndex(view.model().index(1, 0))  # 李强
    with qtbot.waitSignal(board.presenter.reasonsLoaded, timeout=10_000):
        board.reject_button.click()
    dialog = board.reject_dialog
    assert dialog is not None and dialog.reason.count() > 0
    dialog.comment.setText("叉车证过期")
    with qtbot.waitSignals([board.presenter.bulkFinished, board.presenter.loaded],
                           timeout=10_000):
        dialog.accept()
    assert names(board.columns[0]) == ["张伟"]
    rejected = board.findChild(type(board.columns[0]), "boardClosed_rejected")
    assert rejected.title.text() == "Rejected (1)"
    assert rejected.is_folded() and not rejected.view.isVisible()
    rejected.fold_button.click()
    assert rejected.view.isVisible() and names(rejected) == ["李强"]


def test_all_my_jobs_counts_each_job_per_phase_and_opens_its_board(qtbot, board, office) -> None:  # type: ignore[no-untyped-def]
    switcher = board.job_switcher
    assert switcher.itemText(0) == "All my jobs"
    with qtbot.waitSignal(board.presenter.overviewLoaded, timeout=10_000):
        switcher.setCurrentIndex(0)
    assert board.views.currentWidget() is board.overview
    assert not board.move_button.isVisible()
    proxy = board.overview_proxy
    assert proxy.rowCount() == 1
    row = [proxy.index(0, c).data() for c in range(proxy.columnCount())]
    # code, job, hired/headcount, screening (简历筛选 + 实操考核), interview, offer,
    # onboarding, probation, overdue (the two past screening's SLA)
    assert row == [office.job.code, "数控车工", "0 / 3", 3, 0, 0, 0, 0, 2]

    with qtbot.waitSignal(board.presenter.loaded, timeout=10_000):
        board.overview.activated.emit(proxy.index(0, 1))
    assert board.views.currentWidget() is board.columns_scroll
    assert switcher.currentData() == office.job.id


def test_opening_a_card_asks_for_its_candidate_with_the_column_as_siblings(qtbot, board) -> None:  # type: ignore[no-untyped-def]
    column = board.columns[0]
    with qtbot.waitSignal(board.openRequested) as opened:
        column.view.activated.emit(column.model.index(1, 0))
    target = opened.args[0]
    cards = column.model.cards()
    assert (target.kind, target.id) == ("candidate", cards[1].candidate_id)
    assert target.siblings == tuple(c.candidate_id for c in cards)


def test_the_main_window_lists_the_board_for_those_who_use_it(qtbot, context, office):  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    window = MainWindow(context, office.session)
    qtbot.addWidget(window)
    sections = window.content
    keys = [sections.section_list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(sections.section_list.count())]
    assert keys == ["workbench", "requisitions", "jobs", "board", "candidates", "admin"]
    board = sections.show_section("board")
    assert board.objectName() == "boardWidget"
    qtbot.waitUntil(lambda: board.job_switcher.count() > 0, timeout=10_000)


# --- live refresh: what the board changes reaches the other open screens -----------

def _file(qtbot, context, office, name: str) -> CandidateFileWidget:  # type: ignore[no-untyped-def]
    [person] = [c for c in candidate_search.search_candidates(
        office.session.workspace, office.session.actor, name).items]
    widget = CandidateFileWidget(context, office.session)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.presenter.loaded, timeout=10_000):
        widget.show_candidate(person.id)
    return widget


def test_a_board_move_refreshes_the_open_file_of_that_candidate(  # type: ignore[no-untyped-def]
        qtbot, context, board, office) -> None:
    file = _file(qtbot, context, office, "张伟")
    other = _file(qtbot, context, office, "李强")
    assert "简历筛选" in file.stages_label.text()
    events = len(file.file.timeline)
    loads: list[object] = []
    other.presenter.loaded.connect(loads.append)
    drop(board, "张伟", 1)  # through the board's model, as a drag and drop
    qtbot.waitUntil(lambda: "实操考核" in file.stages_label.text(), timeout=10_000)
    assert len(file.file.timeline) > events  # the move is on its timeline too
    qtbot.waitUntil(lambda: not context.runner.is_busy(), timeout=10_000)
    assert loads == []  # 李强's file was not touched, and not reloaded


def test_a_hidden_file_is_stale_until_shown(qtbot, context, board, office) -> None:  # type: ignore[no-untyped-def]
    file = _file(qtbot, context, office, "张伟")
    file.hide()
    drop(board, "张伟", 1)
    qtbot.waitUntil(lambda: file.live.stale, timeout=10_000)
    assert "简历筛选" in file.stages_label.text()
    with qtbot.waitSignal(file.presenter.loaded, timeout=10_000):
        file.show()
    assert "实操考核" in file.stages_label.text()
