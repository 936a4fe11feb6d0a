"""Print the recovery code on paper, where this Qt build has QtPrintSupport."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

try:
    from PySide6 import QtPrintSupport
except ImportError:  # some minimal Qt builds leave it out
    QtPrintSupport = None  # type: ignore[assignment]  # (checked before each use)


def available() -> bool:
    return QtPrintSupport is not None


def sheet_html(company: str, code: str) -> str:
    """The printed sheet: what the code is for, the code, and where to keep it."""
    title = QCoreApplication.translate("RecoveryPrint", "hrdesk recovery code")
    printed = QCoreApplication.translate("RecoveryPrint", "Printed on {date}.")
    advice = QCoreApplication.translate(
        "RecoveryPrint",
        "Keep this sheet locked away. With it, the database can be opened when every "
        "password is forgotten.",
    )
    return (
        f"<h2>{html.escape(title)}</h2>"
        f"<p>{html.escape(company)}</p>"
        f"<p style='font-size:20pt; font-family:monospace'><b>{html.escape(code)}</b></p>"
        f"<p>{html.escape(printed.format(date=dt.date.today().isoformat()))}</p>"
        f"<p>{html.escape(advice)}</p>"
    )


def print_code(parent: QWidget, company: str, code: str | None) -> bool:
    """Ask for a printer and print; False when cancelled or printing is unavailable."""
    if QtPrintSupport is None or not code:
        return False
    printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
    dialog = QtPrintSupport.QPrintDialog(printer, parent)
    if not dialog.exec():  # 0: cancelled
        return False
    document = QTextDocument()
    document.setHtml(sheet_html(company, code))
    document.print_(printer)
    return True
