"""contents say which extractor made them, their repairs and original text; OCR readings shared by hash

Revision ID: 0006_extract_version_ocr
Revises: 0005_checker_corrections
Create Date: 2026-11-30 07:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0006_extract_version_ocr'
down_revision = '0005_checker_corrections'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('contents') as batch:
        batch.add_column(sa.Column('extractor_version', sa.Integer(), nullable=False, server_default='0'))
        batch.add_column(sa.Column('repairs', sa.JSON(), nullable=False, server_default='{}'))
        batch.add_column(sa.Column('text_original', sa.Text(), nullable=True))
        batch.add_column(sa.Column('pages', sa.Integer(), nullable=False, server_default='0'))
    op.create_table(
        'ocr_texts',
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('engine', sa.String(length=100), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('pages', sa.Integer(), nullable=False),
        sa.Column('notes', sa.JSON(), nullable=False),
        sa.Column('confidence', sa.Float(), nullable=False),
        sa.Column('doubtful', sa.Float(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('sha256', 'engine'),
    )


def downgrade() -> None:
    op.drop_table('ocr_texts')
    with op.batch_alter_table('contents') as batch:
        batch.drop_column('pages')
        batch.drop_column('text_original')
        batch.drop_column('repairs')
        batch.drop_column('extractor_version')
