"""Readiness baselines: the readiness of a date, kept to show progress over time.

Only a new table: existing rows are not touched.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('readiness_baseline',
    sa.Column('taken_on', sa.Date(), nullable=False),
    sa.Column('meeting_id', sa.Uuid(), nullable=True),
    sa.Column('percent', sa.Integer(), nullable=True),
    sa.Column('categories_covered', sa.Integer(), nullable=False),
    sa.Column('categories_required', sa.Integer(), nullable=False),
    sa.Column('women_percent', sa.Integer(), nullable=True),
    sa.Column('figures', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_readiness_baseline_meeting_id_meeting'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_readiness_baseline')),
    sa.UniqueConstraint('taken_on', name=op.f('uq_readiness_baseline_taken_on'))
    )
    with op.batch_alter_table('readiness_baseline', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_readiness_baseline_meeting_id'), ['meeting_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('readiness_baseline', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_readiness_baseline_meeting_id'))

    op.drop_table('readiness_baseline')
