"""Many rows at once: a plan brings a hundred tasks and several hundred links, targets and nodes.

On PostgreSQL the rows go through COPY, with ids drawn from the table's sequence
beforehand when the caller needs them: one round trip per table and no statement
for the server to parse, where a multi-row INSERT costs both. On SQLite the
INSERT with many parameter sets is already fast, being in-process.
"""
from __future__ import annotations

from sqlalchemy import insert, text
from sqlalchemy.orm import Session


def _is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def insert_rows(session: Session, model, rows: list[dict]) -> None:
    """Insert `rows` (column name -> value, every row with the same columns)."""
    if not rows:
        return
    if _is_postgresql(session):
        _copy(session, model.__table__.name, rows)
    else:
        session.execute(insert(model), rows)


def insert_rows_returning_ids(session: Session, model, rows: list[dict]) -> list[int]:
    """Insert `rows` and return their new ids, in the order of the rows."""
    if not rows:
        return []
    if not _is_postgresql(session):
        return list(session.scalars(insert(model).returning(model.id, sort_by_parameter_order=True), rows))
    table = model.__table__.name
    ids = list(session.scalars(
        text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"),
        {"table": table, "n": len(rows)}))
    _copy(session, table, [{"id": row_id, **row} for row_id, row in zip(ids, rows)])
    return ids


def _copy(session: Session, table: str, rows: list[dict]) -> None:
    from psycopg import sql  # only present, and only needed, with PostgreSQL

    columns = list(rows[0])
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(sql.Identifier(c) for c in columns))
    driver_connection = session.connection().connection.driver_connection  # inside the session's transaction
    with driver_connection.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row([row[c] for c in columns])
