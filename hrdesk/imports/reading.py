"""Any spreadsheet a HR office receives, read into one plain table of rows.

Workbooks (.xlsx, .xlsm, .xlsb, legacy .xls, .ods) go through python-calamine, a Rust
reader several times faster than openpyxl's read-only mode (benchmarks/
test_import_reading.py) that returns the values Excel cached for formulas, so nothing
is ever evaluated. Text tables and HTML pages saved as ".xls" have their own readers.
The kind of file is told by its first bytes, not its name, and zip-based files pass
``archive_guard`` before any parser sees them.

Whatever the source, the rows then go through one assembly: find the header row below
any title or note rows, repeat each merged range's value over the range, skip blank
and hidden rows (``hidden_rows``: calamine does not say which), strip text, give
integral floats back as ints (Excel stores a mobile number as 13812345678.0) and
truncate absurdly long cells with a warning.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, islice
from pathlib import Path
from typing import Any

import python_calamine

from hrdesk.imports import archive_guard, csv_text, hidden_rows, html_table, mapping
from hrdesk.imports.archive_guard import UnreadableFile, UnsafeFile

__all__ = ["MAX_CELL_CHARS", "ReadWarning", "SheetNotFound", "SheetTable", "SourceRow",
           "UnreadableFile", "UnsafeFile", "list_sheets", "read_table"]

MAX_CELL_CHARS = 5_000
HEADER_SCAN_ROWS = 20
_LOOKAHEAD = 6  # rows after a header candidate that show whether data follows
_HEADER_MAX_CHARS = 40
# Integral floats up to 2**53 are exact; a bigger one (an 18-digit ID Excel turned into
# 4.40106E+17) has lost digits and stays a float so the normaliser can say so.
_EXACT = float(2**53)
_KEPT_TYPES = frozenset({int, bool, dt.datetime, dt.date})
_ZIP = b"PK\x03\x04"
_EMPTY_ZIP = b"PK\x05\x06"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_ONLY_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".ods"}


@dataclasses.dataclass(frozen=True, slots=True)  # slots: a sheet holds 100,000 of them
class SourceRow:
    number: int  # 1-based row number in the sheet, as Excel shows it
    cells: tuple[object, ...]  # one per header: str | int | float | bool | datetime | date | None


@dataclasses.dataclass(frozen=True)
class ReadWarning:
    row: int  # 1-based sheet row
    column: int  # 1-based position in SheetTable.headers
    message: str


@dataclasses.dataclass(frozen=True)
class SheetTable:
    file: str
    sheet: str
    sheets: tuple[str, ...]
    header_row: int  # 1-based
    headers: tuple[str, ...]  # stripped; a blank header is "列{n}"
    rows: tuple[SourceRow, ...]  # data rows only: blank and hidden rows skipped
    warnings: tuple[ReadWarning, ...]


class SheetNotFound(UnreadableFile):
    code = "imports.no_such_sheet"
    template = "{file} has no sheet named “{sheet}”."


# --- the public API --------------------------------------------------------------------


def list_sheets(path: Path) -> tuple[str, ...]:
    """The worksheet names of a workbook in workbook order; a text or HTML table is one sheet."""
    path = Path(path)
    if _kind(path) != "workbook":
        return (path.stem,)
    with _open_workbook(path) as book:
        return _worksheets(book)


def read_table(path: Path, sheet: str | None = None) -> SheetTable:
    """The header and data rows of ``sheet``, or of the first sheet holding a table.

    Raises ``UnreadableFile`` (or its ``SheetNotFound``) with the reason in plain words,
    and ``UnsafeFile`` for archive or XML bombs.
    """
    path = Path(path)
    kind = _kind(path)
    if kind == "workbook":
        return _read_workbook(path, sheet)
    if sheet is not None and sheet != path.stem:
        raise SheetNotFound(file=path.name, sheet=sheet)
    rows = html_table.read_rows(path) if kind == "html" else csv_text.read_rows(path)
    table = _assemble(_Source(path.name, path.stem, (path.stem,)), rows)
    if table is None:
        raise _no_table(path)
    return table


# --- what kind of file it really is -------------------------------------------------------


def _kind(path: Path) -> str:
    """"workbook", "html" or "text", from the first bytes; refuses what cannot be read."""
    name = path.name
    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
    except FileNotFoundError as exc:
        raise UnreadableFile(file=name, reason="the file does not exist") from exc
    except OSError as exc:
        raise UnreadableFile(file=name, reason="the file cannot be opened") from exc
    if not head:
        raise UnreadableFile(file=name, reason="the file is empty")
    if head.startswith((_ZIP, _EMPTY_ZIP)):
        _check_spreadsheet_zip(path)
        return "workbook"
    if head.startswith(_OLE):
        if _is_encrypted_package(path):
            raise UnreadableFile(
                file=name,
                reason="it is protected by a password; remove the password in Excel and save it again",
            )
        return "workbook"
    if path.suffix.lower() in _ZIP_ONLY_SUFFIXES:
        raise UnreadableFile(file=name, reason="it is not really an Excel workbook")
    if b"urn:schemas-microsoft-com:office:spreadsheet" in head:
        raise UnreadableFile(
            file=name,
            reason="it is an Excel 2003 XML spreadsheet; open it in Excel and save it as .xlsx",
        )
    if html_table.looks_like_html(head):
        return "html"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFile(file=name, reason="it is a binary file, not a spreadsheet")
    return "text"


def _check_spreadsheet_zip(path: Path) -> None:
    names = set(archive_guard.check_zip(path))
    if {"xl/workbook.xml", "xl/workbook.bin", "content.xml"} & names:
        return
    if "word/document.xml" in names:
        raise UnreadableFile(file=path.name, reason="it is a Word document, not a spreadsheet")
    raise UnreadableFile(file=path.name, reason="it is a zip archive, not a spreadsheet")


def _is_encrypted_package(path: Path) -> bool:
    """Office encrypts a password-protected .xlsx into an OLE file with this stream."""
    marker = "EncryptedPackage".encode("utf-16-le")
    with path.open("rb") as stream:
        return marker in stream.read(1024 * 1024)


# --- workbooks via calamine ------------------------------------------------------------


def _open_workbook(path: Path) -> python_calamine.CalamineWorkbook:
    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError as exc:
        raise UnreadableFile(
            file=path.name,
            reason="it is protected by a password; remove the password in Excel and save it again",
        ) from exc
    except (python_calamine.CalamineError, ValueError, OSError) as exc:
        raise UnreadableFile(file=path.name, reason="it is damaged or not a spreadsheet") from exc


def _worksheets(book: python_calamine.CalamineWorkbook) -> tuple[str, ...]:
    return tuple(meta.name for meta in book.sheets_metadata
                 if meta.typ == python_calamine.SheetTypeEnum.WorkSheet)


def _read_workbook(path: Path, sheet: str | None) -> SheetTable:
    with _open_workbook(path) as book:
        names = _worksheets(book)
        if sheet is not None:
            if sheet not in names:
                raise SheetNotFound(file=path.name, sheet=sheet)
            candidates: Sequence[str] = (sheet,)
        else:
            visible = python_calamine.SheetVisibleEnum.Visible
            candidates = [meta.name for meta in book.sheets_metadata
                          if meta.name in names and meta.visible == visible]
        fallback = None
        for name in candidates:
            table = _read_sheet(path, book, name, names)
            if table is not None and table.rows:
                return table
            fallback = fallback or table
    if fallback is None:
        raise _no_table(path)
    return fallback


def _read_sheet(path: Path, book: python_calamine.CalamineWorkbook, name: str,
                names: tuple[str, ...]) -> SheetTable | None:
    # calamine releases the GIL: the hidden-row scan (one more pass over the part of
    # the file that records it, hidden_rows) runs while calamine parses.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        hidden_scan = pool.submit(hidden_rows.of_sheet, path, name)
        try:
            sheet = book.get_sheet_by_name(name)
            if sheet.start is None:
                return None
            first_column = sheet.start[1]
            # Absolute positions (row 0 is sheet row 1), so row numbers are Excel's.
            grid = sheet.to_python(skip_empty_area=False)
            merged = sheet.merged_cell_ranges or []
        except python_calamine.CalamineError as exc:
            raise UnreadableFile(file=path.name,
                                 reason="it is damaged or not a spreadsheet") from exc
        hidden = hidden_scan.result()
    return _assemble(_Source(path.name, name, names), _drain(grid, first_column),
                     hidden=hidden, merged=merged, first_column=first_column)


def _drain(grid: list[Any], first_column: int) -> Iterator[list[object]]:
    """Rows of calamine's grid, each released once handed on, to keep one copy in memory."""
    for index, row in enumerate(grid):
        grid[index] = None
        yield row[first_column:] if first_column else row


