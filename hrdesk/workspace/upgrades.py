"""What a schema upgrade leaves for Python to do, with the keys of whoever opened it.

Alembic changes tables; filling new columns from encrypted values, or vouching in the
audit log for rows that were there before, needs keys and the audit chain, which a
migration script has not got. This runs right after the upgrade, in its own
transaction, before anyone works with the database.
"""

from __future__ import annotations

from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Connection

from hrdesk import identity, name_order
from hrdesk.candidate_rules import masked_numbers
from hrdesk.db import migrate, stored
from hrdesk.db.crypto import FieldCipher, Purpose
from hrdesk.db.types import cipher_of
from hrdesk.models.base import Base, table_of
from hrdesk.models.candidates import Candidate
from hrdesk.models.settings import Setting
from hrdesk.security import row_audit
from hrdesk.security.actor import SYSTEM
from hrdesk.uow import Database
from hrdesk.workspace import reseal

ROW_AUDIT = "0007_row_audit"
NAME_SORT = "0008_name_sort"
IDENTITY = "0009_identity"
_BATCH = 1_000
PERSON_KEYS = "0010_person_keys"


def _before(revision: str | None, target: str) -> bool:
    known = migrate.KNOWN_REVISIONS
    return revision is not None and revision in known and known.index(revision) < \
        known.index(target)


def after_upgrade(db: Database, from_revision: str | None) -> None:
    """Everything the revisions passed since ``from_revision`` ask of Python."""
    if _before(from_revision, ROW_AUDIT):
        with db.unit_of_work(SYSTEM, "upgrade.row_audit") as uow:
            conn = uow.session.connection()
            _mask_numbers(conn)
            _hide_file_names(conn, cipher_of(db.engine.dialect))
            # The rows already there, fingerprinted as they are: from here on
            # verify-audit tells a row changed outside the application.
            row_audit.stamp_all(conn, SYSTEM, "upgrade.row_audit", uow.now, uow.now,
                                only_unstamped=True)
            uow.commit()
    if _before(from_revision, NAME_SORT):
        with db.unit_of_work(SYSTEM, "upgrade.name_sort") as uow:
            _spell_names(uow.session.connection())
            uow.commit()
    if _before(from_revision, IDENTITY):
        with db.unit_of_work(SYSTEM, "upgrade.identity") as uow:
            conn = uow.session.connection()
            # The migration gave every person a name key and queued the people stored
            # twice: those rows are vouched for again as they now are.
            tables = row_audit.audited_tables()
            row_audit.stamp_all(conn, SYSTEM, "upgrade.identity", uow.now, uow.now,
                                tables=[tables["candidates"], tables["duplicate_pairs"]])
            uow.commit()
    if _before(from_revision, PERSON_KEYS):
        with db.unit_of_work(SYSTEM, "upgrade.person_keys") as uow:
            reseal.give_salts(uow.session.connection())
            # Sealing old entries needs the history key; the mark waits for it.
            uow.session.add(Setting(key=reseal.PENDING, value={"from": from_revision}))
            uow.commit()
        reseal.finish(db)


def _hide_file_names(conn: Connection, cipher: FieldCipher) -> None:
    """Attached files' names encrypted (they often hold a mobile number) and shown with
    their numbers masked; the words found in them too."""
    table = stored.tables(Base.metadata)["attachments"]
    for key, name, text in conn.execute(select(table.c.id, table.c.filename, table.c.text)
                                        ).all():
        conn.execute(update(table).where(table.c.id == key).values(
            filename=cipher.encrypt(name, Purpose.DOCUMENTS),
            display_name=identity.mask_numbers(name)[:255],
            text=identity.mask_numbers(text) if text else text))


def _mask_numbers(conn: Connection) -> None:
    """Stored masked forms for the people already on file (every slot of a database
    from before this revision holds the key to their numbers)."""
    rows = conn.execute(select(Candidate.id, Candidate.mobile, Candidate.id_number)
                        .where(Candidate.mobile.is_not(None) | Candidate.id_number.is_not(None))
                        ).all()
    table = table_of(Candidate)
    for key, mobile, id_number in rows:
        conn.execute(update(table).where(table.c.id == key)
                     .values(masked_numbers(mobile, id_number)))


def _spell_names(conn: Connection) -> None:
    """Sort keys for the people already on file. The key is not fingerprinted (it only
    restates the name), so the rows stay as the audit trail vouched for them."""
    table = table_of(Candidate)
    rows = conn.execute(select(table.c.id, table.c.name).where(table.c.name_sort == "")).all()
    spell = (update(table).where(table.c.id == bindparam("row_id"))
             .values(name_sort=bindparam("spelled")))
    for start in range(0, len(rows), _BATCH):
        conn.execute(spell, [{"row_id": key, "spelled": name_order.sort_key(name)}
                             for key, name in rows[start:start + _BATCH]])
