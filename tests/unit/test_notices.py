"""Notices and tasks hrdesk writes: stored as a code and parameters, said when read."""

from __future__ import annotations

import pytest

from hrdesk import i18n, notices
from hrdesk.notices import StoredText


def test_a_notice_is_stored_as_its_code_and_parameters_with_the_english_as_title() -> None:
    columns = notices.stored("notice.high_potential", candidate="张伟", job="数控车工",
                             score=90)
    assert columns == {"code": "notice.high_potential",
                       "params": {"candidate": "张伟", "job": "数控车工", "score": 90},
                       "title": "High-potential candidate: 张伟 (数控车工)"}
    assert notices.body("notice.high_potential", columns["params"]) == \
        "张伟 passed the resume screening for “数控车工” with a score of 90."


def test_it_is_said_in_the_readers_language() -> None:
    columns = notices.stored("notice.high_potential", candidate="张伟", job="数控车工",
                             score=90)
    title = notices.of_row(columns["code"], columns["params"], columns["title"])
    body = notices.of_row(columns["code"], columns["params"], "", ".body")
    assert i18n.describe_said(title, chinese=True) == "高潜候选人：张伟（数控车工）"
    assert i18n.describe_said(title, chinese=False) == "High-potential candidate: 张伟 (数控车工)"
    assert i18n.describe_said(body, chinese=True) == "张伟 通过「数控车工」的简历筛选，得分 90。"


def test_a_reminder_names_its_task_as_the_task_is_said() -> None:
    task = StoredText(**{k: v for k, v in notices.stored(
        "task.form.evaluation", candidate="李娜", job="焊工").items() if k != "title"},
        text="")
    reminder = notices.stored("notice.task_overdue", task=task)
    said = notices.of_row(reminder["code"], reminder["params"], reminder["title"])
    assert i18n.describe_said(said, chinese=True) == "已超期：填写面试评估表：李娜（焊工）"
    assert said.said() == "Overdue: Fill in the interview evaluation: 李娜 (焊工)"


@pytest.mark.parametrize("chinese", [True, False])
def test_a_row_from_before_codes_is_shown_as_it_was_stored(chinese: bool) -> None:
    old = notices.of_row(None, None, "超期升级（1级）：筛选简历：张伟（数控车工）")
    assert i18n.describe_said(old, chinese=chinese) == "超期升级（1级）：筛选简历：张伟（数控车工）"
    # An older timeline event names its task by its words.
    assert notices.of_reference("筛选简历").said() == "筛选简历"


def test_a_translation_that_does_not_fit_falls_back_to_english() -> None:
    text = StoredText("notice.task_overdue", {"task": "x"}, "stored")
    assert text.said(lambda context, source: "{nope}") == "Overdue: x"
    assert StoredText("no.such.code", {}, "as stored").said() == "as stored"
