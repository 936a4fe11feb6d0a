"""File ▸ Attach resume files from a folder: progress and Cancel, the summary of what was
left alone and why (in either language), the candidate's file shows the new attachment."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from hrdesk.clock import FixedClock
from hrdesk.services import attachments, resume_folder
from tests.integration import plant as plant_
from tests.integration.test_cli_attach import add_people, write_folder
from ui.main_window import MainWindow

START = dt.datetime(2025, 3, 3, 1, 0, tzinfo=dt.UTC)
WAIT = 30_000


@pytest.fixture
def plant(session):  # type: ignore[no-untyped-def]
    built = plant_.build(session, FixedClock(START, tick=dt.timedelta(milliseconds=10)))
    yield built
    built.close()


@pytest.fixture
def people(plant):  # type: ignore[no-untyped-def]
    return add_people(plant)


def open_window(qtbot, context, plant, username: str = "hr.li") -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(context, plant[username])
    qtbot.addWidget(window)
    window.show()
    return window


def attach(qtbot, window: MainWindow, folder: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """File ▸ Attach resume files from a folder…, choosing ``folder``; the run."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window.attach_folder_action.trigger()
    return window.folder_attach


def test_the_summary_lists_each_file_left_alone_with_why(  # type: ignore[no-untyped-def]
        qtbot, qtmodeltester, context, plant, people, tmp_path, monkeypatch) -> None:
    window = open_window(qtbot, context, plant)
    section = window.content.show_section("candidates")
    section.open_candidate(people["张伟"])
    file = section.file
    qtbot.waitUntil(lambda: file.file is not None, timeout=WAIT)
    assert file.tabs.tabText(3) == "Attachments (0)"

    run = attach(qtbot, window, write_folder(tmp_path / "简历"), monkeypatch)
    with qtbot.waitSignal(run.finished, timeout=WAIT):
        pass

    summary = run.summary
    assert summary is not None and summary.isVisible()
    qtmodeltester.check(summary.model)
    assert summary.counts_label.text() == (
        "Attached: 2   Already attached before: 0   Unmatched: 1   Ambiguous: 1   Refused: 1")
    assert summary.rows() == [
        ["李强-简历.pdf", "Ambiguous", "2 candidates are named 李强"],
        ["招聘海报.exe", "Refused", "not a PDF, Word, image or text file"],
        ["陈静简历.pdf", "Unmatched",
         "the file name names no candidate (by mobile number or full name)"]]
    assert not summary.stopped.isVisible()
    summary.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # sortable: by file name
    assert summary.rows()[0][0] == "陈静简历.pdf"
    # The open candidate's file shows what was just attached to that person.
    qtbot.waitUntil(lambda: file.tabs.tabText(3) == "Attachments (1)", timeout=WAIT)
    with qtbot.waitSignal(summary.finished):
        qtbot.mouseClick(summary.close_button, Qt.MouseButton.LeftButton)


def test_a_second_run_finds_them_already_attached(  # type: ignore[no-untyped-def]
        qtbot, context, plant, people, tmp_path, monkeypatch) -> None:
    window = open_window(qtbot, context, plant)
    folder = write_folder(tmp_path / "简历", {"张伟.docx": "张伟"})
    for _ in range(2):
        run = attach(qtbot, window, folder, monkeypatch)
        with qtbot.waitSignal(run.finished, timeout=WAIT):
            pass
    assert run.summary.counts_label.text().startswith("Attached: 0   Already attached before: 1")
    assert run.summary.rows() == [] and not run.summary.table.isVisible()
    assert run.summary.hint_label.text() == "No file was left to attach by hand."


def test_cancel_stops_after_the_file_at_hand_and_keeps_it(  # type: ignore[no-untyped-def]
        qtbot, context, plant, people, tmp_path, monkeypatch) -> None:
    hr = plant["hr.li"]
    folder = write_folder(tmp_path / "简历", {"a_张伟.docx": "张伟", "b_王芳.docx": "王芳",
                                              "c_张伟.pdf": "张伟"})
    first_done, release = threading.Event(), threading.Event()
    attach_one = resume_folder._attach_one

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        attach_one(*args, **kwargs)
        first_done.set()
        release.wait(WAIT / 1000)  # the user presses Cancel while the first file is done

    monkeypatch.setattr(resume_folder, "_attach_one", held)
    window = open_window(qtbot, context, plant)
    run = attach(qtbot, window, folder, monkeypatch)
    progress = run.progress_dialog
    qtbot.waitUntil(lambda: first_done.is_set() and progress.isVisible(), timeout=WAIT)
    with qtbot.waitSignal(run.finished, timeout=WAIT) as finished:
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
        release.set()

    result = finished.args[0]
    assert result.cancelled and [p.name for p, _ in result.attached] == ["a_张伟.docx"]
    assert run.summary.stopped.isVisible() and "Cancel" in run.summary.stopped.text()
    assert run.summary.counts_label.text().startswith("Attached: 1 ")
    assert [a.filename for a in attachments.list_attachments(
        hr.workspace, hr.actor, people["张伟"])] == ["a_张伟.docx"]
    assert attachments.list_attachments(hr.workspace, hr.actor, people["王芳"]) == []