def _no_table(path: Path) -> UnreadableFile:
    return UnreadableFile(
        file=path.name, reason="no header row followed by data was found in its first 20 rows"
    )


# --- one assembly for every source ------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Source:
    file: str
    sheet: str
    sheets: tuple[str, ...]


def _assemble(source: _Source, rows: Iterable[Sequence[object]], *,
              hidden: frozenset[int] = frozenset(),
              merged: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
              first_column: int = 0) -> SheetTable | None:
    """The table of ``rows`` (row 1 first), or None when no header with data is found."""
    iterator = iter(rows)
    long_cells: list[tuple[int, int, int]] = []
    scan = [_clean(raw, index + 1, long_cells)
            for index, raw in enumerate(islice(iterator, HEADER_SCAN_ROWS + _LOOKAHEAD))]
    header_index = _find_header(scan, hidden)
    if header_index is None:
        return None
    fill = _MergeFill(merged, first_column)
    header = scan[header_index]
    used = _UsedColumns(header)
    data: list[SourceRow] = []
    scanned = ((index + 1, cells) for index, cells in enumerate(scan))
    rest = ((number, _clean(raw, number, long_cells))
            for number, raw in enumerate(iterator, start=len(scan) + 1))
    for number, cells in chain(scanned, rest):
        fill.note_anchors(number, cells)
        if number <= header_index + 1 or number in hidden or cells.count(None) == len(cells):
            continue
        fill.apply(number, cells)
        used.see(cells)
        data.append(SourceRow(number, tuple(cells)))
    return _finish(source, header_index + 1, header, data, used, long_cells)


