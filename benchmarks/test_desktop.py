"""Desktop client timings on the 100,000-candidate demo (issue 4's targets).

- cold start to the painted login window < 1 s (a fresh interpreter each round);
- sign-in to a populated workbench < 1 s;
- a 2,000-card board: query plus first paint < 200 ms.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hrdesk.demo.company import DEMO_PASSWORD
from hrdesk.locations import SqliteLocation
from hrdesk.services import session as session_service, workstation

HERE = Path(__file__).resolve().parent


def test_cold_start_to_login_window(benchmark, large_demo: SqliteLocation,
                                    tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "HRDESK_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    os.environ["HRDESK_DATA_DIR"] = str(data)
    try:
        workstation.save(large_demo)
    finally:
        del os.environ["HRDESK_DATA_DIR"]

    lines: list[str] = []
    children: list[subprocess.Popen] = []

    def start() -> None:
        # Timed up to the "painted" line: what follows (exit, thread pool) is not start-up.
        child = subprocess.Popen([sys.executable, str(HERE / "start_to_login.py")], env=env,
                                 cwd=HERE.parent, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True)
        children.append(child)
        assert child.stdout is not None
        lines.append(child.stdout.readline())

    benchmark.pedantic(start, rounds=5, iterations=1, warmup_rounds=1)
    assert all(child.wait() == 0 for child in children)
    assert {line.strip() for line in lines} == {"painted"}, \
        f"imported on the way to the login window: {set(lines)}"


@pytest.fixture
def window_context(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from ui import app as ui_app

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    context = ui_app.prepare(qapp, QSettings())
    yield context
    context.runner.shutdown()


def test_sign_in_to_populated_workbench(benchmark, qtbot, window_context,  # type: ignore[no-untyped-def]
                                        large_demo: SqliteLocation) -> None:
    from ui.main_window import MainWindow

    opened = []

    def sign_in_and_show() -> None:
        session = session_service.open_session(large_demo, "hr.li", DEMO_PASSWORD)
        opened.append(session)
        window = MainWindow(window_context, session)
        qtbot.addWidget(window)
        workbench = window.content.page("workbench")
        with qtbot.waitSignal(workbench.presenter.loaded, timeout=30_000):
            window.show()
        window.grab()

    try:
        benchmark.pedantic(sign_in_and_show, rounds=5, iterations=1, warmup_rounds=1)
    finally:
        for session in opened:
            session.close()


def test_open_a_board_of_2000_cards(benchmark, qtbot, window_context,  # type: ignore[no-untyped-def]
                                    large_demo: SqliteLocation) -> None:
    from hrdesk.services import boards
    from ui.board.widget import BoardWidget

    session = session_service.open_session(large_demo, "hr.li", DEMO_PASSWORD)
    try:
        biggest = max(boards.overview(session.workspace, session.actor),
                      key=lambda row: row.open_applications)
        board = BoardWidget(window_context, session)
        qtbot.addWidget(board)
        board.resize(1366, 768)
        board.show()
        with qtbot.waitSignal(board.presenter.loaded, timeout=30_000):
            pass

        def open_and_paint() -> None:
            with qtbot.waitSignal(board.presenter.loaded, timeout=30_000):
                board.presenter.load(biggest.job_id)
            board.grab()

        benchmark.pedantic(open_and_paint, rounds=10, iterations=1, warmup_rounds=1)
        cards = sum(f.model.rowCount() for f in board.columns)
        print(f"\nbiggest board: {biggest.code}, {cards} open cards")
    finally:
        session.close()
