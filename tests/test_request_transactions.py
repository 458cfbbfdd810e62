"""How a request's transaction ends (`Database.end`): what it wrote without committing is undone on both
databases; on PostgreSQL one that only read is committed, so that the connection keeps its prepared statements
and the server reuses the inbox's plans instead of planning every statement of every request afresh."""
import pytest
from sqlalchemy import func, select, text

import reporting_plans as rp
from vnplan.monitor import inbox
from vnplan.register import Database
from vnplan.register.models import Agency


def _agencies(db: Database) -> list[str]:
    with db.session() as s:
        return sorted(s.scalars(select(Agency.name)))


def test_what_a_session_did_not_commit_is_undone(world):
    before = _agencies(world)
    sent = world.session()  # a statement sent to the database, never committed
    sent.execute(text("UPDATE agency SET name = name || ' (thử)'"))
    world.end(sent)
    flushed = world.session()  # ORM changes flushed, never committed
    flushed.add(Agency(province=rp.PROVINCE, name="Sở Thử Hai"))
    flushed.flush()
    world.end(flushed)
    pending = world.session()  # a change held by the session, never sent: a read after it must not send it
    pending.add(Agency(province=rp.PROVINCE, name="Sở Thử Ba"))
    with pending.no_autoflush:
        pending.execute(select(func.count()).select_from(Agency))
    world.end(pending)
    assert _agencies(world) == before


def test_a_failed_transaction_is_rolled_back(world):
    failed = world.session()
    with pytest.raises(Exception):
        failed.execute(text("SELECT * FROM no_such_table"))
    world.end(failed)
    with world.session() as s:
        assert s.scalar(text("SELECT 1")) == 1


def test_the_inbox_read_again_runs_on_plans_the_server_kept(world):
    if world.dialect != "postgresql":
        pytest.skip("prepared statements are PostgreSQL's")
    one_connection = Database(world.engine.url.render_as_string(hide_password=False), pool_size=1)
    try:
        for number in range(12):  # psycopg prepares a statement at its 5th use, the server plans it 5 times more
            session = one_connection.session()
            inbox.inbox(session, rp.user(session, "stc"), overdue=[], pages={"waiting": 1 + number % 2})
            one_connection.end(session)
        with one_connection.session() as s:
            reused = s.scalar(text("SELECT max(generic_plans) FROM pg_prepared_statements "
                                   "WHERE statement LIKE 'SELECT progress_report.id, progress_report.revision%'"))
        assert reused and reused > 0
    finally:
        one_connection.engine.dispose()
