"""Hostile or broken files are refused before a parser spends memory on them."""

from __future__ import annotations

import struct
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from hrdesk.imports import archive_guard, reading

BILLION_LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + b"".join(b'<!ENTITY lol%d "%s">' % (n, b"&lol%d;" % (n - 1) * 10 if n > 1
                                                        else b"&lol;" * 10) for n in range(1, 10))
                  + b"]>\n")
EXTERNAL = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'


def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["姓名", "手机"])
    book.active.append(["张三", 13812345678])
    book.save(path)
    return path


def _with_prolog(source: Path, target: Path, prolog: bytes, entity: bytes = b"") -> Path:
    """A copy of ``source`` whose sheet XML starts with ``prolog``."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                body = data.split(b"?>", 1)[-1]  # drop any XML declaration
                data = prolog + body.replace(b"<v>", b"<v>" + entity, 1)
            new.writestr(info.filename, data)
    return target


def _refused_within_bounded_memory(path: Path) -> reading.UnsafeFile:
    tracemalloc.start()
    try:
        with pytest.raises(reading.UnsafeFile) as refusal:
            reading.read_table(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024
    assert path.name in str(refusal.value)
    return refusal.value


def test_billion_laughs_in_a_sheet_is_refused(tmp_path: Path) -> None:
    path = _with_prolog(_workbook(tmp_path / "a.xlsx"), tmp_path / "laughs.xlsx",
                        BILLION_LAUGHS, b"&lol9;")
    assert "document type declaration" in str(_refused_within_bounded_memory(path))


def test_external_entity_is_refused(tmp_path: Path) -> None:
    path = _with_prolog(_workbook(tmp_path / "a.xlsx"), tmp_path / "xxe.xlsx", EXTERNAL, b"&x;")
    _refused_within_bounded_memory(path)


def test_doctype_hidden_behind_comments_or_utf16_is_found() -> None:
    padded = b'<?xml version="1.0"?>\n<!-- a -->\n<?pi x?>\n<!-- b -->' + EXTERNAL[21:]
    with pytest.raises(archive_guard.UnsafeFile):
        archive_guard.check_xml_bytes(padded, file="x.xml")
    with pytest.raises(archive_guard.UnsafeFile):
        archive_guard.check_xml_bytes(EXTERNAL.decode().encode("utf-16"), file="x.xml")
    archive_guard.check_xml_bytes(b'<?xml version="1.0"?>\n<!-- ok --><root>&amp;</root>')


def test_zip_bomb_entry_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b"<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<a/>" + b" " * 50_000_000)
    assert "zip bomb" in str(_refused_within_bounded_memory(path))


def test_too_many_entries_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(archive_guard.MAX_ENTRIES + 1):
            archive.writestr(f"xl/media/{number}.txt", b"")
    _refused_within_bounded_memory(path)


def test_total_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive_guard, "MAX_TOTAL_BYTES", 100_000)
    path = tmp_path / "big.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(3):
            archive.writestr(f"xl/media/{number}.bin", b"x" * 40_000)
    assert "500 MB" in str(_refused_within_bounded_memory(path))


def test_a_part_longer_than_recorded_is_not_unpacked(tmp_path: Path) -> None:
    """The caps check recorded sizes; the reader must stop at them, not trust the data."""
    book = openpyxl.Workbook()
    for number in range(30_000):
        book.active.append([f"名字{number}", number, "x" * 40])
    book.save(tmp_path / "whole.xlsx")
    data = bytearray((tmp_path / "whole.xlsx").read_bytes())
    with zipfile.ZipFile(tmp_path / "whole.xlsx") as archive:
        sheet = archive.getinfo("xl/worksheets/sheet1.xml")
    assert sheet.file_size > 1_000_000
    struct.pack_into("<I", data, sheet.header_offset + 22, 100_000)  # local header
    central = data.index(b"xl/worksheets/sheet1.xml", data.index(b"PK\x01\x02")) - 46
    struct.pack_into("<I", data, central + 24, 100_000)  # central directory: the same lie
    path = tmp_path / "liar.xlsx"
    path.write_bytes(bytes(data))

    tracemalloc.start()
    try:
        with pytest.raises(reading.UnreadableFile, match="damaged"):
            reading.read_table(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024


def test_names_outside_the_archive_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "slip.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../../evil.xml", b"<a/>")
    _refused_within_bounded_memory(path)


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.xlsx", b"", "empty"),
    ("fake.xlsx", "姓名,手机\n".encode(), "not really an Excel workbook"),
    ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600
     + "EncryptedPackage".encode("utf-16-le"), "password"),
    ("garbage.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "damaged"),
    ("binary.csv", b"\x01\x02\x00\x03" * 100, "binary"),
    ("xml2003.xls", (b'<?xml version="1.0"?><Workbook '
     b'xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'), "2003"),
    ("page.xls", b"<html><body><p>no table here</p></body></html>", "no table"),
    ("notes.csv", "只是一段说明文字\n".encode(), "no header row"),
])
def test_unreadable_files_say_why_in_one_line(tmp_path: Path, name: str, content: bytes,
                                              reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(reading.UnreadableFile) as refusal:
        reading.read_table(path)
    message = str(refusal.value)
    assert name in message and reason in message and "\n" not in message
    assert refusal.value.code.startswith("imports.")


def test_truncated_workbook_and_word_document_are_unreadable(tmp_path: Path) -> None:
    whole = _workbook(tmp_path / "whole.xlsx").read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(reading.UnreadableFile, match="incomplete"):
        reading.read_table(cut)
    word = tmp_path / "resume.xlsx"
    with zipfile.ZipFile(word, "w") as archive:
        archive.writestr("word/document.xml", b"<w:document/>")
    with pytest.raises(reading.UnreadableFile, match="Word document"):
        reading.read_table(word)
    with pytest.raises(reading.UnreadableFile, match="does not exist"):
        reading.read_table(tmp_path / "missing.xlsx")
