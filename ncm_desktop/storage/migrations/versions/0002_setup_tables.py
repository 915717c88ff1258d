"""Set-up tables: instruments joined, categories present, the National Authority's role and
profile, Point of Contact profiles and coordination, functions, monitoring areas, resources,
Table 1 responsibilities and hand-given readiness answers.

Only new tables: existing rows are not touched.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('authority_profile',
    sa.Column('known_as', sa.String(length=300), nullable=False),
    sa.Column('within_interior', sa.Enum('yes', 'no', 'unknown', name='yes_no_unknown', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('technical_body', sa.String(length=300), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_authority_profile'))
    )
    op.create_table('authority_role',
    sa.Column('provision_id', sa.String(length=40), nullable=False),
    sa.Column('in_place', sa.Boolean(), nullable=False),
    sa.Column('how', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_authority_role')),
    sa.UniqueConstraint('provision_id', name=op.f('uq_authority_role_provision_id'))
    )
    op.create_table('category_presence',
    sa.Column('category_id', sa.String(length=40), nullable=False),
    sa.Column('present', sa.Enum('yes', 'no', 'unknown', name='yes_no_unknown', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_category_presence')),
    sa.UniqueConstraint('category_id', name=op.f('uq_category_presence_category_id'))
    )
    op.create_table('coordination_arrangement',
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('frequency', sa.String(length=200), nullable=False),
    sa.Column('last_held', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coordination_arrangement'))
    )
    op.create_table('instrument_membership',
    sa.Column('instrument_id', sa.String(length=40), nullable=True),
    sa.Column('custom_name', sa.String(length=300), nullable=False),
    sa.Column('joined', sa.Boolean(), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.Column('requires_mechanism', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_instrument_membership')),
    sa.UniqueConstraint('instrument_id', name=op.f('uq_instrument_membership_instrument_id'))
    )
    op.create_table('monitoring_area_status',
    sa.Column('area_id', sa.String(length=40), nullable=False),
    sa.Column('data_available', sa.Enum('available', 'partial', 'unavailable', name='data_availability', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('sex_disaggregated', sa.Enum('yes', 'no', 'unknown', name='yes_no_unknown', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_monitoring_area_status')),
    sa.UniqueConstraint('area_id', name=op.f('uq_monitoring_area_status_area_id'))
    )
    op.create_table('readiness_answer',
    sa.Column('provision_id', sa.String(length=40), nullable=False),
    sa.Column('answer', sa.Enum('met', 'partly_met', 'not_met', 'not_applicable', name='answer', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_readiness_answer')),
    sa.UniqueConstraint('provision_id', name=op.f('uq_readiness_answer_provision_id'))
    )
    op.create_table('resource_need_status',
    sa.Column('need_id', sa.String(length=40), nullable=False),
    sa.Column('status', sa.Enum('missing', 'partly_in_place', 'in_place', name='resource_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=True),
    sa.Column('estimated_cost', sa.Integer(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('funding_source', sa.Enum('national_authority', 'other_national', 'regional', 'international', 'not_known', name='funding_source', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resource_need_status')),
    sa.UniqueConstraint('need_id', name=op.f('uq_resource_need_status_need_id'))
    )
    op.create_table('function_progress',
    sa.Column('function_id', sa.String(length=40), nullable=False),
    sa.Column('status', sa.Enum('not_started', 'in_progress', 'done', name='function_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('lead_organisation_id', sa.Uuid(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['lead_organisation_id'], ['organisation.id'], name=op.f('fk_function_progress_lead_organisation_id_organisation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_function_progress')),
    sa.UniqueConstraint('function_id', name=op.f('uq_function_progress_function_id'))
    )
    with op.batch_alter_table('function_progress', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_function_progress_lead_organisation_id'), ['lead_organisation_id'], unique=False)

    op.create_table('responsibility',
    sa.Column('area_id', sa.String(length=40), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.Enum('lead', 'support', name='responsibility_role', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('confirmed', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_responsibility_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_responsibility')),
    sa.UniqueConstraint('area_id', 'organisation_id', name=op.f('uq_responsibility_area_id'))
    )
    with op.batch_alter_table('responsibility', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_responsibility_area_id'), ['area_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_responsibility_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('contact_profile_item',
    sa.Column('point_of_contact_id', sa.Uuid(), nullable=False),
    sa.Column('provision_id', sa.String(length=40), nullable=False),
    sa.Column('met', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['point_of_contact_id'], ['point_of_contact.id'], name=op.f('fk_contact_profile_item_point_of_contact_id_point_of_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_profile_item')),
    sa.UniqueConstraint('point_of_contact_id', 'provision_id', name=op.f('uq_contact_profile_item_point_of_contact_id'))
    )
    with op.batch_alter_table('contact_profile_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_profile_item_point_of_contact_id'), ['point_of_contact_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('contact_profile_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_profile_item_point_of_contact_id'))

    op.drop_table('contact_profile_item')
    with op.batch_alter_table('responsibility', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_responsibility_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_responsibility_area_id'))

    op.drop_table('responsibility')
    with op.batch_alter_table('function_progress', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_function_progress_lead_organisation_id'))

    op.drop_table('function_progress')
    op.drop_table('resource_need_status')
    op.drop_table('readiness_answer')
    op.drop_table('monitoring_area_status')
    op.drop_table('instrument_membership')
    op.drop_table('coordination_arrangement')
    op.drop_table('category_presence')
    op.drop_table('authority_role')
    op.drop_table('authority_profile')
