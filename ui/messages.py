"""Turn the core's errors into translated sentences.

Core errors carry a code, parameters and an English ``template``; the template is
the translation key (context "UserError", filled in by ``python -m ui.i18n update``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from hrdesk import errors
from hrdesk.i18n import translated_params

log = logging.getLogger(__name__)

#: The translation context the core's error templates live in (the CLI reads it too).
CONTEXT = "UserError"


def describe(error: BaseException) -> str:
    """One sentence for the user; a bug is reported as such, without its internals."""
    error = errors.of_environment(error) or error  # a full disk, a busy database
    if isinstance(error, errors.HrdeskError):
        template = QCoreApplication.translate(CONTEXT, error.template)
        try:
            return template.format(**translated_params(error.params,
                                                       QCoreApplication.translate))
        except (KeyError, IndexError, ValueError):
            # A translation that names a wrong placeholder must not hide the message.
            log.warning("translation of %r does not fit its parameters", error.template)
            return error.template.format(**error.params)
    return QCoreApplication.translate(
        "Messages", "Something unexpected went wrong. The details were written to the log."
    )
