"""Request-scoped dependencies: the database session of a request."""
from __future__ import annotations

from collections.abc import Iterator

from fastapi import Request
from sqlalchemy.orm import Session


def get_session(request: Request) -> Iterator[Session]:
    """One session per request; handlers commit their changes, anything unfinished is rolled back."""
    session = request.app.state.db.session()
    try:
        yield session
    finally:
        session.rollback()
        session.close()
