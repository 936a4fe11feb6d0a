"""The rows a workbook's sheet hides. calamine reads the cells but not whether a row
is shown, so each format's own record of it is read here: the ``<row hidden="1">``
tags of an .xlsx sheet, the ``table:visibility`` of an .ods sheet's rows, the ROW
records of a legacy .xls (BIFF8) sheet.

Each reader is a cheap second pass over the part of the file that says it (run while
calamine parses, ``reading._read_sheet``); none evaluates anything. A file this
cannot make sense of hides nothing: calamine already read its cells, and a shown
row is what the user sees in Excel too unless they hid it.
"""

from __future__ import annotations

import posixpath
import re
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path

import olefile
from defusedxml import ElementTree

_ZIP, _OLE = b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CHUNK = 1024 * 1024
# Trailing filler rows (LibreOffice writes a million of them as one repeated row) hide
# nothing anyone typed: ranges longer than this are not listed.
_LONGEST_LISTED = 100_000


def of_sheet(path: Path, sheet: str) -> frozenset[int]:
    """The sheet row numbers (1 for the first) that ``sheet`` of ``path`` hides."""
    with path.open("rb") as stream:
        head = stream.read(8)
    if head.startswith(_ZIP):
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "content.xml" in names:
                return _ods(archive, sheet)
            return _xlsx(archive, names, sheet)
    if head.startswith(_OLE):
        return _xls(path, sheet)
    return frozenset()


# --- .xlsx -----------------------------------------------------------------------------

_ROW_TAG = re.compile(rb"<row\b([^>]*)>")
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _xlsx(archive: zipfile.ZipFile, names: set[str], sheet: str) -> frozenset[int]:
    """Most sheets hide nothing: one pass looking for the bytes ``hidden=`` settles
    that; only then are the ``<row>`` tags read."""
    part = _sheet_part(archive, names, sheet)
    if part is None or not _contains(archive, part, b"hidden="):
        return frozenset()
    hidden: set[int] = set()
    number = 0
    for attributes in _tags(archive, part, _ROW_TAG):
        found = _ROW_NUMBER.search(attributes)
        number = int(found.group(1)) if found else number + 1
        if _HIDDEN.search(attributes):
            hidden.add(number)
    return frozenset(hidden)


def _sheet_part(archive: zipfile.ZipFile, names: set[str], sheet: str) -> str | None:
    """The zip member holding ``sheet``, via workbook.xml and its relationships."""
    if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
        return None
    # Both parts already passed archive_guard (no DOCTYPE); defusedxml is a second lock.
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    relation = next((element.get(_R_ID) for element in workbook.iter()
                     if element.tag.endswith("}sheet") and element.get("name") == sheet), None)
    links = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    target = next((element.get("Target") for element in links.iter()
                   if element.get("Id") == relation), None)
    if relation is None or target is None:
        return None
    part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
        posixpath.join("xl", target))
    return part if part in names else None


# --- .ods ------------------------------------------------------------------------------

_TABLE_TAG = re.compile(rb"<table:table(?:-row)?(?=[\s/>])([^>]*)>|</table:table>")
_TABLE_NAME = re.compile(rb'\btable:name="([^"]*)"')
_REPEATED = re.compile(rb'\btable:number-rows-repeated="(\d+)"')
_COLLAPSED = re.compile(rb'\btable:visibility="(?:collapse|filter)')


def _ods(archive: zipfile.ZipFile, sheet: str) -> frozenset[int]:
    """Rows of ``<table:table table:name=sheet>`` whose visibility is not "visible"
    (hidden by hand, or by a filter); a row element may stand for several rows."""
    if not _contains(archive, "content.xml", b"table:visibility="):
        return frozenset()
    wanted = _xml_text(sheet)
    hidden: set[int] = set()
    inside, number = False, 0
    for tag in _tags(archive, "content.xml", _TABLE_TAG, whole=True):
        if tag.startswith(b"</table:table>"):
            if inside:
                break
            continue
        if not tag.startswith(b"<table:table-row"):
            name = _TABLE_NAME.search(tag)
            inside = name is not None and name.group(1) == wanted
            continue
        if not inside:
            continue
        repeated = _REPEATED.search(tag)
        count = int(repeated.group(1)) if repeated else 1
        if _COLLAPSED.search(tag) and count <= _LONGEST_LISTED:
            hidden.update(range(number + 1, number + count + 1))
        number += count
    return frozenset(hidden)


