from __future__ import annotations

from pathlib import Path

from hrdesk import fonts


def test_a_truetype_cjk_font_is_found() -> None:
    found = fonts.find_cjk_font()
    assert found is not None, "install fonts-wqy-microhei (make test does)"
    assert found.path.suffix.lower() in (".ttf", ".ttc")
    # The very check reportlab will need: TrueType outlines covering the sample.
    assert fonts.usable_face(found.path) == found


def test_files_that_are_not_fonts_are_passed_over(tmp_path: Path) -> None:
    fake = tmp_path / "fake.ttf"
    fake.write_bytes(b"\x00\x01\x00\x00 not really a font")
    assert fonts.usable_face(fake) is None
    assert fonts.usable_face(tmp_path / "missing.ttc") is None
    cff = tmp_path / "NotoSansCJK-Regular.otf"
    cff.write_bytes(b"OTTO")
    assert fonts.usable_face(cff) is None
