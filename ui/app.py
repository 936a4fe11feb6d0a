"""Start the desktop application (``hrdesk``) or check an installation (``--self-check``)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QLabel

import resources
from hrdesk import logs
from ui import fonts, i18n, tasks
from ui.change_hub import ChangeHub
from ui.context import AppContext, Preferences

APP_NAME = "hrdesk"


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fractional Windows scaling (125 %, 150 %) as it is, not rounded to 1x or 2x.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    return app


def style_sheet() -> str:
    return resources.path("styles", "hrdesk.qss").read_text(encoding="utf-8")


def prepare(app: QApplication, settings: QSettings | None = None) -> AppContext:
    """Font, style, language and the task runner: everything a window expects."""
    font = fonts.application_font(app.font().pointSizeF())
    if font is not None:
        app.setFont(font)
    else:
        print("hrdesk: no installed font shows Chinese; texts may appear as boxes",
              file=sys.stderr)
    icon = resources.path("icons", "hrdesk.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    app.setStyleSheet(style_sheet())
    preferences = Preferences(settings if settings is not None else QSettings())
    translations = i18n.Translations(app)
    translations.install(preferences.language)
    return AppContext(preferences, tasks.TaskRunner(app), translations, ChangeHub(app))


def run(argv: list[str]) -> int:
    from ui.shell import Shell

    app = create_application(argv)
    context = prepare(app)
    # An exception escaping a slot would go to stderr as it is (a journal or
    # .xsession-errors keeps that): into the redacted log instead.
    sys.excepthook = lambda kind, error, trace: logs.record_crash(error)
    app.setQuitOnLastWindowClosed(False)  # between sign-in and main window none is open
    shell = Shell(context)
    shell.quitRequested.connect(app.exit)
    shell.start()
    code = app.exec()
    context.runner.shutdown()
    context.changes.close()
    if shell.session is not None:
        shell.session.close()
    return code


def self_check() -> int:
    """Headless: an encrypted database round trip and a font that shows Chinese."""
    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from hrdesk.services import setup

        setup.self_check_database()
    except Exception as error:  # noqa: BLE001 - reported, not raised: this is a check
        print(f"self-check failed: database: {type(error).__name__}: {error}")
        return 1
    create_application([sys.argv[0] if sys.argv else APP_NAME])
    font = fonts.application_font()
    if font is None:
        print(f"self-check failed: no font covers {fonts.PROBE_TEXT}")
        return 1
    label = QLabel(fonts.PROBE_TEXT)
    label.setFont(font)
    label.adjustSize()
    image = label.grab().toImage()
    missing = fonts.missing_characters(font)
    if image.isNull() or not _has_ink(image):
        print("self-check failed: the label rendered nothing")
        return 1
    if missing:
        print(f"self-check failed: font {font.family()} lacks {missing}")
        return 1
    print("self-check ok")
    return 0


def _has_ink(image) -> bool:
    background = image.pixel(0, 0)
    return any(image.pixel(x, y) != background
               for y in range(0, image.height(), 2) for x in range(0, image.width(), 2))


if __name__ == "__main__":
    raise SystemExit(run(sys.argv))
