"""drop the unused lock-out columns of user_account

users.failed_logins and users.locked_until belonged to a lock-out that sign-in no longer has: failed
sign-ins slow down an address and an account at that address (table sign_in_throttle), and nothing reads
or writes the two columns. They are dropped in place (ALTER TABLE … DROP COLUMN, which SQLite has had since
3.35), not by copying the table: a copy of user_account on SQLite would drop the original, and with
foreign keys on, that deletes every notification of every user (ON DELETE CASCADE).

Revision ID: 0011_drop_unused_lockout
Revises: 0010
Create Date: 2026-11-30 14:10:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0011_drop_unused_lockout'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('user_account', recreate='never') as batch_op:
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_logins')


def downgrade() -> None:
    with op.batch_alter_table('user_account', recreate='never') as batch_op:
        batch_op.add_column(sa.Column('failed_logins', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True))
