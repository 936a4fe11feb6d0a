"""Upgrading a database that already holds one person twice: the migration cannot refuse
them any more, so it holds the younger row back from the new unique indexes and
queues the pair for HR (revision 0009_identity)."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa

from hrdesk.db import migrate
from hrdesk.db.crypto import KeySet
from hrdesk.db.engine import open_engine
from hrdesk.locations import Location
from hrdesk.models.candidates import Candidate

# The columns a candidate had at 0007, typed as the model types them.
_PEOPLE = sa.table("candidates", *(sa.column(c, Candidate.__table__.c[c].type) for c in (
    "id", "name", "mobile_digest", "id_number_digest", "created_at", "version",
    "certificates", "skills", "tags", "extra", "merged_into_id")))


def _person(name: str, at: dt.datetime, mobile: str | None = None,
            id_number: str | None = None, merged_into: uuid.UUID | None = None) -> dict:
    return {"id": uuid.uuid4(), "name": name, "mobile_digest": mobile,
            "id_number_digest": id_number, "created_at": at, "version": 1,
            "certificates": [], "skills": [], "tags": [], "extra": {},
            "merged_into_id": merged_into}


def test_people_stored_twice_are_held_back_and_queued(location: Location) -> None:
    engine = open_engine(location, KeySet.generate())
    t0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    try:
        migrate.upgrade(engine, "0007_row_audit")
        older, younger = _person("张伟", t0, id_number="id-1"), \
            _person("张 伟", t0 + dt.timedelta(days=1), id_number="id-1")
        same_mobile = [_person("李娜", t0, mobile="m-1"),
                       _person("李娜", t0 + dt.timedelta(hours=1), mobile="m-1")]
        other_name = _person("王芳", t0, mobile="m-1")  # another name: not one person
        gone = _person("张伟", t0, id_number="id-1", merged_into=older["id"])
        with engine.begin() as conn:
            conn.execute(sa.insert(_PEOPLE), [older, younger, *same_mobile, other_name, gone])
        migrate.upgrade(engine)
        with engine.connect() as conn:
            pending = set(conn.scalars(sa.text(
                "SELECT id FROM candidates WHERE identity_pending")).all())
            pairs = conn.execute(sa.text(
                "SELECT first_id, second_id, key, found_by, status FROM duplicate_pairs")).all()
            keys = dict(conn.execute(sa.text("SELECT name, name_key FROM candidates")).all())
        assert {uuid.UUID(str(p)) for p in pending} == {younger["id"], same_mobile[1]["id"]}
        def pair(a: object, b: object) -> frozenset[uuid.UUID]:
            return frozenset((uuid.UUID(str(a)), uuid.UUID(str(b))))

        assert {(pair(a, b), k, f, s) for a, b, k, f, s in pairs} == {
            (pair(older["id"], younger["id"]), "ID number", "upgrade", "open"),
            (pair(same_mobile[0]["id"], same_mobile[1]["id"]), "mobile", "upgrade", "open")}
        assert keys["张 伟"] == "张伟"
        # From now on the database itself refuses a third live 张伟 with that number.
        with engine.begin() as conn:
            conn.execute(sa.text("SAVEPOINT third"))
            try:
                conn.execute(sa.insert(_PEOPLE), [_person("张三", t0, id_number="id-1")])
                refused = False
            except sa.exc.IntegrityError:
                refused = True
                conn.execute(sa.text("ROLLBACK TO SAVEPOINT third"))
        assert refused
    finally:
        engine.dispose()
