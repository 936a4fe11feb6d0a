"""The Admin section: users, sites and departments, channels and costs, site calendars.

Chinese text is entered with QLineEdit.insert(), which is what an input method commits:
QTest can only type ASCII keys.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox

from hrdesk import errors
from hrdesk.dto.accounts import RoleScope
from hrdesk.services import accounts, calendars, channels, org, session as session_service
from ui import messages
from ui.admin import table as admin_table
from ui.admin.widget import AdminWidget

WAIT = 15_000
HR_PASSWORD = "hr-password-12"


def idle(qtbot, tab) -> None:  # type: ignore[no-untyped-def]
    """Wait until every call the tab's presenter started has answered."""
    qtbot.waitUntil(lambda: not tab.presenter.is_busy(), timeout=WAIT)


def admin_widget(qtbot, context, session, key: str):  # type: ignore[no-untyped-def]
    widget = AdminWidget(context, session)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    assert widget.show_tab(key)
    tab = widget.tab(key)
    idle(qtbot, tab)
    return widget, tab


def shown_rows(view) -> list[list[str]]:  # type: ignore[no-untyped-def]
    model = view.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def select_row(view, first_cell: str) -> None:  # type: ignore[no-untyped-def]
    assert admin_table.select_record(view, lambda record: first_cell in (
        getattr(record, "username", None), getattr(record, "code", None)))


@pytest.fixture
def site(session):  # type: ignore[no-untyped-def]
    return org.create_site(session.workspace, session.actor, "KS", "昆山工厂", "昆山")


def test_admin_creates_a_user_who_can_then_sign_in(qtbot, context, session, database,
                                                  site) -> None:  # type: ignore[no-untyped-def]
    widget, tab = admin_widget(qtbot, context, session, "users")
    tab.tester = QAbstractItemModelTester(  # Warning mode: a broken model fails the test
        tab.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    assert [row[0] for row in shown_rows(tab.view)] == ["admin"]
    qtbot.keyClick(widget, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.username, "hr.zhao")
    dialog.display_name.insert("赵敏")
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.confirm, "short")
    dialog.role_checks["hr"].setChecked(True)
    admin_table.set_combo_id(dialog.role_sites["hr"], site.id)
    admin_table.set_combo_id(dialog.home_site, site.id)
    assert dialog.home_site.currentText() == "KS 昆山工厂"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    # Marked in place before anything is sent: the dialog stays, nobody was created.
    assert dialog.password.property("invalid") is True
    assert "at least 10 characters" in dialog.password.toolTip()
    assert dialog.message.isVisible() and "at least 10" in dialog.message.text()
    assert not tab.presenter.is_busy()
    assert [u.username for u in accounts.list_users(session.workspace, session.actor)] \
        == ["admin"]

    for edit in (dialog.password, dialog.confirm):
        edit.clear()
        qtbot.keyClicks(edit, HR_PASSWORD)
    assert dialog.password.property("invalid") is False  # typing cleared the mark
    with qtbot.waitSignal(tab.presenter.created, timeout=WAIT):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    idle(qtbot, tab)
    assert tab.dialog is None  # closed (and deleted)
    assert ["hr.zhao", "赵敏", "HR (KS)", "KS 昆山工厂", "Yes", ""] in shown_rows(tab.view)
    assert "hr.zhao" in tab.message.text()

    signed_in = session_service.open_session(database.location, "hr.zhao", HR_PASSWORD)
    try:
        assert signed_in.actor.grants == (RoleScope("hr", site.id),)
        assert signed_in.actor.site_name == "昆山工厂"
    finally:
        signed_in.close()


