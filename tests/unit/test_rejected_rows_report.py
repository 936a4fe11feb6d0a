"""The rejected-rows report: original cells, the reason, a comment, no formulas."""

from __future__ import annotations

import dataclasses
import types
from pathlib import Path

import openpyxl
import pytest

from hrdesk import i18n
from hrdesk.imports import problems
from hrdesk.imports.problems import Problem
from hrdesk.services import imports
from hrdesk.services.import_plan import ImportPlan, RowPlan
from reports import rejected_rows

HEADERS = ("姓名", "手机", "备注")


def _table(*rows: tuple[object, ...]) -> types.SimpleNamespace:
    return types.SimpleNamespace(headers=HEADERS, rows=tuple(
        types.SimpleNamespace(number=n, cells=cells) for n, cells in enumerate(rows, start=2)))


def _plan(*rows: RowPlan) -> ImportPlan:
    return ImportPlan(Path("batch.xlsx"), "Sheet1", ("Sheet1",), HEADERS,
                      ("name", "mobile", None), None, rows, ())


def test_rejected_and_repeated_rows_come_back_with_their_reason(tmp_path: Path) -> None:
    table = _table(("张三", "13900000001", ""), ("李四", "1390000", "x"),
                   ("王五", "13900000001", None))
    plan = _plan(RowPlan(2, "new", "张三"),
                 RowPlan(3, "rejected", "李四", ("“1390000” is not a mainland mobile number",),
                         field="mobile"),
                 RowPlan(4, "same_as_row", "王五", ("same mobile as row 2",), duplicate_of=2))
    assert rejected_rows.write(tmp_path / "out.xlsx", table, plan) == 2
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == [*HEADERS, rejected_rows.REASON_HEADER]
    assert values[1] == ["李四", "1390000", "x", "“1390000” is not a mainland mobile number"]
    assert values[2][0] == "王五" and values[2][3] == "same mobile as row 2"
    assert sheet["B2"].comment.text == "“1390000” is not a mainland mobile number"
    assert sheet["A3"].comment is None  # a repeat has no one cell to blame


def test_the_report_is_written_from_the_rows_left_out_read_again(tmp_path: Path) -> None:
    source = openpyxl.Workbook()
    source.active.title = "Sheet1"
    for row in (HEADERS, ("张三", "13900000001", "ok"), ("李四", "1390000", "x"),
                ("王五", "13900000001", "again"), ("赵六", "13900000002", "ok")):
        source.active.append(row)
    source.save(tmp_path / "batch.xlsx")
    plan = dataclasses.replace(
        _plan(RowPlan(2, "new", "张三"), RowPlan(3, "rejected", "李四", ("bad mobile",)),
              RowPlan(4, "same_as_row", "王五", ("same mobile as row 2",), duplicate_of=2),
              RowPlan(5, "new", "赵六")),
        file=tmp_path / "batch.xlsx")

    left_out = imports.rows_left_out(plan)
    assert left_out.headers == HEADERS
    assert [(r.number, r.cells[0]) for r in left_out.rows] == [(3, "李四"), (4, "王五")]
    assert rejected_rows.write_for(plan, tmp_path / "out.xlsx") == 2
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == ["李四", "王五"]


def test_formula_text_stays_text(tmp_path: Path) -> None:
    evil = ("=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "@SUM(1)")
    table = _table(evil, ("-2+3", 13900000001, None))
    plan = _plan(RowPlan(2, "rejected", "?", ("name is required",), field="name"),
                 RowPlan(3, "rejected", "-2+3", ("bad",)))
    rejected_rows.write(tmp_path / "out.xlsx", table, plan)
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    for cell, text in zip(sheet[2], evil, strict=False):
        assert cell.value == text and cell.data_type == "s" and cell.quotePrefix
    assert sheet["A3"].data_type == "s" and sheet["B3"].value == 13900000001
    import zipfile

    with zipfile.ZipFile(tmp_path / "out.xlsx") as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")


def test_the_reasons_are_written_in_the_language_asked_for(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    contact = Problem("mobile", "contact.missing", {}, fatal=True)
    same = Problem(None, "row.same_as_row", {"key": "mobile", "row": 2})
    plan = _plan(RowPlan(3, "rejected", "李四", (contact.message,), field="mobile",
                         problems=(contact,)),
                 RowPlan(4, "same_as_row", "王五", (same.message,), duplicate_of=2,
                         problems=(same,)))
    table = _table(("张三", "13900000001", ""), ("李四", None, "x"), ("王五", "13900000001", None))
    monkeypatch.setattr(i18n, "_catalogue", lambda: {
        (i18n.PROBLEM_CONTEXT, problems.TEMPLATES["contact.missing"]): "没有手机号、邮箱或身份证号。",
        (i18n.PROBLEM_CONTEXT, problems.TEMPLATES["row.same_as_row"]): "与第 {row} 行的{key}相同。",
        (i18n.PROBLEM_CONTEXT, "mobile"): "手机号"})

    rejected_rows.write(tmp_path / "zh.xlsx", table, plan, chinese=True)
    sheet = openpyxl.load_workbook(tmp_path / "zh.xlsx").active
    assert [sheet["D2"].value, sheet["D3"].value] == ["没有手机号、邮箱或身份证号。", "与第 2 行的手机号相同。"]
    assert sheet["B2"].comment.text == "没有手机号、邮箱或身份证号。"
    rejected_rows.write(tmp_path / "en.xlsx", table, plan, chinese=False)
    sheet = openpyxl.load_workbook(tmp_path / "en.xlsx").active
    assert [sheet["D2"].value, sheet["D3"].value] == [
        "The row has no mobile number, email or ID number.", "Same person as row 2 (same mobile)."]
