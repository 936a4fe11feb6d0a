"""Start the desktop client as `hrdesk` does and stop once the login window is painted.

Run as a script by benchmarks/test_desktop.py (a fresh interpreter each time: a
cold start). Prints one line the moment the login window has been drawn (the parent
times the process up to it): "painted", then the heavy modules imported on the way.
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
        heavy = [name for name in HEAVY if name in sys.modules]
        print("painted", *heavy, flush=True)
        app.exit(0)

    QTimer.singleShot(0, painted)
    code = app.exec()
    context.runner.shutdown()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
