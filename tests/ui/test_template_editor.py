"""The pipeline template editor: clone, add, reorder, configure, validate, save."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester

from hrdesk.clock import FixedClock
from hrdesk.dto.accounts import RoleScope
from hrdesk.services import accounts, org, pipelines, session as session_service
from ui.templates.widget import TemplateEditorWidget

PASSWORD = "templates-pass-12"
START = dt.datetime(2025, 3, 3, 1, 0, tzinfo=dt.UTC)


@pytest.fixture
def people(database):  # type: ignore[no-untyped-def]
    clock = FixedClock(START, tick=dt.timedelta(milliseconds=10))
    admin = session_service.open_session(database.location, database.username,
                                         database.password, clock)
    site = org.create_site(admin.workspace, admin.actor, "KS", "昆山工厂", "昆山")
    for username, grant in (("hr.li", RoleScope("hr", site.id)),
                            ("int.wu", RoleScope("interviewer"))):
        accounts.create_user(admin.workspace, admin.actor, accounts.NewUser(
            username, username, PASSWORD, (grant,), site_id=site.id))
    admin.close()
    opened = {u: session_service.open_session(database.location, u, PASSWORD, clock)
              for u in ("hr.li", "int.wu")}
    yield opened
    for one in opened.values():
        one.close()


def make_editor(qtbot, context, session) -> TemplateEditorWidget:  # type: ignore[no-untyped-def]
    widget = TemplateEditorWidget(context, session)
    qtbot.addWidget(widget)
    widget.testers = [QAbstractItemModelTester(  # type: ignore[attr-defined]
        m, QAbstractItemModelTester.FailureReportingMode.Warning)
        for m in (widget.stages, widget.templates, widget.form.action_model)]
    with qtbot.waitSignal(widget.presenter.loaded, timeout=10_000):
        pass
    widget.resize(1366, 768)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def choose(widget: TemplateEditorWidget, name: str) -> None:
    [row] = [r for r in range(widget.templates.rowCount())
             if widget.templates.template(r).name == name]
    widget.template_view.setCurrentIndex(widget.templates.index(row))


def stage_keys(widget: TemplateEditorWidget) -> list[str]:
    return [s.key for s in widget.stages.stages()]


def saved(qtbot, widget: TemplateEditorWidget, click) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(widget.presenter.saved, timeout=10_000):
        click()
    with qtbot.waitSignal(widget.presenter.loaded, timeout=10_000):
        pass


def test_clone_add_reorder_configure_and_save(qtbot, context, hr) -> None:  # type: ignore[no-untyped-def]
    widget = make_editor(qtbot, context, hr)
    choose(widget, "技能工人")
    saved(qtbot, widget, lambda: qtbot.mouseClick(widget.clone_button, Qt.MouseButton.LeftButton))
    assert widget.template.name == "技能工人 (copy)"
    assert widget.name.text() == "技能工人 (copy)"
    original = stage_keys(widget)

    # A new stage after the first one, configured in the form.
    widget.stage_view.setCurrentIndex(widget.stages.index(0))
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    assert widget._current_row() == 1
    form = widget.form
    form.name.selectAll()
    qtbot.keyClicks(form.name, "Safety test")
    form.kind.setCurrentIndex(form.kind.findData("assessment"))
    form.owner.setCurrentIndex(form.owner.findData("hr"))
    form.sla_amount.setValue(16)
    form.sla_unit.setCurrentIndex(form.sla_unit.findData("hours"))
    form.remind_every.setValue(8)
    tick(qtbot, form.require_comment)
    assert widget.stages.index(1).data() == "Safety test · Assessment"
    # Ctrl+Down moves it below the practical test; the up button moves it back … and down.
    qtbot.keyClick(widget.stage_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert widget._current_row() == 2
    new_key = "interview_2"  # "interview" is taken: the key gets a number
    assert stage_keys(widget)[:3] == ["screening", "practical_test", new_key]
    qtbot.mouseClick(widget.up_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(widget.stage_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    # Dragging the last stage to the top is a reorder too.
    mime = widget.stages.mimeData([widget.stages.index(len(original))])
    widget.stages.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    expected = [original[-1], original[0], original[1], new_key, *original[2:-1]]
    assert stage_keys(widget) == expected

    saved(qtbot, widget, lambda: qtbot.keyClick(widget.stage_view, Qt.Key.Key_S,
                                                Qt.KeyboardModifier.ControlModifier))
    stored = pipelines.get_template(hr.workspace, hr.actor, widget.template.id)
    assert [s.key for s in stored.stages] == expected
    added = stored.stages[3]
    assert (added.name, added.kind, added.owner_role, added.sla_amount, added.sla_unit,
            added.remind_every_hours) == ("Safety test", "assessment", "hr", 16, "hours", 8)
    assert added.requirements == ({"type": "comment"},)
    assert widget.message.text() == "Saved “技能工人 (copy)”."
    # The shipped template is untouched.
    [default] = [t for t in pipelines.list_templates(hr.workspace, hr.actor)
                 if t.name == "技能工人"]
    assert [s.key for s in default.stages] == original


def test_an_invalid_stage_is_marked_in_place_and_not_saved(qtbot, context, hr) -> None:  # type: ignore[no-untyped-def]
    widget = make_editor(qtbot, context, hr)
    choose(widget, "工程师")
    before = pipelines.get_template(hr.workspace, hr.actor, widget.template.id)
    widget.stage_view.setCurrentIndex(widget.stages.index(1))
    widget.form.sla_amount.setValue(0)  # the core allows 1–400
    widget.stage_view.setCurrentIndex(widget.stages.index(2))
    tick(qtbot, widget.form.require_fields)  # but no field
    qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)

    assert widget.message.text() == "Not saved: fix the marked problems first (2)."
    assert not widget.presenter.is_busy("templates.save")
    assert widget.stages.index(1).data(Qt.ItemDataRole.ToolTipRole) == \
        "Stage 2 (笔试/测评), SLA (working time): 1–400 hours or days"
    assert widget.stages.index(1).data().startswith("⚠")
    assert widget.stages.index(2).data(Qt.ItemDataRole.ToolTipRole).startswith(
        "Stage 3 (初试), Requirements: ")
    # The first problem is shown: its stage selected, the field the error names marked.
    assert widget._current_row() == 1
    assert widget.form.sla_amount.property("invalid") is True
    assert widget.form.problem.text() == "Stage 2 (笔试/测评), SLA (working time): 1–400 hours or days"
    widget.stage_view.setCurrentIndex(widget.stages.index(2))
    assert widget.form.requirements.property("invalid") is True
    assert widget.form.sla_amount.property("invalid") is not True
    widget.stage_view.setCurrentIndex(widget.stages.index(1))

    widget.form.sla_amount.setValue(3)  # fixed: the mark goes while typing
    assert widget.form.sla_amount.property("invalid") is False
    assert widget.stages.index(1).data(Qt.ItemDataRole.ToolTipRole) is None
    assert pipelines.get_template(hr.workspace, hr.actor, widget.template.id) == before


def test_a_stale_save_keeps_the_edits_and_offers_reload(qtbot, context, hr) -> None:  # type: ignore[no-untyped-def]
    widget = make_editor(qtbot, context, hr)
    choose(widget, "管理岗")
    template = widget.template
    pipelines.update_template(hr.workspace, hr.actor, template.id,
                              pipelines.spec_of(template), template.version)
    widget.form.name.selectAll()
    qtbot.keyClicks(widget.form.name, "Screening call")
    with qtbot.waitSignal(widget.presenter.saveRefused, timeout=10_000):
        qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
    assert "changed by" in widget.message.text().lower()
    assert widget.stages.stage(0).name == "Screening call"
    assert widget.reload_button.isVisible()
    with qtbot.waitSignal(widget.presenter.loaded, timeout=10_000):
        qtbot.mouseClick(widget.reload_button, Qt.MouseButton.LeftButton)
    assert widget.template.id == template.id and widget.stages.stage(0).name == "简历筛选"


def test_interviewers_see_templates_read_only(qtbot, context, people) -> None:  # type: ignore[no-untyped-def]
    widget = make_editor(qtbot, context, people["int.wu"])
    assert widget.templates.rowCount() == 3 and widget.stages.rowCount() > 0
    for button in (widget.save_button, widget.add_button, widget.clone_button):
        assert not button.isVisible()
    assert widget.name.isReadOnly() and not widget.form.isEnabled()
    assert not widget.stages.flags(widget.stages.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    qtbot.keyClick(widget.stage_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert widget.stages.stage(0).key == "screening"


@pytest.fixture
def hr(people):  # type: ignore[no-untyped-def]
    return people["hr.li"]


def tick(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    """Click the box itself (its centre may be empty space right of the text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
