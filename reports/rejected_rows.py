"""The rejected-rows report: the rows an import left out, for HR to fix and re-import.

The original header and cells, a "原因 / Reason" column, and a comment on the
offending cell; the reasons in Chinese or English (``hrdesk.i18n.describe_problem``). Every cell is written as text or a number, never a formula:
text that a spreadsheet would read as one (= + - @) is stored as a string with
Excel's quote prefix, so opening the report cannot run anything a sheet smuggled in.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill

from hrdesk import i18n, private_files

REASON_HEADER = "原因 / Reason"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_REJECTED_FILL = PatternFill("solid", fgColor="FFF2CC")


def write_for(plan: Any, path: Path, *, chinese: bool | None = None) -> int:
    """The report of ``plan``'s file: its rows left out, read again by the import
    service (the plan keeps no cells)."""
    from hrdesk.services import imports

    return write(path, imports.rows_left_out(plan), plan, chinese=chinese)


def write(path: Path, table: Any, plan: Any, *, chinese: bool | None = None) -> int:
    """Writes ``path``; returns how many rows it holds. ``table`` holds the header and
    rows of the file the plan was made from (``services.imports.rows_left_out``: only
    the rows left out; any others are skipped), ``plan`` is the ``ImportPlan``.
    The reasons are Chinese if ``chinese`` (None: as the environment's language asks)."""

    def describe(problem: Any) -> str:
        return i18n.describe_problem(problem.code, problem.params, chinese)

    left_out = {r.row: r for r in plan.left_out}
    book = Workbook()
    sheet = book.worksheets[0]
    sheet.title = "Rejected"
    headers = list(table.headers)
    for column, text in enumerate((*headers, REASON_HEADER), start=1):
        _put(sheet.cell(row=1, column=column), text).font = Font(bold=True)
    column_of = {field: i for i, field in enumerate(plan.mapping) if field}
    line = 1
    for source in table.rows:
        planned = left_out.get(source.number)
        if planned is None:
            continue
        line += 1
        cells = (list(source.cells) + [None] * len(headers))[:len(headers)]
        reasons = planned.described(describe)
        for column, value in enumerate((*cells, "; ".join(reasons)), start=1):
            _put(sheet.cell(row=line, column=column), value)
        at = column_of.get(planned.field) if planned.field else None
        if at is not None:
            cell = sheet.cell(row=line, column=at + 1)
            cell.comment = Comment(reasons[0] if reasons else "", "hrdesk")
            cell.fill = _REJECTED_FILL
    sheet.freeze_panes = "A2"
    _outcomes(book.create_sheet("Outcomes"), plan, describe, chinese)
    # It holds candidates' rows: readable by its owner only, from its creation.
    with private_files.replaced(path) as out:
        book.save(out)
    return line - 1


OUTCOME_HEADERS = ("行 / Row", "结果 / Outcome", "对应 / Matched", "依据 / Key",
                   "更新字段 / Changed", "说明 / Notes")


def _outcomes(sheet: Any, plan: Any, describe: Any, chinese: bool | None) -> None:
    """Every row of the file under its one outcome, as the preview and the CLI say it,
    with the person or row it matched and every reason and warning. The row's own
    cells are not copied: the row number finds them in the file HR imported."""
    for column, text in enumerate(OUTCOME_HEADERS, start=1):
        _put(sheet.cell(row=1, column=column), text).font = Font(bold=True)
    for line, r in enumerate(plan.rows, start=2):
        matched = r.matched or ""
        if r.duplicate_of is not None:
            matched = f"#{r.duplicate_of} {matched}".strip()
        key = i18n.describe_phrase(r.key, chinese) if r.key else ""
        values = (r.row, i18n.describe_outcome(r.outcome, chinese), matched, key,
                  ", ".join(r.changes), "; ".join(r.described(describe)))
        for column, value in enumerate(values, start=1):
            _put(sheet.cell(row=line, column=column), value)
    sheet.freeze_panes = "A2"


def _put(cell: Any, value: Any) -> Any:
    """A number stays a number; everything else becomes inert text."""
    if value is None:
        return cell
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.value = value
        return cell
    text = value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value)
    cell.value = text
    # openpyxl takes any text starting with "=" for a formula: make it a string cell, and
    # give it Excel's quote prefix so editing the cell later does not turn it into one.
    cell.data_type = "s"
    if text.startswith(_FORMULA_START):
        cell.quotePrefix = True
    return cell
