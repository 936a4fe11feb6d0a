"""The candidates list's filter on a person's latest application, from one index.

Revision ID: 0005_candidate_search
Revises: 0004_attachments
"""
from __future__ import annotations

from alembic import op

revision = '0005_candidate_search'
down_revision = '0004_attachments'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.create_index('ix_applications_job_candidate_status',
                              ['job_id', 'candidate_id', 'status', 'applied_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_index('ix_applications_job_candidate_status')