def test_a_taken_user_name_is_refused_in_the_dialog_and_what_was_typed_stays(
        qtbot, context, session) -> None:  # type: ignore[no-untyped-def]
    _, tab = admin_widget(qtbot, context, session, "users")
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.keyClicks(dialog.username, "ADMIN")
    for edit in (dialog.password, dialog.confirm):
        qtbot.keyClicks(edit, HR_PASSWORD)
    dialog.role_checks["interviewer"].setChecked(True)
    with qtbot.waitSignal(tab.presenter.refused, timeout=WAIT):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text() == messages.describe(errors.UsernameTaken(username="admin"))
    assert dialog.username.text() == "ADMIN"


def test_deactivating_yourself_is_refused_with_the_services_message(
        qtbot, context, session) -> None:  # type: ignore[no-untyped-def]
    _, tab = admin_widget(qtbot, context, session, "users")
    select_row(tab.view, "admin")
    assert tab.active_button.text() == "&Deactivate"
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)  # Del is a shortcut of the focused list
    with qtbot.waitSignal(tab.presenter.refused, timeout=WAIT) as refused:
        qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert isinstance(refused.args[1], errors.InvalidState)
    assert tab.message.text() == messages.describe(refused.args[1])
    assert "cannot deactivate your own account" in tab.message.text()
    [me] = accounts.list_users(session.workspace, session.actor)
    assert me.active


def test_reset_password_and_deactivate_another_user(qtbot, context, session,
                                                    database) -> None:  # type: ignore[no-untyped-def]
    accounts.create_user(session.workspace, session.actor, accounts.NewUser(
        "hr.li", "李娜", HR_PASSWORD, (RoleScope("hr"),)))
    _, tab = admin_widget(qtbot, context, session, "users")
    select_row(tab.view, "hr.li")
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    for edit in (dialog.password, dialog.confirm):
        qtbot.keyClicks(edit, "another-password-9")
    with qtbot.waitSignal(tab.presenter.passwordReset, timeout=WAIT):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    idle(qtbot, tab)
    session_service.open_session(database.location, "hr.li", "another-password-9").close()

    select_row(tab.view, "hr.li")
    with qtbot.waitSignal(tab.presenter.activeChanged, timeout=WAIT):
        qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    idle(qtbot, tab)
    assert ["hr.li", "李娜", "HR", "", "No", ""] in shown_rows(tab.view)
    assert tab.active_button.text() == "&Activate"  # the row stays selected
    with pytest.raises(errors.AccountDisabled):
        session_service.open_session(database.location, "hr.li", "another-password-9")


def test_users_sort_by_display_name_in_pinyin_order(qtbot, context, session) -> None:  # type: ignore[no-untyped-def]
    for username, name in (("zhang.san", "张三"), ("chen.ming", "陈明"), ("shan.li", "单丽")):
        accounts.create_user(session.workspace, session.actor, accounts.NewUser(
            username, name, HR_PASSWORD, (RoleScope("interviewer"),)))
    _, tab = admin_widget(qtbot, context, session, "users")
    tab.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # as a click on its header does
    shown = [row[1] for row in shown_rows(tab.view)]
    # 陈 chen, 单 shan (a surname), 张 zhang; code points say 单 张 陈.
    mine = ("陈明", "单丽", "张三")
    assert [n for n in shown if n in mine] == list(mine)