def _xml_text(value: str) -> bytes:
    """``value`` as it stands in an XML attribute."""
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
            .encode("utf-8"))


# --- .xls ------------------------------------------------------------------------------

_EOF, _BOUNDSHEET, _ROW = 0x000A, 0x0085, 0x0208
_ROW_HIDDEN = 0x0020  # fDyZero: the row's height is zero, as Excel hides a row
_RECORD = struct.Struct("<HH")


def _xls(path: Path, sheet: str) -> frozenset[int]:
    """BIFF8: the sheet's substream starts where its BOUNDSHEET record says; its ROW
    records carry a hidden flag. Older BIFF versions (Excel 95) are not looked into."""
    try:
        with olefile.OleFileIO(str(path)) as container:
            if not container.exists("Workbook"):
                return frozenset()
            stream = container.openstream("Workbook").read()
    except (OSError, ValueError, struct.error, olefile.olefile.OleFileError):
        return frozenset()
    start = _sheet_offset(stream, sheet)
    if start is None:
        return frozenset()
    hidden = set()
    # Written out rather than through _records: a sheet is mostly cell records
    # (hundreds of thousands), and only the ROW records are looked into.
    position, end, unpack = start, len(stream) - 18, _RECORD.unpack_from
    while position <= end:
        kind, length = unpack(stream, position)
        if kind == _ROW and length >= 14 and stream[position + 16] & _ROW_HIDDEN:
            hidden.add(stream[position + 4] + (stream[position + 5] << 8) + 1)
        elif kind == _EOF:
            break
        position += 4 + length
    return frozenset(hidden)


def _sheet_offset(stream: bytes, sheet: str) -> int | None:
    for kind, body in _records(stream, 0):
        if kind == _EOF:
            return None
        if kind != _BOUNDSHEET or len(body) < 8:
            continue
        offset: int = struct.unpack_from("<I", body)[0]
        length, wide = body[6], body[7] & 1
        raw = bytes(body[8:8 + length * (2 if wide else 1)])
        if raw.decode("utf-16-le" if wide else "latin-1", "replace") == sheet:
            return offset
    return None


def _records(stream: bytes, position: int) -> Iterator[tuple[int, memoryview]]:
    view = memoryview(stream)
    end = len(stream) - _RECORD.size
    while position <= end:
        kind, length = _RECORD.unpack_from(stream, position)
        position += _RECORD.size
        yield kind, view[position:position + length]
        position += length


# --- the parts of a zip ----------------------------------------------------------------


def _contains(archive: zipfile.ZipFile, part: str, needle: bytes) -> bool:
    with archive.open(part) as stream:
        tail = b""
        while chunk := stream.read(_CHUNK):
            if needle in tail + chunk[:len(needle)] or needle in chunk:
                return True
            tail = chunk[-len(needle):]
    return False


def _tags(archive: zipfile.ZipFile, part: str, pattern: re.Pattern[bytes],
          whole: bool = False) -> Iterator[bytes]:
    """Each match of ``pattern`` (a tag) in the part, read a megabyte at a time: its
    first group, or the ``whole`` tag."""
    with archive.open(part) as stream:
        pending = b""
        while chunk := stream.read(_CHUNK):
            pending += chunk
            end = pending.rfind(b">") + 1
            for match in pattern.finditer(pending, 0, end):
                yield match.group(0) if whole else match.group(1)
            pending = pending[end:]
