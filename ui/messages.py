"""Turn the core's errors into translated sentences.

Core errors carry a code and parameters; ``HrdeskError.said`` makes the sentence
through Qt's catalogue (context "UserError" and those of its phrases, filled in by
``python -m ui.i18n update``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hrdesk import errors

#: The translation context the core's error templates live in (the CLI reads it too).
CONTEXT = errors.CONTEXT


def describe(error: BaseException) -> str:
    """One sentence for the user; a bug is reported as such, without its internals."""
    error = errors.of_environment(error) or error  # a full disk, a busy database
    if isinstance(error, errors.HrdeskError):
        return error.said(QCoreApplication.translate)
    return QCoreApplication.translate(
        "Messages", "Something unexpected went wrong. The details were written to the log."
    )
