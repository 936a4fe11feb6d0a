"""The words inside attached resumes: read from PDF and Word (Chinese too), found by the
candidates search; hostile Word files refused before parsing, with nothing stored."""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import zipfile

import pytest

from hrdesk import fonts
from hrdesk.imports import archive_guard, attachment_text
from hrdesk.services import attachments, candidate_search, timeline

PDF_LINES = ("张伟 个人简历", "三年焊接机器人操作经验，熟悉 FANUC 编程")
DOCX_PARAGRAPHS = ("李强 求职意向：数控车工", "持有叉车证，熟练使用三坐标测量仪")

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx(paragraphs: tuple[str, ...] = DOCX_PARAGRAPHS, document: bytes | None = None,
         extra: dict[str, bytes] | None = None) -> bytes:
    """A Word file as Word writes it (only the parts a reader needs)."""
    if document is None:
        body = "".join(f"<w:p><w:r><w:t>{p[:4]}</w:t></w:r><w:r><w:t xml:space=\"preserve\">"
                       f"{p[4:]}</w:t></w:r></w:p>" for p in paragraphs)
        document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                    f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'
                    ).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", document)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


_WRITE_PDF = """
import sys
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPainter, QPdfWriter
font, out, lines = sys.argv[1], sys.argv[2], sys.argv[3:]
app = QGuiApplication([])
family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(font))[0]
writer = QPdfWriter(out)
painter = QPainter(writer)
painter.setFont(QFont(family, 12))
for row, line in enumerate(lines):
    painter.drawText(200, 400 + row * 300, line)
painter.end()
"""


@pytest.fixture(scope="module")
def chinese_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A PDF written by Qt with an embedded CJK font, as a real resume would be. In a
    child process: this one's Qt application, if any, belongs to the GUI tests."""
    font = fonts.find_cjk_font()
    if font is None:
        pytest.skip("no CJK font on this machine")
    path = tmp_path_factory.mktemp("pdf") / "resume.pdf"
    subprocess.run([sys.executable, "-c", _WRITE_PDF, str(font.path), str(path), *PDF_LINES],
                   check=True, timeout=60, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    return path.read_bytes()


# --- reading -----------------------------------------------------------------------------


def test_chinese_text_comes_out_of_pdf_and_word(chinese_pdf: bytes) -> None:
    pdf_text = attachment_text.extract("张伟.pdf", chinese_pdf) or ""
    assert "焊接机器人操作经验" in pdf_text and "张伟" in pdf_text
    assert attachment_text.extract("李强.docx", docx()) == "\n".join(DOCX_PARAGRAPHS)


@pytest.mark.log_expected("EOF marker not found")
def test_files_without_readable_text_give_none() -> None:
    assert attachment_text.extract("scan.png", b"\x89PNG\r\n\x1a\n....") is None  # no OCR
    assert attachment_text.extract("broken.pdf", b"%PDF-1.4\n garbage") is None
    assert attachment_text.extract("renamed.docx", b"not a zip at all") is None
    assert attachment_text.extract("old.txt", "王芳 质检员".encode("gb18030")) == "王芳 质检员"
    assert attachment_text.extract("new.txt", "王芳\x00 质检员".encode()) == "王芳 质检员"


def test_long_files_are_capped() -> None:
    rng = random.Random(5)  # varied text: repeated text would look like a zip bomb
    paragraph = "".join(chr(0x4E00 + rng.randrange(20_000)) for _ in range(120_000))
    text = attachment_text.extract("long.docx", docx((paragraph,) * 3)) or ""
    assert len(text) == attachment_text.MAX_CHARS


ENTITY_BOMB = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
               b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
               b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
               b'<w:document xmlns:w="' + _W.encode() + b'"><w:body><w:p><w:r><w:t>&c;'
               b'</w:t></w:r></w:p></w:body></w:document>')
EXTERNAL_ENTITY = (b'<?xml version="1.0"?><!DOCTYPE w:document '
                   b'[<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                   b'<w:document xmlns:w="' + _W.encode() + b'"><w:body><w:p><w:r><w:t>&x;'
                   b'</w:t></w:r></w:p></w:body></w:document>')
ZIP_BOMB = {"word/media/padding.bin": b"\0" * (8 * 2**20)}  # 8 MB that packs into ~8 KB


@pytest.mark.parametrize("hostile", [
    docx(document=ENTITY_BOMB), docx(document=EXTERNAL_ENTITY), docx(extra=ZIP_BOMB),
], ids=["entity-expansion", "external-entity", "zip-bomb"])
def test_hostile_word_files_are_refused_by_name(hostile: bytes) -> None:
    with pytest.raises(attachment_text.UnsafeFile) as refused:
        attachment_text.extract("张伟简历.docx", hostile)
    assert refused.value.code == "attachments.unsafe"
    assert "张伟简历.docx" in refused.value.message()
    assert isinstance(refused.value, archive_guard.UnsafeFile)  # one family with the importer


# --- stored and searched ----------------------------------------------------------------


def _names(plant, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    page = candidate_search.search_candidates(plant.ws, plant.actor("hr.li"), text, limit=500)
    return sorted(c.name for c in page.items)


def test_search_finds_words_inside_attached_resumes(plant, chinese_pdf: bytes) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    zhang, li = plant.candidate("张伟", 1), plant.candidate("李强", 2)
    plant.candidate("王芳", 3)
    assert _names(plant, "焊接机器人") == []
    attachments.add_attachment(plant.ws, hr, zhang, "张伟.pdf", chinese_pdf)
    attachments.add_attachment(plant.ws, hr, li, "李强.docx", docx())
    attachments.add_attachment(plant.ws, hr, li, "证件.png", b"\x89PNG\r\n\x1a\n....")
    assert _names(plant, "焊接机器人") == ["张伟"]
    assert _names(plant, "fanuc") == ["张伟"]  # case does not matter
    assert _names(plant, "三坐标测量仪") == ["李强"]
    assert _names(plant, "三坐标测量仪 李强") == ["李强"]  # every word, anywhere
    assert _names(plant, "三坐标测量仪 张伟") == []
    assert _names(plant, "100%") == []  # LIKE wildcards are only text
    assert len(_names(plant, "")) == 3  # no search text: no attachment is consulted


def test_a_hostile_word_file_stores_nothing(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    person = plant.candidate("王芳", 4)
    with pytest.raises(attachment_text.UnsafeFile):
        attachments.add_attachment(plant.ws, hr, person, "王芳.docx",
                                   docx(document=EXTERNAL_ENTITY))
    assert attachments.list_attachments(plant.ws, hr, person) == []
    assert all(e.kind != "attachment_added" for e in timeline.of_candidate(plant.ws, hr, person))


@pytest.mark.log_expected("EOF marker not found")
def test_an_unreadable_pdf_is_kept_without_text(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    person = plant.candidate("陈静", 5)
    kept = attachments.add_attachment(plant.ws, hr, person, "陈静.pdf",
                                      b"%PDF-1.7\n\x00\x01 damaged")
    assert [a.id for a in attachments.list_attachments(plant.ws, hr, person)] == [kept.id]
    assert _names(plant, "damaged") == []
