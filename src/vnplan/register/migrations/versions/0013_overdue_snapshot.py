"""the overdue agencies as last counted, one row per province, shared by every worker of the app

Counting a province's overdue agencies reads every lead duty and received report in it (~2 s of CPU for
the whole register of the benchmark), and each worker of `vnplan serve` counted them once a minute for
itself. The row keeps the last figure (JSON) with the moment its count began, and a lease: the worker
that finds the figure too old takes the lease by a conditional UPDATE, so only one counts, and the others
read the stored figure (`monitor/overdue_snapshot.py`). Moments are seconds since the epoch.

Revision ID: 0013_overdue_snapshot
Revises: 0012_inbox_counts
Create Date: 2026-11-30 17:40:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0013_overdue_snapshot'
down_revision = '0012_inbox_counts'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'overdue_snapshot',
        sa.Column('scope', sa.String(100), primary_key=True),  # the province, '' for the whole register
        sa.Column('agencies', sa.Text(), nullable=True),  # JSON [[agency id, name, reports missing], ...]; NULL before the first count
        sa.Column('counted_at', sa.Float(), nullable=True),
        sa.Column('lease_until', sa.Float(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table('overdue_snapshot')
