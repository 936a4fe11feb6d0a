"""Notices and tasks hrdesk writes are stored as code + parameters and said in the
language of whoever reads them; rows from before codes still read as they were stored."""

from __future__ import annotations

from sqlalchemy import select

from hrdesk import i18n
from hrdesk.models.tasks import Notification, Task
from hrdesk.services import applications, notifications, reminders, tasks


def _said(items, chinese: bool) -> list[str]:  # type: ignore[no-untyped-def]
    return [i18n.describe_said(text, chinese=chinese) for text in items]


def test_tasks_and_notices_of_a_stage_are_said_in_each_readers_language(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    moved = applications.apply(plant.ws, hr, plant.candidate("张伟", 1), plant.job.id)
    applications.advance(plant.ws, hr, moved.application_id)
    wu = tasks.my_tasks(plant.ws, plant.actor("int.wu"))
    titles = [t.title for t in wu.upcoming + wu.due_today]
    assert _said(titles, chinese=True) == ["填写实操考核评分表：张伟（数控车工）"]
    assert _said(titles, chinese=False) == [
        "Fill in the practical test score sheet: 张伟 (数控车工)"]
    inbox = notifications.inbox(plant.ws, plant.actor("lead.zhang"))
    assert _said([n.title for n in inbox], chinese=True) == ["安排实操考核：张伟（数控车工）"]
    assert _said([n.body for n in inbox], chinese=False) == ["张伟 has entered “实操考核”."]
    # Stored as a code and its parameters; the title column keeps the English.
    with plant.ws.db.unit_of_work(hr, read_only=True) as uow:
        stored = uow.session.execute(select(Notification.code, Notification.params,
                                            Notification.title)).one()
    assert stored.code == "notice.stage_action"
    assert stored.params == {"action": "安排实操考核", "candidate": "张伟", "job": "数控车工",
                             "stage": "实操考核"}
    assert stored.title == "安排实操考核: 张伟 (数控车工)"


def test_a_reminder_and_an_escalation_name_the_task_in_the_readers_words(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    applications.apply(plant.ws, hr, plant.candidate("张伟", 1), plant.job.id)
    plant.clock.advance(hours=44)
    reminders.run(plant.ws)
    plant.clock.advance(hours=48)
    reminders.run(plant.ws)
    mine = notifications.inbox(plant.ws, hr)
    assert _said([n.title for n in mine], chinese=True) == [
        "已超期：筛选简历：张伟（数控车工）", "即将到期：筛选简历：张伟（数控车工）"]
    assert _said([n.title for n in mine], chinese=False) == [
        "Overdue: 筛选简历: 张伟 (数控车工)", "Due soon: 筛选简历: 张伟 (数控车工)"]
    [escalation] = notifications.inbox(plant.ws, plant.actor("lead.zhang"))
    assert i18n.describe_said(escalation.title, chinese=True) == \
        "超期升级（1级）：筛选简历：张伟（数控车工）"
    assert i18n.describe_said(escalation.body, chinese=False) == \
        "Overdue by 12 working hours."


def test_rows_from_before_codes_are_shown_as_they_were_stored(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    applications.apply(plant.ws, hr, plant.candidate("张伟", 1), plant.job.id)
    with plant.ws.db.unit_of_work(hr, "test.old_rows") as uow:
        # What 0010 stored: the Chinese sentence, no code.
        for task in uow.session.scalars(select(Task)):
            task.code, task.params, task.title = None, None, "筛选简历：张伟（数控车工）"
        uow.session.add(Notification(user_id=hr.user_id, at=uow.now, kind="reminder",
                                     title="即将到期：筛选简历：张伟（数控车工）", body=""))
        uow.commit()
    [old] = notifications.inbox(plant.ws, hr)
    [task] = tasks.my_tasks(plant.ws, hr).upcoming + tasks.my_tasks(plant.ws, hr).due_today
    for chinese in (True, False):
        assert i18n.describe_said(old.title, chinese=chinese) == "即将到期：筛选简历：张伟（数控车工）"
        assert i18n.describe_said(task.title, chinese=chinese) == "筛选简历：张伟（数控车工）"
    # A reminder of the old task names it by its old words, in the reader's frame.
    plant.clock.advance(hours=44)
    reminders.run(plant.ws)
    newest = notifications.inbox(plant.ws, hr)[0]
    assert i18n.describe_said(newest.title, chinese=False) == "Due soon: 筛选简历：张伟（数控车工）"
