"""contents keep the links inside a document (PDF link annotations, Office hyperlinks)

Revision ID: 0010_contents_links
Revises: 0009_content_members
Create Date: 2026-11-30 16:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_contents_links"
down_revision = "0009_content_members"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contents") as batch:
        batch.add_column(sa.Column("links", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("contents") as batch:
        batch.drop_column("links")
