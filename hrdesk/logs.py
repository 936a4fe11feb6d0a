"""The log file: a rotating file in the data folder that never holds personal data.

First line of defence: the code logs ids, counts and kinds, never a person's
values, and the engines hide SQL parameters (``hide_parameters``). This module
is the second: every logger's records (the core's, the GUI's, the libraries')
reach the file through ``RedactingFormatter``, and the file and its rotated
copies are created 0600 in a 0700 folder (``hrdesk.private_files``), whatever
the umask.

What the formatter takes out, and why:

- Patterns (``hrdesk.redaction``): mainland mobile numbers, ID numbers, e-mail
  addresses, SQLAlchemy's ``[parameters: …]`` dumps and PostgreSQL's
  ``DETAIL:``/``CONTEXT:`` lines, anywhere in the written text.
- Names cannot be found by pattern (欧阳 is two characters like any others), so
  what may quote one is not written at all. A traceback carries three kinds of
  text. Its frames (file, line, function, and that line of *our source*) hold no
  data. The ``repr`` of local variables would, but is printed only on request
  (``capture_locals``), which we never make. The *exception messages*, of every
  exception in the ``__cause__``/``__context__`` chain and in groups, are built
  from the exceptions' arguments, and those do quote data: the database layer
  (SQLAlchemy, sqlite3/SQLCipher, psycopg) puts the statement's values and the
  server's "Key (…)=(…)" or "Failing row contains (…)" there; document readers
  (pypdf, openpyxl, calamine) quote the bytes they choke on; ``int("欧阳")``,
  ``KeyError(name)`` and an ``OSError``'s file name (a resume is named after its
  person) quote values; an ``HrdeskError``'s parameters may be a name or a path.
  So a message is written only for Python's own exceptions that describe *code*
  (``TypeError``, ``AttributeError``, ``NameError``, ``IndexError`` …: exactly
  those types, not subclasses, and not when raised inside the database layer or a
  document reader). Any other exception is written as its type, plus what names
  the failure without quoting anything: an ``HrdeskError``'s code and parameter
  *names*, an ``OSError``'s errno and the system's text for it, a driver's
  SQLSTATE or SQLite error name, SQLAlchemy's error code. ``__notes__`` (free
  text anybody may add to any exception) are counted, never written.
- What those libraries *log* goes the same way: a record of one of their loggers
  (``pypdf._reader`` warns with the file's own bytes) keeps its level and logger.
- Exceptions are rendered here, never taken from ``record.exc_text``: another
  handler may have cached its own unredacted rendering there. A record that cannot
  be formatted becomes one line saying so (``logging``'s own report of it would
  print the arguments to the console).

What remains possible: our own code building a log message, or the message of a
code-describing exception, from a person's name. No pattern finds that; the
first line of defence has to (``tests/integration/test_log_privacy.py`` drives
the failure paths to check).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from hrdesk import errors, private_files, redaction

LOG_NAME = "hrdesk.log"
MAX_BYTES = 2_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_log = logging.getLogger("hrdesk")

#: Python's exceptions whose message speaks of the code (types, names, positions).
_CODE_ERRORS: frozenset[type[BaseException]] = frozenset({
    AssertionError, AttributeError, ImportError, IndexError, ModuleNotFoundError,
    NameError, NotImplementedError, RecursionError, StopIteration, TypeError,
    UnboundLocalError, ZeroDivisionError})
#: Packages whose exceptions quote the data they were handling.
_DATA_LAYERS = frozenset({
    "sqlalchemy", "sqlite3", "_sqlite3", "sqlcipher3", "psycopg", "psycopg_binary",
    "psycopg_c", "psycopg2", "pypdf", "openpyxl", "python_calamine", "olefile",
    "defusedxml", "xlrd"})
_SAFE_CODE = re.compile(r"[A-Za-z0-9_.]{1,40}")
_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        try:
            return self._format(record)
        except Exception as exc:  # noqa: BLE001 - logging's own report would print the args
            return (f"{self.formatTime(record, self.datefmt)} {record.levelname} {record.name}: "
                    f"(this record could not be written: {type(exc).__name__})")

    def _format(self, original: logging.LogRecord) -> str:
        # A copy: other handlers (a console, a test's capture) see the record untouched.
        record = logging.makeLogRecord(original.__dict__)
        if record.name.partition(".")[0] in _DATA_LAYERS:
            # pypdf warns "Unexpected type '/…'" with the file's own bytes, and so on.
            record.message = "(message withheld: it may quote the data being read)"
        else:
            record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and record.exc_info[1] is not None:
            text += "\n" + exception_text(record.exc_info[1])
        elif record.exc_text:  # a record from elsewhere, already rendered
            text += "\n" + record.exc_text
        if record.stack_info:
            text += "\n" + self.formatStack(record.stack_info)
        return redaction.redact(text)

    def formatException(self, ei: Any) -> str:
        return redaction.redact(exception_text(ei[1])) if ei and ei[1] is not None else ""


def exception_text(exc: BaseException) -> str:
    """A traceback of ``exc`` and its chain with frames and types, messages withheld
    where they may quote personal data (see the module's docstring)."""
    return "".join(_chain(exc, set())).rstrip("\n")


def _chain(exc: BaseException, seen: set[int]) -> list[str]:
    seen.add(id(exc))
    lines: list[str] = []
    cause, context = exc.__cause__, exc.__context__
    if cause is not None and id(cause) not in seen:
        lines += [*_chain(cause, seen), _CAUSE]
    elif context is not None and not exc.__suppress_context__ and id(context) not in seen:
        lines += [*_chain(context, seen), _CONTEXT]
    if exc.__traceback__ is not None:
        lines.append("Traceback (most recent call last):\n")
        lines += traceback.format_tb(exc.__traceback__)
    lines.append(_headline(exc))
    if isinstance(exc, BaseExceptionGroup):
        for number, member in enumerate(exc.exceptions, start=1):
            lines.append(f"  +-- {number} of {len(exc.exceptions)} --\n")
            lines += ["  | " + line for part in _chain(member, seen)
                      for line in part.splitlines(keepends=True)]
    return lines


def _headline(exc: BaseException) -> str:
    kind = type(exc)
    name = kind.__qualname__ if kind.__module__ == "builtins" else (
        f"{kind.__module__}.{kind.__qualname__}")
    notes = getattr(exc, "__notes__", None)
    withheld = f" ({len(notes)} note(s) withheld)" if isinstance(notes, list) and notes else ""
    if isinstance(exc, errors.HrdeskError):
        names = ", ".join(sorted(exc.params)) or "none"
        return f"{name}: [{exc.code}] (parameters withheld: {names}){withheld}\n"
    if kind in _CODE_ERRORS and not _from_data_layer(exc):
        message = str(exc)
        return f"{name}: {message}{withheld}\n" if message else f"{name}{withheld}\n"
    if isinstance(exc, OSError) and exc.errno is not None and not _from_data_layer(exc):
        # The system's words for the errno, not the arguments' (any text can be passed).
        named = ": (file name withheld)" if exc.filename is not None else ""
        return f"{name}: [Errno {exc.errno}] {os.strerror(exc.errno)}{named}{withheld}\n"
    codes = [code for code in (getattr(exc, "sqlstate", None),  # psycopg
                               getattr(exc, "sqlite_errorname", None),
                               getattr(exc, "code", None) if _module_root(kind) == "sqlalchemy"
                               else None)
             if isinstance(code, str) and _SAFE_CODE.fullmatch(code)]
    known = f" [{', '.join(codes)}]" if codes else ""
    return f"{name}:{known} (message withheld: it may quote personal data){withheld}\n"


def _from_data_layer(exc: BaseException) -> bool:
    return (any(_module_root(kind) in _DATA_LAYERS for kind in type(exc).__mro__)
            or _raised_in(exc.__traceback__).partition(".")[0] in _DATA_LAYERS)


def _module_root(kind: type) -> str:
    return str(kind.__module__).partition(".")[0]


def _raised_in(tb: TracebackType | None) -> str:
    if tb is None:
        return ""
    while tb.tb_next is not None:
        tb = tb.tb_next
    return str(tb.tb_frame.f_globals.get("__name__", ""))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Creates the log file 0600; a rollover renames it, so its copies keep that mode.

    ``logging`` opens its files itself, with the umask's mode (often 0644), and has no
    opener argument: its ``_open`` is the one place to hand it a private file."""

    def _open(self) -> Any:
        descriptor = private_files.open_append(Path(self.baseFilename))
        return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)


def configure() -> Path | None:
    """Sends every logger's records (the GUI's too) to the data folder's log file."""
    from hrdesk.services.workstation import data_dir

    folder = data_dir() / "logs"
    path = folder / LOG_NAME
    root = logging.getLogger()
    current = _our_handler()
    if current is not None and current.baseFilename == os.path.abspath(path):
        return path
    try:
        private_files.make_folder(folder)
        private_files.tighten(folder, private_files.FOLDER_MODE)
        for old in folder.glob(LOG_NAME + "*"):  # an older version made them 0644
            private_files.tighten(old)
        handler = PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                             encoding="utf-8")
    except OSError:
        return None  # a read-only data folder must not stop the program
    handler.setFormatter(RedactingFormatter(FORMAT))
    close()
    root.addHandler(handler)
    _log.setLevel(logging.INFO)
    return path


def close() -> None:
    """Detaches and closes the log file, if one is open."""
    handler = _our_handler()
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()


def _our_handler() -> PrivateRotatingFileHandler | None:
    found = [h for h in logging.getLogger().handlers if isinstance(h, PrivateRotatingFileHandler)]
    return found[0] if found else None


def record_crash(exc: BaseException) -> None:
    _log.error("unexpected error", exc_info=exc)
