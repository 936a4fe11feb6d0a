"""The main window: who is signed in, where, and remembering its size."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.main_window import MainWindow


def test_status_bar_and_welcome_show_user_roles_site_and_database(qtbot, context, session,
                                                                  database):
    window = MainWindow(context, session)
    qtbot.addWidget(window)
    window.show()
    status = window.findChild(QLabel, "statusUserLabel").text()
    assert status == "Signed in: 王芳 (Administrator)"
    assert window.findChild(QLabel, "statusSiteLabel").text() == "Site: all sites"
    assert window.windowTitle() == f"{database.company} – hrdesk"
    assert not window.findChild(QLabel, "demoNotice").isVisible()


def test_window_size_is_remembered_across_sign_ins(qtbot, context, session):
    first = MainWindow(context, session)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 520)  # the offscreen screen is 800×600
    with qtbot.waitSignal(first.loggedOut):
        first.logout_action.trigger()

    second = MainWindow(context, session)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (700, 520)


def test_a_demo_database_says_so_in_the_status_bar(qtbot, context, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from hrdesk.demo.company import DEMO_PASSWORD
    from hrdesk.demo.database import create_demo_database
    from hrdesk.services import session as session_service, workstation

    location = workstation.SqliteLocation(tmp_path / "demo.db")
    create_demo_database(location, size=5)
    opened = session_service.open_session(location, "hr.li", DEMO_PASSWORD)
    try:
        window = MainWindow(context, opened)
        qtbot.addWidget(window)
        window.show()
        notice = window.findChild(QLabel, "demoNotice")
        assert notice.isVisible() and "invented people" in notice.text()
    finally:
        opened.close()
