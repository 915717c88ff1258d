"""Record versions for several users at once, and who wrote each change-log entry.

- ``version`` on every record table (SQLAlchemy's ``version_id_col``): existing rows
  start at 1.
- ``change_log.db_user``: on PostgreSQL the server fills it with ``current_user``; in a
  file it stays empty (the ``user`` column already names the person).
- On PostgreSQL only: the case-insensitive collation ``nocase``, so that the read queries'
  ``ORDER BY ... COLLATE NOCASE`` (built into SQLite) mean the same on both engines.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

RECORD_TABLES = (
    "authority_profile", "authority_role", "category_correction", "category_presence",
    "coordination_arrangement", "dossier_identity", "exchange_peer", "instrument_membership",
    "mechanism", "meeting", "merge_history", "monitoring_area_status", "organisation", "plan",
    "plan_dismissed_suggestion", "plan_objective", "readiness_answer", "resource_need_status",
    "setting", "tombstone", "function_progress", "meeting_agenda_item", "meeting_decision",
    "national_authority", "person", "plan_activity", "readiness_baseline", "responsibility",
    "meeting_action", "meeting_participant", "plan_activity_partner", "point_of_contact",
    "contact_profile_item", "point_of_contact_instrument",
)


def upgrade() -> None:
    server = op.get_bind().dialect.name == "postgresql"
    if server:
        # ICU's root locale at strength 2: case-insensitive, accent-sensitive.
        op.execute("CREATE COLLATION IF NOT EXISTS nocase "
                   "(provider = icu, locale = 'und-u-ks-level2', deterministic = false)")
    for table in RECORD_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False,
                                          server_default="1"))
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column(
            "db_user", sa.String(length=200), nullable=True,
            server_default=sa.text("current_user") if server else None))


def downgrade() -> None:
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_column("db_user")
    for table in RECORD_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP COLLATION IF EXISTS nocase")
