"""The resume import's preview dialog: counts and reasons, the mapping, import, report,
and the ways to open it (File ▸ Import, a file dropped on the main window)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTranslator, QUrl
from PySide6.QtGui import QDropEvent

from hrdesk.clock import FixedClock
from hrdesk.services import candidate_search
from tests.integration import plant as plant_
from tests.integration.test_import_plan import ROWS, write_sheet
from ui.imports.preview_dialog import ImportPreviewDialog
from ui.main_window import MainWindow

START = dt.datetime(2025, 3, 3, 1, 0, tzinfo=dt.UTC)


@pytest.fixture
def plant(session):  # type: ignore[no-untyped-def]
    built = plant_.build(session, FixedClock(START, tick=dt.timedelta(milliseconds=10)))
    built.candidate("张三", 1)
    built.candidate("钱七", 2)
    yield built
    built.close()


def open_preview(qtbot, context, plant, path: Path, job_id=None) -> ImportPreviewDialog:  # type: ignore[no-untyped-def]
    dialog = ImportPreviewDialog(context, plant["hr.li"], path, job_id=job_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.presenter.previewed, timeout=15_000):
        dialog.show()
    return dialog


def shown_rows(dialog: ImportPreviewDialog) -> list[list[str]]:
    proxy = dialog.rows_proxy
    return [[str(proxy.index(r, c).data()) for c in range(proxy.columnCount())]
            for r in range(proxy.rowCount())]


def test_the_preview_says_what_happens_to_each_row_and_why(qtbot, context, plant,  # type: ignore[no-untyped-def]
                                                          tmp_path) -> None:
    dialog = open_preview(qtbot, context, plant, write_sheet(tmp_path / "batch.xlsx", ROWS))

    assert dialog.counts_label.text() == (
        "5 rows: 1 new, 1 to update, 1 already on file, 0 repeated, 1 possible duplicates, "
        "1 rejected")
    rows = {int(r[0]): r for r in shown_rows(dialog)}
    assert rows[3][1] == "New" and rows[4][1] == "Rejected" and "mobile" in rows[4][3]
    assert rows[5][1] == "Possible duplicate" and rows[5][3].startswith(
        "Possibly the same person as row 3 (李四): same mobile under another name")
    assert rows[6][1] == "Update" and "E-mail" in rows[6][3]
    assert rows[2][1] == "On file" and rows[2][3].startswith("Same person as 张三")
    dialog.problems_only.setChecked(True)
    assert sorted(int(r[0]) for r in shown_rows(dialog)) == [4, 5]
    assert [box.currentData() for box in dialog._mapping_boxes][:2] == ["name", "mobile"]
    assert dialog.report_button.isEnabled()


def test_changing_the_mapping_redoes_the_preview(qtbot, context, plant, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = open_preview(qtbot, context, plant, write_sheet(tmp_path / "batch.xlsx", ROWS))
    mobile = dialog._mapping_boxes[1]
    with qtbot.waitSignal(dialog.presenter.previewed, timeout=15_000):
        mobile.setCurrentIndex(0)  # keep the column as an extra attribute instead
        mobile.activated.emit(0)
    assert dialog.plan.mapping[1] is None
    # Without mobile numbers, the rows that had only one have no way to reach the person.
    assert dialog.plan.counts["rejected"] > 1


def test_import_writes_the_valid_rows_and_says_how_many(qtbot, context, plant,  # type: ignore[no-untyped-def]
                                                       tmp_path) -> None:
    hr = plant["hr.li"]
    before = candidate_search.count(hr.workspace, hr.actor)
    dialog = open_preview(qtbot, context, plant, write_sheet(tmp_path / "batch.xlsx", ROWS))
    with qtbot.waitSignal(dialog.presenter.imported, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert candidate_search.count(hr.workspace, hr.actor) == before + 2
    assert dialog.message.text() == (
        "Imported: 1 new, 1 updated, 1 already on file, 1 rejected. 1 possible duplicates "
        "were stored and wait in the duplicates queue.")
    assert not dialog.import_button.isEnabled()  # importing the same plan twice: nothing to do


def test_all_or_nothing_with_a_bad_row_writes_nothing(qtbot, context, plant, tmp_path) -> None:  # type: ignore[no-untyped-def]
    hr = plant["hr.li"]
    before = candidate_search.count(hr.workspace, hr.actor)
    dialog = open_preview(qtbot, context, plant, write_sheet(tmp_path / "batch.xlsx", ROWS))
    dialog.all_or_nothing.setChecked(True)
    with qtbot.waitSignal(dialog.presenter.importFailed, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("Nothing was imported")
    assert candidate_search.count(hr.workspace, hr.actor) == before
    assert dialog.import_button.isEnabled()


def test_the_rejected_rows_report_is_written_where_asked(qtbot, context, plant, tmp_path,  # type: ignore[no-untyped-def]
                                                        monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "rejected.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog = open_preview(qtbot, context, plant, write_sheet(tmp_path / "batch.xlsx", ROWS))
    with qtbot.waitSignal(dialog.presenter.reportWritten, timeout=15_000):
        qtbot.mouseClick(dialog.report_button, Qt.MouseButton.LeftButton)
    assert out.exists() and "rejected.xlsx" in dialog.message.text()


def test_an_unreadable_file_says_why(qtbot, context, plant, tmp_path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    dialog = ImportPreviewDialog(context, plant["hr.li"], broken)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.presenter.failed, timeout=15_000):
        dialog.show()
    assert "broken.xlsx" in dialog.message.text()
    assert not dialog.import_button.isEnabled()


def test_a_spreadsheet_dropped_on_the_board_previews_it_for_that_job(  # type: ignore[no-untyped-def]
        qtbot, context, plant, tmp_path) -> None:
    window = MainWindow(context, plant["hr.li"])
    qtbot.addWidget(window)
    window.show()
    board = window.content.show_section("board")
    qtbot.waitUntil(lambda: board.board is not None, timeout=15_000)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(write_sheet(tmp_path / "batch.xlsx", ROWS)))])
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)  # (Qt delivers a drop only during a real drag: call the handler)
    dialog = window.import_dialog
    assert dialog is not None and dialog.path.name == "batch.xlsx"
    qtbot.waitUntil(lambda: dialog.job_box.currentData() == plant.job.id, timeout=15_000)
    dialog.close()


class _FakeChinese(QTranslator):
    """Stands in for the compiled catalogue until the new reasons are translated."""

    TABLE: ClassVar[dict[tuple[str, str], str]] = {
        ("ImportProblem", "Same person as row {row} (same {key})."): "与第 {row} 行的{key}相同。",
        ("ImportProblem", "mobile"): "手机号"}

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
        return self.TABLE.get((context, source), source)  # untranslated: the source

    def isEmpty(self) -> bool:
        return False


def test_the_reasons_follow_the_language_of_the_gui(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from hrdesk.imports.problems import Problem
    from hrdesk.services.import_plan import RowPlan
    from ui.imports import rows_model

    same = Problem(None, "row.same_as_row", {"key": "mobile", "row": 2})
    contact = Problem("mobile", "contact.missing", {}, fatal=True)
    row = RowPlan(4, "rejected", "王五", (same.message, contact.message), problems=(same, contact))
    assert rows_model.details(row) == ("Same person as row 2 (same mobile).; "
                                       "The row has no mobile number, email or ID number.")
    translator = _FakeChinese()
    qapp.installTranslator(translator)
    try:
        # Translated where the catalogue has it; English where it does not yet.
        assert rows_model.details(row) == ("与第 2 行的手机号相同。; "
                                           "The row has no mobile number, email or ID number.")
    finally:
        qapp.removeTranslator(translator)
