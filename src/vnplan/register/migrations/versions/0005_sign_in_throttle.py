"""sign-in throttle: failed sign-ins per address, kept in the database so that every worker sees them

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 10:05:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sign_in_throttle',
                    sa.Column('address', sa.String(length=100), nullable=False),
                    sa.Column('failures', sa.Integer(), nullable=False),
                    sa.Column('first_at', sa.DateTime(timezone=True), nullable=False),
                    sa.Column('wait_until', sa.DateTime(timezone=True), nullable=True),
                    sa.PrimaryKeyConstraint('address'))


def downgrade() -> None:
    op.drop_table('sign_in_throttle')
