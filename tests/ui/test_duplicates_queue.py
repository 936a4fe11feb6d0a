"""Who is who in the windows: HR types a candidate in (and is asked about a possible
duplicate), and settles the possible-duplicates queue from the candidates list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from hrdesk.clock import FixedClock
from hrdesk.services import candidate_search, candidates, duplicates
from hrdesk.services.candidates import NewCandidate
from tests.integration import plant as plant_
from tests.integration.test_import_plan import write_sheet
from ui.candidates.duplicates_dialog import SHOWN, DuplicatesDialog
from ui.candidates.list_widget import CandidatesListWidget
from ui.candidates.new_candidate_dialog import NewCandidateDialog

START = dt.datetime(2025, 3, 3, 1, 0, tzinfo=dt.UTC)


@pytest.fixture
def plant(session):  # type: ignore[no-untyped-def]
    built = plant_.build(session, FixedClock(START, tick=dt.timedelta(milliseconds=10)))
    yield built
    built.close()


def test_hr_types_a_candidate_in_and_is_asked_about_a_possible_duplicate(
        qtbot, context, plant, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    hr = plant["hr.li"]
    stored = candidates.create_candidate(hr.workspace, hr.actor,
                                         NewCandidate("王芳", mobile="13700001111"))
    listing = CandidatesListWidget(context, hr)
    qtbot.addWidget(listing)
    assert listing.new_button.isVisibleTo(listing) and listing.duplicates_button.isVisibleTo(
        listing)
    dialog = NewCandidateDialog(context, hr)
    qtbot.addWidget(dialog)
    dialog.name.setText("王小芳")
    dialog.mobile.setText("137 0000 1111")
    asked: list[str] = []
    monkeypatch.setattr(dialog, "ask_possible_duplicate",
                        lambda error: asked.append(str(error.params["name"])) or "queue")
    with qtbot.waitSignal(dialog.presenter.created, timeout=15_000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    assert asked == ["王芳"] and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.created.name == "王小芳"
    [pair] = duplicates.open_pairs(hr.workspace, hr.actor)
    assert stored.id in (pair.first.candidate_id, pair.second.candidate_id)
    # The same person again is refused with their name; nothing stored.
    again = NewCandidateDialog(context, hr)
    qtbot.addWidget(again)
    again.name.setText("王 芳")
    again.mobile.setText("13700001111")
    with qtbot.waitSignal(again.presenter.createFailed, timeout=15_000):
        qtbot.mouseClick(again.buttons.button(again.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    assert again.message.text() == "王芳 is already on file (same mobile)."
    assert candidate_search.count(hr.workspace, hr.actor) == 2


def test_interviewers_get_neither_button(qtbot, context, plant) -> None:  # type: ignore[no-untyped-def]
    listing = CandidatesListWidget(context, plant["int.wu"])
    qtbot.addWidget(listing)
    assert not listing.new_button.isVisibleTo(listing)
    assert not listing.duplicates_button.isVisibleTo(listing)


def test_the_queue_merges_field_by_field_or_remembers_different_people(
        qtbot, context, plant, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from hrdesk.services import imports

    hr = plant["hr.li"]
    sheet = write_sheet(tmp_path / "pairs.xlsx", [
        ["陈静", "13700002222", "chen@example.cn"], ["陈晶", "13700003333", "chen@example.cn"],
        ["刘洋", "13700004444", "liu@example.cn"], ["刘阳", "13700005555", "liu@example.cn"]],
        ["姓名", "手机", "邮箱"])
    imports.run(hr.workspace, hr.actor, imports.preview(hr.workspace, hr.actor, sheet))
    dialog = DuplicatesDialog(context, hr)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.pair_list.count() == 2, timeout=15_000)
    dialog.show()
    pair = dialog.current()
    assert pair is not None and pair.shared_field == "email"
    shared = dialog.compare.item(SHOWN.index("email"), 0)
    assert shared.font().bold()
    # Keep the left person, but the right one's name was the right spelling.
    dialog.tick("name", 1)
    assert dialog.compare.item(SHOWN.index("name"), 0).checkState() == Qt.CheckState.Unchecked
    assert dialog.taken_from(0) == ["name"]
    if shots := __import__("os").environ.get("HRDESK_SHOTS"):
        dialog.grab().save(str(Path(shots) / "duplicates.png"))
    with qtbot.waitSignal(dialog.presenter.decided, timeout=15_000):
        qtbot.mouseClick(dialog.keep_first, Qt.MouseButton.LeftButton)
    kept = candidates.get_candidate(hr.workspace, hr.actor, pair.first.candidate_id)
    assert kept.name == pair.second.name
    qtbot.waitUntil(lambda: dialog.pair_list.count() == 1, timeout=15_000)
    with qtbot.waitSignal(dialog.presenter.decided, timeout=15_000):
        qtbot.mouseClick(dialog.different, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pair_list.count() == 0, timeout=15_000)
    assert dialog.message.text() == "No possible duplicates are waiting."
    assert duplicates.open_pairs(hr.workspace, hr.actor) == []


def test_hr_edits_the_placeholder_values(qtbot, context, plant, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    hr = plant["hr.li"]
    dialog = DuplicatesDialog(context, hr)
    qtbot.addWidget(dialog)
    shown: list[list[str]] = []
    monkeypatch.setattr(dialog, "edit_placeholders",
                        lambda values: shown.append(values) or [*values, "agency@jobs.cn"])
    with qtbot.waitSignals([dialog.presenter.placeholdersLoaded] * 2, timeout=15_000):
        qtbot.mouseClick(dialog.placeholders_button, Qt.MouseButton.LeftButton)
    assert "13800000000" in shown[0]
    assert duplicates.get_placeholders(hr.workspace, hr.actor)[-1] == "agency@jobs.cn"
    assert dialog.message.text() == "Placeholder values saved."
    # From now on the agency's address makes nobody the same person.
    candidates.create_candidate(hr.workspace, hr.actor, NewCandidate(
        "赵一", email="agency@jobs.cn"))
    candidates.create_candidate(hr.workspace, hr.actor, NewCandidate(
        "钱二", email="agency@jobs.cn", mobile="13700006666"))
    assert duplicates.open_pairs(hr.workspace, hr.actor) == []
