"""The installed Python/PySide6 pair is not the one that kills the process.

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void Qt call;
after some thousand calls None is deallocated and the process aborts
(pyproject pins around it). This runs many such calls in a child process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CALLS = 20_000

SCRIPT = textwrap.dedent(f"""
    import sys
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication([])
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range({CALLS}):
        widget.update()
    for _ in range({CALLS}):
        QApplication.processEvents()
    after = sys.getrefcount(None)
    print(before, after)
""")


def test_many_void_qt_calls_keep_none_alive():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            env=env, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    before, after = (int(n) for n in result.stdout.split())
    assert after >= before, f"None lost {before - after} references"
