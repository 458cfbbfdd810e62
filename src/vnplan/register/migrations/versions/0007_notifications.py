"""notifications: in-app notices with their e-mail state; each user's e-mail choice and calendar feed key

A notice is written once per event for each person concerned (`key` names the event, so
that running the reminders twice writes nothing new). A user's calendar feed is reached by
a secret address without signing in; only the SHA-256 of its key is stored.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 11:30:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('notification',
                    sa.Column('id', sa.Integer(), nullable=False),
                    sa.Column('user_id', sa.Integer(), nullable=False),
                    sa.Column('kind', sa.String(length=20), nullable=False),
                    sa.Column('key', sa.String(length=200), nullable=False),
                    sa.Column('link', sa.String(length=300), nullable=False),
                    sa.Column('text', sa.Text(), nullable=False),
                    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
                    sa.Column('read_at', sa.DateTime(timezone=True), nullable=True),
                    sa.Column('mail', sa.String(length=10), nullable=False),
                    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name='fk_notification_user',
                                            ondelete='CASCADE'),
                    sa.PrimaryKeyConstraint('id'),
                    sa.UniqueConstraint('user_id', 'key', name='uq_notification_user_key'))
    op.create_index('ix_notification_user_read', 'notification', ['user_id', 'read_at'])
    op.create_index('ix_notification_mail', 'notification', ['mail'])
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('email_notices', sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column('feed_token_hash', sa.String(length=64), nullable=True))
        batch_op.create_index('ix_user_account_feed_token_hash', ['feed_token_hash'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_index('ix_user_account_feed_token_hash')
        batch_op.drop_column('feed_token_hash')
        batch_op.drop_column('email_notices')
    op.drop_index('ix_notification_mail', table_name='notification')
    op.drop_index('ix_notification_user_read', table_name='notification')
    op.drop_table('notification')
