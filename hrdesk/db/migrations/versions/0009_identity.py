"""Who is who: names compared as the identity rules compare them, a queue of possible
duplicates, and the database refusing a second live person with one ID number (or one
mobile under one name).

People stored twice before this revision cannot simply be refused now: the younger
of each such group is set ``identity_pending`` (outside the unique indexes) and put in
the duplicates queue with the older one, for HR to merge or tell apart.

Revision ID: 0009_identity
Revises: 0008_name_sort
"""
from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import op

from hrdesk.identity_rules import Key, name_key

revision = '0009_identity'
down_revision = '0008_name_sort'
branch_labels = None
depends_on = None

_LIVE = "merged_into_id IS NULL AND NOT identity_pending"
_ONE_PER_ID_NUMBER = _LIVE + " AND id_number_digest IS NOT NULL"
_ONE_PER_MOBILE_AND_NAME = _LIVE + " AND mobile_digest IS NOT NULL AND NOT mobile_placeholder"


def upgrade() -> None:
    # Plain ADD COLUMN: a batch rebuild of candidates fails while other rows point at it.
    op.add_column('candidates', sa.Column('name_key', sa.String(length=100), nullable=False,
                                          server_default=''))
    for column in ('mobile_placeholder', 'identity_pending'):
        op.add_column('candidates', sa.Column(column, sa.Boolean(), nullable=False,
                                              server_default=sa.text('false')))
    pairs = op.create_table(
        'duplicate_pairs',
        sa.Column('first_id', sa.Uuid(), nullable=False),
        sa.Column('second_id', sa.Uuid(), nullable=False),
        sa.Column('key', sa.String(length=20), nullable=False),
        sa.Column('found_by', sa.String(length=20), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('decided_by_id', sa.Uuid(), nullable=True),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('audit_entry_id', sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'],
                                name=op.f('fk_duplicate_pairs_decided_by_id_users')),
        sa.ForeignKeyConstraint(['first_id'], ['candidates.id'],
                                name=op.f('fk_duplicate_pairs_first_id_candidates')),
        sa.ForeignKeyConstraint(['second_id'], ['candidates.id'],
                                name=op.f('fk_duplicate_pairs_second_id_candidates')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_duplicate_pairs')),
        sa.UniqueConstraint('first_id', 'second_id', name=op.f('uq_duplicate_pairs_first_id')),
    )
    op.create_index(op.f('ix_duplicate_pairs_first_id'), 'duplicate_pairs', ['first_id'])
    op.create_index(op.f('ix_duplicate_pairs_second_id'), 'duplicate_pairs', ['second_id'])
    _queue_people_stored_twice(pairs)
    op.create_index('uq_candidates_live_id_number', 'candidates', ['id_number_digest'],
                    unique=True, sqlite_where=sa.text(_ONE_PER_ID_NUMBER),
                    postgresql_where=sa.text(_ONE_PER_ID_NUMBER))
    op.create_index('uq_candidates_live_mobile_name', 'candidates',
                    ['mobile_digest', 'name_key'], unique=True,
                    sqlite_where=sa.text(_ONE_PER_MOBILE_AND_NAME),
                    postgresql_where=sa.text(_ONE_PER_MOBILE_AND_NAME))


def _queue_people_stored_twice(pairs: sa.Table) -> None:
    """Fill ``name_key``; hold back and queue every live row that would break the new
    unique indexes (the oldest of each group stays the one the index knows)."""
    conn = op.get_bind()
    people = sa.table('candidates', sa.column('id', sa.Uuid()), sa.column('name', sa.String),
                      sa.column('name_key', sa.String), sa.column('mobile_digest', sa.String),
                      sa.column('id_number_digest', sa.String),
                      sa.column('merged_into_id', sa.Uuid()),
                      sa.column('created_at', sa.DateTime(timezone=True)),
                      sa.column('identity_pending', sa.Boolean))
    rows = conn.execute(sa.select(people.c.id, people.c.name, people.c.mobile_digest,
                                  people.c.id_number_digest, people.c.merged_into_id)
                        .order_by(people.c.created_at, people.c.id)).all()
    keys = {r.id: name_key(r.name) for r in rows}
    for start in range(0, len(rows), 1000):
        conn.execute(people.update().where(people.c.id == sa.bindparam('key'))
                     .values(name_key=sa.bindparam('value')),
                     [{'key': r.id, 'value': keys[r.id]} for r in rows[start:start + 1000]])
    held: dict[uuid.UUID, tuple[uuid.UUID, str]] = {}
    groups: dict[tuple[str | None, ...], uuid.UUID] = {}
    for r in rows:  # oldest first
        if r.merged_into_id is not None:
            continue
        for label, group in ((Key.ID_NUMBER.value, (r.id_number_digest,)),
                             (Key.MOBILE.value, (r.mobile_digest, keys[r.id]))):
            if group[0] is None:
                continue
            first = groups.setdefault((label, *group), r.id)
            if first != r.id and r.id not in held:
                held[r.id] = (first, label)
    now = dt.datetime.now(dt.UTC)
    for second, (first, label) in held.items():
        conn.execute(people.update().where(people.c.id == second).values(identity_pending=True))
        low, high = sorted((first, second))
        conn.execute(pairs.insert().values(id=uuid.uuid4(), first_id=low, second_id=high,
                                           key=label, found_by='upgrade', status='open',
                                           created_at=now, version=1))


def downgrade() -> None:
    op.drop_index('uq_candidates_live_mobile_name', table_name='candidates')
    op.drop_index('uq_candidates_live_id_number', table_name='candidates')
    op.drop_index(op.f('ix_duplicate_pairs_second_id'), table_name='duplicate_pairs')
    op.drop_index(op.f('ix_duplicate_pairs_first_id'), table_name='duplicate_pairs')
    op.drop_table('duplicate_pairs')
    # Plain DROP COLUMN, as in 0007: the table is referenced by others.
    for column in ('identity_pending', 'mobile_placeholder', 'name_key'):
        op.execute(f'ALTER TABLE candidates DROP COLUMN {column}')
