"""links say which page of a document they open at (bundle.pdf#page=5)

Revision ID: 0008_links_page
Revises: 0007_scaleout_extract_jobs
Create Date: 2026-11-30 13:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_links_page"
down_revision = "0007_scaleout_extract_jobs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("links") as batch:
        batch.add_column(sa.Column("page", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("links") as batch:
        batch.drop_column("page")
