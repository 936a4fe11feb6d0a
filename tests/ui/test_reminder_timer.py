"""The desktop client runs the reminder pass in the background, for roles that may."""

from __future__ import annotations

from hrdesk.dto.accounts import RoleScope
from hrdesk.services import accounts, reminders, session as session_service
from ui.reminder_timer import ReminderTimer


def test_the_pass_runs_on_its_timer_and_reports(qtbot, context, session) -> None:
    timer = ReminderTimer(context, session, interval_ms=50, first_run_ms=10)
    assert timer.active
    with qtbot.waitSignal(timer.ran, timeout=10_000) as caught:
        pass
    assert caught.args == [reminders.RemindSummary(0, 0, 0)]
    timer.stop()
    qtbot.waitUntil(lambda: not context.runner.is_busy("reminders"), timeout=10_000)


def test_roles_without_the_right_do_not_run_it(qtbot, context, session, database) -> None:
    accounts.create_user(session.workspace, session.actor, accounts.NewUser(
        "int.wu", "吴涛", "interviewer-password", (RoleScope("interviewer"),)))
    interviewer = session_service.open_session(database.location, "int.wu",
                                               "interviewer-password")
    try:
        timer = ReminderTimer(context, interviewer, interval_ms=50, first_run_ms=10)
        assert not timer.active
        with qtbot.assertNotEmitted(timer.ran, wait=200):
            pass
    finally:
        interviewer.close()
