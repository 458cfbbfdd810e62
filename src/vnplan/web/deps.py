"""Request-scoped dependencies: the database session of a request, e-mail after the answer; the types of ids in paths."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import BackgroundTasks, Path, Query, Request
from sqlalchemy.orm import Session

from ..monitor import notifications
from ..monitor.inputs import MAX_ID
from ..monitor.reminders import smtp_configured
from ..register.models import User

RowId = Annotated[int, Path(ge=1, le=MAX_ID)]  # larger numbers cannot be ids and overflow the databases' integers
QueryId = Annotated[int | None, Query(ge=1, le=MAX_ID)]  # the same, optional, in a query


def get_session(request: Request) -> Iterator[Session]:
    """One session per request; handlers commit their changes, anything unfinished is rolled back."""
    db = request.app.state.db
    session = db.session()
    try:
        yield session
    finally:
        db.end(session)


def mail_afterwards(request: Request, background: BackgroundTasks) -> None:
    """The notices a request wrote (and committed) go out by e-mail once its answer is sent: a slow or
    broken mail server never holds up or undoes what the person did."""
    if smtp_configured():
        background.add_task(notifications.deliver, request.app.state.db)


def produce_notices(session: Session, user: User, request: Request, background: BackgroundTasks) -> None:
    """The focal point's pages where the bell is first looked at (their home, where they sign in, and the notices)
    write today's period notices for them even when the daily run has not come yet, so the bell counts them at once."""
    if user.role == "agency" and user.agency_id is not None and notifications.produce(session, user=user):
        session.commit()
        mail_afterwards(request, background)