def test_a_folder_gone_meanwhile_says_so(qtbot, context, plant, tmp_path,  # type: ignore[no-untyped-def]
                                         monkeypatch) -> None:
    window = open_window(qtbot, context, plant)
    gone = tmp_path / "已删除"
    run = attach(qtbot, window, gone, monkeypatch)
    qtbot.waitUntil(lambda: run.error_box is not None, timeout=WAIT)
    assert run.error_box.text() == f"Cannot use {gone}: the folder does not exist"
    assert run.summary is None
    run.error_box.close()


def test_only_those_who_edit_candidates_see_the_action(qtbot, context, plant) -> None:  # type: ignore[no-untyped-def]
    hr, interviewer = (open_window(qtbot, context, plant, who) for who in ("hr.li", "int.zhou"))
    assert hr.attach_folder_action in hr.menuBar().actions()[0].menu().actions()
    assert interviewer.attach_folder_action not in \
        interviewer.menuBar().actions()[0].menu().actions()


def test_every_reason_the_core_gives_is_in_the_catalogue() -> None:
    from hrdesk import i18n

    for code, english in resume_folder.REASONS.items():
        reason = resume_folder.Reason(code, count=2, mobile="138****0000", names="甲, 乙",
                                      name="李强", megabytes=25, detail="x")
        assert i18n.describe_reason(reason, chinese=False) == str(reason)
        chinese = i18n.describe_reason(reason, chinese=True)
        assert chinese != str(reason), f"{code}: {english} is not translated"


def test_the_summary_speaks_chinese(qtbot, context, plant, people, tmp_path,  # type: ignore[no-untyped-def]
                                    monkeypatch) -> None:
    window = open_window(qtbot, context, plant)
    run = attach(qtbot, window, write_folder(tmp_path / "简历"), monkeypatch)
    with qtbot.waitSignal(run.finished, timeout=WAIT):
        pass
    summary = run.summary
    context.translations.install("zh_CN")
    qtbot.waitUntil(lambda: summary.close_button.text() != "Close")
    rows = summary.rows()
    assert all(outcome in ("未匹配", "有歧义", "被拒绝") for _name, outcome, _why in rows)
    reasons = {name: why for name, _outcome, why in rows}
    assert reasons["李强-简历.pdf"] == "有 2 位候选人名叫李强"
    assert "PDF" in reasons["招聘海报.exe"] and "not" not in reasons["招聘海报.exe"]


def _dropped(*paths: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    return drop, mime  # (the event does not own its mime data: keep it alive)


def test_a_folder_dropped_on_the_window_is_attached(  # type: ignore[no-untyped-def]
        qtbot, context, plant, people, tmp_path) -> None:
    window = open_window(qtbot, context, plant)
    drop, _mime = _dropped(write_folder(tmp_path / "简历"))
    window.dropEvent(drop)  # (Qt delivers a drop only during a real drag: call the handler)
    run = window.folder_attach
    assert run is not None
    with qtbot.waitSignal(run.finished, timeout=WAIT):
        pass
    hr = plant.actor("hr.li")
    assert [a.filename for a in attachments.list_attachments(plant.ws, hr, people["张伟"])] \
        == ["张伟-数控车工.docx"]
    run.summary.close()


def test_resume_files_dropped_on_a_candidates_file_are_attached(  # type: ignore[no-untyped-def]
        qtbot, context, plant, people, tmp_path) -> None:
    from tests.integration.test_cli_attach import pdf

    window = open_window(qtbot, context, plant)
    section = window.content.show_section("candidates")
    section.open_candidate(people["王芳"])
    file = section.file
    qtbot.waitUntil(lambda: file.file is not None, timeout=WAIT)
    files = [tmp_path / "王芳简历.pdf", tmp_path / "王芳证书.pdf", tmp_path / "空.pdf"]
    files[0].write_bytes(pdf("resume"))
    files[1].write_bytes(pdf("certificate"))
    files[2].write_bytes(b"")
    drop, _mime = _dropped(*files, tmp_path / "名单.xlsx")  # the sheet is not a resume
    with qtbot.waitSignals([file.presenter.attachmentsAdded, file.presenter.loaded],
                           timeout=WAIT):
        file.dropEvent(drop)
    assert file.tabs.currentIndex() == file.attachments_tab
    assert file.tabs.tabText(file.attachments_tab) == "Attachments (2)"
    shown = file.message.text()
    assert shown.startswith("Attached 2 of 3 files. Not attached: 空.pdf") and "empty" in shown
    assert shown.count("空.pdf") == 1


def test_only_resume_files_are_taken_by_the_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui.candidates.file_widget import resume_files

    sheet = tmp_path / "名单.xlsx"
    sheet.write_bytes(b"PK")
    _drop, mime = _dropped(sheet)
    assert resume_files(mime) == []  # it goes on to the main window: an import
    resume = tmp_path / "简历.docx"
    resume.write_bytes(b"PK")
    _drop, mime = _dropped(resume, tmp_path)
    assert resume_files(mime) == [resume]  # a folder is the window's, not the file's
