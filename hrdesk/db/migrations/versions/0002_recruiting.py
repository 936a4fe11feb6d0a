"""Recruiting core: requisitions, jobs, pipelines, applications, tasks, notices.

Revision ID: 0002_recruiting
Revises: 0001_initial
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002_recruiting'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('channels',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_channels')),
    sa.UniqueConstraint('name', name=op.f('uq_channels_name'))
    )
    op.create_table('pipeline_templates',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('job_type', sa.String(length=40), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('cloned_from_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['cloned_from_id'], ['pipeline_templates.id'], name=op.f('fk_pipeline_templates_cloned_from_id_pipeline_templates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pipeline_templates')),
    sa.UniqueConstraint('name', name=op.f('uq_pipeline_templates_name'))
    )
    op.create_table('refusal_reasons',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('by_candidate', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refusal_reasons')),
    sa.UniqueConstraint('code', name=op.f('uq_refusal_reasons_code'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('channel_costs',
    sa.Column('channel_id', sa.Uuid(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['channel_id'], ['channels.id'], name=op.f('fk_channel_costs_channel_id_channels')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_channel_costs'))
    )
    with op.batch_alter_table('channel_costs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_channel_costs_channel_id'), ['channel_id'], unique=False)

    op.create_table('site_calendars',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('spec', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_site_calendars_site_id_sites')),
    sa.PrimaryKeyConstraint('site_id', name=op.f('pk_site_calendars'))
    )
    op.create_table('stages',
    sa.Column('template_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('owner_role', sa.String(length=20), nullable=False),
    sa.Column('sla_amount', sa.Integer(), nullable=False),
    sa.Column('sla_unit', sa.String(length=10), nullable=False),
    sa.Column('remind_before_hours', sa.Integer(), nullable=False),
    sa.Column('remind_every_hours', sa.Integer(), nullable=False),
    sa.Column('skippable', sa.Boolean(), nullable=False),
    sa.Column('requirements', sa.JSON(), nullable=False),
    sa.Column('entry_actions', sa.JSON(), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['pipeline_templates.id'], name=op.f('fk_stages_template_id_pipeline_templates'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stages')),
    sa.UniqueConstraint('template_id', 'key', name=op.f('uq_stages_template_id'))
    )
    with op.batch_alter_table('stages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stages_template_id'), ['template_id'], unique=False)

    op.create_table('jobs',
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('department_id', sa.Uuid(), nullable=False),
    sa.Column('job_type', sa.String(length=40), nullable=False),
    sa.Column('headcount', sa.Integer(), nullable=False),
    sa.Column('hired_count', sa.Integer(), nullable=False),
    sa.Column('recruiter_id', sa.Uuid(), nullable=True),
    sa.Column('hiring_manager_id', sa.Uuid(), nullable=True),
    sa.Column('template_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('requirements', sa.Text(), nullable=False),
    sa.Column('salary_min', sa.Integer(), nullable=True),
    sa.Column('salary_max', sa.Integer(), nullable=True),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('cloned_from_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['cloned_from_id'], ['jobs.id'], name=op.f('fk_jobs_cloned_from_id_jobs')),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_jobs_department_id_departments')),
    sa.ForeignKeyConstraint(['hiring_manager_id'], ['users.id'], name=op.f('fk_jobs_hiring_manager_id_users')),
    sa.ForeignKeyConstraint(['recruiter_id'], ['users.id'], name=op.f('fk_jobs_recruiter_id_users')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_jobs_site_id_sites')),
    sa.ForeignKeyConstraint(['template_id'], ['pipeline_templates.id'], name=op.f('fk_jobs_template_id_pipeline_templates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_jobs')),
    sa.UniqueConstraint('code', name=op.f('uq_jobs_code'))
    )
    with op.batch_alter_table('jobs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_jobs_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_jobs_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_jobs_status'), ['status'], unique=False)

    op.create_table('notifications',
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('link_type', sa.String(length=30), nullable=True),
    sa.Column('link_id', sa.Uuid(), nullable=True),
    sa.Column('read_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_notifications_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notifications'))
    )
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.create_index('ix_notifications_user_read', ['user_id', 'read_at'], unique=False)

    op.create_table('requisitions',
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('department_id', sa.Uuid(), nullable=False),
    sa.Column('position_title', sa.String(length=100), nullable=False),
    sa.Column('job_type', sa.String(length=40), nullable=False),
    sa.Column('headcount', sa.Integer(), nullable=False),
    sa.Column('duties', sa.Text(), nullable=False),
    sa.Column('qualifications', sa.Text(), nullable=False),
    sa.Column('salary_min', sa.Integer(), nullable=True),
    sa.Column('salary_max', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('wanted_by', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('requested_by_id', sa.Uuid(), nullable=False),
    sa.Column('job_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_requisitions_department_id_departments')),
    sa.ForeignKeyConstraint(['requested_by_id'], ['users.id'], name=op.f('fk_requisitions_requested_by_id_users')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_requisitions_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_requisitions')),
    sa.UniqueConstraint('number', name=op.f('uq_requisitions_number'))
    )
    with op.batch_alter_table('requisitions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_requisitions_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_requisitions_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_requisitions_status'), ['status'], unique=False)

    with op.batch_alter_table('requisitions', schema=None) as batch_op:
        batch_op.create_foreign_key(batch_op.f('fk_requisitions_job_id_jobs'),
                                    'jobs', ['job_id'], ['id'])

    op.create_table('applications',
    sa.Column('candidate_id', sa.Uuid(), nullable=False),
    sa.Column('job_id', sa.Uuid(), nullable=False),
    sa.Column('stage_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('refusal_reason_id', sa.Uuid(), nullable=True),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('channel_id', sa.Uuid(), nullable=True),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('applied_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('stage_entered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('stage_due_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_activity_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('shortlisted', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_applications_candidate_id_candidates')),
    sa.ForeignKeyConstraint(['channel_id'], ['channels.id'], name=op.f('fk_applications_channel_id_channels')),
    sa.ForeignKeyConstraint(['job_id'], ['jobs.id'], name=op.f('fk_applications_job_id_jobs')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_applications_owner_id_users')),
    sa.ForeignKeyConstraint(['refusal_reason_id'], ['refusal_reasons.id'], name=op.f('fk_applications_refusal_reason_id_refusal_reasons')),
    sa.ForeignKeyConstraint(['stage_id'], ['stages.id'], name=op.f('fk_applications_stage_id_stages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_applications'))
    )
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_applications_candidate_id'), ['candidate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_channel_id'), ['channel_id'], unique=False)
        batch_op.create_index('ix_applications_job_status_stage', ['job_id', 'status', 'stage_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_stage_due_at'), ['stage_due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_stage_id'), ['stage_id'], unique=False)

    op.create_table('approval_steps',
    sa.Column('requisition_id', sa.Uuid(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('approver_role', sa.String(length=20), nullable=False),
    sa.Column('approver_id', sa.Uuid(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('decided_by_id', sa.Uuid(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['approver_id'], ['users.id'], name=op.f('fk_approval_steps_approver_id_users')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_approval_steps_decided_by_id_users')),
    sa.ForeignKeyConstraint(['requisition_id'], ['requisitions.id'], name=op.f('fk_approval_steps_requisition_id_requisitions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval_steps')),
    sa.UniqueConstraint('requisition_id', 'round', 'position', name=op.f('uq_approval_steps_requisition_id'))
    )
    with op.batch_alter_table('approval_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approval_steps_requisition_id'), ['requisition_id'], unique=False)

    op.create_table('job_channels',
    sa.Column('job_id', sa.Uuid(), nullable=False),
    sa.Column('channel_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['channel_id'], ['channels.id'], name=op.f('fk_job_channels_channel_id_channels')),
    sa.ForeignKeyConstraint(['job_id'], ['jobs.id'], name=op.f('fk_job_channels_job_id_jobs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('job_id', 'channel_id', name=op.f('pk_job_channels'))
    )
    op.create_table('job_interviewers',
    sa.Column('job_id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['job_id'], ['jobs.id'], name=op.f('fk_job_interviewers_job_id_jobs'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_job_interviewers_user_id_users')),
    sa.PrimaryKeyConstraint('job_id', 'user_id', name=op.f('pk_job_interviewers'))
    )
    op.create_table('application_interviewers',
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_application_interviewers_application_id_applications'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_application_interviewers_user_id_users')),
    sa.PrimaryKeyConstraint('application_id', 'user_id', name=op.f('pk_application_interviewers'))
    )
    op.create_table('tasks',
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('assignee_id', sa.Uuid(), nullable=True),
    sa.Column('application_id', sa.Uuid(), nullable=True),
    sa.Column('job_id', sa.Uuid(), nullable=True),
    sa.Column('requisition_id', sa.Uuid(), nullable=True),
    sa.Column('stage_id', sa.Uuid(), nullable=True),
    sa.Column('site_id', sa.Uuid(), nullable=True),
    sa.Column('department_id', sa.Uuid(), nullable=True),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('next_reminder_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('remind_every_hours', sa.Integer(), nullable=False),
    sa.Column('escalation_level', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_tasks_application_id_applications')),
    sa.ForeignKeyConstraint(['assignee_id'], ['users.id'], name=op.f('fk_tasks_assignee_id_users')),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_tasks_department_id_departments')),
    sa.ForeignKeyConstraint(['job_id'], ['jobs.id'], name=op.f('fk_tasks_job_id_jobs')),
    sa.ForeignKeyConstraint(['requisition_id'], ['requisitions.id'], name=op.f('fk_tasks_requisition_id_requisitions')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_tasks_site_id_sites')),
    sa.ForeignKeyConstraint(['stage_id'], ['stages.id'], name=op.f('fk_tasks_stage_id_stages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tasks'))
    )
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tasks_application_id'), ['application_id'], unique=False)
        batch_op.create_index('ix_tasks_assignee_status', ['assignee_id', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasks_job_id'), ['job_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasks_next_reminder_at'), ['next_reminder_at'], unique=False)
        batch_op.create_index('ix_tasks_status_due', ['status', 'due_at'], unique=False)

    op.create_table('timeline_events',
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=True),
    sa.Column('actor_name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('candidate_id', sa.Uuid(), nullable=True),
    sa.Column('application_id', sa.Uuid(), nullable=True),
    sa.Column('job_id', sa.Uuid(), nullable=True),
    sa.Column('requisition_id', sa.Uuid(), nullable=True),
    sa.Column('from_stage_id', sa.Uuid(), nullable=True),
    sa.Column('to_stage_id', sa.Uuid(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('data', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_timeline_events_actor_id_users')),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_timeline_events_application_id_applications')),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_timeline_events_candidate_id_candidates')),
    sa.ForeignKeyConstraint(['from_stage_id'], ['stages.id'], name=op.f('fk_timeline_events_from_stage_id_stages')),
    sa.ForeignKeyConstraint(['job_id'], ['jobs.id'], name=op.f('fk_timeline_events_job_id_jobs')),
    sa.ForeignKeyConstraint(['requisition_id'], ['requisitions.id'], name=op.f('fk_timeline_events_requisition_id_requisitions')),
    sa.ForeignKeyConstraint(['to_stage_id'], ['stages.id'], name=op.f('fk_timeline_events_to_stage_id_stages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_timeline_events'))
    )
    with op.batch_alter_table('timeline_events', schema=None) as batch_op:
        batch_op.create_index('ix_timeline_application_at', ['application_id', 'at'], unique=False)
        batch_op.create_index('ix_timeline_candidate_at', ['candidate_id', 'at'], unique=False)
        batch_op.create_index(batch_op.f('ix_timeline_events_requisition_id'), ['requisition_id'], unique=False)
        batch_op.create_index('ix_timeline_job_at', ['job_id', 'at'], unique=False)

    op.create_table('escalations',
    sa.Column('task_id', sa.Uuid(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('to_user_id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('overdue_hours', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_escalations_task_id_tasks')),
    sa.ForeignKeyConstraint(['to_user_id'], ['users.id'], name=op.f('fk_escalations_to_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_escalations'))
    )
    with op.batch_alter_table('escalations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_escalations_task_id'), ['task_id'], unique=False)

    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.add_column(sa.Column('email_normalised', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('certificates', sa.JSON(), nullable=False,
                                      server_default=sa.text("'[]'")))
        batch_op.add_column(sa.Column('skills', sa.JSON(), nullable=False,
                                      server_default=sa.text("'[]'")))
        batch_op.add_column(sa.Column('tags', sa.JSON(), nullable=False,
                                      server_default=sa.text("'[]'")))
        batch_op.add_column(sa.Column('expected_salary', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('extra', sa.JSON(), nullable=False,
                                      server_default=sa.text("'{}'")))
        batch_op.add_column(sa.Column('merged_into_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f('ix_candidates_email_normalised'), ['email_normalised'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_candidates_merged_into_id_candidates'), 'candidates', ['merged_into_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_candidates_merged_into_id_candidates'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_candidates_email_normalised'))
        batch_op.drop_column('updated_at')
        batch_op.drop_column('merged_into_id')
        batch_op.drop_column('extra')
        batch_op.drop_column('expected_salary')
        batch_op.drop_column('tags')
        batch_op.drop_column('skills')
        batch_op.drop_column('certificates')
        batch_op.drop_column('email_normalised')

    with op.batch_alter_table('escalations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_escalations_task_id'))

    op.drop_table('escalations')
    with op.batch_alter_table('timeline_events', schema=None) as batch_op:
        batch_op.drop_index('ix_timeline_job_at')
        batch_op.drop_index(batch_op.f('ix_timeline_events_requisition_id'))
        batch_op.drop_index('ix_timeline_candidate_at')
        batch_op.drop_index('ix_timeline_application_at')

    op.drop_table('timeline_events')
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_index('ix_tasks_status_due')
        batch_op.drop_index(batch_op.f('ix_tasks_next_reminder_at'))
        batch_op.drop_index(batch_op.f('ix_tasks_job_id'))
        batch_op.drop_index('ix_tasks_assignee_status')
        batch_op.drop_index(batch_op.f('ix_tasks_application_id'))

    op.drop_table('tasks')
    op.drop_table('application_interviewers')
    op.drop_table('job_interviewers')
    op.drop_table('job_channels')
    with op.batch_alter_table('approval_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_approval_steps_requisition_id'))

    op.drop_table('approval_steps')
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_applications_stage_id'))
        batch_op.drop_index(batch_op.f('ix_applications_stage_due_at'))
        batch_op.drop_index(batch_op.f('ix_applications_owner_id'))
        batch_op.drop_index('ix_applications_job_status_stage')
        batch_op.drop_index(batch_op.f('ix_applications_channel_id'))
        batch_op.drop_index(batch_op.f('ix_applications_candidate_id'))

    op.drop_table('applications')
    with op.batch_alter_table('requisitions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_requisitions_status'))
        batch_op.drop_index(batch_op.f('ix_requisitions_site_id'))
        batch_op.drop_index(batch_op.f('ix_requisitions_department_id'))

    op.drop_table('requisitions')
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_index('ix_notifications_user_read')

    op.drop_table('notifications')
    with op.batch_alter_table('jobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_jobs_status'))
        batch_op.drop_index(batch_op.f('ix_jobs_site_id'))
        batch_op.drop_index(batch_op.f('ix_jobs_department_id'))

    op.drop_table('jobs')
    with op.batch_alter_table('stages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stages_template_id'))

    op.drop_table('stages')
    op.drop_table('site_calendars')
    with op.batch_alter_table('channel_costs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_channel_costs_channel_id'))

    op.drop_table('channel_costs')
    op.drop_table('settings')
    op.drop_table('refusal_reasons')
    op.drop_table('pipeline_templates')
    op.drop_table('channels')
