"""Preview of a resume import: each row's outcome and reason, nothing written."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from hrdesk.models.applications import Application, TimelineEvent
from hrdesk.models.audit import AuditEntry
from hrdesk.models.candidates import Candidate
from hrdesk.services import imports
from tests.integration import plant as plant_module

HEADERS = ["姓名", "手机", "邮箱", "学历", "工作年限", "籍贯备注"]
ROWS = [
    ["张三", "13900000001", None, "大专", "3", None],  # 2: stored, same values
    ["李四", "13800000002", "li@example.com", "本科", "5", "江苏"],  # 3: new
    ["王五", "1380000", None, "高中", "1", None],  # 4: bad mobile
    ["赵六", "138-0000-0002", None, "本科", "2", None],  # 5: row 3's mobile, another name
    ["钱七", "13900000002", "qian@example.com", "本科", "3", None],  # 6: stored, fills email
]


def write_sheet(path: Path, rows: list[list[object]], headers: list[str] = HEADERS) -> Path:
    book = openpyxl.Workbook()
    book.active.append(headers)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def table_counts(ws) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with ws.db.unit_of_work(read_only=True) as uow:
        return {t.__tablename__: uow.session.scalar(select(func.count()).select_from(t)) or 0
                for t in (Candidate, Application, TimelineEvent, AuditEntry)}


@pytest.fixture
def plant(admin_session, clock):  # type: ignore[no-untyped-def]
    built = plant_module.build(admin_session, clock)
    built.candidate("张三", 1)
    built.candidate("钱七", 2)
    yield built
    built.close()


def test_each_row_gets_an_outcome_and_a_reason(plant, tmp_path: Path) -> None:
    before = table_counts(plant.ws)
    planned = imports.preview(plant.ws, plant.actor("hr.li"),
                              write_sheet(tmp_path / "batch.xlsx", ROWS))
    by_row = {r.row: r for r in planned.rows}
    assert [by_row[n].outcome for n in range(2, 7)] == [
        "same_as_stored", "new", "rejected", "possible_duplicate", "updated"]
    assert "mobile" in by_row[4].reasons[0] and by_row[4].field == "mobile"
    # Another name under one mobile: stored as a person of their own, and queued.
    assert by_row[5].duplicate_of == 3 and "row 3" in by_row[5].reasons[0]
    assert (by_row[5].key, by_row[5].matched) == ("mobile", "李四")
    assert by_row[6].changes == ("email",) and by_row[6].candidate_id is not None
    assert by_row[2].candidate_id is not None and by_row[2].changes == ()
    assert by_row[3].extra == {"籍贯备注": "江苏"}  # an unknown column is kept
    assert planned.counts == {"new": 1, "updated": 1, "same_as_stored": 1, "same_as_row": 0,
                              "possible_duplicate": 1, "rejected": 1}
    assert sum(planned.counts.values()) == len(ROWS)
    assert table_counts(plant.ws) == before  # a preview writes nothing


def test_each_reason_is_a_problem_code_with_its_parameters(plant, tmp_path: Path) -> None:
    from hrdesk import i18n

    planned = imports.preview(plant.ws, plant.actor("hr.li"),
                              write_sheet(tmp_path / "batch.xlsx", ROWS))
    by_row = {r.row: r for r in planned.rows}
    assert [(p.code, dict(p.params)) for p in by_row[5].problems] == [
        ("row.possible_row", {"key": "mobile", "row": 3, "name": "李四"})]
    assert by_row[2].problems[0].code == "row.on_file"
    assert by_row[2].problems[0].params["name"] == "张三"
    assert [p.code for p in by_row[4].problems] == ["mobile.invalid"]
    for row in planned.rows:  # the English reasons are what the problems say, in order
        assert row.reasons == tuple(i18n.describe_problem(p.code, p.params, chinese=False)
                                    for p in row.problems)


def test_overwrite_lists_every_field_the_file_changes(plant, tmp_path: Path) -> None:
    planned = imports.preview(plant.ws, plant.actor("hr.li"),
                              write_sheet(tmp_path / "batch.xlsx", ROWS), merge="overwrite")
    assert {r.row: r.changes for r in planned.rows}[6] == ("email", "education")
    skipped = imports.preview(plant.ws, plant.actor("hr.li"),
                              write_sheet(tmp_path / "again.xlsx", ROWS), merge="skip")
    assert {r.row: r.outcome for r in skipped.rows}[6] == "same_as_stored"


def test_a_saved_profile_maps_the_next_file_from_that_source(plant, tmp_path: Path) -> None:
    hr = plant.actor("hr.li")
    headers = ["应聘人", "联系方式X", "毕业院校名", "其它"]
    rows = [["孙八", "13700000003", "苏州大学", "x"]]
    first = imports.preview(plant.ws, hr, write_sheet(tmp_path / "a.xlsx", rows, headers))
    mapping = ("name", "mobile", "school", None)
    assert first.mapping != mapping  # the board's own words are not all known
    imports.save_profile(plant.ws, hr, "某招聘网", headers, mapping)
    second = imports.preview(plant.ws, hr, write_sheet(tmp_path / "b.xlsx", rows, headers))
    assert second.profile == "某招聘网" and second.mapping == mapping
    assert second.rows[0].outcome == "new" and second.rows[0].values["school"] == "苏州大学"
    assert [p.name for p in imports.list_profiles(plant.ws, hr)] == ["某招聘网"]


def test_only_hr_may_import(plant, tmp_path: Path) -> None:
    from hrdesk import errors

    with pytest.raises(errors.PermissionDenied):
        imports.preview(plant.ws, plant.actor("int.wu"), write_sheet(tmp_path / "x.xlsx", ROWS))
