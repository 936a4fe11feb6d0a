"""Notices and tasks hrdesk writes are stored as a code and parameters.

They were stored as Chinese sentences, so a reader of the English interface read
Chinese; now each is said when read, in the reader's language (``hrdesk.notices``).
Rows from before keep their text and are shown as they are. A skipped approval step
says why by a code too, instead of a Chinese comment.

Revision ID: 0011_coded_texts
Revises: 0010_person_keys
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011_coded_texts'
down_revision = '0010_person_keys'
branch_labels = None
depends_on = None

_CODED = ('notifications', 'tasks')


def upgrade() -> None:
    # Plain ADD COLUMN (nullable): no table rebuild, old rows stay as they are.
    for table in _CODED:
        op.add_column(table, sa.Column('code', sa.String(length=40), nullable=True))
        op.add_column(table, sa.Column('params', sa.JSON(), nullable=True))
    op.add_column('approval_steps', sa.Column('skip_reason', sa.String(length=20),
                                              nullable=True))


def downgrade() -> None:
    op.execute('ALTER TABLE approval_steps DROP COLUMN skip_reason')
    for table in _CODED:
        for column in ('params', 'code'):
            op.execute(f'ALTER TABLE {table} DROP COLUMN {column}')
