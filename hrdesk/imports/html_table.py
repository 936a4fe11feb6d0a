"""An ".xls" that is really an HTML page: many job boards export exactly that.

Excel opens such a page as a sheet, so HR offices think of it as one. The first
``<table>`` is read with the standard library's ``html.parser``, which knows only
HTML's fixed named entities (no DTD, no expansion, no external fetches). Cells merged
with ``rowspan``/``colspan`` repeat their value in every cell they cover, as merged
cells of a workbook do.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from hrdesk.imports import csv_text
from hrdesk.imports.archive_guard import UnreadableFile

_CHUNK = 1024 * 1024
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_SPAN_CAP = 1000  # a colspan of 10**9 must not build a billion cells
_GBK_FAMILY = {"gbk", "gb2312", "gb_2312-80", "x-gbk", "cp936"}


def looks_like_html(head: bytes) -> bool:
    """True when the first bytes of a file are an HTML page."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith((b"<!doctype html", b"<html", b"<table", b"<meta", b"<head")) or (
        text.startswith(b"<") and b"<table" in text
    )


def read_rows(path: Path) -> list[list[str]]:
    """The rows of the page's first table (row 1 first); ``UnreadableFile`` if it has none."""
    parser = _FirstTable()
    with path.open("r", encoding=_encoding(path), errors="replace") as stream:
        while not parser.done and (chunk := stream.read(_CHUNK)):
            parser.feed(chunk)
    parser.close()
    if not parser.rows:
        raise UnreadableFile(file=path.name, reason="the web page in it contains no table")
    return parser.rows


def _encoding(path: Path) -> str:
    with path.open("rb") as stream:
        head = stream.read(4096)
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return csv_text.detect_encoding(path)
    declared = _CHARSET.search(head)
    if declared:
        name = declared.group(1).decode("ascii").lower()
        if name in _GBK_FAMILY:
            return "gb18030"
        if name.replace("_", "-") in {"utf-8", "utf8", "gb18030", "big5"}:
            return name
    return csv_text.detect_encoding(path)


class _FirstTable(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.done = False
        self._depth = 0  # nesting of <table>: only the outermost first table counts
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self._row: list[str | None] | None = None
        self._pending: dict[tuple[int, int], str] = {}  # cells covered by a rowspan above

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.done:
            return
        if tag == "table":
            self._depth += 1
        elif self._depth != 1:
            return
        elif tag == "tr":
            self._end_row()
            self._row = []
        elif tag in ("td", "th"):
            self._end_cell()
            if self._row is None:
                self._row = []
            values = dict(attrs)
            self._span = (_span(values.get("rowspan")), _span(values.get("colspan")))
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.done:
            return
        if tag == "table":
            self._depth -= 1
            if self._depth == 0:
                self._end_row()
                self.done = True
        elif self._depth == 1 and tag in ("td", "th"):
            self._end_cell()
        elif self._depth == 1 and tag == "tr":
            self._end_row()

    def handle_data(self, data: str) -> None:
        if self._cell is not None and self._depth == 1:
            self._cell.append(_SPACES.sub(" ", data))

    def _end_cell(self) -> None:
        if self._cell is None or self._row is None:
            return
        # Source line breaks became spaces in handle_data; only <br> breaks a line.
        text = "\n".join(line.strip() for line in "".join(self._cell).split("\n")).strip()
        rowspan, colspan = self._span
        row_index = len(self.rows)
        column = self._next_free_column(row_index)
        for offset in range(colspan):
            self._row.append(text)
            for below in range(1, rowspan):
                self._pending[(row_index + below, column + offset)] = text
            column += 1
        self._cell = None

    def _next_free_column(self, row_index: int) -> int:
        assert self._row is not None
        while (row_index, len(self._row)) in self._pending:
            self._row.append(self._pending.pop((row_index, len(self._row))))
        return len(self._row)

    def _end_row(self) -> None:
        self._end_cell()
        if self._row is None:
            return
        row_index = len(self.rows)
        covered = sorted(column for (row, column) in self._pending if row == row_index)
        for column in covered:
            while len(self._row) < column:
                self._row.append("")
            self._row.insert(column, self._pending.pop((row_index, column)))
        self.rows.append([cell or "" for cell in self._row])
        self._row = None


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), _SPAN_CAP))
    except ValueError:
        return 1
