"""queue_jobs: sites sent to the task queue and how they went

Revision ID: 0003_scaleout_queue_jobs
Revises: 0002_crawlcost_revalidation
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_scaleout_queue_jobs"
down_revision = "0002_crawlcost_revalidation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "queue_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_key", sa.String(length=100), nullable=False),
        sa.Column("dedupe", sa.String(length=150), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("worker", sa.String(length=200), nullable=True),
        sa.Column("as_of", sa.Date(), nullable=True),
        sa.Column("enqueued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("dedupe"),
    )
    op.create_index("ix_queue_jobs_site_key", "queue_jobs", ["site_key"])
    op.create_index("ix_queue_jobs_state", "queue_jobs", ["state"])


def downgrade() -> None:
    op.drop_index("ix_queue_jobs_state", table_name="queue_jobs")
    op.drop_index("ix_queue_jobs_site_key", table_name="queue_jobs")
    op.drop_table("queue_jobs")
