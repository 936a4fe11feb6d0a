"""Files kept with a candidate: resumes, certificates, scans — sealed in the database.

Files live in the database, each sealed with AES-GCM (on top of SQLCipher for a
file database), so a backup carries them and nothing personal is written to a
folder in clear. Opening one hands the bytes to the caller; the desktop client
decides where a viewer may read them. The text of a PDF or Word file is kept
beside it (``attachment_text``) for the candidates search: sealed inside the
SQLCipher file, but plain in PostgreSQL, where LIKE must be able to read it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import mimetypes
import uuid
from pathlib import PurePath

from sqlalchemy import select

from hrdesk import errors, identity
from hrdesk.clock import as_utc
from hrdesk.imports import attachment_text
from hrdesk.models.attachments import Attachment
from hrdesk.models.candidates import Candidate
from hrdesk.security import scope
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.services import candidates
from hrdesk.uow import UnitOfWork
from hrdesk.vocabulary import Permission
from hrdesk.workflow import timeline
from hrdesk.workspace.unlocked import Workspace

MAX_BYTES = 25 * 1024 * 1024
KINDS = {".pdf": "application/pdf", ".doc": "application/msword",
         ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png",
         ".bmp": "image/bmp", ".tif": "image/tiff", ".tiff": "image/tiff",
         ".txt": "text/plain"}


@dataclasses.dataclass(frozen=True)
class AttachmentInfo:
    id: uuid.UUID
    candidate_id: uuid.UUID
    filename: str
    content_type: str
    size: int
    sha256: str
    added_at: dt.datetime


def add_attachment(ws: Workspace, actor: Actor, candidate_id: uuid.UUID, filename: str,
                   data: bytes) -> AttachmentInfo:
    """The same file twice for one person is kept once (the first is returned)."""
    require(actor, Permission.EDIT_CANDIDATES)
    name = PurePath(filename.replace("\\", "/")).name.strip()[:255]
    suffix = PurePath(name).suffix.lower()
    if not name or suffix not in KINDS:
        raise errors.FileRefused(field="file", file=filename,
                                 reason="only PDF, Word, image and text files")
    if not data:
        raise errors.FileRefused(field="file", file=name, reason="the file is empty")
    if len(data) > MAX_BYTES:
        raise errors.FileRefused(field="file", file=name, reason="larger than {limit} MB",
                                 limit=MAX_BYTES // 2**20)
    digest = hashlib.sha256(data).hexdigest()
    # Before the transaction: reading a long PDF takes a moment; a hostile .docx is
    # refused here (attachment_text.UnsafeFile) and nothing is stored.
    text = attachment_text.extract(name, data)
    with ws.db.unit_of_work(actor, "attachments.add") as uow:
        person = _visible(uow, candidate_id)
        candidates.live_row(uow, person.id)
        same = uow.session.scalar(select(Attachment).where(
            Attachment.candidate_id == person.id, Attachment.sha256 == digest))
        if same is not None:
            return _info(same)
        shown = identity.mask_numbers(name)
        row = Attachment(candidate_id=person.id, filename=name, display_name=shown,
                         content_type=KINDS[suffix] or mimetypes.guess_type(name)[0] or "",
                         size=len(data), sha256=digest, content=data,
                         text=identity.mask_numbers(text) if text else text,
                         added_by_id=actor.user_id, added_at=uow.now)
        uow.session.add(row)
        timeline.record(uow, "attachment_added", candidate_id=person.id,
                        data={"file": shown, "size": len(data)})
        uow.commit()
        return _info(row)


def list_attachments(ws: Workspace, actor: Actor, candidate_id: uuid.UUID
                     ) -> list[AttachmentInfo]:
    require(actor, Permission.VIEW_CANDIDATES)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        person = _visible(uow, candidate_id)
        return [_info(a) for a in uow.session.scalars(
            select(Attachment).where(Attachment.candidate_id == person.id)
            .order_by(Attachment.added_at))]


def open_attachment(ws: Workspace, actor: Actor, attachment_id: uuid.UUID
                    ) -> tuple[AttachmentInfo, bytes]:
    require(actor, Permission.VIEW_CANDIDATES)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        row = uow.session.get(Attachment, attachment_id)
        if row is None:
            raise errors.NotFound(entity="attachment", key=str(attachment_id))
        _visible(uow, row.candidate_id)
        data = row.content
        if data is None:  # the role may read files, but the key has not reached this slot
            raise errors.KeyNotReceived(what="attached files")
        if hashlib.sha256(data).hexdigest() != row.sha256:
            raise errors.AttachmentDamaged(name=row.display_name)
        return _info(row), data


def remove_attachment(ws: Workspace, actor: Actor, attachment_id: uuid.UUID) -> None:
    require(actor, Permission.EDIT_CANDIDATES)
    with ws.db.unit_of_work(actor, "attachments.remove") as uow:
        row = uow.session.get(Attachment, attachment_id)
        if row is None:
            raise errors.NotFound(entity="attachment", key=str(attachment_id))
        _visible(uow, row.candidate_id)
        timeline.record(uow, "attachment_removed", candidate_id=row.candidate_id,
                        data={"file": row.display_name})
        uow.session.delete(row)
        uow.commit()


def _visible(uow: UnitOfWork, candidate_id: uuid.UUID) -> Candidate:
    return scope.visible_candidate(uow.session, uow.actor, candidate_id)


def _info(row: Attachment) -> AttachmentInfo:
    # The name as it came for whoever holds the files' key (it opens the file under its
    # own name), else with its numbers masked.
    return AttachmentInfo(row.id, row.candidate_id, row.filename or row.display_name,
                          row.content_type, row.size, row.sha256, as_utc(row.added_at))
