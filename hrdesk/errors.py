"""The two kinds of failure the user is told about, kept apart from bugs.

``UserError``: the user's input or a domain rule said no (wrong password, a
locked account, a weak password). ``KnownError``: the environment failed
(a damaged file, a server that does not answer). Each carries a stable
``code`` and ``params`` — never display text. ``said(translate)`` makes the sentence
at the edge: the GUI passes ``QCoreApplication.translate`` (``ui/messages.py``), the
CLI its catalogue (``hrdesk.i18n``). The English ``template`` is the translation key
(context ``UserError``); so are the fixed phrases some parameters hold (a field's
label, a reason, an entity), and a vocabulary word (a role, a permission, a status) or an
import problem is said by itself: see ``hrdesk.error_text``. A reason may name further
parameters (``reason="{value} is already used"``), filled after it is translated.
Anything else is a bug.
"""

from __future__ import annotations

import logging
from typing import Any, ClassVar

from hrdesk.error_text import said_params
from hrdesk.vocabulary import Translate, as_is

log = logging.getLogger(__name__)

#: The translation context of every error template.
CONTEXT = "UserError"


class HrdeskError(Exception):
    code: ClassVar[str] = "error"
    template: ClassVar[str] = "Something went wrong."

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.message())

    def message(self) -> str:
        """The English sentence, for logs and English readers."""
        return self.said(as_is)

    def said(self, translate: Translate) -> str:
        """The sentence through ``translate(context, english)``; a translation that names
        a wrong placeholder falls back to English rather than hiding the message."""
        try:
            return translate(CONTEXT, self.template).format(**said_params(self.params, translate))
        except (KeyError, IndexError, ValueError):
            if translate is as_is:
                raise
            log.warning("translation of %r does not fit its parameters", self.template)
            return self.message()


class UserError(HrdeskError):
    code = "user_error"


class KnownError(HrdeskError):
    code = "known_error"


# --- sign-in and accounts -------------------------------------------------------------


class WrongCredentials(UserError):
    code = "auth.wrong_credentials"
    template = "Wrong user name or password."


class AccountLocked(UserError):
    code = "auth.locked"
    template = "Too many failed sign-ins. Try again after {until}."


class AccountDisabled(UserError):
    code = "auth.disabled"
    template = "This account is disabled. Ask an administrator."


class PinnedClockRefused(UserError):
    code = "auth.pinned_clock"
    template = ("HRDESK_NOW pins the time for rehearsals on a demo database only; "
                "unset it to use this database.")


class WeakPassword(UserError):
    code = "auth.weak_password"
    template = "The password must have at least {min_length} characters."


class InvalidRecoveryCode(UserError):
    code = "auth.bad_recovery_code"
    template = "The recovery code is not right."


class PermissionDenied(UserError):
    code = "auth.denied"
    template = "You are not allowed to do this ({permission})."


class UsernameTaken(UserError):
    code = "accounts.username_taken"
    template = "The user name “{username}” is already in use."


class Cancelled(UserError):
    code = "cancelled"
    template = "Cancelled; nothing was changed."


class InvalidField(UserError):
    """``field`` is an identifier (``hrdesk.error_fields``), which a form may use to mark
    the widget; ``reason`` a catalogued phrase, maybe with placeholders of its own."""

    code = "input.invalid"
    template = "{field}: {reason}"


class InvalidRow(InvalidField):
    """A row of a batch (``row`` counts from 1) with a field that breaks a rule."""

    code = "input.invalid_row"
    template = "Row {row}, {field}: {reason}"


class InvalidStage(InvalidField):
    """A stage of a pipeline template breaks a rule: ``stage`` is its number in the
    template (from 1), ``name`` what it is called, ``field`` the ``StageSpec`` field."""

    code = "templates.invalid_stage"
    template = "Stage {stage} ({name}), {field}: {reason}"


class InvalidApprovalStep(InvalidField):
    """A step of the requisition approval policy breaks a rule: ``step`` is its number
    (from 1), ``field`` the step's setting at fault."""

    code = "approval.invalid_step"
    template = "Step {step}, {field}: {reason}"


class FileRefused(InvalidField):
    """A file the user gave cannot be taken (its kind, its size): named by ``file``."""

    code = "input.file_refused"
    template = "{file}: {reason}"


class StageInUse(UserError):
    code = "templates.stage_in_use"
    template = "Applications ({count}) still stand in the stage “{stage}”; move them first."


class NotFound(UserError):
    code = "not_found"
    template = "{entity} {key} does not exist."


class ConcurrentChange(UserError):
    code = "concurrent_change"
    template = "{entity} was changed by someone else meanwhile. Reload and try again."


class AlreadyInitialised(UserError):
    code = "setup.already_initialised"
    template = "{location} already holds an hrdesk database."


class DatabaseMissing(UserError):
    code = "setup.missing"
    template = "There is no hrdesk database at {location}. Create one first (hrdesk init)."


# --- recruiting -----------------------------------------------------------------------


class StageRequirementUnmet(UserError):
    code = "pipeline.requirement_unmet"
    template = "“{stage}” cannot be left yet: {reason}"


class MoveNotAllowed(UserError):
    code = "pipeline.move_not_allowed"
    template = "This move is not allowed: {reason}"


class ApplicationClosed(UserError):
    code = "pipeline.closed"
    template = "The application is {status}; reactivate it first."


class AlreadyDecided(UserError):
    code = "approval.already_decided"
    template = "This was already decided by {by} at {at}."


class NotYourTurn(UserError):
    code = "approval.not_your_turn"
    template = "This step waits for {role}, not for you."


