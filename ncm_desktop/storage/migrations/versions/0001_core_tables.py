"""Core tables: the mechanism, organisations, people, National Authority, Points of Contact.

Timestamps are naive UTC ``DATETIME`` columns (see ``storage.types.UtcDateTime``).

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mechanism',
    sa.Column('state_name', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('legal_basis', sa.Text(), nullable=False),
    sa.Column('legal_basis_date', sa.Date(), nullable=True),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mechanism'))
    )
    op.create_table('organisation',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('acronym', sa.String(length=40), nullable=False),
    sa.Column('category_id', sa.String(length=40), nullable=True),
    sa.Column('membership', sa.Enum('full_member', 'observer', 'invited', 'not_present', name='membership', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation'))
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_category_id'), ['category_id'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_setting')),
    sa.UniqueConstraint('key', name=op.f('uq_setting_key'))
    )
    op.create_table('national_authority',
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('designated_on', sa.Date(), nullable=True),
    sa.Column('legal_reference', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_national_authority_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_national_authority'))
    )
    with op.batch_alter_table('national_authority', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_national_authority_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('person',
    sa.Column('organisation_id', sa.Uuid(), nullable=True),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('sex', sa.Enum('female', 'male', 'not_recorded', name='sex', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('role', sa.Enum('chair', 'vice_chair', 'secretary', 'member', 'alternate', name='role', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('mandate_start', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_person_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('point_of_contact',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_point_of_contact_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_point_of_contact'))
    )
    with op.batch_alter_table('point_of_contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_point_of_contact_person_id'), ['person_id'], unique=False)

    op.create_table('point_of_contact_instrument',
    sa.Column('point_of_contact_id', sa.Uuid(), nullable=False),
    sa.Column('instrument_id', sa.String(length=40), nullable=False),
    sa.Column('notified_on', sa.Date(), nullable=True),
    sa.Column('confirmed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['point_of_contact_id'], ['point_of_contact.id'], name=op.f('fk_point_of_contact_instrument_point_of_contact_id_point_of_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_point_of_contact_instrument')),
    sa.UniqueConstraint('point_of_contact_id', 'instrument_id', name=op.f('uq_point_of_contact_instrument_point_of_contact_id'))
    )
    with op.batch_alter_table('point_of_contact_instrument', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_point_of_contact_instrument_point_of_contact_id'), ['point_of_contact_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('point_of_contact_instrument', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_point_of_contact_instrument_point_of_contact_id'))

    op.drop_table('point_of_contact_instrument')
    with op.batch_alter_table('point_of_contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_point_of_contact_person_id'))

    op.drop_table('point_of_contact')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_organisation_id'))

    op.drop_table('person')
    with op.batch_alter_table('national_authority', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_national_authority_organisation_id'))

    op.drop_table('national_authority')
    op.drop_table('setting')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisation_category_id'))

    op.drop_table('organisation')
    op.drop_table('mechanism')
