"""The chosen application font shows the product's name in Chinese."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ui import app as ui_app, fonts


def test_chosen_font_covers_the_product_name(qapp):
    font = fonts.application_font()
    assert font is not None, "no installed font shows Chinese"
    assert fonts.missing_characters(font, "招聘流程追踪") == ""


def test_application_font_is_the_cjk_font(context):
    family = QApplication.font().family()
    assert fonts.covers(family, "招聘流程追踪")


def test_coverage_check_looks_at_the_font_itself_not_its_fallbacks(qapp):
    # A Latin-only font must be reported as lacking Chinese even though Qt would
    # quietly draw the characters with a fallback font.
    latin = QFont("DejaVu Sans")
    assert fonts.missing_characters(latin, "A招聘") == "招聘"


def test_self_check_passes_on_this_installation(qapp, capsys):
    assert ui_app.self_check() == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "self-check ok"
