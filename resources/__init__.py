"""Bundled files (translations, icons, style sheets, fonts) found through one resolver.

A source checkout, an installed wheel and a PyInstaller one-folder build all put
these files somewhere different; callers ask ``resources.path("i18n", "x.qm")``
and never build paths of their own.
"""

from __future__ import annotations

import importlib.resources
import pathlib
import sys


def _root() -> pathlib.Path:
    # PyInstaller unpacks data files under sys._MEIPASS; the spec copies this
    # package's data there as "resources/".
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        candidate = pathlib.Path(frozen_root) / "resources"
        if candidate.is_dir():
            return candidate
    traversable = importlib.resources.files(__name__)
    # Only a real directory lets Qt, fontTools and reportlab open the files by name.
    return pathlib.Path(str(traversable))


def path(*parts: str) -> pathlib.Path:
    """The file or folder ``parts`` below the resources folder (it may not exist)."""
    return _root().joinpath(*parts)
