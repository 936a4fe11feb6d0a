"""A key per person for the audit log's values, and erasure.

Candidates get ``audit_salt`` (what their audit key is made from, ``db.person_keys``)
and ``erased_at``. ``workspace.upgrades`` then gives every person already on file a
salt and seals the values old audit entries hold about them (``workspace.reseal``),
which needs the history key this script has not got.

Revision ID: 0010_person_keys
Revises: 0009_identity
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010_person_keys'
down_revision = '0009_identity'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: a batch rebuild of candidates fails on SQLite while rows in
    # other tables point at it.
    op.add_column('candidates', sa.Column('erased_at', sa.DateTime(timezone=True),
                                          nullable=True))
    op.add_column('candidates', sa.Column('audit_salt', sa.String(length=32), nullable=True))


def downgrade() -> None:
    for column in ('audit_salt', 'erased_at'):
        op.execute(f'ALTER TABLE candidates DROP COLUMN {column}')
