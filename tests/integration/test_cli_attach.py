"""``hrdesk attach-resumes``: a folder of resume files attached by the names and mobiles
in their file names; JSON and human summaries, a second run, a path that is no folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import hrdesk_app
from hrdesk.services import attachments
from tests.integration.cli_plant import cli_plant, location  # noqa: F401 - fixtures
from tests.integration.test_attachment_text import docx

#: file name -> the candidate it goes to (a key of ``people``), or None when it stays.
FOLDER = {
    "简历_139 0000 0004.pdf": "王芳",        # by mobile number, spaced out
    "张伟-数控车工.docx": "张伟",             # by a unique full name
    "陈静简历.pdf": None,                     # nobody of that name: unmatched
    "李强-简历.pdf": None,                    # two people named 李强: ambiguous
    "招聘海报.exe": None,                     # not a resume: refused
}


def pdf(text: str) -> bytes:
    """A small but real one-page PDF showing ``text`` (ASCII), as pypdf reads it."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def write_folder(folder: Path, files: dict[str, str | None] = FOLDER) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in files:
        if name.endswith(".docx"):
            data = docx((f"{name} 个人简历", "三年数控车床操作经验"))
        elif name.endswith(".pdf"):
            data = pdf(f"Resume {len(name)}")
        else:
            data = b"MZ\x90\x00 not a resume"
        (folder / name).write_bytes(data)
    return folder


def add_people(plant) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The candidates ``FOLDER`` names, by name (李强 twice)."""
    people = {"张伟": plant.candidate("张伟", 1), "王芳": plant.candidate("王芳", 4)}
    plant.candidate("李强", 2)
    plant.candidate("李强", 3)
    return people


@pytest.fixture
def plant(cli_plant):  # type: ignore[no-untyped-def]  # noqa: F811 - the fixture
    return cli_plant


@pytest.fixture
def people(plant):  # type: ignore[no-untyped-def]
    return add_people(plant)


def _run(plant, *args: str, user: str = "hr.li") -> int:  # type: ignore[no-untyped-def]
    return hrdesk_app.main(["--db", str(plant.location.path), "attach-resumes", *args, "--user", user])


def test_json_summary_then_a_second_run_finds_them_already_attached(  # type: ignore[no-untyped-def]
        plant, people, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_folder(tmp_path / "简历")
    assert _run(plant, str(folder), "--json") == 0
    summary = json.loads(capsys.readouterr().out)

    assert summary == {
        "folder": str(folder), "files": 5,
        "attached": [{"file": "张伟-数控车工.docx", "candidate_id": str(people["张伟"])},
                     {"file": "简历_139 0000 0004.pdf", "candidate_id": str(people["王芳"])}],
        "already": [], "unmatched": ["陈静简历.pdf"],
        "ambiguous": [{"file": "李强-简历.pdf", "reason": "2 candidates are named 李强"}],
        "refused": [{"file": "招聘海报.exe", "reason": "not a PDF, Word, image or text file"}]}
    hr = plant.actor("hr.li")
    stored = attachments.list_attachments(plant.ws, hr, people["张伟"])
    assert [a.filename for a in stored] == ["张伟-数控车工.docx"]

    assert _run(plant, str(folder), "--json") == 0
    again = json.loads(capsys.readouterr().out)
    assert again["attached"] == [] and again["already"] == summary["attached"]
    assert len(attachments.list_attachments(plant.ws, hr, people["张伟"])) == 1


def test_the_human_summary_counts_and_says_why_each_file_stayed(  # type: ignore[no-untyped-def]
        plant, people, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(plant, str(write_folder(tmp_path / "简历"))) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "Attached 2 of 5 files; 0 already attached, 1 unmatched, 1 ambiguous, 1 refused",
        ("  陈静简历.pdf: unmatched: the file name names no candidate "
         "(by mobile number or full name)"),
        "  李强-简历.pdf: ambiguous: 2 candidates are named 李强",
        "  招聘海报.exe: refused: not a PDF, Word, image or text file"]


def test_the_reasons_are_chinese_under_a_chinese_locale(  # type: ignore[no-untyped-def]
        plant, people, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert _run(plant, str(write_folder(tmp_path / "简历")), "--json") == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["ambiguous"] == [{"file": "李强-简历.pdf", "reason": "有 2 位候选人名叫李强"}]
    [refused] = summary["refused"]
    assert "PDF" in refused["reason"] and "not" not in refused["reason"]


@pytest.mark.parametrize("kind", ["missing", "a file"])
def test_a_path_that_is_no_folder_exits_with_one_line(  # type: ignore[no-untyped-def]
        plant, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    path = tmp_path / "简历"
    if kind == "a file":
        path.write_bytes(pdf("not a folder"))
    assert _run(plant, str(path), "--json") == 1
    out, err = capsys.readouterr()
    reason = "the folder does not exist" if kind == "missing" else "not a folder"
    assert out == "" and err.splitlines() == [f"hrdesk: Cannot use {path}: {reason}"]


def test_unsafe_and_unreadable_files_are_refused_and_the_rest_attached(  # type: ignore[no-untyped-def]
        plant, people, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_folder(tmp_path / "简历", {"张伟.docx": "张伟", "王芳.docx": "王芳",
                                              "简历_13900000004.pdf": "王芳"})
    (folder / "王芳.docx").write_bytes(docx(extra={"word/evil.xml": b"<!DOCTYPE x []><x/>"}))
    read_bytes = Path.read_bytes

    def locked(path: Path) -> bytes:  # (chmod does not stop root, who may run the tests)
        if path.name == "简历_13900000004.pdf":
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", locked)
    assert _run(plant, str(folder), "--json") == 0
    summary = json.loads(capsys.readouterr().out)
    assert [a["file"] for a in summary["attached"]] == ["张伟.docx"]
    refused = {item["file"]: item["reason"] for item in summary["refused"]}
    assert "unsafe" in refused["王芳.docx"]
    assert refused["简历_13900000004.pdf"] == "cannot be read (Permission denied)"


def test_only_those_who_edit_candidates_may(plant, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(plant, str(write_folder(tmp_path / "简历")), user="int.zhou") == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "not allowed" in err[0]