def test_add_a_site_a_department_and_set_its_head(qtbot, context, session) -> None:  # type: ignore[no-untyped-def]
    _, tab = admin_widget(qtbot, context, session, "organisation")
    tab.site_name.insert("苏州工厂")
    qtbot.mouseClick(tab.add_site_button, Qt.MouseButton.LeftButton)
    assert tab.site_code.property("invalid") is True  # the code is missing
    assert not tab.presenter.is_busy()
    qtbot.keyClicks(tab.site_code, "sz")
    tab.site_city.insert("苏州")
    with qtbot.waitSignal(tab.presenter.siteCreated, timeout=WAIT):
        qtbot.mouseClick(tab.add_site_button, Qt.MouseButton.LeftButton)
    idle(qtbot, tab)
    assert shown_rows(tab.sites_view) == [["SZ", "苏州工厂", "苏州"]]
    assert tab.selected_site().code == "SZ"
    assert tab.site_code.text() == ""

    tab.department_name.insert("生产部")
    with qtbot.waitSignal(tab.presenter.departmentCreated, timeout=WAIT):
        qtbot.keyClick(tab.department_name, Qt.Key.Key_Return)
    idle(qtbot, tab)
    [department] = org.list_departments(session.workspace, session.actor)
    assert tab.select_department(department.id)
    tab.department_name.insert("机加工车间")
    with qtbot.waitSignal(tab.presenter.departmentCreated, timeout=WAIT):
        qtbot.mouseClick(tab.add_department_button, Qt.MouseButton.LeftButton)
    idle(qtbot, tab)

    assert tab.select_department(department.id)
    admin_table.set_combo_id(tab.head_combo, session.actor.user_id)
    assert tab.head_combo.currentText() == "王芳 (admin)"
    with qtbot.waitSignal(tab.presenter.headSet, timeout=WAIT):
        qtbot.mouseClick(tab.set_head_button, Qt.MouseButton.LeftButton)
    idle(qtbot, tab)
    by_name = {d.name: d for d in org.list_departments(session.workspace, session.actor)}
    assert by_name["生产部"].head_user_id == session.actor.user_id
    assert by_name["机加工车间"].parent_id == department.id
    top = tab.tree_model.item(0, 0)
    assert (top.text(), tab.tree_model.item(0, 1).text()) == ("生产部", "王芳")
    assert top.child(0, 0).text() == "机加工车间"


