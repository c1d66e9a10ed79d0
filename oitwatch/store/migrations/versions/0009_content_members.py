"""documents inside archives: an archive's member names and the bodies they are

Revision ID: 0009_content_members
Revises: 0008_links_page
Create Date: 2026-11-30 16:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_content_members"
down_revision = "0008_links_page"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "content_members",
        sa.Column("archive_sha256", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=1000), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("member_sha256", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("archive_sha256", "name"),
    )
    op.create_index(
        "ix_content_members_member_sha256", "content_members", ["member_sha256"]
    )


def downgrade() -> None:
    op.drop_index("ix_content_members_member_sha256", table_name="content_members")
    op.drop_table("content_members")
