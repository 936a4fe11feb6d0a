"""Rows the audit trail can vouch for, masked numbers for roles without the key, and
attached files' own names encrypted.

Every audited table gets ``audit_entry_id`` (the entry that last wrote the row) and
each entry its rows' fingerprints; ``services.row_audit.baseline`` fingerprints the
rows that were there before, right after this upgrade. Candidates get stored masked
forms of mobile and ID number (filled in by the same step, which holds the keys).

Revision ID: 0007_row_audit
Revises: 0006_outbox
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007_row_audit'
down_revision = '0006_outbox'
branch_labels = None
depends_on = None

AUDITED = ('candidates', 'channels', 'organisation', 'pipeline_templates', 'refusal_reasons',
           'settings', 'sites', 'channel_costs', 'departments', 'site_calendars', 'stages',
           'users', 'attachments', 'jobs', 'requisitions', 'role_grants', 'applications',
           'approval_steps', 'outbox', 'tasks', 'escalations')


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): the audit table's append-only triggers stay.
    for table in AUDITED:
        op.add_column(table, sa.Column('audit_entry_id', sa.Uuid(), nullable=True))
    op.add_column('audit_entries', sa.Column('rows', sa.Text(), nullable=True))
    op.add_column('candidates', sa.Column('mobile_masked', sa.String(length=20), nullable=True))
    op.add_column('candidates', sa.Column('id_number_masked', sa.String(length=24),
                                          nullable=True))
    # A file's own name is encrypted from now on (upgrades.after_upgrade encrypts the old
    # ones); the list shows it with long numbers masked.
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('display_name', sa.String(length=255), nullable=False,
                                      server_default=''))
        batch_op.alter_column('filename', existing_type=sa.String(length=255),
                              type_=sa.Text(), existing_nullable=False)
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.alter_column('display_name', server_default=None)


def downgrade() -> None:
    # Plain DROP COLUMN where a table is referenced by others: a batch rebuild drops the
    # table, which SQLite refuses while rows elsewhere point at it (SQLite has had
    # DROP COLUMN since 3.35). The audit table keeps its triggers that way too.
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.alter_column('filename', existing_type=sa.Text(),
                              type_=sa.String(length=255), existing_nullable=False)
        batch_op.drop_column('display_name')
    for column in ('id_number_masked', 'mobile_masked'):
        op.execute(f'ALTER TABLE candidates DROP COLUMN {column}')
    for table in AUDITED:
        op.execute(f'ALTER TABLE {table} DROP COLUMN audit_entry_id')
    op.execute('ALTER TABLE audit_entries DROP COLUMN rows')
