"""Finding one CJK font that the screen, the charts and the PDFs can all use.

reportlab embeds only TrueType outlines (a ``glyf`` table); fonts with CFF
outlines, like Noto Sans CJK ``.otf``, are refused there. So the search keeps
the first font that has TrueType outlines and covers the sample text: the
one bundled with the program first, then the usual system fonts.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

SAMPLE = "招聘流程追踪"

_SYSTEM_CANDIDATES = (
    # Debian/Ubuntu packages fonts-wqy-microhei, fonts-wqy-zenhei, fonts-arphic-uming
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",  # Fedora
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    # Windows: Microsoft YaHei, SimHei, SimSun
    r"C:\Windows\Fonts\msyh.ttc",
    r"C:\Windows\Fonts\simhei.ttf",
    r"C:\Windows\Fonts\simsun.ttc",
    # macOS
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
)


@dataclasses.dataclass(frozen=True)
class FontFile:
    path: Path
    index: int  # the face inside a .ttc collection
    family: str


def bundled_folder() -> Path:
    """Where the build puts the font it bundles (``resources/fonts``)."""
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "resources" / "fonts"
    return Path(__file__).resolve().parent.parent / "resources" / "fonts"


def _candidates() -> Iterator[Path]:
    override = os.environ.get("HRDESK_CJK_FONT")
    if override:
        yield Path(override)
    folder = bundled_folder()
    if folder.is_dir():
        yield from sorted(p for p in folder.iterdir() if p.suffix.lower() in (".ttf", ".ttc"))
    for name in _SYSTEM_CANDIDATES:
        yield Path(name)
    yield from _fontconfig_fonts()


def _fontconfig_fonts() -> Iterable[Path]:
    tool = shutil.which("fc-list")
    if tool is None:
        return []
    try:
        out = subprocess.run([tool, ":lang=zh-cn", "file"], capture_output=True, text=True,
                             timeout=5, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return [Path(line.split(":")[0]) for line in sorted(out.splitlines()) if line.strip()]


def usable_face(path: Path, sample: str = SAMPLE) -> FontFile | None:
    """The first face of the file with TrueType outlines that covers the sample."""
    if not path.is_file() or path.suffix.lower() not in (".ttf", ".ttc"):
        return None
    from fontTools.ttLib import TTCollection, TTFont, TTLibError

    try:
        faces = (TTCollection(str(path), lazy=True).fonts if path.suffix.lower() == ".ttc"
                 else [TTFont(str(path), lazy=True)])
        for index, face in enumerate(faces):
            if "glyf" not in face:
                continue
            cmap = face.getBestCmap() or {}
            if all(ord(ch) in cmap for ch in sample):
                family = face["name"].getBestFamilyName() or path.stem
                return FontFile(path, index, family)
    except (TTLibError, OSError, KeyError, AssertionError, ValueError):
        return None
    return None


@functools.cache
def find_cjk_font() -> FontFile | None:
    seen: set[Path] = set()
    for path in _candidates():
        if path in seen:
            continue
        seen.add(path)
        found = usable_face(path)
        if found is not None:
            return found
    return None
