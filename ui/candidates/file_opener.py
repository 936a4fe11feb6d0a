"""Handing an attachment to the system viewer, and picking a file to attach.

A viewer can only read a file on disk, so an opened attachment is copied into a
folder of this process only (0700, the file 0600) and removed when the program
ends. Tests replace ``open_path`` and ``choose_file``: no viewer, no modal dialog.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path, PurePath

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

_folder: Path | None = None


def _private_folder() -> Path:
    global _folder  # one folder per process; created on first use, removed at exit
    if _folder is None or not _folder.is_dir():
        _folder = Path(tempfile.mkdtemp(prefix="hrdesk-open-"))  # mkdtemp: mode 0700
        atexit.register(shutil.rmtree, _folder, True)
    return _folder


def private_copy(filename: str, data: bytes) -> Path:
    """Write ``data`` under its own name, readable by this user only; runs in a worker."""
    folder = Path(tempfile.mkdtemp(dir=_private_folder()))  # two files may share a name
    path = folder / (PurePath(filename).name or "attachment")
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as out:
        out.write(data)
    return path


def open_path(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def choose_file(parent: QWidget | None) -> str:
    """The file to attach, or "" if the user cancelled."""
    title = QCoreApplication.translate("CandidateFile", "Attach a file")
    kinds = QCoreApplication.translate(
        "CandidateFile", "Documents and images (*.pdf *.doc *.docx *.jpg *.jpeg *.png *.bmp "
        "*.tif *.tiff *.txt)")
    path, _filter = QFileDialog.getOpenFileName(parent, title, "", kinds)
    return path
