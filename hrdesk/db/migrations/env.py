"""Alembic environment: always run on a connection hrdesk hands over."""

from __future__ import annotations

from alembic import context

import hrdesk.models  # noqa: F401 - registers every table
from hrdesk.models.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
