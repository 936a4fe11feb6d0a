"""The candidates list: search as you type, sorting and filtering in SQL, lazy pages."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from hrdesk import identity
from hrdesk.clock import FixedClock
from hrdesk.services import applications, candidates, channels, jobs, session as session_service
from tests.ui.offices import staff_workshop
from ui import navigation
from ui.candidates import list_model
from ui.candidates.list_presenter import PAGE_SIZE
from ui.candidates.list_widget import CandidatesListWidget

HR_PASSWORD = "hr-password-12"
START = dt.datetime(2025, 3, 3, 1, 0, tzinfo=dt.UTC)
CROWD = 250  # more than two pages
EDUCATIONS = ("高中", "中专", "大专", "本科")
CITIES = ("昆山", "常州", "苏州")


@dataclasses.dataclass
class Office:
    session: session_service.Session
    clock: FixedClock


def _person(serial: int, name: str, **fields) -> candidates.NewCandidate:  # type: ignore[no-untyped-def]
    first17 = f"32058319900101{serial % 1000:03d}"
    return candidates.NewCandidate(
        name, mobile=f"139{serial:08d}", id_number=first17 + identity.id_check_char(first17),
        **fields)


def build_office(database, clock: FixedClock) -> Office:  # type: ignore[no-untyped-def]
    """An HR user, a job, and 253 candidates: a crowd of 候选人 plus three to find."""
    department = staff_workshop(database, clock, HR_PASSWORD, [("hr.li", "李娜", "hr")])
    hr = session_service.open_session(database.location, "hr.li", HR_PASSWORD, clock)
    ws, actor = hr.workspace, hr.actor
    crowd = [_person(i, f"候选人{i:03d}", education=EDUCATIONS[i % 4], city=CITIES[i % 3],
                     years_experience=i % 20) for i in range(1, CROWD + 1)]
    candidates.add_candidates(ws, actor, crowd)
    clock.advance(days=40)  # the three below are recent; the crowd is not
    candidates.add_candidates(ws, actor, [
        _person(901, "张伟", education="大专", city="昆山", school="常州机电职业技术学院",
                skills=("数控编程",), years_experience=35, tags=("夜班可",)),
        _person(902, "王芳", education="本科", city="常州", school="江南大学", skills=("CAD",)),
        _person(903, "李强", education="硕士", city="无锡", years_experience=0),
    ])
    job = jobs.create_job(ws, actor, jobs.JobDraft("数控车工", department.department_id, 3))
    boss = next(c.id for c in channels.list_channels(ws, actor) if c.name == "BOSS直聘")
    for mobile in ("13900000901", "13900000902"):
        [found] = candidates.find_by_mobile(ws, actor, mobile)
        applications.apply(ws, actor, found.id, job.id, boss)
    return Office(hr, clock)


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    built = build_office(database, FixedClock(START, tick=dt.timedelta(milliseconds=10)))
    yield built
    built.session.close()


def open_list(qtbot, context, office, checked: bool = True) -> CandidatesListWidget:  # type: ignore[no-untyped-def]
    """``checked``: under a model tester, which also fetches every page (it calls
    fetchMore), so the tests of lazy paging go without."""
    widget = CandidatesListWidget(context, office.session)
    qtbot.addWidget(widget)
    if checked:
        widget.tester = QAbstractItemModelTester(  # type: ignore[attr-defined]
            widget.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0 and not widget.busy.isVisible(),
                    timeout=10_000)
    return widget


@pytest.fixture
def listing(qtbot, context, office):  # type: ignore[no-untyped-def]
    return open_list(qtbot, context, office)


@pytest.fixture
def lazy(qtbot, context, office):  # type: ignore[no-untyped-def]
    return open_list(qtbot, context, office, checked=False)


def names(widget: CandidatesListWidget) -> list[str]:
    return [widget.model.candidate(r).name for r in range(widget.model.rowCount())]


def shown(widget: CandidatesListWidget, row: int, key: str) -> str:
    return widget.model.index(row, list_model.column_of(key)).data()


def type_chinese(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """What a Chinese input method does: commits the composed text to the focused field
    (QTest can only type ASCII keys)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def settle(qtbot, widget: CandidatesListWidget) -> None:  # type: ignore[no-untyped-def]
    """Wait until the debounce has fired and the answer is shown."""
    qtbot.waitUntil(lambda: not widget._search_timer.isActive()
                    and not widget.busy.isVisible(), timeout=10_000)


