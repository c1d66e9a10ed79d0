"""officers' corrections of the checker: "this URL is item X", "this verdict is wrong because ..."

Revision ID: 0005_checker_corrections
Revises: 0004_security_sessions
Create Date: 2026-11-30 07:15:00
"""

from alembic import op
import sqlalchemy as sa


revision = "0005_checker_corrections"
down_revision = "0004_security_sessions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("framework", sa.String(length=50), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_corrections_site_id", "corrections", ["site_id"])


def downgrade() -> None:
    op.drop_index("ix_corrections_site_id", table_name="corrections")
    op.drop_table("corrections")
