"""The National Action Plan and meetings: plan, objectives, activities and their partners,
dismissed suggestions; meetings with their agenda, participants, decisions and follow-up
actions.

Only new tables: existing rows are not touched.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('meeting',
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.Enum('plenary', 'working_group', name='meeting_kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_held_on'), ['held_on'], unique=False)

    op.create_table('plan',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('draft', 'adopted', name='plan_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('adopted_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan'))
    )
    op.create_table('plan_dismissed_suggestion',
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('provision_id', sa.String(length=40), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_dismissed_suggestion')),
    sa.UniqueConstraint('key', name=op.f('uq_plan_dismissed_suggestion_key'))
    )
    op.create_table('plan_objective',
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('reference_id', sa.String(length=40), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_objective'))
    )
    op.create_table('meeting_agenda_item',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_agenda_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_agenda_item'))
    )
    with op.batch_alter_table('meeting_agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_agenda_item_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_decision',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_decision_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_decision'))
    )
    with op.batch_alter_table('meeting_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_decision_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('plan_activity',
    sa.Column('objective_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('lead_organisation_id', sa.Uuid(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('estimated_cost', sa.Integer(), nullable=True),
    sa.Column('no_cost', sa.Boolean(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('funding', sa.Enum('national_budget', 'donor', 'unfunded', name='funding_kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('donor', sa.String(length=200), nullable=False),
    sa.Column('indicator', sa.Text(), nullable=False),
    sa.Column('verification', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('not_started', 'limited', 'substantial', 'completed', name='activity_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('origin_provision_id', sa.String(length=40), nullable=True),
    sa.Column('origin_key', sa.String(length=120), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['lead_organisation_id'], ['organisation.id'], name=op.f('fk_plan_activity_lead_organisation_id_organisation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['objective_id'], ['plan_objective.id'], name=op.f('fk_plan_activity_objective_id_plan_objective'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_activity'))
    )
    with op.batch_alter_table('plan_activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_activity_lead_organisation_id'), ['lead_organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_activity_objective_id'), ['objective_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_activity_origin_key'), ['origin_key'], unique=False)

    op.create_table('meeting_action',
    sa.Column('decision_id', sa.Uuid(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('lead_organisation_id', sa.Uuid(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('open', 'in_progress', 'done', name='action_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('activity_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['plan_activity.id'], name=op.f('fk_meeting_action_activity_id_plan_activity'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['decision_id'], ['meeting_decision.id'], name=op.f('fk_meeting_action_decision_id_meeting_decision'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lead_organisation_id'], ['organisation.id'], name=op.f('fk_meeting_action_lead_organisation_id_organisation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_action'))
    )
    with op.batch_alter_table('meeting_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_action_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_action_decision_id'), ['decision_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_action_lead_organisation_id'), ['lead_organisation_id'], unique=False)

    op.create_table('meeting_participant',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('guest_name', sa.String(length=200), nullable=False),
    sa.Column('guest_organisation', sa.String(length=300), nullable=False),
    sa.Column('guest_sex', sa.Enum('female', 'male', 'not_recorded', name='sex', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('invited', sa.Boolean(), nullable=False),
    sa.Column('attended', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_participant_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_meeting_participant_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_participant')),
    sa.UniqueConstraint('meeting_id', 'person_id', name=op.f('uq_meeting_participant_meeting_id'))
    )
    with op.batch_alter_table('meeting_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_participant_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_participant_person_id'), ['person_id'], unique=False)

    op.create_table('plan_activity_partner',
    sa.Column('activity_id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['plan_activity.id'], name=op.f('fk_plan_activity_partner_activity_id_plan_activity'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_plan_activity_partner_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_activity_partner')),
    sa.UniqueConstraint('activity_id', 'organisation_id', name=op.f('uq_plan_activity_partner_activity_id'))
    )
    with op.batch_alter_table('plan_activity_partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_activity_partner_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_activity_partner_organisation_id'), ['organisation_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('plan_activity_partner', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_activity_partner_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_plan_activity_partner_activity_id'))

    op.drop_table('plan_activity_partner')
    with op.batch_alter_table('meeting_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_participant_person_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_participant_meeting_id'))

    op.drop_table('meeting_participant')
    with op.batch_alter_table('meeting_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_action_lead_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_action_decision_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_action_activity_id'))

    op.drop_table('meeting_action')
    with op.batch_alter_table('plan_activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_activity_origin_key'))
        batch_op.drop_index(batch_op.f('ix_plan_activity_objective_id'))
        batch_op.drop_index(batch_op.f('ix_plan_activity_lead_organisation_id'))

    op.drop_table('plan_activity')
    with op.batch_alter_table('meeting_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_decision_meeting_id'))

    op.drop_table('meeting_decision')
    with op.batch_alter_table('meeting_agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_agenda_item_meeting_id'))

    op.drop_table('meeting_agenda_item')
    op.drop_table('plan_objective')
    op.drop_table('plan_dismissed_suggestion')
    op.drop_table('plan')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_held_on'))

    op.drop_table('meeting')
