"""Schema migrations with Alembic, kept off the start-up path.

Opening a database reads its revision with one plain query and compares it
with ``KNOWN_REVISIONS``; Alembic (slow to import) is loaded only when an
upgrade is due, and the caller makes a backup first.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

if TYPE_CHECKING:
    from alembic.config import Config

from hrdesk import errors

# Oldest first. A test checks this against the scripts in migrations/versions.
KNOWN_REVISIONS = ("0001_initial", "0002_recruiting", "0003_task_lookup", "0004_attachments",
                   "0005_candidate_search", "0006_outbox", "0007_row_audit",
                   "0008_name_sort", "0009_identity", "0010_person_keys", "0011_coded_texts")
HEAD = KNOWN_REVISIONS[-1]
SCRIPTS = Path(__file__).with_name("migrations")


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check(engine: Engine) -> str | None:
    """The database's revision; raises when it is newer than this program knows."""
    with engine.connect().execution_options(read_only=True) as conn:
        revision = current_revision(conn)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise errors.SchemaTooNew(revision=revision)
    return revision


def needs_upgrade(revision: str | None) -> bool:
    return revision != HEAD


def _config(conn: Connection) -> Config:
    from alembic.config import Config  # (alembic loads only when a schema is checked)

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    cfg.attributes["connection"] = conn
    return cfg


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_config(conn), target)


def upgrade_on(conn: Connection, target: str = "head") -> None:
    """Upgrade inside a transaction the caller holds (restore does this)."""
    from alembic import command

    command.upgrade(_config(conn), target)


def downgrade_on(conn: Connection, target: str) -> None:
    from alembic import command

    command.downgrade(_config(conn), target)


def script_revisions() -> list[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    scripts = ScriptDirectory.from_config(cfg)
    return [s.revision for s in reversed(list(scripts.walk_revisions()))]
