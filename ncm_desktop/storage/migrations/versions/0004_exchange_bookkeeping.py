"""Exchange bookkeeping: tombstones, merge history, peers and the dossier's own id.

The dossier gets its id here, so that every existing file has one before its first
package.  Timestamps are naive UTC ``DATETIME`` columns (see ``storage.types``).

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('dossier_identity',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_identity'))
    )
    op.create_table('exchange_peer',
    sa.Column('peer_dossier_id', sa.Uuid(), nullable=False),
    sa.Column('peer_name', sa.String(length=300), nullable=False),
    sa.Column('last_exchange_at', sa.DateTime(), nullable=False),
    sa.Column('last_package_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_peer')),
    sa.UniqueConstraint('peer_dossier_id', name=op.f('uq_exchange_peer_peer_dossier_id'))
    )
    op.create_table('merge_history',
    sa.Column('table_name', sa.String(length=80), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('merged_at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.Enum('superseded', 'conflict', 'deleted', 'orphaned', name='history_reason', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('side', sa.Enum('this_dossier', 'other_dossier', name='history_side', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('peer_name', sa.String(length=300), nullable=False),
    sa.Column('package_id', sa.Uuid(), nullable=True),
    sa.Column('record_json', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_merge_history'))
    )
    with op.batch_alter_table('merge_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_merge_history_record_id'), ['record_id'], unique=False)

    op.create_table('tombstone',
    sa.Column('table_name', sa.String(length=80), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tombstone')),
    sa.UniqueConstraint('table_name', 'record_id', name=op.f('uq_tombstone_table_name'))
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    identity = sa.table("dossier_identity", sa.column("id", sa.Uuid()),
                        sa.column("created_at", sa.DateTime()),
                        sa.column("modified_at", sa.DateTime()))
    op.bulk_insert(identity, [{"id": uuid.uuid4(), "created_at": now, "modified_at": now}])


def downgrade() -> None:
    op.drop_table('tombstone')
    with op.batch_alter_table('merge_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_merge_history_record_id'))

    op.drop_table('merge_history')
    op.drop_table('exchange_peer')
    op.drop_table('dossier_identity')
