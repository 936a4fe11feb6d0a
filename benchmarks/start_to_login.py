"""Start the desktop client as `hrdesk` does and stop once the login window is painted.

Run as a script by benchmarks/test_desktop.py (a fresh interpreter each time: a
cold start). Prints the heavy modules that were imported on the way, one per line.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from ui import app as ui_app
from ui.shell import Shell

HEAVY = ("matplotlib", "reportlab", "openpyxl", "alembic")


def main() -> int:
    app = ui_app.create_application([sys.argv[0]])
    context = ui_app.prepare(app)
    shell = Shell(context)
    shell.start()

    def painted() -> None:
        dialog = shell.login_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(1, painted)
            return
        dialog.grab()  # the first paint
        app.exit(0)

    QTimer.singleShot(0, painted)
    code = app.exec()
    for name in HEAVY:
        if name in sys.modules:
            print(name)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
