"""fetches say whether they were carried forward, when the server last confirmed them and since when they are unchanged

Revision ID: 0002_crawlcost_revalidation
Revises: 0001
Create Date: 2026-11-30 06:30:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0002_crawlcost_revalidation'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('fetches') as batch:
        batch.add_column(sa.Column('carried', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column('verified_at', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('changed_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('fetches') as batch:
        batch.drop_column('changed_at')
        batch.drop_column('verified_at')
        batch.drop_column('carried')
