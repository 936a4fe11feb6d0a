"""Tasks looked up by application and status (closing a stage's tasks on every move).

Revision ID: 0003_task_lookup
Revises: 0002_recruiting
"""
from __future__ import annotations

from alembic import op

revision = '0003_task_lookup'
down_revision = '0002_recruiting'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tasks_application_id'))
        batch_op.create_index('ix_tasks_application_status', ['application_id', 'status'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_index('ix_tasks_application_status')
        batch_op.create_index(batch_op.f('ix_tasks_application_id'), ['application_id'],
                              unique=False)
