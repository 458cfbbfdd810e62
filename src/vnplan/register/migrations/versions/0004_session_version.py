"""users: a session version, raised to end every session of a user at once

Sessions are signed cookies; a cookie carries the version it was issued under and
stops working when the user's version moves on (sign-out, new password, disabled).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 09:05:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('session_version', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_column('session_version')
