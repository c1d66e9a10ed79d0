"""extract jobs (OCR as queue jobs), the site job's countdown and its broker send time

Revision ID: 0007_scaleout_extract_jobs
Revises: 0006_extract_version_ocr
Create Date: 2026-11-30 09:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_scaleout_extract_jobs"
down_revision = "0006_extract_version_ocr"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "extract_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("crawl_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("content_type", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("worker", sa.String(length=200), nullable=True),
        sa.Column("method", sa.String(length=30), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["crawl_id"], ["crawls.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("crawl_id", "sha256"),
    )
    op.create_index("ix_extract_jobs_crawl_id", "extract_jobs", ["crawl_id"])
    with op.batch_alter_table("queue_jobs") as batch:
        batch.add_column(sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("crawl_id", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("extracts_left", sa.Integer(), nullable=False, server_default="0")
        )
        batch.create_foreign_key(
            "fk_queue_jobs_crawl_id", "crawls", ["crawl_id"], ["id"], ondelete="SET NULL"
        )
    # Jobs made before: their messages were sent when they were made.
    op.execute("UPDATE queue_jobs SET sent_at = enqueued_at")


def downgrade() -> None:
    with op.batch_alter_table("queue_jobs") as batch:
        batch.drop_constraint("fk_queue_jobs_crawl_id", type_="foreignkey")
        batch.drop_column("extracts_left")
        batch.drop_column("crawl_id")
        batch.drop_column("sent_at")
    op.drop_index("ix_extract_jobs_crawl_id", table_name="extract_jobs")
    op.drop_table("extract_jobs")
