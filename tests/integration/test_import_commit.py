"""Committing a resume import: what is written, idempotence, all-or-nothing, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from hrdesk import errors
from hrdesk.imports import commit
from hrdesk.services import candidates, imports, timeline
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
    assert (result.imported, result.updated, result.duplicates) == (1, 1, 2)
    assert [row for row, _reason in result.rejected] == [4]
    after = table_counts(plant.ws)
    assert after["candidates"] == before["candidates"] + 1
    assert after["audit_entries"] >= before["audit_entries"] + 2  # the new one, the update
    hr = plant.actor("hr.li")
    [li] = candidates.find_by_mobile(plant.ws, hr, "13800000002")
    assert li.education == "本科"
    [event] = [e for e in timeline.of_candidate(plant.ws, hr, li.id) if e.kind == "imported"]
    assert event.data == {"file": "batch.xlsx", "row": 3}
    [qian] = candidates.find_by_mobile(plant.ws, hr, "13900000002")
    assert qian.email == "qian@example.com" and qian.education == "大专"  # keep: only filled


def test_importing_the_same_file_again_changes_nothing(plant, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "batch.xlsx", ROWS)
    _import(plant, path, job_id=plant.job.id)
    before = table_counts(plant.ws)
    again = _import(plant, path, job_id=plant.job.id)
    assert (again.imported, again.updated, again.applications) == (0, 0, 0)
    assert again.duplicates == 4
    assert table_counts(plant.ws) == before


def test_a_job_gets_one_application_per_person(plant, tmp_path: Path) -> None:
    result = _import(plant, write_sheet(tmp_path / "batch.xlsx", ROWS), job_id=plant.job.id)
    assert result.applications == 3  # rows 2, 3 and 6; not the rejected row or row 5's repeat


def test_all_or_nothing_with_one_bad_row_writes_nothing(plant, tmp_path: Path) -> None:
    before = table_counts(plant.ws)
    with pytest.raises(commit.ImportRefused) as refused:
        _import(plant, write_sheet(tmp_path / "batch.xlsx", ROWS), policy="all-or-nothing")
    assert refused.value.params["row"] == 4 and refused.value.params["count"] == 1
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