def click_header(qtbot, widget: CandidatesListWidget, key: str) -> None:  # type: ignore[no-untyped-def]
    header = widget.table.horizontalHeader()
    section = list_model.column_of(key)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_first_page_shows_count_and_masked_numbers(lazy) -> None:  # type: ignore[no-untyped-def]
    assert lazy.model.rowCount() == PAGE_SIZE  # one page, not all 253
    assert lazy.count_label.text() == "253 candidates"
    assert names(lazy)[:2] == ["候选人001", "候选人002"]  # by name
    assert shown(lazy, 0, "mobile") == "139****0001"
    assert shown(lazy, 0, "id_number").count("*") == 12
    assert lazy.model.headerData(list_model.column_of("years"),
                                    Qt.Orientation.Horizontal) == "Years"


def test_scrolling_to_the_end_fetches_the_next_pages(qtbot, lazy) -> None:  # type: ignore[no-untyped-def]
    for expected in (2 * PAGE_SIZE, CROWD + 3):
        lazy.table.scrollToBottom()
        qtbot.waitUntil(lambda n=expected: lazy.model.rowCount() == n, timeout=10_000)
    assert len(set(lazy.model.ids())) == CROWD + 3  # no page twice
    lazy.table.scrollToBottom()
    assert not lazy.model.canFetchMore(lazy.model.index(-1, -1))
    assert names(lazy)[-3:] == ["李强", "王芳", "张伟"]  # pinyin order: after hou (候)


def test_typing_searches_after_a_pause_and_esc_clears(qtbot, listing) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(listing.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert listing.search_edit.hasFocus()
    type_chinese(listing.search_edit, "江南")
    settle(qtbot, listing)
    assert names(listing) == ["王芳"] and listing.count_label.text() == "1 candidate"
    listing.search_edit.clear()
    qtbot.keyClicks(listing.search_edit, "13900000901")  # a whole mobile: its digest
    settle(qtbot, listing)
    assert names(listing) == ["张伟"]
    qtbot.keyClicks(listing.search_edit, "5")  # no longer a mobile number: no match
    settle(qtbot, listing)
    assert names(listing) == [] and listing.count_label.text() == "0 candidates"
    qtbot.keyClick(listing.search_edit, Qt.Key.Key_Escape)
    assert listing.search_edit.text() == ""
    settle(qtbot, listing)
    assert listing.count_label.text() == "253 candidates"


def test_clicking_a_header_sorts_in_the_database(qtbot, listing) -> None:  # type: ignore[no-untyped-def]
    click_header(qtbot, listing, "years")
    settle(qtbot, listing)
    assert listing.presenter.query.order == "years_experience"
    assert shown(listing, 0, "years") == "0"
    click_header(qtbot, listing, "years")
    settle(qtbot, listing)
    assert listing.presenter.query.descending
    assert names(listing)[0] == "张伟" and shown(listing, 0, "years") == "35"
    click_header(qtbot, listing, "mobile")  # encrypted: not sortable, nothing changes
    header = listing.table.horizontalHeader()
    assert header.sortIndicatorSection() == list_model.column_of("years")
    assert not listing.busy.isVisible() and names(listing)[0] == "张伟"


def test_names_sort_as_chinese_readers_expect(qtbot, listing, office) -> None:  # type: ignore[no-untyped-def]
    candidates.add_candidates(office.session.workspace, office.session.actor, [
        _person(905, "曾国藩"), _person(906, "陈明"), _person(907, "单田芳"),
        _person(908, "阿强")])
    show_recent(qtbot, listing)
    # By pinyin (a chen li shan wang zeng zhang), surnames read as surnames (单 shan,
    # 曾 zeng); by code point it would be 单 张 曾 李 王 阿 陈.
    in_pinyin = ["阿强", "陈明", "李强", "单田芳", "王芳", "曾国藩", "张伟"]
    assert names(listing) == in_pinyin
    click_header(qtbot, listing, "name")
    settle(qtbot, listing)
    assert listing.presenter.query.descending and names(listing) == in_pinyin[::-1]
    click_header(qtbot, listing, "name")
    settle(qtbot, listing)
    assert names(listing) == in_pinyin


def show_recent(qtbot, widget: CandidatesListWidget) -> None:  # type: ignore[no-untyped-def]
    """Only the people added in the last 7 days: the recent ones, not the crowd."""
    widget.added_box.setFocus()
    qtbot.keyClick(widget.added_box, Qt.Key.Key_Down)
    qtbot.keyClick(widget.added_box, Qt.Key.Key_Down)
    assert widget.added_box.currentText() == "Added in the last 7 days"
    settle(qtbot, widget)


def test_filters_narrow_the_list(qtbot, listing) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: listing.channel_box.count() > 1, timeout=10_000)
    listing.channel_box.setFocus()
    qtbot.keyClicks(listing.channel_box, "BOSS")  # the box jumps to the matching item
    settle(qtbot, listing)
    assert listing.channel_box.currentText() == "BOSS直聘"
    assert names(listing) == ["王芳", "张伟"]
    listing.education_box.setFocus()
    assert [listing.education_box.itemText(i) for i in range(listing.education_box.count())] \
        == ["Any education", "高中", "中专", "大专", "本科", "硕士"]
    for _ in range(4):  # past 高中, 中专, 大专 to 本科
        qtbot.keyClick(listing.education_box, Qt.Key.Key_Down)
    settle(qtbot, listing)
    assert names(listing) == ["王芳"]
    qtbot.mouseClick(listing.clear_button, Qt.MouseButton.LeftButton)
    type_chinese(listing.tag_edit, "夜班可")
    settle(qtbot, listing)
    assert names(listing) == ["张伟"]
    listing.tag_edit.clear()
    settle(qtbot, listing)
    show_recent(qtbot, listing)
    assert names(listing) == ["李强", "王芳", "张伟"]
    assert listing.count_label.text() == "3 candidates"


