"""Files written under a ``.partial`` name and renamed when whole.

A reader never sees half a file: the data goes to ``name.partial`` (created
readable by its owner only, locked while written), is flushed to disk, and only
then takes its real name. A writer that is killed leaves its ``.partial``
behind; ``remove_stale`` deletes those no live writer holds (on POSIX the lock
tells; elsewhere a file still open for writing cannot be deleted anyway).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from hrdesk import errors

SUFFIX = ".partial"


@contextlib.contextmanager
def writing(path: Path) -> Iterator[IO[bytes]]:
    tmp = path.with_name(path.name + SUFFIX)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale(path.parent, "*" + SUFFIX)
        # Only the owner may read it: encrypted or not, it is everyone's personal data.
        descriptor = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError as exc:
        raise errors.FileProblem(path=str(path), reason=exc.strerror or str(exc)) from exc
    try:
        with os.fdopen(descriptor, "wb") as out:
            _lock(out, wait=True)
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise errors.FileProblem(path=str(path), reason=exc.strerror or str(exc)) from exc
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


def _lock(handle: IO[bytes], wait: bool) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows: an open file cannot be deleted, which is lock enough
        return True
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True
