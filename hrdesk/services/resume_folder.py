"""A folder of resume files, each attached to the candidate its file name names.

Job boards and colleagues save resumes as "【数控车工_苏州】张伟 5年.pdf",
"张伟-简历.docx" or "简历_张伟_13812345678.pdf". A mainland mobile number in the
name decides (through the keyed digest, as ``candidates.find_by_mobile``); without
one, the file name must hold exactly one candidate's full name and that name must
belong to exactly one candidate the user may see. Anything less certain is left
for a person to attach by hand: a wrong resume on a person is worse than none.

Each file is attached in its own transaction (``attachments.add_attachment``):
a cancel keeps what is done and says so, and one bad file refuses only itself.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Self

from sqlalchemy import ColumnElement, select

from hrdesk import errors, identity, name_order
from hrdesk.models.attachments import Attachment
from hrdesk.models.candidates import Candidate
from hrdesk.security import scope
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.services import attachments
from hrdesk.vocabulary import Permission
from hrdesk.workspace.unlocked import Workspace

_MOBILE = re.compile(r"(?<!\d)(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?!\d)")
_HAN_RUN = re.compile(r"[\u3400-\u9fff·]+")
_JOB_BOARD_TAG = re.compile(r"【[^】]*】")  # "【数控车工_苏州】": the job and city, not a name
NAME_LENGTHS = range(2, 5)  # Chinese names of 2 to 4 characters


#: Why a file is left alone: code -> the English words, each translated once in the
#: catalogue (context ``hrdesk.i18n.FOLDER_REASON_CONTEXT``) for the GUI and the CLI.
REASONS = {
    "unmatched": "the file name names no candidate (by mobile number or full name)",
    "not_a_resume": "not a PDF, Word, image or text file",
    "mobile_shared": "{count} candidates have the mobile number {mobile}",
    "several_names": "the file name holds the names of several candidates: {names}",
    "name_shared": "{count} candidates are named {name}",
    "too_large": "larger than {megabytes} MB",
    "unreadable": "cannot be read ({detail})",
}


class Reason(str):
    """Why a file was left alone: the English words, keeping the ``code`` and ``params``
    of ``REASONS``, or the ``error`` a use case refused with, so the GUI can say it in its
    own language."""

    code: str | None
    template: str | None  # REASONS[code]
    params: dict[str, object]
    error: errors.UserError | None

    def __new__(cls, code: str | None = None, error: errors.UserError | None = None,
                **params: object) -> Self:
        template = REASONS[code] if code else None
        said = super().__new__(cls, error.message() if error else (template or "").format(
            **params))
        said.code, said.template, said.params, said.error = code, template, params, error
        return said


@dataclasses.dataclass(frozen=True)
class FolderResult:
    attached: list[tuple[Path, uuid.UUID]] = dataclasses.field(default_factory=list)
    unmatched: list[Path] = dataclasses.field(default_factory=list)
    ambiguous: list[tuple[Path, Reason]] = dataclasses.field(default_factory=list)
    refused: list[tuple[Path, Reason]] = dataclasses.field(default_factory=list)
    # Already on that candidate (same bytes): a second run of the same folder lands here.
    already: list[tuple[Path, uuid.UUID]] = dataclasses.field(default_factory=list)
    cancelled: bool = False  # stopped part-way; what is in ``attached`` stays attached


@dataclasses.dataclass(frozen=True)
class _Match:
    candidate_id: uuid.UUID | None = None
    doubt: Reason | None = None  # why it is ambiguous


def attach_folder(ws: Workspace, actor: Actor, folder: Path,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> FolderResult:
    """Every resume file directly in ``folder`` (not its subfolders), in name order."""
    require(actor, Permission.EDIT_CANDIDATES)
    files = sorted((p for p in _listing(folder) if p.is_file() and not _is_clutter(p)),
                   key=lambda p: p.name)
    result = FolderResult()
    for done, path in enumerate(files):
        if cancelled and cancelled():
            return dataclasses.replace(result, cancelled=True)
        if progress:
            progress(done, len(files))
        _attach_one(ws, actor, path, result)
    if progress:
        progress(len(files), len(files))
    return result


def mobiles_in(stem: str) -> list[str]:
    """Mainland mobile numbers written in a file name, "138 1234 5678" too."""
    found = (identity.normalise_mobile("".join(m.groups()))
             for m in _MOBILE.finditer(identity.halfwidth(stem)))
    return list(dict.fromkeys(m for m in found if m))


def name_guesses(stem: str) -> list[str]:
    """Every 2–4 character stretch of Chinese text in a file name: "张伟简历" holds 张伟."""
    text = _JOB_BOARD_TAG.sub(" ", identity.halfwidth(stem))
    guesses: dict[str, None] = {}
    for run in _HAN_RUN.findall(text):
        for length in NAME_LENGTHS:
            for start in range(len(run) - length + 1):
                guesses[run[start:start + length]] = None
    return list(guesses)


# --- one file ---------------------------------------------------------------------------


def _attach_one(ws: Workspace, actor: Actor, path: Path, result: FolderResult) -> None:
    if path.suffix.lower() not in attachments.KINDS:
        result.refused.append((path, Reason("not_a_resume")))
        return
    match = _match(ws, actor, path.stem)
    if match.doubt:
        result.ambiguous.append((path, match.doubt))
        return
    if match.candidate_id is None:
        result.unmatched.append(path)
        return
    try:
        if path.stat().st_size > attachments.MAX_BYTES:
            result.refused.append((path, Reason("too_large",
                                                megabytes=attachments.MAX_BYTES // 2**20)))
            return
        data = path.read_bytes()
        if _already_there(ws, actor, match.candidate_id, data):
            result.already.append((path, match.candidate_id))
            return
        attachments.add_attachment(ws, actor, match.candidate_id, path.name, data)
    except OSError as failed:
        result.refused.append((path, Reason("unreadable",
                                            detail=failed.strerror or str(failed))))
        return
    except errors.UserError as refused:  # unsafe, empty, or the person is gone meanwhile
        result.refused.append((path, Reason(error=refused)))
        return
    result.attached.append((path, match.candidate_id))


def _match(ws: Workspace, actor: Actor, stem: str) -> _Match:
    cipher = ws.cipher
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        def live(*where: ColumnElement[bool]) -> list[tuple[uuid.UUID, str]]:
            return [(r[0], r[1]) for r in uow.session.execute(
                select(Candidate.id, Candidate.name).where(
                    Candidate.merged_into_id.is_(None),
                    scope.candidates_clause(scope.resolve(uow.session, actor)), *where))]

        for mobile in mobiles_in(stem):
            people = live(Candidate.mobile_digest == cipher.digest(mobile))
            if len(people) == 1:
                return _Match(people[0][0])
            if people:
                return _Match(doubt=Reason("mobile_shared", count=len(people),
                                           mobile=f"{mobile[:3]}****{mobile[-4:]}"))
        guesses = name_guesses(stem)
        if not guesses:
            return _Match()
        people = live(Candidate.name.in_(guesses))
    names = _longest({name for _id, name in people})
    if not names:
        return _Match()
    if len(names) > 1:
        return _Match(doubt=Reason("several_names",
                                   names=", ".join(sorted(names, key=name_order.sort_key))))
    [name] = names
    ids = [person for person, named in people if named == name]
    if len(ids) > 1:
        return _Match(doubt=Reason("name_shared", count=len(ids), name=name))
    return _Match(ids[0])


def _longest(names: Iterable[str]) -> set[str]:
    """张伟明's file also spells 张伟: a name inside a longer matched name is not a second
    name."""
    found = set(names)
    return {n for n in found if not any(n != other and n in other for other in found)}


def _already_there(ws: Workspace, actor: Actor, candidate_id: uuid.UUID,
                   data: bytes) -> bool:
    digest = hashlib.sha256(data).hexdigest()
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        return uow.session.scalar(select(Attachment.id).where(
            Attachment.candidate_id == candidate_id, Attachment.sha256 == digest)) is not None


def _listing(folder: Path) -> list[Path]:
    """The folder's entries, or one clear sentence why there are none to look at."""
    if not folder.exists():
        raise errors.FileProblem(path=str(folder), reason="the folder does not exist")
    if not folder.is_dir():
        raise errors.FileProblem(path=str(folder), reason="not a folder")
    try:
        return list(folder.iterdir())
    except OSError as failed:
        raise errors.FileProblem(path=str(folder), reason="the folder cannot be read") \
            from failed


def _is_clutter(path: Path) -> bool:
    # Hidden files, Office's "~$" lock files, Windows' thumbnail caches.
    return path.name.startswith((".", "~$")) or path.name.lower() in ("thumbs.db",
                                                                      "desktop.ini")
