"""Files kept with a candidate: sealed at rest, scoped, checked on the way in and out."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from hrdesk import errors
from hrdesk.locations import SqliteLocation
from hrdesk.services import applications, attachments, timeline

RESUME = ("%PDF-1.4\n张伟 个人简历 数控车工 五年经验 13912345678\n%%EOF\n").encode()


def test_a_resume_is_kept_sealed_and_comes_back_whole(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    person = plant.candidate("张伟", 1)
    added = attachments.add_attachment(plant.ws, hr, person, r"C:\简历\张伟_简历.pdf", RESUME)
    assert (added.filename, added.content_type, added.size) == (
        "张伟_简历.pdf", "application/pdf", len(RESUME))
    again = attachments.add_attachment(plant.ws, hr, person, "copy.pdf", RESUME)
    assert again.id == added.id  # the same file twice is kept once
    assert [a.id for a in attachments.list_attachments(plant.ws, hr, person)] == [added.id]
    info, data = attachments.open_attachment(plant.ws, hr, added.id)
    assert data == RESUME and info == added
    assert timeline.of_candidate(plant.ws, hr, person)[0].kind == "attachment_added"
    location = plant.location
    if isinstance(location, SqliteLocation):
        plant.close()
        blob = b"".join(p.read_bytes() for p in location.path.parent.iterdir() if p.is_file())
        assert "个人简历".encode() not in blob and b"%PDF-1.4" not in blob
    else:
        engine = create_engine(location.sqlalchemy_url())
        with engine.connect() as conn:
            raw = conn.execute(text("SELECT content FROM attachments")).scalar_one()
        engine.dispose()
        assert b"%PDF" not in bytes(raw) and "个人简历".encode() not in bytes(raw)


def test_bad_files_are_refused_with_the_reason(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    person = plant.candidate("李强", 2)
    for name, data in (("setup.exe", b"MZ..."), ("empty.pdf", b""),
                       ("huge.pdf", b"0" * (attachments.MAX_BYTES + 1))):
        with pytest.raises(errors.InvalidField):
            attachments.add_attachment(plant.ws, hr, person, name, data)
    assert attachments.list_attachments(plant.ws, hr, person) == []


def test_who_may_see_the_files(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    person = plant.candidate("王芳", 3)
    file_id = attachments.add_attachment(plant.ws, hr, person, "证书.png", b"\x89PNG....").id
    with pytest.raises(errors.NotFound):
        attachments.open_attachment(plant.ws, plant.actor("int.zhou"), file_id)
    app = applications.apply(plant.ws, hr, person, plant.job.id).application_id
    applications.assign_interviewers(plant.ws, hr, app, [plant.actor("int.zhou").user_id])
    _info, data = attachments.open_attachment(plant.ws, plant.actor("int.zhou"), file_id)
    assert data == b"\x89PNG...."
    with pytest.raises(errors.PermissionDenied):
        attachments.remove_attachment(plant.ws, plant.actor("int.zhou"), file_id)
    attachments.remove_attachment(plant.ws, hr, file_id)
    assert attachments.list_attachments(plant.ws, hr, person) == []
