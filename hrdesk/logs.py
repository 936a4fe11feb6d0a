"""Logging to a rotating file in the data folder. Never log secrets or personal data."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

_log = logging.getLogger("hrdesk")


def configure() -> Path | None:
    from hrdesk.services.workstation import data_dir

    folder = data_dir() / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "hrdesk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None  # a read-only data folder must not stop the program
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in _log.handlers):
        _log.addHandler(handler)
    _log.setLevel(logging.INFO)
    return folder / "hrdesk.log"


def record_crash(exc: BaseException) -> None:
    _log.error("unexpected error:\n%s", "".join(traceback.format_exception(exc)))
