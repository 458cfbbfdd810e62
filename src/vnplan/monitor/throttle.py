"""Sign-in throttling per address, shared by every worker through the database.

An address may fail a number of times in a window without notice; after that each
further failure makes it wait twice as long before the next try (up to a few minutes).
It slows a guesser down without shutting anyone out for good, and a person signing in
from another address is not affected at all.
"""
from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..register.models import SignInThrottle

FREE_FAILURES = 20  # per address and window, before any waiting
WINDOW = timedelta(minutes=5)
MAX_WAIT = 300  # seconds


def _aware(moment: datetime | None) -> datetime | None:
    return moment.replace(tzinfo=timezone.utc) if moment is not None and moment.tzinfo is None else moment


def wait_seconds(session: Session, address: str, now: datetime | None = None) -> int:
    """How long `address` must still wait before it may try again (0: it may now)."""
    now = now or datetime.now(timezone.utc)
    row = session.get(SignInThrottle, address[:100])
    until = _aware(row.wait_until) if row else None
    return math.ceil((until - now).total_seconds()) if until and until > now else 0


def failed(session: Session, address: str, now: datetime | None = None) -> None:
    """Count a failed sign-in from `address`; the caller commits."""
    now = now or datetime.now(timezone.utc)
    key = address[:100]
    row = session.get(SignInThrottle, key)
    if row is None:
        try:
            with session.begin_nested():
                row = SignInThrottle(address=key, failures=0, first_at=now)
                session.add(row)
        except IntegrityError:  # another worker counted this address first
            row = session.get(SignInThrottle, key, populate_existing=True)
    if _aware(row.first_at) < now - WINDOW and not (row.wait_until and _aware(row.wait_until) > now):
        row.failures, row.first_at = 0, now
    row.failures += 1
    if row.failures > FREE_FAILURES:
        row.wait_until = now + timedelta(seconds=min(2 ** (row.failures - FREE_FAILURES), MAX_WAIT))
