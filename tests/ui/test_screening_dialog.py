"""The screening-rule editor: sensitive rules off by default, checks in place, save round trip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hrdesk.dto.accounts import RoleScope
from hrdesk.services import accounts, jobs, org, pipelines, screening, session as session_service
from ui.jobs.screening_dialog import ScreeningRulesDialog
from ui.jobs.widget import JobsWidget

PASSWORD = "screening-password-1"


@pytest.fixture
def hr(database):  # type: ignore[no-untyped-def]
    """An HR user of a plant with one open job, signed in."""
    admin = session_service.open_session(database.location, database.username,
                                         database.password)
    ws, actor = admin.workspace, admin.actor
    site = org.create_site(ws, actor, "KS", "昆山工厂", "昆山")
    workshop = org.create_department(ws, actor, site.id, "机加工车间")
    accounts.create_user(ws, actor, accounts.NewUser(
        "hr.li", "李娜", PASSWORD, (RoleScope("hr", site.id),), site_id=site.id))
    admin.close()
    opened = session_service.open_session(database.location, "hr.li", PASSWORD)
    [template] = [t for t in pipelines.list_templates(opened.workspace, opened.actor)
                  if t.name == "技能工人"]
    opened.job = jobs.create_job(opened.workspace, opened.actor, jobs.JobDraft(
        "数控车工", workshop.id, 3, template.id, template.job_type))
    yield opened
    opened.close()


def open_dialog(qtbot, context, hr) -> ScreeningRulesDialog:  # type: ignore[no-untyped-def]
    dialog = ScreeningRulesDialog(context, hr, hr.job.id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.presenter.loaded, timeout=10_000):
        dialog.show()
    return dialog


def test_sensitive_rules_are_apart_and_off_by_default(qtbot, context, hr) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, context, hr)
    assert dialog.sensitive_box.title() == "Sensitive rules (discrimination risk)"
    assert "discrimination" in dialog.warning.text() and dialog.warning.isVisible()
    assert not dialog.use_age.isChecked() and not dialog.use_gender.isChecked()
    assert not dialog.min_age.isEnabled() and not dialog.gender.isEnabled()
    assert dialog.pass_score.text() == "60"
    assert dialog.windowTitle() == f"Screening rules of {hr.job.code} 数控车工"


def test_an_invalid_age_range_is_marked_before_saving(qtbot, context, hr) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, context, hr)
    dialog.use_age.click()
    assert dialog.min_age.isEnabled()
    qtbot.keyClicks(dialog.min_age, "40")
    qtbot.keyClicks(dialog.max_age, "30")
    dialog.min_years.setText("-2")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.max_age.property("invalid") is True
    assert dialog.max_age.toolTip() == "The maximum age must not be below the minimum age."
    assert dialog.min_years.property("invalid") is True
    assert not context.runner.is_busy("screening.save")
    assert dialog.isVisible()


def test_saved_rules_come_back_in_the_next_dialog(qtbot, context, hr) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, context, hr)
    dialog.education.setCurrentIndex(dialog.education.findData("大专"))
    qtbot.keyClicks(dialog.min_years, "2")
    dialog.certificates.setText("电工证，焊工证")  # QTest types Latin-1 only
    dialog.keywords.setText("数控, FANUC")
    dialog.cities.setText("昆山")
    dialog.pass_score.setText("70")
    dialog.reject_check.click()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = screening.get_rules(hr.workspace, hr.actor, hr.job.id)
    assert stored == screening.ScreeningRules(
        min_education="大专", min_years=2, required_certificates=("电工证", "焊工证"),
        keywords=("数控", "FANUC"), cities=("昆山",), pass_score=70, reject_non_matching=True)

    again = open_dialog(qtbot, context, hr)
    assert again.certificates.text() == "电工证, 焊工证"
    assert again.reject_check.isChecked() and again.pass_score.text() == "70"
    assert again.rules() == stored


def test_a_refused_save_is_shown_and_keeps_what_was_typed(qtbot, context, hr) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, context, hr)
    screening.set_rules(hr.workspace, hr.actor, hr.job.id,
                        screening.ScreeningRules(min_years=1))  # someone else, meanwhile
    dialog.keywords.setText("数控")
    with qtbot.waitSignal(dialog.presenter.saveRefused, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible() and dialog.message.text().startswith("Changed by 李娜")
    assert dialog.keywords.text() == "数控" and dialog.save_button.isEnabled()


def test_the_job_form_opens_the_rules_of_the_selected_job(qtbot, context, hr) -> None:  # type: ignore[no-untyped-def]
    widget = JobsWidget(context, hr)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.presenter.loaded, timeout=10_000):
        pass
    widget.show()
    widget.open_job(hr.job.id)
    button = widget.form.screening_button
    assert button.isEnabled() and button.text() == "Screening &rules…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = widget.form.screening_dialog
    assert dialog is not None and dialog.job_id == hr.job.id
    with qtbot.waitSignal(dialog.presenter.loaded, timeout=10_000):
        pass
    dialog.reject()
