"""Committing a resume import: what is written, idempotence, all-or-nothing, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from hrdesk import errors, i18n
from hrdesk.services import candidates, import_commit as commit, imports, timeline
from tests.integration import plant as plant_module
from tests.integration.test_import_plan import ROWS, table_counts, write_sheet


@pytest.fixture
def plant(admin_session, clock):  # type: ignore[no-untyped-def]
    built = plant_module.build(admin_session, clock)
    built.candidate("张三", 1)
    built.candidate("钱七", 2)
    yield built
    built.close()


def _import(plant, path: Path, **options):  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    return imports.run(plant.ws, hr, imports.preview(plant.ws, hr, path), **options)


def test_valid_rows_are_written_with_timeline_and_audit(plant, tmp_path: Path) -> None:
    before = table_counts(plant.ws)
    result = _import(plant, write_sheet(tmp_path / "batch.xlsx", ROWS))
    assert result.counts == {"new": 1, "updated": 1, "same_as_stored": 1, "same_as_row": 0,
                             "possible_duplicate": 1, "rejected": 1}
    assert [row for row, _reason in result.rejected] == [4]
    after = table_counts(plant.ws)
    assert after["candidates"] == before["candidates"] + 2  # 李四, and 赵六 on his mobile
    assert result.queued == 1 and set(result.people) == {2, 3, 5, 6}
    assert after["audit_entries"] >= before["audit_entries"] + 2  # the batch, the update
    hr = plant.actor("hr.li")
    [li] = [c for c in candidates.find_by_mobile(plant.ws, hr, "13800000002")
            if c.name == "李四"]
    assert li.education == "本科"
    [event] = [e for e in timeline.of_candidate(plant.ws, hr, li.id) if e.kind == "imported"]
    assert {k: event.data[k] for k in ("file", "row")} == {"file": "batch.xlsx", "row": 3}
    assert "audit" in event.data  # the entry of the batch that created the person
    [qian] = candidates.find_by_mobile(plant.ws, hr, "13900000002")
    assert qian.email == "qian@example.com" and qian.education == "大专"  # keep: only filled


def test_importing_the_same_file_again_changes_nothing(plant, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "batch.xlsx", ROWS)
    _import(plant, path, job_id=plant.job.id)
    before = table_counts(plant.ws)
    again = _import(plant, path, job_id=plant.job.id)
    assert (again.stored, again.counts["updated"], again.applications) == (0, 0, 0)
    assert again.counts["same_as_stored"] == 4 and again.queued == 0
    assert table_counts(plant.ws) == before


def test_a_job_gets_one_application_per_person(plant, tmp_path: Path) -> None:
    result = _import(plant, write_sheet(tmp_path / "batch.xlsx", ROWS), job_id=plant.job.id)
    assert result.applications == 4  # rows 2, 3, 5 and 6; not the rejected row


def test_all_or_nothing_with_one_bad_row_writes_nothing(plant, tmp_path: Path) -> None:
    before = table_counts(plant.ws)
    with pytest.raises(commit.ImportRefused) as refused:
        _import(plant, write_sheet(tmp_path / "batch.xlsx", ROWS), policy="all-or-nothing")
    assert refused.value.params["row"] == 4 and refused.value.params["count"] == 1
    # The first row's problem travels as itself (a code), said whole in the reader's words.
    problem = refused.value.params["reason"]
    assert i18n.describe(refused.value, chinese=True) == (
        f"没有导入任何数据：有 1 行无法导入（第一处是第 4 行：{i18n.describe_said(problem, True)}）。")
    assert problem.said() in refused.value.message()
    assert i18n.describe_said(problem, True) != problem.said()  # the reason is Chinese too
    assert table_counts(plant.ws) == before


def test_cancel_after_the_first_batch_leaves_the_database_as_it_was(
        plant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(commit, "BATCH", 1)
    rows = [[f"新人{i}", f"1370000{i:04d}", None, "本科", "2", None] for i in range(5)]
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1  # after the first batch is written

    before = table_counts(plant.ws)
    with pytest.raises(errors.Cancelled):
        _import(plant, write_sheet(tmp_path / "batch.xlsx", rows), job_id=plant.job.id,
                cancelled=cancelled)
    assert table_counts(plant.ws) == before


def test_a_person_saved_after_the_preview_is_found_by_the_commit(plant, tmp_path: Path) -> None:
    hr = plant.actor("hr.li")
    planned = imports.preview(plant.ws, hr, write_sheet(tmp_path / "batch.xlsx", ROWS))
    assert planned.counts["new"] == 1  # 李四, row 3
    candidates.add_candidates(plant.ws, hr, [candidates.NewCandidate(
        "李四", mobile="13800000002")])
    result = imports.run(plant.ws, hr, planned)
    # Row 3 now fills the stored 李四; row 5 (赵六, his mobile) is stored and queued.
    assert result.counts["new"] == 0 and result.counts["updated"] == 2
    assert result.counts["possible_duplicate"] == 1
    assert {c.name for c in candidates.find_by_mobile(plant.ws, hr, "13800000002")} == {
        "李四", "赵六"}


def test_an_untouched_database_keeps_the_previews_answer(
        plant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hr = plant.actor("hr.li")
    planned = imports.preview(plant.ws, hr, write_sheet(tmp_path / "batch.xlsx", ROWS))
    asked: list[int] = []
    monkeypatch.setattr(commit.planning, "resolve", lambda *a, **k: asked.append(1))
    result = imports.run(plant.ws, hr, planned)
    assert not asked and (result.stored, result.counts["updated"]) == (2, 1)
    # Another merge policy is another question: the database is asked again.
    monkeypatch.undo()
    again = imports.run(plant.ws, hr, planned, merge="skip")
    assert (again.stored, again.counts["updated"], again.counts["same_as_stored"]) == (0, 0, 4)


def test_a_long_import_appends_its_audit_entries_as_it_goes(
        plant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Entries held past uow.AUDIT_HELD go onto the chain before the commit (SQLite;
    PostgreSQL appends at commit): the chain stays whole and in order either way,
    and a cancel still leaves nothing behind."""
    from hrdesk import uow as uow_module
    from hrdesk.security import audit_verify

    monkeypatch.setattr(uow_module, "AUDIT_HELD", 2)
    monkeypatch.setattr(commit, "BATCH", 2)
    rows = [[f"新人{i}", f"1370000{i:04d}", None, "本科", "2", None] for i in range(7)]
    path = write_sheet(tmp_path / "batch.xlsx", rows)
    before = table_counts(plant.ws)
    with pytest.raises(errors.Cancelled):
        calls: list[int] = []
        _import(plant, path, cancelled=lambda: calls.append(1) or len(calls) > 3)
    assert table_counts(plant.ws) == before
    result = _import(plant, path)
    assert result.stored == 7
    with plant.ws.db.unit_of_work(read_only=True) as uow:
        assert audit_verify.verify(uow.session).ok
    # One entry per batch of two rows, not one per person.
    assert table_counts(plant.ws)["audit_entries"] == before["audit_entries"] + 4
