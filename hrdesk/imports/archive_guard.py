"""Checks a file must pass before any parser sees it: zip bombs and XML bombs.

Spreadsheets (xlsx, xlsm, ods) and Word resumes (docx) are zip archives of XML
parts. A hostile one can claim to be small and unpack to gigabytes, or declare XML
entities that expand a few bytes into gigabytes (billion laughs) or fetch files from
the machine (external entities). Both are refused here, from the archive's directory
and the first bytes of each part, before a parser spends memory on them.

This module also holds the two errors the readers raise, so every reader of imported
files (sheets here, resumes elsewhere) refuses in the same words.
"""

from __future__ import annotations

import codecs
import re
import zipfile
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from hrdesk import errors

MAX_ENTRIES = 10_000
MAX_TOTAL_BYTES = 500 * 1024 * 1024
MAX_RATIO = 100
RATIO_CHECKED_ABOVE = 1024 * 1024  # small parts compress far better than 100:1 legitimately
_PROLOG_LIMIT = 64 * 1024  # a real XML prolog is a few hundred bytes


class UnreadableFile(errors.UserError):
    code = "imports.unreadable"
    template = "Cannot read {file}: {reason}."


class UnsafeFile(errors.UserError):
    code = "imports.unsafe"
    template = "{file} was refused as unsafe: {reason}."


def check_zip(path: Path | BinaryIO) -> tuple[str, ...]:
    """Refuse an archive that is a bomb or names files outside itself; return its names.

    Raises ``UnreadableFile`` for a damaged (e.g. truncated) archive and ``UnsafeFile``
    for anything hostile. Only the directory and each XML part's prolog are read.
    Checking the *recorded* sizes is enough: Python's zipfile and calamine's zip reader
    both stop at a part's recorded size and fail on a part that is longer (the tests
    check it), so a lying directory cannot make them unpack more than was checked.
    """
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_directory(infos, name)
            for info in infos:
                if info.is_dir():
                    continue
                _check_part(archive, info, name)
            return tuple(info.filename for info in infos)
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, NotImplementedError) as exc:
        raise UnreadableFile(file=name, reason="it is damaged (the zip archive is incomplete)") from exc


def _check_directory(infos: list[zipfile.ZipInfo], name: str) -> None:
    if len(infos) > MAX_ENTRIES:
        raise UnsafeFile(file=name, reason="it holds more parts than any real document needs")
    total = 0
    for info in infos:
        member = PurePosixPath(info.filename.replace("\\", "/"))
        if member.is_absolute() or ".." in member.parts or ":" in info.filename:
            raise UnsafeFile(file=name, reason="it names a file outside the archive")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise UnsafeFile(file=name, reason="it would unpack to more than 500 MB")
        if info.file_size > RATIO_CHECKED_ABOVE and \
                info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnsafeFile(
                file=name, reason="a part is compressed far more than real data allows (a zip bomb)"
            )


def _check_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    # The directory was read whole: a part that fails now is damaged itself (its
    # checksum, its header), told apart by where it failed, not by zipfile's words.
    try:
        with archive.open(info) as part:
            head = part.read(_PROLOG_LIMIT)
    except zipfile.BadZipFile as exc:
        raise UnreadableFile(file=name, reason="it is damaged (a part fails its checksum)") from exc
    if _looks_like_xml(head):
        check_xml_bytes(head, file=name)


_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))


def _looks_like_xml(head: bytes) -> bool:
    stripped = head.lstrip(b" \t\r\n")
    return stripped.startswith((b"<", codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
                                codecs.BOM_UTF16_BE, b"\x00<"))


def _decode_head(data: bytes, file: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    if data.startswith(b"<\x00"):
        return data.decode("utf-16-le", errors="replace")
    if data.startswith(b"\x00<"):
        return data.decode("utf-16-be", errors="replace")
    if data.startswith((b"\x00\x00", b"\x4c\x6f\xa7\x94")):  # UTF-32, EBCDIC
        raise UnsafeFile(file=file, reason="an XML part uses an encoding that cannot be checked")
    # Any ASCII-compatible encoding keeps "<!DOCTYPE" as plain bytes.
    return data.decode("latin-1")


_PROLOG_ITEM = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->)", re.DOTALL)


def check_xml_bytes(data: bytes, file: str = "") -> None:
    """Refuse an XML document with a document type declaration.

    Entities (internal ones for expansion bombs, external ones for file access) can only
    be declared in the DOCTYPE, which can only stand in the prolog before the root
    element; no OOXML or ODF part has one. So the prolog is read up to the root element
    and any ``<!DOCTYPE`` or ``<!ENTITY`` there is refused. ``data`` may be the whole
    document or just its beginning.
    """
    text = _decode_head(data[:_PROLOG_LIMIT], file)
    position = 0
    while True:
        item = _PROLOG_ITEM.match(text, position)
        if item is None:
            break
        position = item.end()
    rest = text[position:].lstrip()
    if rest.startswith("<!"):
        raise UnsafeFile(
            file=file,
            reason="it contains an XML document type declaration (entities are not allowed)",
        )
    if not rest and len(data) >= _PROLOG_LIMIT:
        # 64 KB of comments before the root element is padding, not a spreadsheet.
        raise UnsafeFile(file=file, reason="an XML part has an oversized preamble")