def test_add_a_channel_and_a_cost(qtbot, context, session) -> None:  # type: ignore[no-untyped-def]
    widget, tab = admin_widget(qtbot, context, session, "channels")
    qtbot.keyClick(widget, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.new_name.hasFocus()
    tab.new_name.insert("钉钉招聘")
    tab.kind.setCurrentIndex(tab.kind.findData("referral"))
    with qtbot.waitSignal(tab.presenter.changed, timeout=WAIT):
        qtbot.keyClick(tab.new_name, Qt.Key.Key_Return)
    idle(qtbot, tab)
    assert ["钉钉招聘", "Referral", "Yes"] in shown_rows(tab.view)
    assert tab.selected().name == "钉钉招聘"

    tab.cost_from.setDate(QDate(2026, 10, 1))
    tab.cost_to.setDate(QDate(2026, 10, 31))
    qtbot.keyClicks(tab.amount, "12.345")
    qtbot.mouseClick(tab.add_cost_button, Qt.MouseButton.LeftButton)
    assert tab.amount.property("invalid") is True
    assert not tab.presenter.is_busy()
    tab.amount.clear()
    qtbot.keyClicks(tab.amount, "1,200.50")
    tab.note.insert("十月套餐")
    with qtbot.waitSignal(tab.presenter.costsLoaded, timeout=WAIT):
        qtbot.mouseClick(tab.add_cost_button, Qt.MouseButton.LeftButton)
    idle(qtbot, tab)
    [cost] = channels.costs(session.workspace, session.actor, tab.selected().id)
    assert (cost.period_start, cost.period_end, cost.amount, cost.note) == (
        dt.date(2026, 10, 1), dt.date(2026, 10, 31), Decimal("1200.50"), "十月套餐")
    assert shown_rows(tab.costs_view)[0][2:] == ["1,200.50", "十月套餐"]
    assert tab.total_label.text() == "Total: 1,200.50"


def test_a_rename_after_someone_elses_change_keeps_the_typed_name(
        qtbot, context, session) -> None:  # type: ignore[no-untyped-def]
    made = channels.create_channel(session.workspace, session.actor, "钉钉招聘", "referral")
    _, tab = admin_widget(qtbot, context, session, "channels")
    assert tab.select(made.id)
    # Another workstation renames it meanwhile.
    channels.rename(session.workspace, session.actor, made.id, "钉钉人才", made.version)
    tab.rename_edit.clear()
    tab.rename_edit.insert("钉钉直聘")
    with qtbot.waitSignal(tab.presenter.refused, timeout=WAIT):
        qtbot.mouseClick(tab.rename_button, Qt.MouseButton.LeftButton)
    assert tab.reload_button.isVisible()
    assert tab.message.text().startswith("Changed by 王芳 at ")
    qtbot.mouseClick(tab.reload_button, Qt.MouseButton.LeftButton)
    idle(qtbot, tab)
    assert ["钉钉人才", "Referral", "Yes"] in shown_rows(tab.view)
    assert tab.rename_edit.text() == "钉钉直聘"  # kept for another try
    with qtbot.waitSignal(tab.presenter.changed, timeout=WAIT):
        qtbot.mouseClick(tab.rename_button, Qt.MouseButton.LeftButton)
    idle(qtbot, tab)
    assert ["钉钉直聘", "Referral", "Yes"] in shown_rows(tab.view)


def test_change_a_site_calendar_and_read_it_back(qtbot, context, session, site) -> None:  # type: ignore[no-untyped-def]
    _, tab = admin_widget(qtbot, context, session, "calendar")
    assert tab.site_id == site.id
    assert [c.isChecked() for c in tab.weekday_checks] == [True] * 5 + [False] * 2
    tab.weekday_checks[5].setChecked(True)  # the plant works Saturdays
    tab.picker.setSelectedDate(QDate(2026, 8, 3))
    qtbot.mouseClick(tab.rest_button, Qt.MouseButton.LeftButton)  # annual shutdown
    tab.picker.setSelectedDate(QDate(2026, 8, 9))
    qtbot.mouseClick(tab.work_button, Qt.MouseButton.LeftButton)
    tab.period_start.setTime(tab.period_start.time().fromString("17:00", "HH:mm"))
    tab.period_end.setTime(tab.period_end.time().fromString("18:00", "HH:mm"))
    qtbot.mouseClick(tab.add_period_button, Qt.MouseButton.LeftButton)
    assert tab.period_end.property("invalid") is True  # overlaps 13:00–17:30
    tab.period_start.setTime(tab.period_start.time().fromString("18:00", "HH:mm"))
    tab.period_end.setTime(tab.period_end.time().fromString("19:00", "HH:mm"))
    qtbot.mouseClick(tab.add_period_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tab.presenter.saved, timeout=WAIT):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    spec = calendars.get_site_calendar(session.workspace, session.actor, site.id)
    assert spec.working_weekdays == frozenset(range(6))
    assert spec.rest_days == {dt.date(2026, 8, 3)}
    assert spec.extra_working_days == {dt.date(2026, 8, 9)}
    assert [(p.start.isoformat(), p.end.isoformat()) for p in spec.periods][-1] \
        == ("18:00:00", "19:00:00")
    assert "昆山工厂" in tab.message.text()


def test_hr_sees_only_the_channels_and_templates_tabs(qtbot, context, session, database) -> None:  # type: ignore[no-untyped-def]
    accounts.create_user(session.workspace, session.actor, accounts.NewUser(
        "hr.li", "李娜", HR_PASSWORD, (RoleScope("hr"),)))
    hr = session_service.open_session(database.location, "hr.li", HR_PASSWORD)
    try:
        widget = AdminWidget(context, hr)
        qtbot.addWidget(widget)
        assert widget.tab_keys() == ["channels", "templates"]
        assert [widget.tabs.tabText(i) for i in range(widget.tabs.count())] == [
            "Channels", "Pipeline templates"]
        idle(qtbot, widget.tab("channels"))
        assert "BOSS直聘" in [row[0] for row in shown_rows(widget.tab("channels").view)]
    finally:
        hr.close()


def test_an_added_tab_is_retitled_on_a_language_switch(qtbot, context, session) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QLabel

    widget, _ = admin_widget(qtbot, context, session, "users")
    words = iter(["Reports", "报表"])
    widget.add_tab("reports", QLabel(widget), lambda: next(words))
    assert widget.tab_keys() == ["users", "organisation", "channels", "templates", "calendar",
                                 "maintenance", "reports"]
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert widget.tabs.tabText(6) == "报表"


def test_back_up_now_writes_a_backup_and_proves_it_restores(qtbot, context, session,  # type: ignore[no-untyped-def]
                                                            tmp_path) -> None:
    _, tab = admin_widget(qtbot, context, session, "maintenance")
    with qtbot.waitSignal(tab.presenter.backedUp, timeout=WAIT):
        qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    idle(qtbot, tab)
    [row] = shown_rows(tab.backups_view)
    assert row[0].startswith("hrdesk-") and row[0].endswith(".hdbk")
    text = tab.backup_result.text()
    assert "it restores" in text and "Audit head at the backup:" in text
    # The head printed is the log's: verify-audit finds it there.
    with qtbot.waitSignal(tab.presenter.verified, timeout=WAIT):
        qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    assert tab.audit_result.text().startswith("Intact:")
    assert tab.copy_head_button.isEnabled()


def test_a_damaged_backup_file_is_named_in_the_refusal(qtbot, context, session,  # type: ignore[no-untyped-def]
                                                       tmp_path) -> None:
    from hrdesk.services import maintenance

    made = maintenance.make_backup(session.workspace, session.actor, tmp_path / "b.hdbk")
    data = bytearray(made.path.read_bytes())
    data[len(data) // 2] ^= 1
    made.path.write_bytes(bytes(data))
    _, tab = admin_widget(qtbot, context, session, "maintenance")
    with qtbot.waitSignal(tab.presenter.refused, timeout=WAIT):
        tab.check(made.path)
    assert str(made.path) in tab.message.text()


def test_the_audit_tab_lists_rows_changed_outside_hrdesk(qtbot, context, session) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    site = org.create_site(session.workspace, session.actor, "KS", "昆山工厂", "昆山")
    with session.workspace.db.engine.begin() as conn:
        conn.execute(text("UPDATE sites SET name = '别处' WHERE id = :id"), {"id": site.id.hex})
    _, tab = admin_widget(qtbot, context, session, "maintenance")
    with qtbot.waitSignal(tab.presenter.verified, timeout=WAIT):
        qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    assert tab.audit_result.text().startswith("Not intact"), tab.audit_result.text()
    assert tab.problems.isVisible()
    assert tab.problems.item(0).text() == f"Site {site.id} was changed outside the application"


def test_an_administrator_of_an_old_database_splits_its_keys_from_the_tab(  # type: ignore[no-untyped-def]
        qtbot, context, tmp_path, monkeypatch) -> None:
    import shutil
    from pathlib import Path

    from PySide6.QtWidgets import QInputDialog

    from hrdesk.locations import SqliteLocation

    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "legacy_0006"
    for name in ("legacy.db", "legacy.db.keys"):
        shutil.copy(fixtures / name, tmp_path / name)
    old = session_service.open_session(SqliteLocation(tmp_path / "legacy.db"), "admin",
                                       "admin-password-1")
    try:
        _, tab = admin_widget(qtbot, context, old, "maintenance")
        assert tab.keys_box.isVisible()
        monkeypatch.setattr(QInputDialog, "getText",
                            lambda *args, **kwargs: ("admin-password-1", True))
        with qtbot.waitSignal(tab.presenter.keysSplit, timeout=WAIT) as split:
            qtbot.mouseClick(tab.split_button, Qt.MouseButton.LeftButton)
        code = split.args[0]
        dialog = tab.code_dialog
        assert dialog.code_label.text() == code and len(code) == 29
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # not before the code is safe
        dialog.noted.setChecked(True)
        assert ok.isEnabled()
        dialog.accept()
        assert not tab.keys_box.isVisible()
    finally:
        old.close()
