"""Cyclic garbage collection paused while bulk work builds its rows, and asked about.

Core and GUI both need it: the importer pauses the collector (``hrdesk.db.bulk`` uses
this), and the GUI's own collector (``ui.collector``) must not collect during a pause.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = False


def gc_is_paused() -> bool:
    """A bulk job is running and wants no cyclic collection (``gc_paused``)."""
    return _gc_pauses > 0


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a bulk job builds its rows.

    A batch of 100,000 rows keeps hundreds of thousands of small objects alive
    until it commits; each automatic collection walks all of them, so the
    collector's work grows with the square of the batch (a third of a 100,000-row
    import's time). Bulk rows make no reference cycles to collect; the collector
    runs again when the last pause ends (pauses nest, and may come from threads).
    """
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()
