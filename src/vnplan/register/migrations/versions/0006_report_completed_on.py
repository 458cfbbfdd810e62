"""progress reports: the day the agency says a task was completed

A report of "hoàn thành" names the day the work was done; that day, not the day
the report was sent, decides whether the task was done on time or late.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 09:45:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('progress_report', schema=None) as batch_op:
        batch_op.add_column(sa.Column('completed_on', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('progress_report', schema=None) as batch_op:
        batch_op.drop_column('completed_on')
