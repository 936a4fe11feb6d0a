"""The key ring of a PostgreSQL database, in its ``keyring`` table.

The table is defined with the other models (``models.keyring``), which stand above the
database layer; this names only the two columns it reads and writes (a test checks
they are the model's).
"""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import column, delete, select, table, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.engine import Engine

from hrdesk.db.keyring import Payload

KEYRING = table("keyring", column("name"), column("payload"))


class TableStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def close(self) -> None:
        self.engine.dispose()

    def get(self, name: str) -> Payload | None:
        with self.engine.connect() as conn:
            raw = conn.scalar(select(KEYRING.c.payload).where(KEYRING.c.name == name))
        return json.loads(raw) if raw is not None else None

    def items(self) -> dict[str, Payload]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(KEYRING.c.name, KEYRING.c.payload)).all()
        return {name: json.loads(payload) for name, payload in rows if payload != "null"}

    def put(self, name: str, payload: Payload) -> None:
        self.update(name, lambda _old: payload)

    def delete(self, name: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(KEYRING).where(KEYRING.c.name == name))

    def update(self, name: str, change: Callable[[Payload | None], Payload]) -> Payload:
        # Make sure the row exists, then lock it: two workstations counting
        # failed sign-ins at once must not lose a count.
        with self.engine.begin() as conn:
            conn.execute(insert(KEYRING).values(name=name, payload="null")
                         .on_conflict_do_nothing(index_elements=["name"]))
            raw = conn.scalar(select(KEYRING.c.payload).where(KEYRING.c.name == name)
                              .with_for_update())
            new = change(json.loads(raw) if raw else None)
            conn.execute(update(KEYRING).where(KEYRING.c.name == name)
                         .values(payload=json.dumps(new)))
        return new
