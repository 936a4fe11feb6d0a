"""Render every window of the shell to PNG, in Chinese and English, for a person to look at.

    python -m ui.screenshots OUTDIR

Works headless (offscreen). Uses a throw-away workstation, settings and databases in
a temporary folder; dialogs are drawn centred on a 1366×768 "screen", the size of
the typical office laptop.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

SCREEN = (1366, 768)
COMPANY = "华东精密制造有限公司"
ADMIN = ("admin", "王芳", "screenshot-pass-1")


_Child = TypeVar("_Child", bound="QObject")


def _child(parent: QObject, kind: type[_Child], name: str) -> _Child:
    """The child widget the screenshot needs, or a clear failure when a rename lost it."""
    found = parent.findChild(kind, name)
    if found is None:
        raise LookupError(f"{type(parent).__name__} has no {kind.__name__} {name!r}")
    return found


def _settle(app, until: Callable[[], bool] = lambda: True, seconds: float = 30.0) -> None:
    """Let queued events and background results arrive (a tool, not a test: a deadline)."""
    deadline = time.monotonic() + seconds
    while True:
        app.processEvents()
        if until() or time.monotonic() > deadline:
            break
    for _ in range(20):  # layout requests posted by what just arrived, then their children's
        app.processEvents()


def _on_screen(widget, path: Path) -> None:
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    pixmap = widget.grab()
    canvas = QImage(*SCREEN, QImage.Format.Format_RGB32)
    canvas.fill(QColor("#5b6b7d"))
    painter = QPainter(canvas)
    x = max(0, (SCREEN[0] - pixmap.width()) // 2)
    y = max(0, (SCREEN[1] - pixmap.height()) // 2)
    painter.drawPixmap(x, y, pixmap)
    painter.setPen(QPen(QColor("#20262e"), 1))
    painter.drawRect(x - 1, y - 1, pixmap.width() + 1, pixmap.height() + 1)
    painter.end()
    canvas.save(str(path))


def _shoot_dialog(app, widget, path: Path, until: Callable[[], bool] = lambda: True) -> None:
    widget.show()
    _settle(app, until)
    # Grown to what it asks for now (a box that appeared), never shrunk: adjustSize
    # would cap it at 2/3 of the offscreen screen (800×800), smaller than a dialog that
    # sizes itself for a 1366×768 office screen.
    widget.resize(widget.size().expandedTo(widget.sizeHint()))
    _settle(app)
    _on_screen(widget, path)


def take(out: Path) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import (
        QGroupBox,
        QLabel,
        QLineEdit,
        QPushButton,
        QSpinBox,
        QWidget,
        QWizard,
    )

    from hrdesk.demo.company import DEMO_PASSWORD
    from hrdesk.demo.database import create_demo_database
    from hrdesk.services import session as session_service, setup, workstation
    from ui import app as ui_app
    from ui.first_run_wizard import PAGE_RECOVERY, FirstRunWizard
    from ui.login_dialog import LoginDialog
    from ui.main_window import MainWindow
    from ui.settings_dialog import SettingsDialog
    from ui.start_dialog import StartDialog

    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="hrdesk-shots-"))
    os.environ["HRDESK_DATA_DIR"] = str(tmp / "data")
    (tmp / "data").mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    app = ui_app.create_application([sys.argv[0]])
    app.setOrganizationName("hrdesk-screenshots")
    context = ui_app.prepare(app, QSettings())

    office = workstation.SqliteLocation(tmp / "office.db")
    setup.create_database(office, COMPANY, ADMIN[0], ADMIN[1], ADMIN[2])
    demo = workstation.SqliteLocation(tmp / "demo.db")
    create_demo_database(demo, size=300)
    hr_session = session_service.open_session(demo, "hr.li", DEMO_PASSWORD)
    admin_session = session_service.open_session(demo, "admin", DEMO_PASSWORD)
    session = session_service.open_session(office, ADMIN[0], ADMIN[2])

    def idle() -> bool:
        return not context.runner.is_busy()

    def shown(widget: QWidget) -> Callable[[], bool]:
        return lambda: idle() and widget.isVisible()

    def on_page(wizard: QWizard, page: int) -> Callable[[], bool]:
        return lambda: idle() and wizard.currentId() == page

    saved: list[Path] = []

    def shot(name: str, widget, until: Callable[[], bool] = idle, full: bool = False,
             close: bool = True) -> None:
        path = out / f"{context.translations.language}_{name}.png"
        if full:
            widget.resize(*SCREEN)
            widget.show()
            _settle(app, until)
            widget.grab().save(str(path))
        else:
            _shoot_dialog(app, widget, path, until)
        if close:  # (closing a wizard resets it)
            widget.close()
        saved.append(path)

    for language in ("zh_CN", "en"):
        context.translations.install(language)
        _settle(app)
        shot("login", LoginDialog(context, office))
        login = LoginDialog(context, demo)
        box = _child(login, QGroupBox, "demoAccountsBox")
        shot("login_demo", login, until=shown(box))

        start = StartDialog(context)
        shot("start", start)
        start = StartDialog(context)
        start.server_button.click()
        form = start.server_form
        _child(form, QLineEdit, "hostEdit").setText("127.0.0.1")
        _child(form, QSpinBox, "portSpin").setValue(1)  # nothing listens there: an error
        _child(form, QLineEdit, "userEdit").setText("hrdesk")
        _child(form, QPushButton, "testConnectionButton").click()
        status = _child(form, QLabel, "connectionStatusLabel")
        shot("start_server", start, until=shown(status))

        wizard = FirstRunWizard(context)
        location_page = wizard.location_page
        assert location_page is not None  # no preset location: the wizard asks
        location_page.path_edit.setText(str(tmp / f"wizard-{language}.db"))
        shot("wizard_1_location", wizard, close=False)
        wizard.next()
        wizard.company_page.company_edit.setText(COMPANY)
        shot("wizard_2_company", wizard, close=False)
        wizard.next()
        admin = wizard.admin_page
        admin.display_name_edit.setText("李娜")
        admin.password_edit.setText("short")
        admin.confirm_edit.setText("short")
        shot("wizard_3_admin", wizard, close=False)
        admin.password_edit.setText("long-enough-password")
        admin.confirm_edit.setText("long-enough-password")
        wizard.button(QWizard.WizardButton.CommitButton).click()
        shot("wizard_4_recovery", wizard, close=False,
             until=on_page(wizard, PAGE_RECOVERY))
        wizard.recovery_page.confirm_box.setChecked(True)
        wizard.accept()

        window = MainWindow(context, session)
        shot("main", window, full=True)
        window = MainWindow(context, session)
        window.show()
        window.lock()
        shot("main_locked", window, full=True)
        window.idle_watcher.stop()
        shot("settings", SettingsDialog(context, session))
        _sections(context, hr_session, admin_session, shot, idle, app)

    for opened in (session, hr_session, admin_session):
        opened.close()
    context.runner.shutdown()
    context.changes.close()
    return saved


def _sections(context, hr_session, admin_session, shot, idle, app) -> None:
    """Every section of the main window, full screen, with the demo's data."""
    from ui.admin.widget import AdminWidget
    from ui.board.widget import BoardWidget
    from ui.candidates.section import CandidatesSection
    from ui.main_window import MainWindow

    window = MainWindow(context, hr_session)
    window.resize(*SCREEN)
    window.show()
    for key in window.content.section_keys():
        window.content.show_section(key)
        shot(f"section_{key}", window, full=True, close=False)
    board = cast(BoardWidget, window.content.show_section("board"))
    board.show_job(None)
    shot("section_board_all_jobs", window, full=True, close=False)
    candidates = cast(CandidatesSection, window.content.page("candidates"))
    first = candidates.list.model.candidate(0).id if candidates.list.model.rowCount() else None
    if first is not None:
        window.content.show_section("candidates")
        candidates.open_candidate(first, ())
        shot("section_candidate_file", window, full=True, close=False)
    window.close()
    admin_window = MainWindow(context, admin_session)
    admin_window.resize(*SCREEN)
    admin_window.show()
    admin = cast(AdminWidget, admin_window.content.show_section("admin"))
    for key in admin.tab_keys():
        admin.show_tab(key)
        shot(f"admin_{key}", admin_window, full=True, close=False)
    admin_window.close()
    _settle(app, idle)
    _import_preview(context, hr_session, shot, idle)
    _attach_summary(shot)


