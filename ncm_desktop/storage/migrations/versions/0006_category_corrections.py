"""Category corrections: the 7.4 category an officer chose by hand at an import, by
organisation name, applied at the next import into the same dossier.

Only a new table: existing rows are not touched.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('category_correction',
    sa.Column('name_key', sa.String(length=300), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('category_id', sa.String(length=40), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_category_correction')),
    sa.UniqueConstraint('name_key', name=op.f('uq_category_correction_name_key'))
    )


def downgrade() -> None:
    op.drop_table('category_correction')