def test_enter_and_double_click_open_the_candidate_with_its_siblings(qtbot, listing) -> None:  # type: ignore[no-untyped-def]
    listing.table.setFocus()
    qtbot.keyClick(listing.table, Qt.Key.Key_Down)
    qtbot.keyClick(listing.table, Qt.Key.Key_Down)
    assert listing.table.currentIndex().row() == 2
    with qtbot.waitSignal(listing.openRequested, timeout=2_000) as opened:
        qtbot.keyClick(listing.table, Qt.Key.Key_Return)
    target = opened.args[0]
    assert target == navigation.Target("candidate", listing.model.candidate(2).id,
                                       listing.model.ids())
    assert len(target.siblings) == CROWD + 3  # the model tester fetched every page
    rect = listing.table.visualRect(listing.model.index(0, 0))
    # A double click's first click (QTest's double click alone lacks the release).
    qtbot.mouseClick(listing.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(listing.openRequested, timeout=2_000) as opened:
        qtbot.mouseDClick(listing.table.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert opened.args[0].id == listing.model.candidate(0).id


def test_column_widths_and_order_are_remembered(qtbot, context, office, listing) -> None:  # type: ignore[no-untyped-def]
    header = listing.table.horizontalHeader()
    school = list_model.column_of("school")
    header.resizeSection(school, 321)
    click_header(qtbot, listing, "city")
    settle(qtbot, listing)
    listing.save_state()
    again = open_list(qtbot, context, office)
    header = again.table.horizontalHeader()
    assert header.sectionSize(school) == 321
    assert header.sortIndicatorSection() == list_model.column_of("city")
    assert again.presenter.query.order == "city"


def test_refresh_shows_candidates_added_meanwhile(qtbot, listing, office) -> None:  # type: ignore[no-untyped-def]
    candidates.add_candidates(office.session.workspace, office.session.actor,
                              [_person(904, "赵敏")])
    listing.refresh()
    settle(qtbot, listing)
    assert listing.count_label.text() == "254 candidates"
