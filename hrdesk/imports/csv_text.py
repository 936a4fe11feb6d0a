"""Text tables: the encoding detected (never asked) and CSV read with its delimiter sniffed.

Excel on Chinese Windows saves "CSV" in GBK and "Unicode text" in UTF-16 with a BOM;
newer Excel and web exports write UTF-8, with or without a BOM. A UTF-8 decoder is
strict enough that GBK text practically never passes it, so: BOM first, then strict
UTF-8 over the whole file (streamed), then GB18030 (a superset of GBK and GB2312).
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from pathlib import Path

from hrdesk.imports.archive_guard import UnreadableFile

_CHUNK = 1024 * 1024
_SAMPLE_CHARS = 64 * 1024
_DELIMITERS = (",", "\t", ";")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def detect_encoding(path: Path) -> str:
    """The codec name to open ``path`` with: a BOM's, else UTF-8 if valid, else GB18030."""
    with path.open("rb") as stream:
        head = stream.read(4)
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    for encoding in ("utf-8", "gb18030"):
        if _decodes(path, encoding):
            return encoding
    raise UnreadableFile(
        file=path.name, reason="its text encoding is not recognised (expected UTF-8, UTF-16 or GBK)"
    )


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def sniff_delimiter(sample: str) -> str:
    """The delimiter that splits most sample lines into the same number (> 1) of fields."""
    lines = sample.splitlines()
    if len(sample) >= _SAMPLE_CHARS and len(lines) > 1:
        lines = lines[:-1]  # the last line is probably cut short
    lines = lines[:100]
    best, best_score = ",", 0
    for delimiter in _DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(lines, delimiter=delimiter) if any(row)]
        except csv.Error:
            continue
        if not widths:
            continue
        common = max(set(widths), key=lambda width: (widths.count(width), width))
        score = widths.count(common) if common > 1 else 0
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_rows(path: Path) -> Iterator[list[str]]:
    """The file's rows as lists of strings, streamed (row 1 first)."""
    encoding = detect_encoding(path)
    with path.open("r", encoding=encoding, newline="") as stream:
        sample = stream.read(_SAMPLE_CHARS)
        if "\x00" in sample:
            raise UnreadableFile(file=path.name, reason="it is a binary file, not text")
        delimiter = sniff_delimiter(sample)
        stream.seek(0)
        try:
            yield from csv.reader(stream, delimiter=delimiter)
        except csv.Error as exc:
            raise UnreadableFile(
                file=path.name, reason="a line in it is malformed or far too long"
            ) from exc
