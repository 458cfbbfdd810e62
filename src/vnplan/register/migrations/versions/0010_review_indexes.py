"""indexes for the review inbox and the reporting-rate tables

The inbox lists reports and target actuals of one status, oldest first, a page at a time,
and counts each list: an index on (status, moment, id) gives both without sorting or
reading the rows. The rate tables read the received reports of a plan's tracked tasks:
an index holding the columns they read is enough to answer them without the table.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 11:45:00
"""
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

INDEXES = [
    ('ix_progress_report_review', 'progress_report', ['status', 'submitted_at', 'id']),
    ('ix_progress_report_returned', 'progress_report', ['status', 'decided_at', 'id']),
    ('ix_progress_report_received', 'progress_report',
     ['tracked_task_id', 'status', 'period', 'agency_id', 'submitted_at', 'id']),
    ('ix_target_actual_review', 'target_actual', ['status', 'submitted_at', 'id']),
]


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in INDEXES:
        op.drop_index(name, table_name=table)
