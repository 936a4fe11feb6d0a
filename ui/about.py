"""Help ▸ About: version and what hrdesk is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

import hrdesk


def about_text() -> str:
    text = QCoreApplication.translate(
        "About",
        "<h3>hrdesk {version}</h3><p>Recruitment process tracking for manufacturing HR "
        "offices. Your data stays on your own computers.</p>",
    )
    return text.format(version=hrdesk.__version__)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About hrdesk"), about_text())
