"""Files and folders that only their owner can read, from the moment they exist.

Logs, settings and exports hold personal data or secrets. A mode changed after
the file was written leaves a window in which another account on a shared
workstation can open it (and keep it open: a later chmod does not close its
handle), so the mode is given to ``open``/``mkdir`` themselves. The umask can
only take permissions away, never add them, so it cannot widen these modes.

On Windows the modes mean little (only "read-only"); there the data folder sits
in the user's profile, whose access list keeps other accounts out.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

FILE_MODE = 0o600
FOLDER_MODE = 0o700
# Windows' C runtime would otherwise translate line ends a second time.
_BINARY = getattr(os, "O_BINARY", 0)


def make_folder(path: Path) -> Path:
    """``path`` and its missing parents, each created 0700; existing ones stay as they are."""
    for folder in [*reversed(path.parents), path]:
        if not folder.is_dir():
            folder.mkdir(mode=FOLDER_MODE, exist_ok=True)
    return path


def tighten(path: Path, mode: int = FILE_MODE) -> None:
    """For what an older version left behind readable by others (POSIX only)."""
    if os.name == "posix":
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, mode)


def open_append(path: Path) -> int:
    """A descriptor appending to ``path``, which is created 0600 if it is missing."""
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | _BINARY, FILE_MODE)
    if os.name == "posix":
        os.fchmod(descriptor, FILE_MODE)  # a file an older version made readable by others
    return descriptor


@contextlib.contextmanager
def replaced(path: Path, stale: str | None = None) -> Iterator[BinaryIO]:
    """Writes the whole of ``path`` under a temporary name created 0600, then puts it in
    place: a reader never sees half a file, and a failure leaves the old one untouched.

    The temporary file is locked while it is written, so ``remove_stale`` can tell a
    file a killed writer left behind from one being written; ``stale`` (a pattern, such
    as ``*.hdbk.partial``) clears those out of the folder first.
    """
    folder = make_folder(path.parent)
    if stale is not None:
        remove_stale(folder, stale)
    partial = path.with_name(path.name + ".partial")
    remove_stale(folder, partial.name)  # left by a crash; O_EXCL below also refuses a symlink
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, FILE_MODE)
    try:
        with os.fdopen(descriptor, "wb") as out:
            _lock(out, wait=True)
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def remove_stale(folder: Path, pattern: str) -> int:
    """Delete the ``pattern`` files in ``folder`` that no live writer holds."""
    removed = 0
    for candidate in folder.glob(pattern):
        try:
            with open(candidate, "rb") as handle:
                if not _lock(handle, wait=False):
                    continue  # someone is writing it right now
                candidate.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def _lock(handle: BinaryIO, wait: bool) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows: an open file cannot be deleted, which is lock enough
        return True
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True