def _attach_summary(shot) -> None:
    """The summary after attaching a folder of resumes, with a file of each outcome."""
    import uuid

    from hrdesk import errors
    from hrdesk.services.resume_folder import FolderResult, Reason
    from ui.imports.folder_result_dialog import FolderResultDialog

    folder = Path("D:/招聘/简历 2026-11")
    person = uuid.uuid4()
    result = FolderResult(
        attached=[(folder / "简历_138 1234 5678.pdf", person), (folder / "郑强-数控车工.docx", person)],
        already=[(folder / "吴芳简历.pdf", person)],
        unmatched=[folder / "陈静简历.pdf"],
        ambiguous=[(folder / "李强-简历.pdf", Reason("name_shared", count=2, name="李强"))],
        refused=[(folder / "招聘海报.exe", Reason("not_a_resume")),
                 (folder / "刘洋.docx", Reason(error=errors.FileRefused(
                     field="file", file="刘洋.docx", reason="the file is empty")))])
    shot("attach_folder_summary", FolderResultDialog(folder, result))


def _import_preview(context, hr_session, shot, idle) -> None:
    """The import preview of a small job-board batch with a problem row or two."""
    import tempfile

    from openpyxl import Workbook

    from ui.imports.preview_dialog import ImportPreviewDialog

    book = Workbook()
    sheet = book.worksheets[0]
    sheet.append(["BOSS直聘 导出 2026-11-28"])  # a title row above the header
    sheet.append(["姓名", "手机号码", "邮箱", "最高学历", "工作经验", "身份证号", "来源"])
    sheet.append(["周晓明", "138 1234 5678", "zhou@example.com", "大专", "5年", None, "BOSS直聘"])
    sheet.append(["吴芳", "1391234", None, "本科", "应届生", None, "BOSS直聘"])
    sheet.append(["郑强", "13912345679", None, "专科", "3-5年", 4.40106e17, "BOSS直聘"])
    sheet.append(["周晓明", "13812345678", None, "大专", "5", None, "BOSS直聘"])
    path = Path(tempfile.mkdtemp(prefix="hrdesk-shots-")) / "BOSS直聘-数控车工.xlsx"
    book.save(path)
    dialog = ImportPreviewDialog(context, hr_session, path)
    dialog.resize(1100, 620)
    shot("import_preview", dialog, until=lambda: idle() and dialog.plan is not None)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m ui.screenshots OUTDIR", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in take(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
