"""Choose the font that shows Chinese: the core's TrueType pick first, then any system font.

The core (``hrdesk.fonts``) finds a TrueType CJK font for PDFs and charts too; the
GUI uses the same file so screen and paper look alike. If Qt cannot load it, a
system family that covers the probe text is used.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

log = logging.getLogger(__name__)

#: Text every chosen font must cover: it names the product.
PROBE_TEXT = "招聘流程追踪"

# Well-known CJK families, best first, tried when the core found no file.
_PREFERRED_FAMILIES = (
    "Microsoft YaHei",
    "Microsoft YaHei UI",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "SimHei",
    "SimSun",
    "AR PL UMing CN",
)


def missing_characters(font: QFont, text: str = PROBE_TEXT) -> str:
    """The characters of ``text`` that ``font`` itself (not a fallback) lacks.

    Not QFontMetrics.inFont: in PySide6 6.12 ``inFont(str)`` misreads most CJK
    characters, and ``inFontUcs4`` also consults fallback fonts, so a Latin-only
    font would pass. QRawFont.fromFont is the primary font alone.
    """
    raw = QRawFont.fromFont(font)
    if not raw.isValid():
        return "".join(ch for ch in text if not ch.isspace())
    return "".join(ch for ch in text if not ch.isspace() and not raw.supportsCharacter(ord(ch)))


def covers(family: str, text: str = PROBE_TEXT) -> bool:
    return not missing_characters(QFont(family), text)


def _family_from_core_font() -> str | None:
    from hrdesk import fonts as core_fonts

    found = core_fonts.find_cjk_font()
    if found is None:
        return None
    font_id = QFontDatabase.addApplicationFont(str(found.path))
    if font_id < 0:
        log.warning("Qt could not load the font file %s", found.path)
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if found.family in families:
        return found.family
    return families[0] if families else None


def _system_family(text: str) -> str | None:
    available = set(QFontDatabase.families())
    for family in _PREFERRED_FAMILIES:
        if family in available and covers(family, text):
            return family
    for family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        if covers(family, text):
            return family
    return None


def choose_cjk_family(text: str = PROBE_TEXT) -> str | None:
    """The family to use for the whole UI, or None when nothing covers ``text``."""
    family = _family_from_core_font()
    if family is not None and covers(family, text):
        return family
    return _system_family(text)


def application_font(point_size: float = 10.0, text: str = PROBE_TEXT) -> QFont | None:
    family = choose_cjk_family(text)
    if family is None:
        return None
    font = QFont(family)
    font.setPointSizeF(point_size)
    return font
