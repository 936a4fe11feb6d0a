"""What a database holds, in counts: its schema revision and the rows of each table.

Read with the driver's own cursor, so the child can take it right after a commit
without adding a kill point, and the parent can take it after a kill without
signing in (signing in writes).
"""

from __future__ import annotations

from typing import Any

State = dict[str, Any]  # {"revision": str | None, "rows": {table: count}}


def of_connection(dbapi_connection: Any, dialect: str) -> State:
    cursor = dbapi_connection.cursor()
    try:
        if dialect == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                           "AND name NOT LIKE 'sqlite_%'")
        else:
            cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        tables = sorted(row[0] for row in cursor.fetchall())
        rows = {}
        for table in tables:
            cursor.execute(f'SELECT count(*) FROM "{table}"')
            rows[table] = int(cursor.fetchone()[0])
        revision = None
        if "alembic_version" in tables:
            cursor.execute("SELECT version_num FROM alembic_version")
            found = cursor.fetchone()
            revision = found[0] if found else None
    finally:
        cursor.close()
        if dialect != "sqlite":
            dbapi_connection.rollback()  # the reads opened a transaction
    rows.pop("alembic_version", None)
    return {"revision": revision, "rows": rows}


def of_engine(engine: Any) -> State:
    raw = engine.raw_connection()
    try:
        return of_connection(raw.driver_connection, engine.dialect.name)
    finally:
        raw.close()


def difference(found: State, expected: State) -> str:
    """The tables whose counts differ, for a failure message."""
    if found["revision"] != expected["revision"]:
        return f"revision {found['revision']} instead of {expected['revision']}"
    names = sorted(set(found["rows"]) | set(expected["rows"]))
    return ", ".join(f"{n} {found['rows'].get(n)} (not {expected['rows'].get(n)})"
                     for n in names if found["rows"].get(n) != expected["rows"].get(n))
