"""Candidates sorted by the pinyin of their names: a stored key beside each name.

The key is derived in Python (``hrdesk.name_order``, with pypinyin), so the rows
already there get theirs from ``workspace.upgrades.after_upgrade``, right after this.
It is compared byte by byte (``COLLATE "C"`` on PostgreSQL, SQLite's default).

Revision ID: 0008_name_sort
Revises: 0007_row_audit
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008_name_sort'
down_revision = '0007_row_audit'
branch_labels = None
depends_on = None

KEY_LENGTH = 1001  # name_order.key_length(100), as it was when this was written


def upgrade() -> None:
    # Plain ADD COLUMN: rebuilding candidates (batch mode) fails on SQLite once other
    # tables' rows point at it. The default lets the column be NOT NULL at once.
    key = sa.String(length=KEY_LENGTH).with_variant(
        sa.String(length=KEY_LENGTH, collation='C'), 'postgresql')
    op.add_column('candidates', sa.Column('name_sort', key, server_default='',
                                          nullable=False))
    op.create_index(op.f('ix_candidates_name_sort'), 'candidates', ['name_sort'],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_candidates_name_sort'), table_name='candidates')
    op.execute('ALTER TABLE candidates DROP COLUMN name_sort')
