"""Database connection and migrations.

SQLite by default (a file under VNPLAN_DATA_DIR, WAL mode); PostgreSQL when
VNPLAN_DATABASE_URL says so (e.g. postgresql+psycopg://user@127.0.0.1:5432/vnplan).
The schema is created and upgraded by Alembic, never by `create_all`.
"""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, any_, bindparam, create_engine, event, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")


def among(session: Session, column, ids):
    """`column IN ids` for a list of ids. On PostgreSQL one array parameter (`= ANY(…)`): SQLAlchemy compiles the
    statement and the server plans it once whatever the number of ids, where a list of parameters is compiled anew
    for each length (a page of the inbox names some fifty plans and a hundred duties, each a parameter to render)."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, list(ids), type_=ARRAY(column.type)))
    return column.in_(ids)


def data_dir() -> Path:
    path = Path(os.environ.get("VNPLAN_DATA_DIR") or Path.home() / ".local" / "share" / "vnplan")
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url() -> str:
    return os.environ.get("VNPLAN_DATABASE_URL") or f"sqlite:///{data_dir() / 'vnplan.sqlite'}"


# Connections: one per request thread of the web app (the web app admits no more requests at once
# than it has threads), and one each for the figures refreshed in the background (the overview, the
# inbox's waiting counts and overdue agencies). A request that still finds none free after POOL_WAIT
# seconds is told to come back (503) rather than queue: under load a short wait, not a hang.
REQUEST_THREADS = 16
POOL_SIZE = REQUEST_THREADS + 3
POOL_WAIT = 2.0


def make_engine(url: str | None = None, pool_size: int = POOL_SIZE, pool_wait: float = POOL_WAIT) -> Engine:
    url = url or database_url()
    # the connection used last is handed out first: its prepared statements (see `Database.end`) and its server
    # process's caches are warm, and the connections a burst opened are the ones left idle after it
    engine = create_engine(url, future=True, pool_pre_ping=not url.startswith("sqlite"), pool_size=pool_size,
                           max_overflow=0, pool_timeout=pool_wait, pool_use_lifo=True)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA busy_timeout=10000")
            cursor.close()
    return engine


def migrate(engine: Engine, revision: str = "head", downgrade: bool = False) -> None:
    """Create or upgrade the schema to `revision` (the latest by default), or take it back down to it."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if downgrade else command.upgrade)(config, revision)


def _only_read(connection) -> bool:
    """Whether the psycopg connection's open transaction wrote nothing: PostgreSQL assigns a transaction id at
    the first write of any kind (a row, a lock on one, a table), so none assigned means none made."""
    with connection.cursor() as cursor:
        return cursor.execute("SELECT txid_current_if_assigned() IS NULL").fetchone()[0]


def _commit_if_only_read(connection) -> None:
    """Commits the psycopg connection's open transaction if it wrote nothing."""
    import psycopg  # PostgreSQL's driver, imported where it is used
    from psycopg.pq import TransactionStatus

    if connection.info.transaction_status != TransactionStatus.INTRANS:
        return  # idle, or a failed transaction, which only a rollback ends
    try:
        if _only_read(connection):
            connection.commit()
    except psycopg.Error:
        pass  # a connection lost: the caller's rollback discards it


def wrote(session: Session) -> bool:
    """Whether the session's transaction has written anything yet: what it reads then includes changes that no
    other session sees, and that a rollback may still undo."""
    connection = session.connection().connection.dbapi_connection
    if session.get_bind().dialect.name == "postgresql":
        return not _only_read(connection)
    return connection.in_transaction  # pysqlite begins a transaction at the first write, never for a read


class Database:
    """An engine, migrated, with a session factory."""

    def __init__(self, url: str | None = None, pool_size: int = POOL_SIZE, pool_wait: float = POOL_WAIT):
        self.engine = make_engine(url, pool_size, pool_wait)
        migrate(self.engine)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def session(self) -> Session:
        return self.sessions()

    def end(self, session: Session) -> None:
        """Ends a session whose user committed what it meant to keep: anything unfinished is rolled back and
        the session closed.

        On PostgreSQL a transaction that wrote nothing is committed instead, which for the data is the same
        (there is nothing to undo; changes the session holds but never sent are dropped all the same) but keeps
        the connection's prepared statements: psycopg deallocates all of them on every ROLLBACK, so with
        read-only requests ending in one the server planned every statement afresh on every request (1.5 ms
        for each list of the inbox, more than running it)."""
        try:
            if self.dialect == "postgresql" and session.in_transaction():
                _commit_if_only_read(session.connection().connection.dbapi_connection)
        except SQLAlchemyError:
            pass  # a connection lost or a transaction failed: the rollback below ends it, as before
        finally:
            session.rollback()
            session.close()

    def refresh_statistics(self) -> None:
        """After a bulk load, so that PostgreSQL plans queries for the tables as they are now: its
        background analyser lags behind a fast load, and a search planned on stale statistics can take
        ten times longer. (SQLite's planner does without.)"""
        if self.dialect == "postgresql":
            with self.engine.connect() as connection:
                connection.execute(text("ANALYZE"))
                connection.commit()
