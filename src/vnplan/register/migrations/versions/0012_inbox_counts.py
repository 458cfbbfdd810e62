"""the inbox's counts kept by the database: a row per change of a report's or target actual's status

The inbox counted its ~50,000 waiting and ~50,000 returned reports through an index on every request.
Now triggers on progress_report and target_actual add a row (plan, kind, status, +1 or -1) to
inbox_count whenever a record is created or deleted or its status (or its task or target) changes,
whoever writes it, in the writer's own transaction. A count is the sum of a status's rows over the plans
of a province: exact at every moment, with no row that concurrent writers would have to wait for (each
change is an insert of its own, not an update of a shared counter, so decisions neither queue behind
each other nor deadlock). `monitor/inbox_counts.fold` later replaces the rows of one plan and status by
their sum, so that the table stays about as large as the number of plans.

The inbox's pages find each report's task in the plan's current version by (tracked task, version): an
index on both, where SQLite, with no statistics, read every task of the version to find one.

Revision ID: 0012_inbox_counts
Revises: 0011_drop_unused_lockout
Create Date: 2026-11-30 16:30:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0012_inbox_counts'
down_revision = '0011_drop_unused_lockout'
branch_labels = None
depends_on = None

# the plan of a record, from the record's own columns (NEW or OLD): a report through its tracked task,
# a target actual through its target's plan version
PLAN_OF = {
    "progress_report": ("report", "SELECT plan_id FROM tracked_task WHERE id = {row}.tracked_task_id"),
    "target_actual": ("actual", "SELECT v.plan_id FROM target t JOIN plan_version v ON v.id = t.version_id "
                                "WHERE t.id = {row}.target_id"),
}
LINK = {"progress_report": "tracked_task_id", "target_actual": "target_id"}


def _change(table: str, row: str, change: int) -> str:
    kind, plan_of = PLAN_OF[table]
    return (f"INSERT INTO inbox_count (plan_id, kind, status, change) "
            f"SELECT plan_id, '{kind}', {row}.status, {change} FROM ({plan_of.format(row=row)}) AS owner")


def _counted_now(table: str) -> str:
    """The rows that the records already in the table stand for: one per plan and status, their number."""
    if table == "progress_report":
        return ("SELECT t.plan_id, 'report', r.status, count(*) FROM progress_report r "
                "JOIN tracked_task t ON t.id = r.tracked_task_id GROUP BY t.plan_id, r.status")
    return ("SELECT v.plan_id, 'actual', a.status, count(*) FROM target_actual a JOIN target t ON t.id = a.target_id "
            "JOIN plan_version v ON v.id = t.version_id GROUP BY v.plan_id, a.status")


def upgrade() -> None:
    op.create_table(
        'inbox_count',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('plan_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(8), nullable=False),
        sa.Column('status', sa.String(12), nullable=False),
        sa.Column('change', sa.Integer(), nullable=False),
    )
    # the counts read the rows of some statuses, summed by plan: all they need is in the index
    op.create_index('ix_inbox_count_status', 'inbox_count', ['status', 'kind', 'plan_id', 'change'])
    op.create_index('ix_task_tracked_version', 'task', ['tracked_task_id', 'version_id'])
    for table in PLAN_OF:
        op.execute(f"INSERT INTO inbox_count (plan_id, kind, status, change) {_counted_now(table)}")
    postgres = op.get_bind().dialect.name == "postgresql"
    for table, link in LINK.items():
        changed = f"OLD.status IS DISTINCT FROM NEW.status OR OLD.{link} IS DISTINCT FROM NEW.{link}"
        if postgres:
            op.execute(f"""
                CREATE FUNCTION inbox_count_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN {_change(table, 'OLD', -1)}; END IF;
                    IF TG_OP <> 'DELETE' THEN {_change(table, 'NEW', 1)}; END IF;
                    RETURN NULL;
                END $$""")
            op.execute(f"CREATE TRIGGER inbox_count_{table} AFTER INSERT OR DELETE ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION inbox_count_{table}()")
            op.execute(f"CREATE TRIGGER inbox_count_{table}_update AFTER UPDATE OF status, {link} ON {table} "
                       f"FOR EACH ROW WHEN ({changed}) EXECUTE FUNCTION inbox_count_{table}()")
        else:
            op.execute(f"CREATE TRIGGER inbox_count_{table}_insert AFTER INSERT ON {table} "
                       f"BEGIN {_change(table, 'NEW', 1)}; END")
            op.execute(f"CREATE TRIGGER inbox_count_{table}_delete AFTER DELETE ON {table} "
                       f"BEGIN {_change(table, 'OLD', -1)}; END")
            op.execute(f"CREATE TRIGGER inbox_count_{table}_update AFTER UPDATE OF status, {link} ON {table} "
                       f"WHEN {changed.replace('IS DISTINCT FROM', 'IS NOT')} "
                       f"BEGIN {_change(table, 'OLD', -1)}; {_change(table, 'NEW', 1)}; END")


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in LINK:
        if postgres:
            op.execute(f"DROP TRIGGER inbox_count_{table}_update ON {table}")
            op.execute(f"DROP TRIGGER inbox_count_{table} ON {table}")
            op.execute(f"DROP FUNCTION inbox_count_{table}()")
        else:
            for event in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER inbox_count_{table}_{event}")
    op.drop_index('ix_task_tracked_version', table_name='task')
    op.drop_index('ix_inbox_count_status', table_name='inbox_count')
    op.drop_table('inbox_count')
