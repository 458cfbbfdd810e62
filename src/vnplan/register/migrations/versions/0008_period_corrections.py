"""reporting periods corrected by the planning department

A plan's reporting periods are derived from its reporting duties; the planning
department may add a period, remove one or move its due date. Each such
correction is a row, the latest per period key winning, applied wherever the
periods are read.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 11:20:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'period_correction',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('plan_id', sa.Integer(), sa.ForeignKey('plan.id', ondelete='CASCADE'), nullable=False),
        sa.Column('period', sa.String(length=20), nullable=False),
        sa.Column('change', sa.String(length=10), nullable=False),
        sa.Column('start', sa.Date(), nullable=True),
        sa.Column('end', sa.Date(), nullable=True),
        sa.Column('due', sa.Date(), nullable=True),
        sa.Column('actor_id', sa.Integer(), sa.ForeignKey('user_account.id'), nullable=True),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index('ix_period_correction_plan_id', 'period_correction', ['plan_id'])


def downgrade() -> None:
    op.drop_index('ix_period_correction_plan_id', table_name='period_correction')
    op.drop_table('period_correction')
