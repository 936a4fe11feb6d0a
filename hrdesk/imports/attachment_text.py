"""The words inside an attached resume, so the candidates search can find them.

PDF through ``pypdf``, Word (.docx) by reading ``word/document.xml`` ourselves,
plain text as UTF-8 or GB18030. Images and legacy .doc give no text (no OCR).
A file we cannot read gives no text rather than refusing the attachment — the
file itself is still worth keeping. A .docx built to hurt the reader (a zip bomb,
XML entities, a DOCTYPE) is refused before anything is parsed: ``UnsafeFile``.

The zip is checked by the importer's ``archive_guard`` (counts, sizes, ratios, names,
no DOCTYPE in any part); the text part is then parsed by ``defusedxml`` with DTDs
forbidden as well, streamed and capped.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections.abc import Iterator
from pathlib import PurePath

from defusedxml import DefusedXmlException, ElementTree as SafeElementTree

from hrdesk.imports import archive_guard

log = logging.getLogger(__name__)

MAX_PAGES = 50  # a resume is a few pages; a 900-page scan must not hold the import up
MAX_CHARS = 200_000
# word/document.xml; a real resume's is well under 1 MB (its pictures are other parts).
MAX_DOCUMENT_XML = 20 * 2**20

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class UnsafeFile(archive_guard.UnsafeFile):
    """A resume refused before parsing; caught with the importer's ``UnsafeFile`` too."""

    code = "attachments.unsafe"
    template = "The file “{file}” was refused as unsafe: {reason}."


def extract(filename: str, data: bytes) -> str | None:
    """The file's text (None when it has none we can read); ``UnsafeFile`` for a hostile
    .docx. Runs outside any transaction: a long PDF takes a moment."""
    suffix = PurePath(filename).suffix.lower()
    if suffix == ".pdf":
        text = _pdf_text(data)
    elif suffix == ".docx":
        text = _docx_text(filename, data)
    elif suffix == ".txt":
        text = _plain_text(data)
    else:
        return None  # images (no OCR) and legacy .doc
    return _tidy(text)


def _tidy(text: str | None) -> str | None:
    # PostgreSQL refuses NUL in text; runs of blanks only make the column bigger.
    if not text:
        return None
    text = re.sub(r"[ \t\r\f\v\x00]+", " ", text)
    text = re.sub(r" ?\n[\n ]*", "\n", text).strip()
    return text[:MAX_CHARS] or None


# --- PDF --------------------------------------------------------------------------------


def _pdf_text(data: bytes) -> str | None:
    import pypdf  # imported here: only attaching a PDF needs it

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return None  # needs a password to open: kept, not searchable
        parts: list[str] = []
        size = 0
        for page in reader.pages[:MAX_PAGES]:
            part = page.extract_text() or ""
            parts.append(part)
            size += len(part)
            if size >= MAX_CHARS:
                break
        return "\n".join(parts)
    except Exception:  # a damaged PDF raises anything at all; the file is still kept
        log.info("no text from a PDF attachment", exc_info=True)
        return None


# --- DOCX -------------------------------------------------------------------------------


class _NamedBytes(io.BytesIO):
    """The file in memory where ``archive_guard.check_zip`` expects a path: it only opens
    it as a zip and names it. (Writing it to a temporary file would put a resume on disk
    in clear.)"""

    def __init__(self, data: bytes, name: str) -> None:
        super().__init__(data)
        self.name = name


def _docx_text(filename: str, data: bytes) -> str | None:
    name = PurePath(filename).name
    try:
        archive_guard.check_zip(_NamedBytes(data, name))
    except archive_guard.UnsafeFile as hostile:
        raise UnsafeFile(file=name, reason=hostile.params["reason"]) from hostile
    except archive_guard.UnreadableFile:
        return None  # a damaged or misnamed file is kept, without text
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        try:
            with archive.open("word/document.xml") as stream:
                # The header's size may lie: read no more than allowed, whatever it says.
                xml = stream.read(MAX_DOCUMENT_XML + 1)
        except (KeyError, zipfile.BadZipFile, OSError, EOFError, RuntimeError,
                NotImplementedError):
            return None  # no text part, damaged, encrypted or an unknown compression
    if len(xml) > MAX_DOCUMENT_XML:
        raise UnsafeFile(file=name, reason="its text part is larger than {limit} MB",
                         limit=MAX_DOCUMENT_XML // 2**20)
    return "".join(_parse_xml(name, xml))


def _parse_xml(name: str, xml: bytes) -> Iterator[str]:
    """Paragraphs' text runs, one paragraph a line, streamed so memory stays small.
    No DOCTYPE at all: Word never writes one, and it is where entity bombs and
    external entities live."""
    size = 0
    try:
        for _event, element in SafeElementTree.iterparse(
                io.BytesIO(xml), events=("end",), forbid_dtd=True, forbid_entities=True,
                forbid_external=True):
            tag = element.tag
            if tag == _W + "t" and element.text:
                piece = element.text
            elif tag == _W + "tab":
                piece = "\t"
            elif tag in (_W + "br", _W + "cr"):
                piece = "\n"
            elif tag == _W + "p":
                piece = "\n"
                element.clear()  # its runs are read: drop them
            else:
                continue
            yield piece
            size += len(piece)
            if size >= MAX_CHARS:
                return
    except DefusedXmlException as refused:
        raise UnsafeFile(file=name, reason="it declares XML entities or a DOCTYPE, "
                                           "which Word never writes") from refused
    except SafeElementTree.ParseError:
        return  # broken XML: what was read so far is all the text there is


# --- plain text -------------------------------------------------------------------------


def _plain_text(data: bytes) -> str | None:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None