def _clean(raw: Sequence[Any], number: int, long_cells: list[tuple[int, int, int]]
           ) -> list[object]:
    """One row's values as the contract promises them (see the module docstring)."""
    # (``Any``, told apart by ``type(value) is``: the fastest test, on every cell of a
    # file of 100,000 rows.)
    cells: list[object] = []
    for value in raw:
        kind = type(value)
        if kind is str:
            value = value.strip() or None
            if value is not None and len(value) > MAX_CELL_CHARS:
                long_cells.append((number, len(cells), len(value)))
                value = value[:MAX_CELL_CHARS]
        elif kind is float:
            if value.is_integer() and -_EXACT < value < _EXACT:
                value = int(value)
        elif value is not None and kind not in _KEPT_TYPES:
            value = str(value)  # a time of day or a duration: as Excel shows it
        cells.append(value)
    return cells


def _find_header(scan: list[list[object]], hidden: frozenset[int]) -> int | None:
    """The header row's index: the first row of short text labels with data below it.

    Title and note rows (one cell, or few cells over a wide table) are passed over; a row
    naming known fields (姓名, 手机, Name …) wins over an earlier one naming fewer.
    """
    with_data: list[tuple[int, int]] = []
    without_data: list[tuple[int, int]] = []
    for index, cells in enumerate(scan[:HEADER_SCAN_ROWS]):
        if index + 1 in hidden:
            continue
        values = [value for value in cells if value is not None]
        labels = [value for value in values if isinstance(value, str)
                  and len(value) <= _HEADER_MAX_CHARS and not _is_number(value)]
        if not values or len(labels) < 0.8 * len(values):
            continue
        known = sum(1 for label in labels if mapping.field_of(label) is not None)
        if len(values) < 2 and not known:
            continue
        below = [len(row) - row.count(None) for number, row in enumerate(scan, start=1)
                 if index + 1 < number <= index + 1 + _LOOKAHEAD and number not in hidden]
        below = [count for count in below if count]
        if below and len(values) < 0.5 * max(below):
            continue
        (with_data if below else without_data).append((index, known))
    for candidates in (with_data, without_data):
        if candidates:
            most = max(known for _, known in candidates)
            return next(index for index, known in candidates if known == most)
    return None


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", ""))
    except ValueError:
        return False
    return True


