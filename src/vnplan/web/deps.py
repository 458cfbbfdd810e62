"""Request-scoped dependencies: the database session of a request; the types of ids in paths."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Path, Query, Request
from sqlalchemy.orm import Session

from ..monitor.inputs import MAX_ID

RowId = Annotated[int, Path(ge=1, le=MAX_ID)]  # larger numbers cannot be ids and overflow the databases' integers
QueryId = Annotated[int | None, Query(ge=1, le=MAX_ID)]  # the same, optional, in a query


def get_session(request: Request) -> Iterator[Session]:
    """One session per request; handlers commit their changes, anything unfinished is rolled back."""
    session = request.app.state.db.session()
    try:
        yield session
    finally:
        session.rollback()
        session.close()