class ChangedMeanwhile(ConcurrentChange):
    """A concurrent change whose author is known."""

    code = "concurrent_change.by"
    template = "Changed by {by} at {at}. Reload to see the change; what you typed is kept."


class DuplicateCandidate(UserError):
    code = "candidates.duplicate"
    template = "{name} is already on file (same {identity_key})."


class PossibleDuplicate(DuplicateCandidate):
    """Another name under the same mobile or e-mail: maybe one person, maybe two.
    Nothing is stored until HR says which (see identity_rules)."""

    code = "candidates.possible_duplicate"
    template = ("{name} is already on file with the same {identity_key}, under another name. "
                "Is this the same person?")


class PairDecided(UserError):
    code = "duplicates.decided"
    template = "This pair was already decided: {status}."


class AlreadyApplied(UserError):
    code = "applications.already_applied"
    template = "{name} already has an open application to {job}."


class MergeIntoItself(UserError):
    code = "candidates.merge_self"
    template = "A candidate cannot be merged into itself."


class InvalidState(UserError):
    code = "invalid_state"
    template = "{entity} is {status}: {reason}"


class MergeConflict(UserError):
    code = "candidates.merge_conflict"
    template = ("{keep} and {merge} both have an open application to {job}; "
                "close one of them before merging.")


class ErasureBlocked(UserError):
    code = "candidates.erase_open"
    template = ("This person still has an open application to {jobs}; reject or close it "
                "before erasing them.")


class AlreadyErased(UserError):
    code = "candidates.already_erased"
    template = "This person was already erased on {at}."


class ErasureReasonMissing(UserError):
    code = "candidates.erase_reason"
    template = "Say why this person is erased (their request, the retention period ending …)."


# --- the environment ------------------------------------------------------------------


class NotAnHrdeskDatabase(KnownError):
    code = "db.not_hrdesk"
    template = "{path} is not an hrdesk database."


class DatabaseDamaged(KnownError):
    code = "db.damaged"
    template = "The database file {path} is damaged or cannot be decrypted."


class AttachmentDamaged(KnownError):
    code = "attachment.damaged"
    template = "The stored file {name} is damaged and cannot be opened."


class DatabaseBusy(KnownError):
    code = "db.busy"
    template = "The database is busy (another program is writing). Try again in a moment."


class ServerUnreachable(KnownError):
    code = "db.unreachable"
    template = "The PostgreSQL server at {host}:{port} does not answer."


class ServerLoginRefused(KnownError):
    code = "db.login_refused"
    template = "The PostgreSQL server at {host}:{port} refused user {user}: {detail}"


class ServerError(KnownError):
    code = "db.server_error"
    template = "The PostgreSQL server at {host}:{port} reported an error: {detail}"


class SchemaTooNew(KnownError):
    code = "db.schema_too_new"
    template = (
        "This database was last opened by a newer hrdesk (schema {revision}). "
        "Install the newer version to open it."
    )


class BackupUnreadable(KnownError):
    code = "backup.unreadable"
    template = "{path} is not an hrdesk backup, or it is damaged."


class RestoreNeedsAdministrator(UserError):
    code = "backup.needs_administrator"
    template = ("Only an administrator of the backed-up database (or its recovery code) "
                "can restore or check this backup.")


class RestoreInterrupted(KnownError):
    code = "backup.restore_interrupted"
    template = ("A restore into {location} was interrupted. Run the same restore again to "
                "finish it; nothing else was changed.")


class KeyNotReceived(UserError):
    code = "keys.not_received"
    template = ("Your account has not received the key to {what} yet. It arrives when a "
                "colleague who holds it signs in; an administrator can also use the recovery "
                "code (hrdesk recover).")


class KeyringTampered(KnownError):
    code = "keys.tampered"
    template = ("The key ring was altered: the {purpose} key does not match its check "
                "value. Ask an administrator; do not use this database until it is "
                "restored from a backup.")


class StorageFull(KnownError):
    code = "storage.full"
    template = ("There is no room left to write (the disk is full, or a file may not grow "
                "larger). Nothing of this task was saved; free some space and try again.")


class FileProblem(KnownError):
    code = "file.problem"
    template = "Cannot use {path}: {reason}"


def all_error_classes() -> list[type[HrdeskError]]:
    """Every error class, for the translation catalogue and its completeness test."""
    found: list[type[HrdeskError]] = []
    pending: list[type[HrdeskError]] = [HrdeskError]
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return found


# --- failures of the environment, wherever they surface --------------------------------

_SQLITE_BUSY = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED
_SQLITE_NO_ROOM = (10, 13)  # SQLITE_IOERR (a write refused: a file-size limit), SQLITE_FULL
_NO_ROOM_ERRNOS = (27, 28, 122)  # EFBIG, ENOSPC, EDQUOT


def of_environment(error: BaseException) -> KnownError | None:
    """The ``KnownError`` a driver's or the system's failure means to a person (a full
    disk, a database another program holds), or None: then it is a bug. Read from the
    error's codes, never its words, and without importing any driver."""
    cause = getattr(error, "orig", None) or error
    code = getattr(cause, "sqlite_errorcode", None)
    if code is not None:
        if code & 0xFF in _SQLITE_BUSY:
            return DatabaseBusy()
        if code & 0xFF in _SQLITE_NO_ROOM:
            return StorageFull()
    if getattr(cause, "sqlstate", None) in ("53100", "53000"):  # PostgreSQL: disk full
        return StorageFull()
    if isinstance(cause, OSError) and cause.errno in _NO_ROOM_ERRNOS:
        return StorageFull()
    return None