class _MergeFill:
    """Repeats each merged range's top-left value over the whole range, row by row."""

    def __init__(self, merged: Sequence[tuple[tuple[int, int], tuple[int, int]]],
                 first_column: int) -> None:
        # (first row, last row, first column, last column), 1-based rows, 0-based columns
        self._ranges = sorted((top + 1, bottom + 1, left - first_column, right - first_column)
                              for (top, left), (bottom, right) in merged)
        self._next = 0
        self._active: list[tuple[int, int, int, object]] = []

    def note_anchors(self, number: int, cells: list[object]) -> None:
        if self._active:
            self._active = [item for item in self._active if item[0] >= number]
        while self._next < len(self._ranges) and self._ranges[self._next][0] <= number:
            top, bottom, left, right = self._ranges[self._next]
            self._next += 1
            if top == number and 0 <= left < len(cells):
                self._active.append((bottom, left, right, cells[left]))

    def apply(self, number: int, cells: list[object]) -> None:
        for _bottom, left, right, value in self._active:
            for column in range(left, min(right + 1, len(cells))):
                cells[column] = value


class _UsedColumns:
    """The span of columns that hold anything, to drop empty margins of the sheet."""

    def __init__(self, header: list[object]) -> None:
        filled = [index for index, value in enumerate(header) if value is not None]
        self.first = filled[0] if filled else 0
        self.last = filled[-1] if filled else -1
        self.widths: set[int] = {len(header)}

    def see(self, cells: list[object]) -> None:
        self.widths.add(len(cells))
        for index in range(len(cells) - 1, self.last, -1):
            if cells[index] is not None:
                self.last = index
                break
        for index in range(self.first):
            if cells[index] is not None:
                self.first = index
                break


def _finish(source: _Source, header_row: int, header: list[object], data: list[SourceRow],
            used: _UsedColumns, long_cells: list[tuple[int, int, int]]) -> SheetTable:
    first, width = used.first, used.last - used.first + 1
    if first or len(used.widths) > 1 or width not in used.widths:
        data = [SourceRow(row.number, _fit(row.cells, first, width)) for row in data]
    headers = tuple(str(value) if value is not None else f"列{position}"
                    for position, value in enumerate(_fit(tuple(header), first, width), start=1))
    kept = {row.number for row in data}
    warnings = tuple(
        ReadWarning(number, column - first + 1,
                    f"cell truncated to {MAX_CELL_CHARS} characters (it had {length})")
        for number, column, length in long_cells
        if number in kept and first <= column < first + width)
    return SheetTable(source.file, source.sheet, source.sheets, header_row, headers,
                      tuple(data), warnings)


def _fit(cells: tuple[object, ...], first: int, width: int) -> tuple[object, ...]:
    cut = cells[first:first + width]
    return cut + (None,) * (width - len(cut))
