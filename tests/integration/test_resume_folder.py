"""A folder of resumes attached by the names and mobiles in the file names: only when
certain, never twice."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from hrdesk import errors
from hrdesk.services import attachments, resume_folder


def _bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document/>")
        archive.writestr("word/media/padding.bin", b"\0" * (8 * 2**20))
    return out.getvalue()


def test_files_go_to_the_person_their_name_says(plant, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    zhang = plant.candidate("张伟", 1)
    wang = plant.candidate("王芳", 4)
    zhao = plant.candidate("赵敏", 5)
    plant.candidate("李强", 2)
    plant.candidate("李强", 3)  # two people of one name
    folder = tmp_path / "简历"
    folder.mkdir()
    files = {
        "【数控车工_苏州】张伟 5年.pdf": zhang,            # unique name
        "简历_139 0000 0004.pdf": wang,                   # mobile, spaced out
        "简历_张伟_13900000005.pdf": zhao,                # the mobile decides over the name
        "李强-简历.docx": None,                            # ambiguous: two 李强
        "张伟和王芳.pdf": None,                            # ambiguous: two names
        "陈静简历.pdf": None,                              # nobody of that name
        "赵敏.docx": None,                                 # refused: a zip bomb
        "setup.exe": None,                                 # refused: not a resume
    }
    for name in files:
        data = _bomb() if name == "赵敏.docx" else f"%PDF-1.4\n{name}\n%%EOF\n".encode()
        (folder / name).write_bytes(data)
    (folder / "~$张伟-简历.docx").write_bytes(b"lock")  # Office's lock file: ignored
    steps: list[tuple[int, int]] = []

    done = resume_folder.attach_folder(plant.ws, hr, folder, progress=lambda *s: steps.append(s))

    assert sorted((p.name, who) for p, who in done.attached) == sorted(
        (name, who) for name, who in files.items() if who)
    assert [p.name for p in done.unmatched] == ["陈静简历.pdf"]
    assert sorted(p.name for p, _why in done.ambiguous) == ["张伟和王芳.pdf", "李强-简历.docx"]
    assert "2 candidates are named 李强" in {p.name: w for p, w in done.ambiguous}.values()
    refused = {p.name: why for p, why in done.refused}
    assert set(refused) == {"赵敏.docx", "setup.exe"} and "赵敏.docx" in refused["赵敏.docx"]
    assert steps[-1] == (8, 8)
    assert [a.filename for a in attachments.list_attachments(plant.ws, hr, zhang)] == [
        "【数控车工_苏州】张伟 5年.pdf"]

    again = resume_folder.attach_folder(plant.ws, hr, folder)
    assert again.attached == [] and sorted(again.already) == sorted(done.attached)
    assert len(attachments.list_attachments(plant.ws, hr, zhao)) == 1


@pytest.mark.log_expected("EOF marker not found")
def test_cancel_keeps_what_is_attached_and_says_so(plant, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    zhang = plant.candidate("张伟", 1)
    for name in ("a_张伟.pdf", "b_张伟.pdf"):
        (tmp_path / name).write_bytes(f"%PDF-1.4 {name}".encode())
    calls = iter([False, True])
    done = resume_folder.attach_folder(plant.ws, hr, tmp_path, cancelled=lambda: next(calls))
    assert done.cancelled and [p.name for p, _ in done.attached] == ["a_张伟.pdf"]
    assert len(attachments.list_attachments(plant.ws, hr, zhang)) == 1


def test_only_those_who_edit_candidates_may(plant, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(errors.PermissionDenied):
        resume_folder.attach_folder(plant.ws, plant.actor("int.zhou"), tmp_path)


# --- reading file names -----------------------------------------------------------------

_DIGITS = st.text(alphabet="0123456789", min_size=9, max_size=9)
_AROUND = st.text(alphabet="简历数控车工_-【】 .年", max_size=8)


@given(_AROUND, st.sampled_from("3456789"), _DIGITS, _AROUND, st.sampled_from(["", " ", "-"]))
def test_a_mobile_anywhere_in_a_file_name_is_read(before: str, second: str, rest: str,
                                                   after: str, gap: str) -> None:
    mobile = "1" + second + rest
    written = f"{mobile[:3]}{gap}{mobile[3:7]}{gap}{mobile[7:]}"
    assert resume_folder.mobiles_in(before + written + after) == [mobile]


def test_longer_digit_runs_are_not_mobiles() -> None:
    assert resume_folder.mobiles_in("订单2013900000001") == []
    assert resume_folder.mobiles_in("１３９００００００１２") == ["13900000012"]  # full-width


def test_name_guesses_skip_the_job_board_tag() -> None:
    guesses = resume_folder.name_guesses("【数控车工_苏州】张伟简历")
    assert "张伟" in guesses and "数控" not in guesses and "苏州" not in guesses
